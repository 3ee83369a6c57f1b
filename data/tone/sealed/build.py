"""Assembles data/tone/sealed/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/tone/sealed/build.py        # deterministic; then rewrites MANIFEST.sha256

Writer lines are {"lang", "label", "category", "text"}. Each becomes a seller reply (CONTRACT §1)
in a market that speaks its language (rotating over the markets that do, so multi-language
markets such as be, ch and us are in the set), with `codes` ["tone.discourteous"] or [].
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from screening.evaluation.sealed import build  # noqa: E402

MARKETS = {"fr": ["fr", "fr", "be", "ch"], "de": ["de", "de", "at", "ch"], "es": ["es", "es", "es", "us"],
           "it": ["it", "it", "it", "ch"], "nl": ["nl", "nl", "nl", "be"], "pl": ["pl"], "pt": ["pt"],
           "en": ["uk", "uk", "ie", "us"]}


def records(writer: str, number: int, item: dict) -> list[dict]:
    markets = MARKETS[item["lang"]]
    return [{"id": f"{writer}-{number:04d}", "market": markets[number % len(markets)], "author": "seller",
             "text": item["text"], "codes": ["tone.discourteous"] if item["label"] == "discourteous" else [],
             "language": item["lang"], "category": item["category"], "writer": writer}]


if __name__ == "__main__":
    build(HERE, records)
