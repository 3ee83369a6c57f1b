"""Assembles data/escalation/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/escalation/sealed/build.py     # deterministic; then rewrites MANIFEST.sha256

Writer lines are {"lang", "market", "codes", "text"}: buyer messages with the escalation codes
that hold (empty for ordinary messages). Each becomes a CONTRACT §1 record with author "buyer".
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
            if line.strip():
                item = json.loads(line)
                codes = item.get("codes") or []
                rows.append({"id": f"{path.stem}-{number:04d}", "market": item["market"], "author": "buyer",
                             "text": item["text"], "codes": codes, "language": item["lang"],
                             "category": codes[0].split(".", 1)[1] if codes else "none", "writer": path.stem})
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    write_manifest(HERE)
    print(f"wrote {HERE / 'messages.jsonl'}: {len(rows)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
