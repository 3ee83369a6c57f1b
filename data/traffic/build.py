"""Assembles data/traffic/messages.jsonl from the writers' files (data/traffic/writers/*.jsonl).

    python data/traffic/build.py        # deterministic; then rewrites MANIFEST.sha256

Each writer line is {"lang", "market", "n", "author", "kind", "text"}; lines sharing (writer,
lang, n) are one conversation (buyer question, then seller reply). This script only adds what a
record needs (CONTRACT §1): ids, a conversation id, a seller id (six sellers per writer and
language, so a seller answers several buyers), and times (a buyer message, the reply 40 minutes
later; conversations 97 minutes apart). Every message is ordinary and compliant: `codes` is empty.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from screening.evaluation.sealed import write_manifest  # noqa: E402

START = datetime(2026, 9, 7, 7, 0, tzinfo=timezone.utc)
SELLERS_PER_LANGUAGE = 6


def build(folder: Path = HERE) -> list[dict]:
    out: list[dict] = []
    for path in sorted((folder / "writers").glob("*.jsonl")):
        writer = path.stem
        positions: dict[tuple[str, int], int] = {}
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            row = json.loads(line)
            lang, n = row["lang"], int(row["n"])
            turn = positions[(lang, n)] = positions.get((lang, n), -1) + 1
            conversation = f"{writer}-{lang}-{n:03d}"
            sent = START + timedelta(minutes=97 * n + 40 * turn)
            out.append({
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
            })
    return out


def main() -> int:
    rows = build()
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_manifest(HERE)
    print(f"wrote {HERE / 'messages.jsonl'}: {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
