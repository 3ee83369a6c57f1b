"""Chooses the check's `model_weight` (policy settings.escalation) without the test split.

    .venv/bin/python -m training.escalation.combination [--folds 4] [--seed 0] [--C 30] [--aux-weight 0.2]

The model is refitted in `folds` folds over the dev groups (train + validation rows of
data/escalation/corpus.csv, a situation never in two folds); each dev message gets a probability
from a model that never saw it. For each weight the check's combination, max(rule score,
weight x probability) at min_score, is applied to those out-of-fold probabilities. The rule
(data/escalation/README.md): the largest weight whose out-of-fold false escalations on ordinary
dev messages stay <= 1%. Prints counts only, never message text.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import numpy as np

from screening.checks.escalation import DEFAULT_MIN_SCORE
from screening.escalation import RuleDetector
from training.escalation.task import LABELS, TASK

WEIGHTS = tuple(round(0.40 + 0.05 * i, 2) for i in range(11))  # 0.40 .. 0.90
MAX_FALSE_ESCALATIONS = 0.01


def out_of_fold(root: Path, folds: int, seed: int, params: dict) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Dev texts, their label indices and out-of-fold probabilities (n, len(LABELS))."""
    data = TASK.load(root)
    aux = data.split("aux")
    dev = data.split("train", "validation")
    fold_of = np.array([int(hashlib.sha256(f"esc-oof|{g}".encode()).hexdigest(), 16) % folds for g in dev.groups])
    probabilities = np.zeros((len(dev), len(LABELS)))
    for fold in range(folds):
        held = fold_of == fold
        fitted = TASK.fit(dev.subset(~held).concat(aux), params, seed)
        model = TASK.model(TASK.export(fitted))
        probabilities[held] = model.predict_proba([t for t, h in zip(dev.texts, held) if h])
    return dev.texts, dev.labels, probabilities


def combine(rule_scores: np.ndarray, probabilities: np.ndarray, weight: float, min_score: float) -> np.ndarray:
    """Predicted label index per message: the strongest category at min_score, else none (0)."""
    scores = np.maximum(rule_scores, weight * probabilities[:, 1:])
    best = scores.argmax(axis=1)
    return np.where(scores.max(axis=1) >= min_score, best + 1, 0)


def macro_f1(truth: np.ndarray, predicted: np.ndarray) -> float:
    f1s = []
    for label in range(1, len(LABELS)):
        tp = np.sum((predicted == label) & (truth == label))
        fp = np.sum((predicted == label) & (truth != label))
        fn = np.sum((predicted != label) & (truth == label))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return float(np.mean(f1s))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m training.escalation.combination")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--C", type=float, default=30.0, help="the C the pipeline kept (models/escalation card)")
    parser.add_argument("--aux-weight", type=float, default=0.2, help="the aux_weight the pipeline kept")
    parser.add_argument("--root", type=Path, default=Path("."))
    args = parser.parse_args(argv)
    params = {**TASK.params, "C": args.C, "aux_weight": args.aux_weight}
    texts, truth, probabilities = out_of_fold(args.root, args.folds, args.seed, params)
    detector = RuleDetector()
    rule_scores = np.zeros((len(texts), len(LABELS) - 1))
    for i, text in enumerate(texts):
        for hit in detector.detect(text):
            rule_scores[i, LABELS.index(hit.category) - 1] = hit.score
    ordinary = truth == 0
    print(f"dev messages={len(texts)} ordinary={int(ordinary.sum())} folds={args.folds} C={args.C}")
    print("weight  macro-F1  false escalations")
    chosen = None
    for weight in (0.0, *WEIGHTS):
        predicted = combine(rule_scores, probabilities, weight, DEFAULT_MIN_SCORE)
        false = int(np.sum(predicted[ordinary] != 0))
        print(f"{weight:6.2f}  {macro_f1(truth, predicted):8.3f}  {false}/{int(ordinary.sum())}")
        if weight and false <= MAX_FALSE_ESCALATIONS * ordinary.sum():
            chosen = weight
    print(f"chosen model_weight: {chosen} (largest with out-of-fold false escalations <= {MAX_FALSE_ESCALATIONS:.0%})")


if __name__ == "__main__":
    main()
