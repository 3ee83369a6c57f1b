"""Assembles data/escalation/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/escalation/sealed/build.py     # deterministic; then rewrites MANIFEST.sha256

Writer lines are {"lang", "market", "codes", "text"}: buyer messages with the escalation codes
that hold (empty for ordinary messages). Each becomes a CONTRACT §1 record with author "buyer".
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402


def records(writer: str, number: int, item: dict) -> list[dict]:
    codes = item.get("codes") or []
    return [{"id": f"{writer}-{number:04d}", "market": item["market"], "author": "buyer", "text": item["text"],
             "codes": codes, "language": item["lang"],
             "category": codes[0].split(".", 1)[1] if codes else "none", "writer": writer}]


if __name__ == "__main__":
    build(HERE, records)
