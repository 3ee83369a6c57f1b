"""Counts and the figures made from them, written once for every check.

Precision, recall and F1 follow the usual definitions with 0 when undefined (nothing predicted or
nothing to find): a check that never fires gets recall 0, not an error. A caller that must tell
"undefined" apart (a review table printing a dash, a cross-validation printing nan, a benchmark
counting an empty class as perfect) asks `precision_or(undefined)` / `recall_or(undefined)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, TypeVar

_Undefined = TypeVar("_Undefined", float, None)


@dataclass(frozen=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def positives(self) -> int:
        return self.tp + self.fn

    @property
    def negatives(self) -> int:
        return self.fp + self.tn

    def precision_or(self, undefined: _Undefined) -> float | _Undefined:
        """Precision, or `undefined` when nothing was predicted positive."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else undefined

    def recall_or(self, undefined: _Undefined) -> float | _Undefined:
        """Recall, or `undefined` when there was nothing to find."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else undefined

    @property
    def precision(self) -> float:
        return self.precision_or(0.0)

    @property
    def recall(self) -> float:
        return self.recall_or(0.0)

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (what the check reports print)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def f1_from_counts(self) -> float:
        """The same F1 as 2·tp / (2·tp + fp + fn), 0 without a true positive. One division instead
        of three, so it can differ from `f1` in the last bit, and then in a printed third decimal
        at a tie: the training cross-validations were tuned and reported with this form, and keep it
        so their printed tables stay comparable with earlier runs."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def false_positive_rate(self) -> float:
        """Share of negatives flagged: on ordinary traffic, the false-flag rate."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def negative_f1(self) -> float:
        """F1 of the negative class (the other half of macro-F1)."""
        p = self.tn / (self.tn + self.fn) if self.tn + self.fn else 0.0
        r = self.tn / (self.tn + self.fp) if self.tn + self.fp else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def macro_f1(self) -> float:
        return (self.f1 + self.negative_f1) / 2

    def as_dict(self) -> dict[str, float | int]:
        return {
            "n": self.n,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "tn": self.tn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "macro_f1": round(self.macro_f1, 4),
            "false_positive_rate": round(self.false_positive_rate, 4),
        }


def binary_counts(expected: Iterable[bool], predicted: Iterable[bool]) -> Counts:
    tp = fp = fn = tn = 0
    for truth, guess in zip(expected, predicted, strict=True):
        if truth and guess:
            tp += 1
        elif guess:
            fp += 1
        elif truth:
            fn += 1
        else:
            tn += 1
    return Counts(tp, fp, fn, tn)


def macro_f1(expected: Iterable[bool], predicted: Iterable[bool]) -> float:
    return binary_counts(expected, predicted).macro_f1


__all__ = ["Counts", "binary_counts", "macro_f1"]
