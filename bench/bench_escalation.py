"""Escalation check accuracy on data/escalation/ and its speed.

    .venv/bin/python -m bench escalation             # the held-out splits: test, then fresh
    .venv/bin/python -m bench.bench_escalation --split dev
    .venv/bin/python -m bench.bench_escalation --set data/escalation/fresh3   # a blind set (README)

Issue 6 targets: macro-F1 >= 0.90 over the seven categories; false escalations on ordinary buyer
messages <= 3%. A message's predicted category is its strongest finding at the policy's min_score
(none: no finding). Figures per category and per language.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from screening.checks.base import CheckContext, CheckResources
from screening.checks.escalation.check import EscalationCheck
from screening.checks.escalation import CATEGORIES
from screening.core.policy import Policy
from screening.core.types import Message
from screening.evaluation.metrics import Counts

DATA = Path(__file__).resolve().parents[1] / "data" / "escalation" / "messages.jsonl"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(prog="bench escalation")
    parser.add_argument(
        "--split",
        default=None,
        choices=["dev", "test", "fresh", "all"],
        help="default: test, then fresh (see data/escalation/README.md)",
    )
    parser.add_argument(
        "--set",
        dest="blind_set",
        default=None,
        type=Path,
        help="a blind set directory holding messages.tsv (lang, label, kind, text); "
        "measured instead of the splits, ordinary and topic questions reported apart",
    )
    parser.add_argument(
        "--model-weight",
        type=float,
        default=None,
        help="override the policy's settings.escalation.model_weight (to compare a candidate)",
    )
    args = parser.parse_args(argv)
    policy = Policy.load()
    context = CheckContext(policy=policy.for_market("fr"))
    if args.model_weight is not None:
        context = _with_weight(context, args.model_weight)
    combined = EscalationCheck.build(CheckResources(policy=policy))  # rules + models/escalation/DEFAULT
    for name, check in (("rules only", EscalationCheck()), ("rules + model", combined)):
        if name == "rules + model" and combined.model is None:
            print("rules + model: no models/escalation/DEFAULT, skipped (screening train escalation)")
            continue
        if args.blind_set is not None:
            print(f"--- {name}, model versions {check.model_versions}")
            _measure(check, context, str(args.blind_set), _read_set(args.blind_set))
            print()
            continue
        for split in [args.split] if args.split else ["test", "fresh"]:
            print(f"--- {name}, model versions {check.model_versions}")
            _measure(check, context, split)
            print()
        _external_negatives(check, context)
        print()


def _with_weight(context: CheckContext, weight: float) -> CheckContext:
    """The same context whose market policy sets settings.escalation.model_weight to `weight`."""
    from dataclasses import replace

    policy = context.policy
    settings = {**policy.settings, "escalation": {**policy.settings_for("escalation"), "model_weight": weight}}
    print(f"model_weight overridden: {weight}")
    return replace(context, policy=replace(policy, settings=settings))


def _read_set(directory: Path) -> list[dict[str, str]]:
    """A blind set: messages.tsv with columns lang, label, kind (complaint, ordinary, topic_question), text."""
    import csv

    with (directory / "messages.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _measure(
    check: EscalationCheck, context: CheckContext, split: str, rows: list[dict[str, str]] | None = None
) -> None:
    if rows is None:
        rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
        rows = [r for r in rows if split == "all" or r["split"] == split]
    # Negatives by kind: ordinary messages and topic questions (blind sets); the splits have one kind.
    flagged_by_kind: Counter[str] = Counter()
    total_by_kind: Counter[str] = Counter()
    tp, fp, fn = Counter(), Counter(), Counter()
    by_language: dict[str, list[bool]] = defaultdict(list)
    false_escalations = negatives = 0
    started = time.perf_counter()
    batch = check.inspect_batch([(Message(row["text"], "fr", author="buyer"), context) for row in rows])
    for row, findings in zip(rows, batch):
        predicted = max(findings, key=lambda f: f.score).code.split(".", 1)[1] if findings else "none"
        by_language[row["lang"]].append(predicted == row["label"])
        if row["label"] == "none":
            negatives += 1
            false_escalations += predicted != "none"
            kind = row.get("kind", "ordinary")
            total_by_kind[kind] += 1
            flagged_by_kind[kind] += predicted != "none"
        if predicted == row["label"]:
            tp[predicted] += 1
        else:
            fp[predicted] += 1
            fn[row["label"]] += 1
    elapsed = time.perf_counter() - started
    print(f"split={split} messages={len(rows)} ({negatives} ordinary)")
    print(f"{'category':<18}{'n':>5}{'precision':>11}{'recall':>8}{'F1':>7}")
    f1s = []
    for category in CATEGORIES:
        counts = Counts(tp[category], fp[category], fn[category])
        f1s.append(counts.f1)
        print(f"{category:<18}{counts.positives:>5}{counts.precision:>11.3f}{counts.recall:>8.3f}{counts.f1:>7.3f}")
    print(f"{'macro-F1':<18}{'':>5}{'':>11}{'':>8}{sum(f1s) / len(f1s):>7.3f}   (target >= 0.90)")
    print(
        f"false escalations on ordinary messages: {false_escalations}/{negatives} = "
        f"{false_escalations / max(1, negatives):.1%}   (target <= 3%)"
    )
    if len(total_by_kind) > 1:
        print(
            "false escalations by kind: "
            + "  ".join(
                f"{kind} {flagged_by_kind[kind]}/{n} = {flagged_by_kind[kind] / n:.1%}"
                for kind, n in sorted(total_by_kind.items())
            )
        )
    print(
        "accuracy per language: "
        + "  ".join(f"{lang} {sum(v) / len(v):.3f} (n={len(v)})" for lang, v in sorted(by_language.items()))
    )
    print(f"speed: {elapsed / len(rows) * 1e6:.0f} us per message (one batch)")


def _external_negatives(check: EscalationCheck, context: CheckContext) -> None:
    """False escalations on text nobody on this project wrote: the English customer-support
    requests of ../shared/data/support/ (Bitext, CDLA-Sharing-1.0; orders, invoices, accounts,
    refund tracking, complaints in general: none of them about a locked, fake or dangerous device).
    The model saw them in training as aux "none" rows (weight 0.2), so for rules + model this is
    a check on the rules' side and a training-set figure for the model's."""
    import csv

    path = DATA.parents[2].parent / "shared" / "data" / "support" / "bitext_customer_support_sample.csv"
    if not path.exists():
        print(f"external negatives: {path} not found, skipped")
        return
    flagged: Counter[str] = Counter()
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["instruction"] for row in csv.DictReader(handle)]
    total = len(texts)
    for findings in check.inspect_batch([(Message(text, "uk", author="buyer"), context) for text in texts]):
        if findings:
            flagged[max(findings, key=lambda f: f.score).code] += 1
    print(
        f"external negatives (Bitext support requests, en): {sum(flagged.values())}/{total} = "
        f"{sum(flagged.values()) / max(1, total):.2%} escalated {dict(flagged)}"
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
