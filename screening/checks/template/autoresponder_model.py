"""The autoresponder model: does a reply read like an automatic one, whatever its wording?

Most automatic replies never say they are automatic: "we have received your message and will
answer within 24 working hours", "our office is open Monday to Friday 8-16", "we are closed until
Friday", "your request has been registered under ticket ...". They are recognised by what they do
(acknowledge receipt and promise a later answer, state opening hours, a closure or an absence as
the whole content, register a ticket), which a linear model over character n-grams learns across
the markets' languages from writers' examples (training/template/task.py, data/template/autoresponder/).

Features: the presence of character n-grams (NGRAM_MIN..NGRAM_MAX, inside words padded with a
space, as scikit-learn's "char_wb") of the accent-folded text with every digit read as 0 (a
24-hour promise and a 48-hour one are the same thing), L2-normalised; a logistic regression's
weights. The artifact is plain data (grams, weights, intercept, threshold): no pickled estimator,
and training scores exactly this class (training/README.md).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

import numpy as np

from screening.checks.template.autoresponder import fold

ARTIFACT_FORMAT = "autoresponder-char-lr-1"
NGRAM_MIN, NGRAM_MAX = 2, 5
READ_CHARS = 1500  # automatic replies are short; a long reply's head says what it is
_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"\w+")


def words(text: str) -> set[str]:
    """The distinct words of `text`, accent-folded, lower case, digits read as 0."""
    return set(_WORDS.findall(_DIGIT.sub("0", fold(text[:READ_CHARS]))))


def char_grams(text: str) -> set[str]:
    """The set of character n-grams of `text` (see the module docstring)."""
    return set().union(*map(_word_grams, words(text)))


@lru_cache(maxsize=65536)  # words recur across replies; a word's grams are a few hundred bytes
def _word_grams(word: str) -> frozenset[str]:
    padded = f" {word} "
    size = len(padded)
    return frozenset(
        [padded[i : i + n] for n in range(NGRAM_MIN, min(NGRAM_MAX, size) + 1) for i in range(size - n + 1)]
    )


class AutoresponderModel:
    """Scores texts from a trained artifact (training/template/task.py writes it)."""

    def __init__(self, artifact: Mapping[str, Any]):
        if artifact.get("format") != ARTIFACT_FORMAT:
            raise ValueError(f"autoresponder artifact format {artifact.get('format')!r}, expected {ARTIFACT_FORMAT!r}")
        self._weights = dict(zip(artifact["grams"], np.asarray(artifact["coef"], dtype=float).tolist()))
        self._intercept = float(artifact["intercept"])
        self.default_threshold = float(artifact["default_threshold"])
        self.thresholds = dict(artifact.get("thresholds") or {})
        # Per word, its grams that the model knows with their weights. A reply's grams are the union
        # of its words' (char_wb grams never cross words): merging these small dicts costs a fraction
        # of looking every gram up again (bench template: ~0.3 ms a reply before).
        self._known = lru_cache(maxsize=65536)(self._known_in_word)

    def _known_in_word(self, word: str) -> dict[str, float]:
        weights = self._weights
        return {g: weights[g] for g in _word_grams(word) if g in weights}

    def probability(self, text: str) -> float:
        return self._probability(self._merged(words(text)))

    def probability_pair(self, text: str, part: str) -> tuple[float, float]:
        """(probability(text), probability(part)) for a reply and a part of it (its body without
        the sign-off): the grams of the words both hold are merged once, not twice."""
        text_words, part_words = words(text), words(part)
        shared = self._merged(text_words & part_words)
        return (
            self._probability(self._merged(text_words - part_words, dict(shared))),
            self._probability(self._merged(part_words - text_words, shared)),
        )

    def _merged(self, word_set: set[str], known: dict[str, float] | None = None) -> dict[str, float]:
        """The known grams of the words (added to `known`), with their weights."""
        known = {} if known is None else known
        for word in word_set:
            known.update(self._known(word))
        return known

    def _probability(self, known: dict[str, float]) -> float:
        # A gram has one weight whichever word brought it, and fsum is correctly rounded, so the
        # order the grams were merged in changes nothing.
        if not known:
            return 1.0 / (1.0 + math.exp(-self._intercept))
        margin = math.fsum(known.values()) / math.sqrt(len(known)) + self._intercept
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, margin))))

    def probabilities(self, texts: Sequence[str], languages: Sequence[str] | None = None) -> np.ndarray:
        return np.array([self.probability(t) for t in texts], dtype=float)

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str]) -> np.ndarray:
        """(n, 2): columns reply, autoresponder (training.task.Scorer)."""
        p = self.probabilities(texts, languages)
        return np.column_stack([1.0 - p, p])

    def score(self, probability: float, threshold: float | None = None) -> float:
        """Rescaled so that the threshold maps to 0.5, as the tone model's (the policy flags from 0.5)."""
        t = min(max(self.default_threshold if threshold is None else threshold, 1e-6), 1 - 1e-6)
        if probability < t:
            return 0.5 * probability / t
        return 0.5 + 0.5 * (probability - t) / (1.0 - t)

    def threshold(self, language: str | None = None) -> float:
        return float(self.thresholds.get(language, self.default_threshold)) if language else self.default_threshold
