"""Assembles data/tone/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/tone/sealed/build.py        # deterministic; then rewrites MANIFEST.sha256

Writer lines are {"lang", "label", "category", "text"}. Each becomes a seller reply (CONTRACT §1)
in a market that speaks its language (rotating over the markets that do, so multi-language
markets such as be, ch and us are in the set), with `codes` ["tone.discourteous"] or [].
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import write_manifest  # noqa: E402

MARKETS = {"fr": ["fr", "fr", "be", "ch"], "de": ["de", "de", "at", "ch"], "es": ["es", "es", "es", "us"],
           "it": ["it", "it", "it", "ch"], "nl": ["nl", "nl", "nl", "be"], "pl": ["pl"], "pt": ["pt"],
           "en": ["uk", "uk", "ie", "us"]}


def build(folder: Path = HERE) -> list[dict]:
    rows = []
    for path in sorted((folder / "writers").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            item = json.loads(line)
            lang = item["lang"]
            markets = MARKETS[lang]
            rows.append({
                "id": f"{path.stem}-{number:04d}",
                "market": markets[number % len(markets)],
                "author": "seller",
                "text": item["text"],
                "codes": ["tone.discourteous"] if item["label"] == "discourteous" else [],
                "language": lang,
                "category": item["category"],
                "writer": path.stem,
            })
    return rows


def main() -> int:
    rows = build()
    with open(HERE / "messages.jsonl", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    write_manifest(HERE)
    print(f"wrote {HERE / 'messages.jsonl'}: {len(rows)} replies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
