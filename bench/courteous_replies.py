"""How many courteous seller replies each seller check flags: the tone writers' files
(`data/tone/dev/writers/*.jsonl`, rows {"lang", "label", "text"}), which their brief asked to be
compliant in every way (and how many of their discourteous rows tone catches). Development data:
the rows are read for false flags, and may be listed.

    .venv/bin/python -m bench.courteous_replies data/tone/dev/writers/d5[4-9].jsonl data/tone/dev/writers/d6[01].jsonl
    .venv/bin/python -m bench.courteous_replies FILES --check contact --list
    .venv/bin/python -m bench.courteous_replies FILES --check tone --tone-model 2026.12.50

Each reply is screened on its own (no history, no conversation) on its language's market.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

MARKETS = {"fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pl": "pl", "pt": "pt", "en": "uk"}
SELLER_CHECKS = ("contact", "tone", "language", "template")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="courteous_replies")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--check", choices=SELLER_CHECKS, help="count and list this check only")
    parser.add_argument("--list", action="store_true", help="print each flagged reply's codes and start")
    parser.add_argument("--tone-model", help="a tone model version of models/tone/ (default: its DEFAULT)")
    args = parser.parse_args(argv)

    from screening import Message, Policy, Screener

    versions = {"tone": args.tone_model} if args.tone_model else None
    screener = Screener.create(Policy.load(), model_versions=versions)
    checks = (args.check,) if args.check else SELLER_CHECKS
    replies, flagged, by_code = 0, 0, Counter()
    rude, caught = 0, 0  # the writers' discourteous replies, when a file has them
    for path in args.files:
        for number, line in enumerate(path.open(encoding="utf-8"), 1):
            row = json.loads(line)
            if row.get("label") not in ("courteous", "discourteous") or row.get("lang") not in MARKETS:
                continue
            message = Message(text=row["text"], market=MARKETS[row["lang"]], author="seller")
            codes = sorted({f.code for f in screener.screen(message).findings if f.code.split(".")[0] in checks})
            if row["label"] == "discourteous":
                rude += 1
                caught += "tone.discourteous" in codes
                continue
            replies += 1
            if codes:
                flagged += 1
                by_code.update(codes)
                if args.list:
                    print(f"{path.name}:{number} {row['lang']} {codes} {row['text'][:160]!r}")
    print(f"{flagged} of {replies} courteous replies flagged ({100 * flagged / max(1, replies):.2f}%)")
    for code, count in by_code.most_common():
        print(f"  {code:<28} {count}")
    if rude and "tone" in checks:
        print(f"{caught} of {rude} discourteous replies flagged for tone ({100 * caught / rude:.2f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
