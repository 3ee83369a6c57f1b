"""Assembles data/relevance/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/relevance/sealed/build.py                  # this folder; then rewrites MANIFEST.sha256
    python data/relevance/sealed/build.py OTHER_FOLDER     # a folder with the same layout (writers/)

Writer lines are {"lang", "market", "topic", "buyer", "reply", "label", "kind"} (the format of
data/relevance/dev/writers/, README there). Each pair becomes one conversation (CONTRACT §1): the
buyer's message, then the seller's reply 30 minutes later. The reply carries `codes`
["relevance.ignores_question"] when the label is `ignores`, else []; the buyer's message carries
none (the check never scores buyer messages). Conversations are two hours apart, and each writer's
replies come from six sellers, so a seller answers several buyers as in life.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

CODE = "relevance.ignores_question"
START = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)
REPLY_AFTER = timedelta(minutes=30)
SELLERS_PER_WRITER = 6


def _time(moment: datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def records(writer: str, number: int, item: dict) -> list[dict]:
    conversation = f"{writer}-{number:04d}"
    asked_at = START + timedelta(hours=2 * number)
    shared = {"conversation_id": conversation, "seller_id": f"{writer}-s{number % SELLERS_PER_WRITER}",
              "market": item["market"], "language": item["lang"], "writer": writer}
    return [
        {"id": f"{conversation}-b", **shared, "author": "buyer", "sent_at": _time(asked_at), "text": item["buyer"],
         "codes": []},
        {"id": f"{conversation}-s", **shared, "author": "seller", "sent_at": _time(asked_at + REPLY_AFTER),
         "text": item["reply"], "codes": [CODE] if item["label"] == "ignores" else [],
         "category": item["label"], "kind": item["kind"], "topic": item["topic"]},
    ]


if __name__ == "__main__":
    build(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE, records)
