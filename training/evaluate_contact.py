"""Precision and recall of the contact check on data/contact/messages.jsonl, per language and per code.

    .venv/bin/python -m training.evaluate_contact            # prints the tables
    .venv/bin/python -m training.evaluate_contact --errors   # and every mistake, for debugging

Counting is per (message, code): a code the check reports that the message's labels do not name is
a false positive; a labelled code it misses is a false negative. Spans are checked too: a labelled
evidence string must overlap a finding of its code ("span hit rate").
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.evaluation import Counts
from screening.core.policy import Policy
from screening.core.types import Message

DATA = Path(__file__).resolve().parents[1] / "data" / "contact" / "messages.jsonl"
CODES = (
    "contact.email",
    "contact.phone",
    "contact.url",
    "contact.social",
    "contact.marketplace",
    "contact.payment",
    "contact.details_request",
)


def _counts(expected: set[str], found: set[str]) -> Counts:
    """Per (message, code): a reported code not labelled is a false positive, a missed one a false negative."""
    return Counts(tp=len(expected & found), fp=len(found - expected), fn=len(expected - found))


def _row(name: str, counts: Counts, messages: int) -> str:
    return (
        f"| {name} | {messages} | {counts.tp} | {counts.fp} | {counts.fn} | {counts.precision:.3f} | "
        f"{counts.recall:.3f} |"
    )


def evaluate(path: Path = DATA, show_errors: bool = False) -> dict:
    policy = Policy.load()
    check = ContactCheck.build(CheckResources(policy=policy))
    overall, by_language, by_code = Counts(), defaultdict(Counts), defaultdict(Counts)
    messages_by_language: dict[str, int] = defaultdict(int)
    span_total = span_hits = 0
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        message = Message(text=item["text"], market=item["market"])
        findings = check.inspect(message, CheckContext(policy=policy.for_market(item["market"])))
        found = {f.code for f in findings}
        expected = set(item["expected"])
        overall += _counts(expected, found)
        by_language[item["lang"]] += _counts(expected, found)
        messages_by_language[item["lang"]] += 1
        for code in CODES:
            by_code[code] += _counts(expected & {code}, found & {code})
        for evidence in item.get("evidence", []):
            start = item["text"].find(evidence)
            span_total += 1
            if any(f.start is not None and f.start < start + len(evidence) and start < f.end for f in findings):
                span_hits += 1
        if found != expected:
            errors.append(
                (
                    item["id"],
                    item["kind"],
                    sorted(expected),
                    sorted(found),
                    item["text"],
                    [(f.code, item["text"][f.start : f.end]) for f in findings],
                )
            )
    lines = ["| language | messages | TP | FP | FN | precision | recall |", "|---|---|---|---|---|---|---|"]
    lines += [_row(lang, by_language[lang], messages_by_language[lang]) for lang in sorted(by_language)]
    lines.append(_row("**all**", overall, sum(messages_by_language.values())))
    lines += ["", "| code | messages | TP | FP | FN | precision | recall |", "|---|---|---|---|---|---|---|"]
    lines += [_row(code, by_code[code], sum(messages_by_language.values())) for code in CODES]
    lines += [
        "",
        f"Evidence spans overlapped by a finding: {span_hits}/{span_total} ({span_hits / max(span_total, 1):.3f})",
    ]
    report = "\n".join(lines)
    print(report)
    if show_errors:
        for error in errors:
            print(json.dumps(error, ensure_ascii=False), file=sys.stderr)
    return {
        "precision": overall.precision,
        "recall": overall.recall,
        "errors": len(errors),
        "by_language": {k: (v.precision, v.recall) for k, v in by_language.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", action="store_true", help="print each wrong message to stderr")
    args = parser.parse_args(argv)
    evaluate(args.data, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
