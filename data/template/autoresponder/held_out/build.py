"""Assembles data/template/autoresponder/held_out/messages.jsonl from the writers' files (writers/*.jsonl).

    python data/template/autoresponder/held_out/build.py    # deterministic; then rewrites MANIFEST.sha256
    python data/template/autoresponder/held_out/build.py data/template/autoresponder/dev_36   # another set of single replies

Writer lines are {"lang", "label": "autoresponder" | "reply", "kind", "text"} (the brief of
../writers, BRIEF_a7_a8.md): single replies, not histories. Each becomes one seller reply in a
conversation and for a seller of its own (so the repeated rule never compares two of them), coded
`template.autoresponder` when the writer labelled it automatic; `screening evaluate template` then
measures the autoresponder finding alone, per language and per kind (`category`).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[3]))

from screening.evaluation.sealed import build  # noqa: E402

# Official language -> a market that writes it (the market decides the policy, not the label).
MARKET = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "en": "uk",
          "ca": "es", "sv": "se", "fi": "fi", "da": "dk", "cs": "cz", "sk": "sk", "el": "gr", "ro": "ro", "hu": "hu"}


def records(writer: str, number: int, item: dict) -> list[dict]:
    automatic = item["label"] == "autoresponder"
    return [{"id": f"{writer}-{number:04d}", "conversation_id": f"{writer}-{number:04d}",
             "seller_id": f"{writer}-{number:04d}", "market": MARKET[item["lang"]], "language": item["lang"],
             "writer": writer, "author": "seller", "sent_at": f"2026-10-05T{8 + number % 10:02d}:00:00Z",
             "text": item["text"], "codes": ["template.autoresponder"] if automatic else [],
             "category": f"{item['label']}:{item['kind']}"}]


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, records)
