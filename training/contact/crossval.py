"""Leave-writers-out cross-validation of the contact offer model beside the rules, and the
threshold rule the task pins (training/contact/task.py, `fixed_threshold`).

    python -m training.contact.crossval [--folds 5] [--seed 0]

Development rows only (the task's train and validation splits: data/contact/dev writers and the
ordinary traffic writers' seller replies); the test split's writers, the sealed set and the gate's
traffic set are never read. Each writer is held out whole in one fold; its replies are scored by a
model fitted (training.contact.task.fit, exported, scored by the service's class) on the others.
The rules' verdicts come from the contact check itself (no model), run on every reply.

The check reads the model only when the rules found nothing, so per threshold it prints the rules
and the model together: recall of the writers' offers (all, per language), precision, false flags
among the writers' hard negatives and among the ordinary traffic replies and among the ordinary
conversations' replies of the development split sets (numbers in pieces that are no contact) and
among the tone writers' courteous replies, and how often the model's code is one of the reply's codes. The rule: among the thresholds whose model
adds at most MAX_EXTRA_TRAFFIC of the ordinary traffic replies, the highest whose F1 of rules and
model together on the writers' replies is within F1_TIE of the best (where F1 is flat, the fewer
false flags: each one holds a real answer back). Precision alone cannot be
the rule: the writers' negatives are written to look like offers (c28-c30 most of all), so the
rules by themselves already sit at 0.975 there, against 0.994 on the sealed set and a few false
flags in ten thousand ordinary replies. Prints counts only, never message text.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from pathlib import Path

import numpy as np

from training.contact.task import (
    LABELS,
    TASK,
    courteous_rows,
    export,
    fit,
    model,
    split_set_rows,
    traffic_rows,
    writer_rows,
)
from training.datasets import from_rows

THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.96, 0.98)
# The target for false flags is 0.3% of ordinary traffic for the whole check; the model may
# spend a third of it.
MAX_EXTRA_TRAFFIC = 0.001
# One offer of the writers' ~3,600 moves F1 by about 0.0003: closer than this is a tie.
F1_TIE = 0.001
MAIN_LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt")


def rule_verdicts(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Per row, whether the contact check's rules flag it under the default policy, and whether
    the check reads the model there (the rules found nothing at all and the reply is one the model
    may read, ContactCheck.model_may_read)."""
    from screening.checks.base import CheckContext
    from screening.checks.contact import ContactCheck
    from screening.core.policy import Policy
    from screening.core.types import Action, Message

    check, policy = ContactCheck(), Policy.load()
    flagged = np.zeros(len(rows), dtype=bool)
    silent = np.zeros(len(rows), dtype=bool)
    for i, row in enumerate(rows):
        market = row["market"] if row["market"] in policy.markets else "fr"
        message = Message(id=f"cv-{i}", text=row["text"], market=market, author="seller")
        market_policy = policy.for_market(market)
        context = CheckContext(policy=market_policy)
        findings = check.rule_findings(message, context)
        silent[i] = not findings and check.model_may_read(row["text"], context)
        flagged[i] = any(market_policy.rule_for(f.code).action_for(f.score) is not Action.ALLOW for f in findings)
    return flagged, silent


def out_of_fold(rows: list[dict], folds: int, seed: int) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Each row's offer probability from the fold model that never saw its writer, the code that
    model names, and whether the sentence it reads the offer in is excused (the check then reports
    nothing: screening.checks.contact.excused)."""
    from screening.checks.contact import excused, offer_sentence

    fold_of = np.array([int(hashlib.sha256(f"contact-cv|{r['group']}".encode()).hexdigest(), 16) % folds for r in rows])
    offer = np.zeros(len(rows))
    codes = [""] * len(rows)
    excuses = np.zeros(len(rows), dtype=bool)
    for fold in range(folds):
        held = np.flatnonzero(fold_of == fold)
        kept = [row for row, f in zip(rows, fold_of) if f != fold]
        scorer = model(export(fit(from_rows(kept, LABELS), TASK.params, seed)))
        texts = [rows[i]["text"] for i in held]
        offer[held] = scorer.offer_probabilities(texts)
        for i in held:
            codes[i] = scorer.code_of(rows[i]["text"])[0]
            start, end = offer_sentence(scorer, rows[i]["text"])
            excuses[i] = excused(rows[i]["text"][start:end])
        print(f"fold {fold + 1}/{folds}: {len(held)} rows held out", flush=True)
    return offer, codes, excuses


def table(rows: list[dict], rules: np.ndarray, silent: np.ndarray, offer: np.ndarray, codes: list[str]) -> float | None:
    offers = np.array([r["label"] == "offer" for r in rows])
    traffic = np.array([r["group"].startswith("traffic-") for r in rows])
    pieces = np.array([r["group"].startswith("split-") for r in rows])
    courteous = np.array([r["group"].startswith("tone-") for r in rows])
    writers = ~traffic & ~pieces & ~courteous
    languages = np.array([r["language"] for r in rows])
    f1_by_threshold: dict[float, float] = {}
    print(
        f"writers' replies {int(writers.sum())} (offers {int((offers & writers).sum())}), traffic replies "
        f"{int(traffic.sum())}, split sets' ordinary replies {int(pieces.sum())}, tone writers' courteous "
        f"replies {int(courteous.sum())}"
    )
    print(
        "threshold  recall  precision  F1  hard negatives flagged  traffic flagged (model adds)  split sets' ordinary "
        "flagged  courteous flagged  code right  recall per language"
    )
    base_traffic = int((rules & traffic).sum())
    for threshold in (None, *THRESHOLDS):
        by_model = silent & (offer >= threshold) if threshold is not None else np.zeros(len(rows), dtype=bool)
        found = rules | by_model
        tp, fp = int((found & offers & writers).sum()), int((found & ~offers & writers).sum())
        recall = tp / max(1, int((offers & writers).sum()))
        precision = tp / max(1, tp + fp)
        flagged_traffic = int((found & traffic).sum())
        added = by_model & offers & writers
        right = sum(codes[i] in rows[i].get("codes", ()) for i in np.flatnonzero(added))
        per_language: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
        for i in np.flatnonzero(offers & writers):
            per_language[languages[i]][0] += int(found[i])
            per_language[languages[i]][1] += 1
        name = "rules" if threshold is None else f"{threshold:.2f}"
        print(
            f"{name:>9}  {recall:.3f}  {precision:.3f}  {2 * precision * recall / max(1e-9, precision + recall):.3f}  {fp:5}/{int((~offers & writers).sum())}  "
            f"{flagged_traffic:4}/{int(traffic.sum())} (+{flagged_traffic - base_traffic})  "
            f"{int((found & pieces).sum()):4}/{int(pieces.sum())}  "
            f"{int((found & courteous).sum()):4}/{int(courteous.sum())}  "
            f"{right}/{int(added.sum())}  "
            + " ".join(f"{lang} {per_language[lang][0] / max(1, per_language[lang][1]):.3f}" for lang in MAIN_LANGUAGES)
        )
        if threshold is not None and flagged_traffic - base_traffic <= MAX_EXTRA_TRAFFIC * traffic.sum():
            f1_by_threshold[threshold] = 2 * precision * recall / max(1e-9, precision + recall)
    best = max(f1_by_threshold.values(), default=None)
    chosen = max((t for t, f1 in f1_by_threshold.items() if best - f1 <= F1_TIE), default=None) if best else None
    print(
        f"chosen threshold: {chosen} (the highest whose F1 of rules and model on the writers' replies is within "
        f"{F1_TIE} of the best, {best or 0:.4f}, among those whose model adds at most {MAX_EXTRA_TRAFFIC:.1%} of "
        "the traffic replies)"
    )
    return chosen


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.contact.crossval")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    everything = (
        writer_rows(args.root) + traffic_rows(args.root) + split_set_rows(args.root) + courteous_rows(args.root)
    )
    rows = [r for r in everything if r["split"] in ("train", "validation")]
    rules, silent = rule_verdicts(rows)
    print(f"rules run on {len(rows)} replies", flush=True)
    offer, codes, excuses = out_of_fold(rows, args.folds, args.seed)
    table(rows, rules, silent & ~excuses, offer, codes)


if __name__ == "__main__":
    main()
