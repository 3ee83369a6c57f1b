"""Grouped cross-validation of the autoresponder model (development data only, never the sealed set).

    .venv/bin/python -m training.template.crossval [--folds 5] [--thresholds 0.5,0.7,0.9]

Two schemes, each printing, per threshold, the model alone and the model OR the phrase list
(screening/checks/template/autoresponder.py, what the check runs):
- leave-one-writer-out: fit on every other writer's rows, score the held-out writer's rows (their
  languages may be unseen: a writer covers a set of languages), ordinary replies rotated in folds;
- grouped k-fold over all rows (each row its own group; hash-assigned folds).
Rows: recall on the writers' autoresponders (per kind), false flags on their hard negatives (per
kind) and on ordinary replies (per source), precision at the writers' share of autoresponders.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import defaultdict
from pathlib import Path

import numpy as np

from screening.checks.template.autoresponder import find_autoresponder
from screening.evaluation.metrics import Counts
from training.datasets import Dataset
from training.template.task import TASK

ROOT = Path(__file__).resolve().parents[2]


def _fold_of(group: str, folds: int) -> int:
    return int(hashlib.sha256(f"crossval:{group}".encode()).hexdigest()[:8], 16) % folds


def out_of_fold(data: Dataset, assignment: np.ndarray, seed: int = 0) -> np.ndarray:
    """Probabilities of every row from a model fitted without its fold (`assignment`: fold per row)."""
    params = {**TASK.params, **TASK.candidates[0]}
    scores = np.zeros(len(data))
    for fold in sorted(set(assignment.tolist())):
        held = assignment == fold
        model = TASK.model(TASK.export(TASK.fit(data.subset(~held), params, seed)))
        scores[held] = model.probabilities(data.subset(held).texts)
    return scores


def report(title: str, data: Dataset, scores: np.ndarray, thresholds: list[float]) -> None:
    phrases = np.array([find_autoresponder(t) is not None for t in data.texts])
    categories = np.array(data.categories)
    positive = data.labels == 1
    print(f"\n== {title}")
    print(
        "phrases alone: autoresponders found {:.3f}, hard negatives flagged {}, ordinary flagged {}".format(
            phrases[positive].mean(),
            int(phrases[data.hard_negative].sum()),
            int(phrases[~positive & ~data.hard_negative].sum()),
        )
    )
    for t in thresholds:
        for name, flagged in (("model", scores >= t), ("model|phrases", (scores >= t) | phrases)):
            tp = int((flagged & positive).sum())
            fp_hard = int((flagged & data.hard_negative).sum())
            ordinary = ~positive & ~data.hard_negative
            fp_ord = int((flagged & ordinary).sum())
            counts = Counts(tp=tp, fp=fp_hard + fp_ord, fn=int(positive.sum()) - tp)
            print(
                f"t={t:.2f} {name:<14} recall {counts.recall_or(float('nan')):.3f} ({tp}/{positive.sum()})  "
                f"hard-negative false flags {fp_hard}/{int(data.hard_negative.sum())}  "
                f"ordinary false flags {fp_ord}/{int(ordinary.sum())}  precision {counts.precision_or(1.0):.3f}"
            )
        flagged = (scores >= t) | phrases
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for category, hit in zip(categories, flagged):
            by_kind[category.split(":", 1)[-1] if ":" in category else category][0] += int(hit)
            by_kind[category.split(":", 1)[-1] if ":" in category else category][1] += 1
        print(
            "   flagged per kind (model|phrases): "
            + ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in sorted(by_kind.items()))
        )
    languages = np.array(data.languages)
    t = thresholds[len(thresholds) // 2]
    flagged = (scores >= t) | phrases
    print(
        f"   recall per language at t={t:.2f} (model|phrases): "
        + ", ".join(
            f"{lang} {flagged[positive & (languages == lang)].mean():.2f}" for lang in sorted(set(languages[positive]))
        )
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="training.template.crossval")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--thresholds", default="0.5,0.7,0.9")
    args = parser.parse_args(argv)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    data = TASK.load(ROOT)
    categories = np.array(data.categories)
    writers = np.array([c.split(":")[0] if not c.startswith("ordinary") else "" for c in categories])
    names = sorted(set(writers.tolist()) - {""})
    # Leave one writer out: the held-out writer's rows and one fold of the ordinary replies.
    ordinary_fold = np.array([_fold_of(g, len(names)) for g in data.groups])
    assignment = np.array([names.index(w) if w else f for w, f in zip(writers, ordinary_fold)])
    if len(names) >= 2:
        report(f"leave one writer out ({', '.join(names)})", data, out_of_fold(data, assignment), thresholds)
    report(
        f"grouped {args.folds}-fold",
        data,
        out_of_fold(data, np.array([_fold_of(g, args.folds) for g in data.groups])),
        thresholds,
    )


if __name__ == "__main__":
    main()
