"""The contact offer model: does a seller's reply invite the buyer off the platform, and by which
kind of channel? It reads what the rules cannot list: a channel named in a riddle or misspelled,
a local marketplace or payment app the lexicon lacks, an invitation with no address in it.

Character and word n-grams of the normalised text (screening/text/hashed_ngrams.py) feed two
logistic regressions fitted by training/contact/task.py (`screening train contact`):
- `offer`: a binary one, P(the reply is an offer), read against the artifact's threshold (chosen
  out of fold on writers the model never saw: training/contact/crossval.py);
- `code`: a multinomial one over the contact codes, fitted on the offers only, which names the
  finding's code (the kind of channel the reply points to).
The artifact is plain data (hashes, idf, coefficients), scored here with numpy.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np

from screening.text.hashed_ngrams import HashedTfidf

ARTIFACT_FORMAT = "contact-offer-char-hash-logreg-1"
# Up to this many texts (a reply's sentences, when the check looks for the one with the offer) are
# scored one by one, as a single reply is: the sparse pass has a fixed cost of ~0.35 ms (2-8
# sentences: 0.39-0.67 ms against 0.06-0.24 ms one by one; the two meet between 16 and 32).
# Rescore batches go through the sparse pass.
_ONE_BY_ONE = 16
LABELS = ("ordinary", "offer")


class ContactOfferModel:
    """predict_proba(texts) -> (n, 2) [ordinary, offer]; `code_of(text)` -> the likeliest code."""

    def __init__(self, artifact: Mapping[str, Any]):
        if artifact.get("format") != ARTIFACT_FORMAT:
            raise ValueError(f"contact artifact format {artifact.get('format')!r}; expected {ARTIFACT_FORMAT!r}")
        self._features = HashedTfidf(
            artifact["hashes"], artifact["idf"], artifact["ngram_range"], int(artifact.get("word_ngram_high", 0))
        )
        self._offer_coef = np.asarray(artifact["offer_coef"], dtype=np.float64)
        self._offer_intercept = float(artifact["offer_intercept"])
        self.codes: tuple[str, ...] = tuple(artifact["codes"])
        self._code_coef_t = np.ascontiguousarray(np.asarray(artifact["code_coef"], dtype=np.float64).T)
        self._code_intercept = np.asarray(artifact["code_intercept"], dtype=np.float64)
        # Set by the training pipeline (fixed_threshold); absent only in a freshly exported artifact.
        self.threshold = float(artifact.get("default_threshold", 0.5))
        self.languages: tuple[str, ...] = tuple(artifact.get("languages") or ())

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str] | None = None) -> np.ndarray:
        offer = self.offer_probabilities(texts)
        return np.column_stack([1.0 - offer, offer])

    def offer_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        if len(texts) <= _ONE_BY_ONE:
            logits = np.array([self._offer_intercept + self._offer_margin(text) for text in texts])
        else:
            logits = self._features.many(texts) @ self._offer_coef + self._offer_intercept
        return 1.0 / (1.0 + np.exp(-np.asarray(logits, dtype=np.float64)))

    def _offer_margin(self, text: str) -> float:
        features, values = self._features.one(text)
        return float(values @ self._offer_coef[features])

    def code_of(self, text: str) -> tuple[str, float]:
        """The code the reply most likely points to, and its probability among the codes."""
        features, values = self._features.one(text)
        logits = self._code_intercept.copy()
        if len(features):
            logits += values @ self._code_coef_t[features]
        logits -= logits.max()
        probabilities = np.exp(logits) / np.exp(logits).sum()
        best = int(np.argmax(probabilities))
        return self.codes[best], float(probabilities[best])


__all__ = ["ARTIFACT_FORMAT", "LABELS", "ContactOfferModel"]
