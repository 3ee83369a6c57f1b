"""Assembles data/template/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/template/sealed/build.py          # deterministic; then rewrites MANIFEST.sha256
    python data/template/sealed/build.py FOLDER   # another set in the same layout (sealed_17)

Writer lines are {"lang", "market", "seller", "day", "hour", "buyer", "reply", "codes"}: one
conversation of a seller's history. Each becomes two CONTRACT §1 records, the buyer's message and,
30 minutes later, the seller's reply with the line's codes; days count from 2026-10-05. The
evaluation runner judges them in time order against the seller's earlier replies, as the service
would have.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

START = datetime(2026, 10, 5, tzinfo=timezone.utc)


def _time(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def records(writer: str, number: int, item: dict) -> list[dict]:
    conversation = f"{writer}-{number:04d}"
    asked = START + timedelta(days=int(item["day"]) - 1, hours=int(item["hour"]))
    common = {"conversation_id": conversation, "seller_id": f"{writer}-{item['seller']}",
              "market": item["market"], "language": item["lang"], "writer": writer}
    codes = item.get("codes") or []
    return [{"id": f"{conversation}-b", **common, "author": "buyer", "sent_at": _time(asked),
             "text": item["buyer"], "codes": []},
            {"id": f"{conversation}-s", **common, "author": "seller", "sent_at": _time(asked + timedelta(minutes=30)),
             "text": item["reply"], "codes": codes,
             "category": "+".join(c.split(".", 1)[1] for c in codes) or "individual"}]


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, records)
