"""Assembles data/traffic/messages.jsonl from the writers' files (data/traffic/writers/*.jsonl).

    python data/traffic/build.py             # deterministic; then rewrites MANIFEST.sha256
    python data/traffic/build.py data/traffic_2   # another traffic set written the same way

Each writer line is {"lang", "market", "n", "author", "kind", "text"}; lines sharing (writer,
lang, n) are one conversation (buyer question, then seller reply). This script only adds what a
record needs (CONTRACT §1): ids, a conversation id, a seller id (six sellers per writer and
language, so a seller answers several buyers), and times (a buyer message, the reply 40 minutes
later; conversations 97 minutes apart). Every message is ordinary and compliant: `codes` is empty.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from screening.evaluation.sealed import build  # noqa: E402

START = datetime(2026, 9, 7, 7, 0, tzinfo=timezone.utc)
SELLERS_PER_LANGUAGE = 6
_turns: dict[tuple[str, str, int], int] = {}  # (writer, lang, n) -> messages of that exchange so far


def records(writer: str, number: int, row: dict) -> list[dict]:
    lang, n = row["lang"], int(row["n"])
    turn = _turns[(writer, lang, n)] = _turns.get((writer, lang, n), -1) + 1
    conversation = f"{writer}-{lang}-{n:03d}"
    sent = START + timedelta(minutes=97 * n + 40 * turn)
    return [{
        "id": f"{conversation}-{turn}",
        "conversation_id": conversation,
        "seller_id": f"{writer}-{lang}-s{n % SELLERS_PER_LANGUAGE}",
        "market": row["market"],
        "author": row["author"],
        "sent_at": sent.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "text": row["text"],
        "codes": [],
        "language": lang,
        "kind": row.get("kind", ""),
        "writer": writer,
    }]


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, records)
