"""Assembles data/language/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/language/sealed/build.py       # deterministic; then rewrites MANIFEST.sha256

Writer lines are {"market", "buyer", "buyer_lang", "reply", "reply_lang", "codes"}: a buyer's
message and the seller's reply. Each becomes one conversation of two CONTRACT §1 records, the
buyer's first (so the reply is judged knowing the buyer's language) with no codes, then the
reply with the line's codes (["language.wrong_language"] or []).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import write_manifest  # noqa: E402


def main() -> int:
    rows = []
    for path in sorted((HERE / "writers").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            conversation = f"{path.stem}-{number:04d}"
            common = {"conversation_id": conversation, "seller_id": f"{path.stem}-seller-{number:04d}",
                      "market": item["market"], "writer": path.stem}
            rows.append({"id": f"{conversation}-b", **common, "author": "buyer", "sent_at": "2026-10-01T09:00:00Z",
                         "text": item["buyer"], "codes": [], "language": item["buyer_lang"]})
            codes = item.get("codes") or []
            rows.append({"id": f"{conversation}-s", **common, "author": "seller", "sent_at": "2026-10-01T10:00:00Z",
                         "text": item["reply"], "codes": codes, "language": item["reply_lang"],
                         "category": "wrong" if codes else "right"})
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    write_manifest(HERE)
    print(f"wrote {HERE / 'messages.jsonl'}: {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
