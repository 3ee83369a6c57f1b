"""This set's slot machinery: ../slot_machinery.py, loaded with this set's seed."""
import importlib.util
from pathlib import Path

SEED = 20260427

HERE = Path(__file__).resolve().parent  # this set's folder

_spec = importlib.util.spec_from_file_location(f"{__name__}_shared", Path(__file__).resolve().parent.parent / "slot_machinery.py")
_module = importlib.util.module_from_spec(_spec)
_module.SEED = SEED  # read by the shared module when it seeds its RNG and Fakers
_spec.loader.exec_module(_module)
globals().update({name: value for name, value in vars(_module).items() if not name.startswith("__")})
