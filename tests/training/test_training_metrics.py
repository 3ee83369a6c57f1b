"""training/metrics.py: threshold choice on validation data and per-language summaries."""

from __future__ import annotations

import numpy as np
import pytest

from training.metrics import choose_threshold, choose_thresholds, summarise

# scores, labels, hard-negative flags
SEPARABLE = (np.array([0.1, 0.2, 0.3, 0.7, 0.8, 0.9]), np.array([0, 0, 0, 1, 1, 1]), np.zeros(6, bool))
# One hard negative (0.99) is above every threshold of the grid, so the 5% cap cannot be met; the
# lowest reachable hard-negative FPR (1 of 4) needs a threshold above 0.5.
HARD = (
    np.array([0.05, 0.1, 0.99, 0.5, 0.1, 0.1, 0.4, 0.45, 0.6]),
    np.array([0, 0, 0, 0, 0, 0, 1, 1, 1]),
    np.array([False, False, True, True, True, True, False, False, False]),
)


@pytest.mark.parametrize(
    ("data", "low", "high"),
    [
        # Perfectly separable: a threshold between the classes, from the middle of the tied run.
        (SEPARABLE, 0.31, 0.70),
        # Cap out of reach: the fallback keeps the lowest hard-negative FPR (threshold above 0.5), not the
        # best macro-F1 overall (about 0.25, which also flags the 0.5 hard negative): conservative.
        (HARD, 0.51, 0.60),
    ],
)
def test_choose_threshold(data, low, high):
    scores, y, hard = data
    assert low <= choose_threshold(scores, y, hard) <= high


def test_summary_per_language_and_hard_negatives():
    y = np.array([0, 1, 0, 1])
    pred = np.array([1, 1, 0, 0])
    summary = summarise(
        y, pred, ["en", "en", "fr", "fr"], np.array([True, False, False, False]), ("courteous", "discourteous")
    )
    assert summary["languages"]["en"]["hard_negative_fpr"] == 1.0  # the one hard negative was flagged
    assert summary["languages"]["fr"]["per_label"]["discourteous"]["recall"] == 0.0
    assert summary["confusion"] == [[1, 1], [1, 1]]
    assert summary["overall"]["macro_f1"] == 0.5


# en is separable at about 0.5, fr at about 0.85: per language they get different thresholds.
TWO_LANGUAGES = (
    np.array([0.1, 0.2, 0.6, 0.7, 0.5, 0.6, 0.9, 0.95]),
    np.array([0, 0, 1, 1, 0, 0, 1, 1]),
    np.array(["en"] * 4 + ["fr"] * 4),
    np.zeros(8, bool),
)


@pytest.mark.parametrize(
    ("per_language", "same_for_all"),
    [
        # Per-language thresholds: each language gets its own cut.
        (True, False),
        # Pooled (Task.per_language_thresholds=False): every language gets the default, chosen on all rows.
        (False, True),
    ],
)
def test_choose_thresholds_per_language_or_pooled(per_language, same_for_all):
    scores, y, languages, hard = TWO_LANGUAGES
    thresholds, default = choose_thresholds(scores, y, languages, hard, per_language=per_language)
    assert set(thresholds) == {"en", "fr"}
    assert (set(thresholds.values()) == {default}) is same_for_all
