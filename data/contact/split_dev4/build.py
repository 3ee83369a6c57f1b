"""Assembles messages.jsonl from writers/*.jsonl, as ../split_dev2/build.py does (the same writer
line format and records; see there).

    python data/contact/split_dev4/build.py      # deterministic; rewrites MANIFEST.sha256
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

# The records of split_dev2's builder (ids, conversations, one seller each, times), not a copy.
records = runpy.run_path(str(HERE.parent / "split_dev2" / "build.py"), run_name="split_dev2_build")["records"]

if __name__ == "__main__":
    build(HERE, records)
