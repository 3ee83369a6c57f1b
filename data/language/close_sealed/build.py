"""Assembles data/language/close_sealed/messages.jsonl from the writers' files (writers/*.jsonl): the
same pair format and records as data/language/sealed/build.py (a buyer's message, then the
seller's reply with its codes).

    python data/language/close_sealed/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from data.language.sealed.build import records  # noqa: E402  (the same record layout)
from screening.evaluation.sealed import build  # noqa: E402

if __name__ == "__main__":
    build(HERE, records)
