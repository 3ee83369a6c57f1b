"""Assembles data/contact/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/contact/sealed/build.py          # deterministic; then rewrites MANIFEST.sha256
    python data/contact/sealed/build.py FOLDER   # another set in the same layout (data/contact/dev)

Writer lines are {"lang", "market", "author", "codes", "text"}: seller or buyer messages with the
contact codes that hold (empty for hard negatives). Each becomes a CONTRACT §1 record.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402


def records(writer: str, number: int, item: dict) -> list[dict]:
    codes = item.get("codes") or []
    return [{"id": f"{writer}-{number:04d}", "market": item["market"], "author": item.get("author", "seller"),
             "text": item["text"], "codes": codes, "language": item["lang"],
             "category": codes[0].split(".", 1)[1] if codes else "none", "writer": writer}]


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, records)
