"""The escalation model: character n-grams of the normalised text into a multinomial logistic
regression over ("none", *CATEGORIES).

Trained by training/escalation/task.py (`screening train escalation`); the artifact is plain data
(n-gram hashes, idf, coefficients), scored here with numpy, so what the pipeline measures is what
the check runs. The n-gram hashing and the tf-idf rows are shared with the contact offer model
(screening/text/hashed_ngrams.py); a batch costs a few tens of us per message, which is what
keeps 100,000 conversations within a minute (bench conversations; the conversation assessor scores
its buyer messages in one batch).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np

from screening.text.hashed_ngrams import HashedTfidf, gram_hashes

ARTIFACT_FORMAT = "escalation-char-hash-logreg-2"
# Format 1 is format 2 without word n-grams; both load.
READABLE_FORMATS = ("escalation-char-hash-logreg-1", ARTIFACT_FORMAT)
# The languages every model so far was trained on (data/escalation: buyer messages written in
# these eight). Artifacts that do not list their languages were all trained on exactly these.
CORPUS_LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt")
NGRAM_RANGE = (2, 5)
# Up to this many texts are scored one by one (scipy's fixed cost, ~0.35 ms, dominates small
# batches: a buyer message's 5-16 clauses took 0.46-0.76 ms as one sparse pass against 0.16-0.58 ms
# one by one, bench http's texts; the two meet between 16 and 32).
_DENSE_UP_TO = 16


class EscalationModel:
    """predict_proba(texts, languages) -> (n, len(labels)) probabilities, columns in `labels` order."""

    def __init__(self, artifact: Mapping[str, Any]):
        if artifact.get("format") not in READABLE_FORMATS:
            raise ValueError(
                f"escalation artifact format {artifact.get('format')!r}; expected one of {READABLE_FORMATS}"
            )
        self.labels: tuple[str, ...] = tuple(artifact["labels"])
        self.ngram_range = tuple(artifact["ngram_range"])
        self.word_ngram_high = int(artifact.get("word_ngram_high", 0))
        self._features = HashedTfidf(artifact["hashes"], artifact["idf"], self.ngram_range, self.word_ngram_high)
        self._coef_t = np.ascontiguousarray(np.asarray(artifact["coef"], dtype=np.float64).T)  # (features, labels)
        self._intercept = np.asarray(artifact["intercept"], dtype=np.float64)
        self.languages: tuple[str, ...] = tuple(artifact.get("languages") or CORPUS_LANGUAGES)

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str] | None = None) -> np.ndarray:
        """Scores many texts in one sparse pass (~10x faster per text than one by one); a few
        texts take the dense path, which has less fixed cost."""
        if len(texts) <= _DENSE_UP_TO:
            return np.vstack([self._one(text) for text in texts]) if texts else np.zeros((0, len(self.labels)))
        logits = np.tile(self._intercept, (len(texts), 1))
        if self._features.size:
            logits += self._features.many(texts) @ self._coef_t
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def probabilities(self, text: str) -> dict[str, float]:
        return dict(zip(self.labels, self._one(text).tolist()))

    def _one(self, text: str) -> np.ndarray:
        logits = self._intercept.copy()
        features, values = self._features.one(text)
        if len(features):
            logits += values @ self._coef_t[features]
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


__all__ = ["ARTIFACT_FORMAT", "READABLE_FORMATS", "CORPUS_LANGUAGES", "EscalationModel", "gram_hashes"]
