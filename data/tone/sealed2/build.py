"""Assembles data/tone/sealed2/messages.jsonl from writers/*.jsonl, with the records of
../sealed/build.py (the same writer line format and markets).

    python data/tone/sealed2/build.py       # deterministic; then rewrites MANIFEST.sha256
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

records = runpy.run_path(str(HERE.parent / "sealed" / "build.py"), run_name="tone_sealed_build")["records"]

if __name__ == "__main__":
    build(HERE, records)
