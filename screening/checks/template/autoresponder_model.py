"""The autoresponder model: does a reply read like an automatic one, whatever its wording?

Most automatic replies never say they are automatic: "we have received your message and will
answer within 24 working hours", "our office is open Monday to Friday 8-16", "we are closed until
Friday", "your request has been registered under ticket ...". They are recognised by what they do
(acknowledge receipt and promise a later answer, state opening hours, a closure or an absence as
the whole content, register a ticket), which a linear model over character n-grams learns across
the markets' languages from writers' examples (training/template/task.py, data/template/autoresponder/).

Features: the presence of character n-grams (NGRAM_MIN..NGRAM_MAX, inside words padded with a
space, as scikit-learn's "char_wb") of the accent-folded text with every digit read as 0 (a
24-hour promise and a 48-hour one are the same thing), L2-normalised, and (format 2) beside them
the parts of a notice the text names (notice_cues.py: unavailable, answers later, received...),
each 1 or 0: not normalised with the grams, so that a long reply's hundreds of grams do not drown
the few parts that make it a notice; a logistic regression's weights. The artifact is plain data
(grams, weights, cue weights, intercept, threshold): no pickled estimator, and training scores
exactly this class (training/README.md).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Any, Mapping, Sequence

import numpy as np

from screening.checks.template.autoresponder import fold
from screening.checks.template.notice_cues import cue_features
from screening.checks.template.placeholders import without_signoff

ARTIFACT_FORMAT = "autoresponder-char-lr-2"  # character n-grams and notice cues
FORMATS = ("autoresponder-char-lr-1", ARTIFACT_FORMAT)  # 1: character n-grams only
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


def cues(text: str) -> frozenset[str]:
    """The notice cues of the head of `text` without its sign-off block (notice_cues.py): a shop's
    signature line ("messages answered Mon-Sat 9-17:30") ends its every reply, notices and answers
    alike, so it says nothing of what this reply is."""
    body = without_signoff(text) or text
    return cue_features(fold(body[:READ_CHARS]).lower())


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
        if artifact.get("format") not in FORMATS:
            raise ValueError(f"autoresponder artifact format {artifact.get('format')!r}, expected one of {FORMATS}")
        self._weights = dict(zip(artifact["grams"], np.asarray(artifact["coef"], dtype=float).tolist()))
        # Format 2: the weight of each notice cue (format 1 has none).
        self._cue_weights: dict[str, float] = {k: float(v) for k, v in (artifact.get("cues") or {}).items()}
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
        return self._probability(self._merged(words(text)), self._cue_margin(text))

    def _cue_margin(self, text: str) -> float:
        """What the notice cues `text` names add to the margin (format 2; 0 for format 1)."""
        if not self._cue_weights:
            return 0.0
        weights = self._cue_weights
        return math.fsum(weights.get(cue, 0.0) for cue in cues(text))

    def probability_pair(self, text: str, part: str) -> tuple[float, float]:
        """(probability(text), probability(part)) for a reply and a part of it (its body without
        the sign-off): the grams of the words both hold are merged once, not twice, and the notice
        cues are read once, from `part` (cues() reads a reply without its sign-off block, so a reply
        and its body name the same parts)."""
        text_words, part_words = words(text), words(part)
        shared = self._merged(text_words & part_words)
        notice = self._cue_margin(part)
        return (
            self._probability(self._merged(text_words - part_words, dict(shared)), notice),
            self._probability(self._merged(part_words - text_words, shared), notice),
        )

    def _merged(self, word_set: set[str], known: dict[str, float] | None = None) -> dict[str, float]:
        """The known grams of the words (added to `known`), with their weights."""
        known = {} if known is None else known
        for word in word_set:
            known.update(self._known(word))
        return known

    def _probability(self, known: dict[str, float], cue_margin: float = 0.0) -> float:
        # A gram has one weight whichever word brought it, and fsum is correctly rounded, so the
        # order the grams were merged in changes nothing.
        grams = math.fsum(known.values()) / math.sqrt(len(known)) if known else 0.0
        margin = grams + cue_margin + self._intercept
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
