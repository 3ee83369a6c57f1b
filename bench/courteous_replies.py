"""How many courteous seller replies each seller check flags: the tone writers' files
(`data/tone/dev/writers/*.jsonl`, rows {"lang", "label", "text"}), which their brief asked to be
compliant in every way. Development data: the rows are read for false flags, and may be listed.

    .venv/bin/python -m bench.courteous_replies data/tone/dev/writers/d5[4-9].jsonl data/tone/dev/writers/d6[01].jsonl
    .venv/bin/python -m bench.courteous_replies FILES --check contact --list

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
    args = parser.parse_args(argv)

    from screening import Message, Policy, Screener

    screener = Screener.create(Policy.load())
    checks = (args.check,) if args.check else SELLER_CHECKS
    replies, flagged, by_code = 0, 0, Counter()
    for path in args.files:
        for number, line in enumerate(path.open(encoding="utf-8"), 1):
            row = json.loads(line)
            if row.get("label") != "courteous" or row.get("lang") not in MARKETS:
                continue
            replies += 1
            message = Message(text=row["text"], market=MARKETS[row["lang"]], author="seller")
            codes = sorted({f.code for f in screener.screen(message).findings if f.code.split(".")[0] in checks})
            if codes:
                flagged += 1
                by_code.update(codes)
                if args.list:
                    print(f"{path.name}:{number} {row['lang']} {codes} {row['text'][:160]!r}")
    print(f"{flagged} of {replies} courteous replies flagged ({100 * flagged / max(1, replies):.2f}%)")
    for code, count in by_code.most_common():
        print(f"  {code:<28} {count}")


if __name__ == "__main__":
    main(sys.argv[1:])
