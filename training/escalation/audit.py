"""Where each pattern of the escalation lexicon fires, by data source: which patterns only ever fire
on the rows they were written from, and how precise each is on text written later by others.

    .venv/bin/python -m training.escalation.audit [--json FILE]

Sources (development data only; the sealed set data/escalation/sealed/ is never read here):
- `written_from`: data/escalation/corpus.csv train + validation (the rows the lexicon was written from);
- `old_test`: its test split, which later lexicon rounds were checked against (so tuned on);
- `writers`: data/escalation/dev/writers/*.jsonl, independent writers who never saw the lexicon.
A pattern "fires" when its regex matches the folded text at a word start outside a question about
the topic (the check's question guard, RuleDetector._question_spans) and outside a sentence that
tells of a problem elsewhere beside a question (check.about_this_order), and, for no_response, outside a
chaser that re-asks about the listing before any purchase (presale.py: the check guards it), and is
right when the category
is the message's label or, for a writer's message that holds two problems, its `second` label (the
model learns one label per message; the audit must not call a pattern wrong for finding the other
problem). Prints counts only, never message text.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from pathlib import Path

from screening.checks.escalation.check import about_this_order
from screening.checks.escalation.lexicon import CATEGORIES, LEXICON
from screening.checks.escalation.presale import asks_about_listing_before_buying
from screening.checks.escalation.rules import RuleDetector, expand
from screening.text import normalize

ROOT = Path(__file__).resolve().parents[2]


def second_labels(root: Path) -> dict[tuple[str, str], frozenset[str]]:
    """(language, text as in the corpus) -> the writer's other labels, for messages of two or three
    problems (`second` is one label or a list)."""
    out = {}
    for path in sorted((root / "data" / "escalation" / "dev" / "writers").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line) if line.strip() else {}
            if record.get("second"):
                others = record["second"]
                out[(record["lang"], " ".join(record["text"].split()))] = frozenset(
                    [others] if isinstance(others, str) else others
                )
    return out


Source = list[tuple[str, frozenset[str], list[tuple[int, int]], bool]]


def load_sources(root: Path) -> dict[str, Source]:
    """source -> [(folded text, its labels, question spans, whether it is a chaser before buying)]."""
    detector = RuleDetector()
    second = second_labels(root)
    sources: dict[str, Source] = defaultdict(list)
    with (root / "data" / "escalation" / "corpus.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            source = "old_test" if row["split"] == "test" else "written_from"
            labels = {row["label"]}
            if row.get("group", "").startswith("writer-"):
                source = "writers"
                labels |= second.get((row["language"], row["text"]), frozenset())
            # As the check reads it: a story about elsewhere beside a question is not a report.
            folded = normalize(about_this_order(row["text"], detector)).text
            presale = asks_about_listing_before_buying(row["text"])
            sources[source].append((folded, frozenset(labels), detector._question_spans(folded), presale))
    return sources


def _fires(regex: re.Pattern, text: str, questions: list[tuple[int, int]]) -> bool:
    return any(not any(start <= m.start() < end for start, end in questions) for m in regex.finditer(text))


def audit(sources: dict[str, Source]) -> list[dict]:
    rows = []
    for category in CATEGORIES:
        for language, phrases in LEXICON[category].items():
            for index, (weight, pattern) in enumerate(phrases):
                regex = re.compile(r"(?<!\w)(?:" + expand(pattern) + ")")
                entry = {
                    "category": category,
                    "language": language,
                    "index": index,
                    "weight": weight,
                    "pattern": pattern,
                }
                for source, texts in sources.items():
                    fired = [
                        labels
                        for text, labels, questions, presale in texts
                        if not (presale and category == "no_response") and _fires(regex, text, questions)
                    ]
                    entry[source] = {"fired": len(fired), "right": sum(category in labels for labels in fired)}
                rows.append(entry)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write every pattern's counts to this file")
    args = parser.parse_args()
    sources = load_sources(ROOT)
    rows = audit(sources)
    print("rows per source: " + ", ".join(f"{s} {len(t)}" for s, t in sorted(sources.items())))
    only_test = [
        r
        for r in rows
        if r["old_test"]["fired"] and not r["written_from"]["fired"] and not r.get("writers", {}).get("fired")
    ]
    never = [r for r in rows if not any(r[s]["fired"] for s in sources)]
    print(f"patterns: {len(rows)}; fire only on the old test split: {len(only_test)}; never fire: {len(never)}")
    for category in CATEGORIES:
        mine = [r for r in rows if r["category"] == category]
        fired = sum(r.get("writers", {}).get("fired", 0) for r in mine)
        right = sum(r.get("writers", {}).get("right", 0) for r in mine)
        print(f"{category:18} patterns {len(mine):4}  on writers: fired {fired:4}, right {right:4}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
