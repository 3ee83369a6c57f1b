"""The contact rules over every labelled seller reply of data/ (development and sealed sets alike):
how many replies labelled with a contact code the rules catch, how many others they flag. A
regression check for changes that only mean to excuse a reading (aggregates only: it lists nothing,
so the sealed sets stay unread).

    python -m bench.contact_over_data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    from screening import Policy, Screener
    from screening.checks.base import CheckContext
    from screening.core.types import Message

    screener = Screener.create(Policy.load())
    contact = screener.checks["contact"]
    counts = {"positives": 0, "caught": 0, "negatives": 0, "flagged": 0}
    for path in sorted(ROOT.glob("data/**/messages.jsonl")):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                codes = record.get("codes")
                if record.get("author") != "seller" or not isinstance(codes, list):
                    continue
                try:
                    policy = screener.policy.for_market(record.get("market", ""))
                except KeyError:
                    continue
                message = Message(text=record["text"], market=record["market"], author="seller")
                found = bool(contact.rule_findings(message, CheckContext(policy=policy)))
                if any(code.startswith("contact.") for code in codes):
                    counts["positives"] += 1
                    counts["caught"] += found
                else:
                    counts["negatives"] += 1
                    counts["flagged"] += found
    print(
        f"contact rules over data/: {counts['caught']:,} of {counts['positives']:,} labelled replies caught, "
        f"{counts['flagged']:,} of {counts['negatives']:,} others flagged"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
