"""Assembles messages.jsonl (records + `codes`, `language`, `kind`) from writers/*.jsonl.

    python data/contact/split_dev2/build.py      # deterministic; rewrites MANIFEST.sha256

A writer line is {"lang", "market", "n", "author", "minute", "kind", "codes", "text"}; the lines of
one (writer, lang, n) are one conversation, `minute` after its start. This adds what a record needs
(docs/formats.md §1): ids, a conversation id, one seller per conversation, and times (conversations
an hour apart, each message at its minute).
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

START = datetime(2026, 11, 10, 8, 0, tzinfo=timezone.utc)
_turns: dict[tuple[str, str, int], int] = {}


def records(writer: str, number: int, row: dict) -> list[dict]:
    lang, n = row["lang"], int(row["n"])
    turn = _turns[(writer, lang, n)] = _turns.get((writer, lang, n), 0) + 1
    conversation = f"{writer}-{lang}-{n:02d}"
    sent = START + timedelta(hours=n) + timedelta(minutes=int(row["minute"]))
    return [{
        "id": f"{conversation}-{turn}",
        "conversation_id": conversation,
        "seller_id": f"{writer}-{lang}-s{n:02d}",
        "market": row["market"],
        "author": row["author"],
        "sent_at": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "text": row["text"],
        "codes": list(row["codes"]),
        "language": lang,
        "kind": row["kind"],
    }]


if __name__ == "__main__":
    build(HERE, records)
