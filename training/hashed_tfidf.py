"""The tf-idf vectorizer of the hashed n-gram models (escalation, contact): sklearn fits it on the
hashes screening/text/hashed_ngrams.py computes, and its vocabulary is exported as plain data that
screening's HashedTfidf reads back, so training and the check see the same rows."""

from __future__ import annotations

from typing import Any

import numpy as np

from screening.text.hashed_ngrams import gram_hashes


def hashed_vectorizer(ngram_range: tuple[int, int], word_high: int, min_df: Any, max_features: Any) -> Any:
    """An unfitted TfidfVectorizer(sublinear_tf=True) whose tokens are the n-grams' hashes."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    low, high = ngram_range
    return TfidfVectorizer(
        analyzer=lambda text: gram_hashes(text, low, high, word_high=word_high).tolist(),
        sublinear_tf=True,
        min_df=min_df,
        max_features=max_features,
    )


def vocabulary_hashes(vectorizer: Any) -> np.ndarray:
    """The hash of each feature column of a fitted hashed_vectorizer, in column order."""
    hashes = np.zeros(len(vectorizer.vocabulary_), dtype=np.uint64)
    for gram_hash, index in vectorizer.vocabulary_.items():
        hashes[index] = gram_hash
    return hashes


__all__ = ["hashed_vectorizer", "vocabulary_hashes"]
