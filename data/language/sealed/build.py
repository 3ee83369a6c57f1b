"""Assembles data/language/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/language/sealed/build.py           # deterministic; then rewrites MANIFEST.sha256
    python data/language/sealed/build.py FOLDER    # another set in the same layout (close_dev, close_sealed)

Writer lines are {"market", "buyer", "buyer_lang", "reply", "reply_lang", "codes"}: a buyer's
message and the seller's reply. Each becomes one conversation of two CONTRACT §1 records, the
buyer's first (so the reply is judged knowing the buyer's language) with no codes, then the
reply with the line's codes (["language.wrong_language"] or []).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402


def records(writer: str, number: int, item: dict) -> list[dict]:
    conversation = f"{writer}-{number:04d}"
    common = {"conversation_id": conversation, "seller_id": f"{writer}-seller-{number:04d}",
              "market": item["market"], "writer": writer}
    codes = item.get("codes") or []
    return [{"id": f"{conversation}-b", **common, "author": "buyer", "sent_at": "2026-10-01T09:00:00Z",
             "text": item["buyer"], "codes": [], "language": item["buyer_lang"]},
            {"id": f"{conversation}-s", **common, "author": "seller", "sent_at": "2026-10-01T10:00:00Z",
             "text": item["reply"], "codes": codes, "language": item["reply_lang"],
             "category": "wrong" if codes else "right"}]


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, records)
