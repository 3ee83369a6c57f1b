"""Character and word n-grams of normalised text as 64-bit hashes, and the tf-idf rows a trained
linear model reads from them (the escalation model, the contact offer model).

Why hashes: the n-grams are the ones of sklearn's `char_wb` (inside " word "), but each is a 64-bit
polynomial hash computed with numpy for a whole batch of messages at once, and looked up with one
`searchsorted`. Building and looking up ~250 n-gram strings per message in Python cost ~250 us;
a batch costs a few tens of us per message. Distinct n-grams colliding on 64 bits is negligible at
these vocabulary sizes (~10^5).

Training uses `gram_hashes` as sklearn's analyzer (TfidfVectorizer(analyzer=..., sublinear_tf=True));
`HashedTfidf` then rebuilds the same L2-normalised rows from the exported hashes and idf, so what
the pipeline measures is what the check runs.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Sequence

import numpy as np

from screening.text.normalize import normalize

_BASE = np.uint64(1_000_003)
# Distinguishes n-grams of different sizes that would otherwise share a hash by arithmetic.
_SIZE_SALT = {n: np.uint64((0x9E3779B97F4A7C15 * n) % 2**64) for n in range(1, 16)}
_SPACE = 32
# Keeps word n-gram hashes apart from character n-gram hashes (a different salt per size).
_WORD_SALT = {n: np.uint64((0xC2B2AE3D27D4EB4F * n) % 2**64) for n in range(2, 5)}


def gram_hashes(text: str, low: int = 2, high: int = 5, word_high: int = 0) -> np.ndarray:
    """uint64 hashes of the char_wb n-grams (low..high) of the normalised text, one per occurrence,
    then those of its word n-grams (2..word_high; none when word_high < 2)."""
    hashes, _ = batch_hashes([text], low, high)
    if word_high < 2:
        return hashes
    words, _ = word_gram_hashes([text], word_high)
    return np.concatenate([hashes, words])


@lru_cache(maxsize=1 << 14)
def _word_hash(gram: str) -> int:
    # Remembered: the same word pairs ("thank you", "merci pour") recur in most replies, and a
    # look-up costs a tenth of the digest (16,384 pairs: ~3 MB).
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little")


def word_gram_hashes(texts: Sequence[str], high: int) -> tuple[np.ndarray, np.ndarray]:
    """Hashes of the word n-grams (2..high) of each normalised text, and the index of the text of each.

    Character n-grams never cross a word boundary, so they cannot tell "no answer" from "answer"
    and "no" in different places; a complaint is often in such a pair of ordinary words.
    """
    hashes: list[int] = []
    owner: list[int] = []
    for index, text in enumerate(texts):
        words = normalize(text).text.split()
        for n in range(2, high + 1):
            salt = int(_WORD_SALT[n])
            for i in range(len(words) - n + 1):
                hashes.append(_word_hash(" ".join(words[i : i + n])) ^ salt)
                owner.append(index)
    return np.array(hashes, dtype=np.uint64), np.array(owner, dtype=np.int64)


def batch_hashes(texts: Sequence[str], low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
    """The n-gram hashes of all `texts` in one numpy pass, and the index of the text of each.

    All words of all texts are joined by single spaces: " w1 w2 ... ". An n-gram of a padded word
    " w " is then exactly a substring with no space strictly inside it (its first and last
    characters may be the shared spaces), so no n-gram crosses a word or a text boundary.
    """
    pieces: list[str] = []
    starts: list[int] = []  # offset of each text's first character in the joined string
    offset = 1
    for text in texts:
        words = normalize(text).text.split()
        starts.append(offset)
        if words:
            joined = " ".join(words) + " "
            pieces.append(joined)
            offset += len(joined)
    if not pieces:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    codes = np.frombuffer((" " + "".join(pieces)).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    spaces = np.concatenate([[0], np.cumsum(codes == _SPACE)])
    out_hashes, out_positions = [], []
    hashes = codes
    with np.errstate(over="ignore"):  # the hash wraps modulo 2**64 on purpose
        for n in range(2, high + 1):
            count = len(codes) - n + 1
            if count <= 0:
                break
            hashes = hashes[:count] * _BASE + codes[n - 1 : n - 1 + count]  # rolling: n-1 grams extended
            if n < low:
                continue
            # No space strictly inside: spaces among positions i+1 .. i+n-2 must be zero.
            keep = np.flatnonzero(spaces[n - 1 : n - 1 + count] - spaces[1 : 1 + count] == 0)
            out_hashes.append(hashes[keep] ^ _SIZE_SALT[n])
            out_positions.append(keep + 1)  # the n-gram's second character is always inside its word
    positions = np.concatenate(out_positions)
    owner = np.searchsorted(np.asarray(starts), positions, side="right") - 1
    return np.concatenate(out_hashes), owner


class HashedTfidf:
    """The tf-idf rows of a fitted vocabulary: `hashes` (the n-gram hash of each feature column)
    and their `idf`, as sklearn's TfidfVectorizer(sublinear_tf=True) with L2 norm computes them."""

    def __init__(self, hashes: np.ndarray, idf: np.ndarray, ngram_range: Sequence[int], word_ngram_high: int = 0):
        hashes = np.asarray(hashes, dtype=np.uint64)
        order = np.argsort(hashes)
        self._sorted = hashes[order]
        self._feature = order  # position in the sorted hashes -> feature column
        self._idf = np.asarray(idf, dtype=np.float64)
        self.ngram_range = (int(ngram_range[0]), int(ngram_range[1]))
        self.word_ngram_high = int(word_ngram_high)
        self.size = len(hashes)

    def one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero (feature columns, values) of one text's row."""
        low, high = self.ngram_range
        hashes = gram_hashes(text, low, high, word_high=self.word_ngram_high)
        if not len(hashes) or not self.size:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        # Each distinct n-gram looked up once, in ascending order: the binary searches then walk the
        # vocabulary's sorted hashes in order instead of jumping over all of it for every occurrence
        # (about half the look-up's time). Distinct hashes are distinct features, so the counts are
        # the n-grams'.
        distinct, occurrences = np.unique(hashes, return_counts=True)
        positions = np.minimum(np.searchsorted(self._sorted, distinct), self.size - 1)
        known = self._sorted[positions] == distinct
        if not known.any():
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        features = self._feature[positions[known]]
        order = np.argsort(features)
        features, counts = features[order], occurrences[known][order]
        values = (1.0 + np.log(counts)) * self._idf[features]
        values /= np.linalg.norm(values) or 1.0
        return features, values

    def many(self, texts: Sequence[str]):
        """(len(texts), size) scipy CSR matrix of the texts' rows, in one sparse pass."""
        from scipy import sparse

        hashes, owner = batch_hashes(texts, *self.ngram_range)
        if self.word_ngram_high >= 2:
            words, word_owner = word_gram_hashes(texts, self.word_ngram_high)
            hashes, owner = np.concatenate([hashes, words]), np.concatenate([owner, word_owner])
        if not len(hashes) or not self.size:
            return sparse.csr_matrix((len(texts), max(self.size, 1)))
        positions = np.minimum(np.searchsorted(self._sorted, hashes), self.size - 1)
        known = self._sorted[positions] == hashes
        # Duplicate (text, feature) entries are summed by tocsr(): the term counts.
        counts = sparse.coo_matrix(
            (np.ones(int(known.sum())), (owner[known], self._feature[positions[known]])),
            shape=(len(texts), self.size),
        ).tocsr()
        # sublinear tf (1 + log tf) x idf, L2-normalised per text: TfidfVectorizer(sublinear_tf=True).
        counts.data = (1.0 + np.log(counts.data)) * self._idf[counts.indices]
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ counts


__all__ = ["HashedTfidf", "batch_hashes", "gram_hashes", "word_gram_hashes"]
