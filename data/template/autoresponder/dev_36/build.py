"""Assembles data/template/autoresponder/dev_36/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/template/autoresponder/dev_36/build.py    # deterministic; then rewrites MANIFEST.sha256

The writers' lines are single replies, as in ../held_out/: each becomes one seller reply of a seller
of its own, by ../held_out/build.py's `records` (the same markets, ids and codes).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from screening.evaluation.sealed import build  # noqa: E402

_spec = importlib.util.spec_from_file_location("held_out_build", HERE.parent / "held_out" / "build.py")
assert _spec is not None and _spec.loader is not None
held_out = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(held_out)

if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, held_out.records)
