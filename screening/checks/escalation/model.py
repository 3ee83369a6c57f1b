"""The escalation model: character n-grams of the normalised text into a multinomial logistic
regression over ("none", *CATEGORIES).

Trained by training/escalation/task.py (`screening train escalation`); the artifact is plain data
(n-gram hashes, idf, coefficients), scored here with numpy, so what the pipeline measures is what
the check runs.

Why hashes: the n-grams are the ones of sklearn's `char_wb` (inside " word "), but each is a 64-bit
polynomial hash computed with numpy for a whole batch of messages at once, and looked up with one
`searchsorted`. Building and looking up ~250 n-gram strings per message in Python cost ~250 us;
a batch costs a few tens of us per message, which is what keeps 100,000 conversations within a
minute (bench conversations; the conversation assessor scores its buyer messages in one batch).
Distinct n-grams colliding on 64 bits is negligible at this vocabulary size (~10^5).
"""

from __future__ import annotations

import hashlib
from typing import Any, Mapping, Sequence

import numpy as np

from screening.text import normalize

ARTIFACT_FORMAT = "escalation-char-hash-logreg-2"
# Format 1 is format 2 without word n-grams; both load.
READABLE_FORMATS = ("escalation-char-hash-logreg-1", ARTIFACT_FORMAT)
# The languages every model so far was trained on (data/escalation: buyer messages written in
# these eight). Artifacts that do not list their languages were all trained on exactly these.
CORPUS_LANGUAGES = ("de", "en", "es", "fr", "it", "nl", "pl", "pt")
NGRAM_RANGE = (2, 5)
_BASE = np.uint64(1_000_003)
# Distinguishes n-grams of different sizes that would otherwise share a hash by arithmetic.
_SIZE_SALT = {n: np.uint64((0x9E3779B97F4A7C15 * n) % 2**64) for n in range(1, 16)}
_SPACE = 32
# Keeps word n-gram hashes apart from character n-gram hashes (a different salt per size).
_WORD_SALT = {n: np.uint64((0xC2B2AE3D27D4EB4F * n) % 2**64) for n in range(2, 5)}
# Up to this many texts are scored one by one (scipy's fixed cost dominates small batches).
_DENSE_UP_TO = 4


def gram_hashes(text: str, low: int = NGRAM_RANGE[0], high: int = NGRAM_RANGE[1], word_high: int = 0) -> np.ndarray:
    """uint64 hashes of the char_wb n-grams (low..high) of the normalised text, one per occurrence,
    then those of its word n-grams (2..word_high; none when word_high < 2)."""
    hashes, _ = _batch_hashes([text], low, high)
    if word_high < 2:
        return hashes
    words, _ = _word_gram_hashes([text], word_high)
    return np.concatenate([hashes, words])


def _word_hash(gram: str) -> int:
    return int.from_bytes(hashlib.blake2b(gram.encode("utf-8"), digest_size=8).digest(), "little")


def _word_gram_hashes(texts: Sequence[str], high: int) -> tuple[np.ndarray, np.ndarray]:
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


def _batch_hashes(texts: Sequence[str], low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
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
        hashes = np.asarray(artifact["hashes"], dtype=np.uint64)
        order = np.argsort(hashes)
        self._sorted = hashes[order]
        self._feature = order  # position in the sorted hashes -> feature column
        self._idf = np.asarray(artifact["idf"], dtype=np.float64)
        self._coef_t = np.ascontiguousarray(np.asarray(artifact["coef"], dtype=np.float64).T)  # (features, labels)
        self._intercept = np.asarray(artifact["intercept"], dtype=np.float64)
        self.languages: tuple[str, ...] = tuple(artifact.get("languages") or CORPUS_LANGUAGES)

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str] | None = None) -> np.ndarray:
        """Scores many texts in one sparse pass (~10x faster per text than one by one); a few
        texts take the dense path, which has less fixed cost."""
        if len(texts) <= _DENSE_UP_TO:
            return np.vstack([self._one(text) for text in texts]) if texts else np.zeros((0, len(self.labels)))
        from scipy import sparse

        logits = np.tile(self._intercept, (len(texts), 1))
        hashes, owner = _batch_hashes(texts, *self.ngram_range)
        if self.word_ngram_high >= 2:
            words, word_owner = _word_gram_hashes(texts, self.word_ngram_high)
            hashes, owner = np.concatenate([hashes, words]), np.concatenate([owner, word_owner])
        if len(hashes) and len(self._sorted):
            positions = np.minimum(np.searchsorted(self._sorted, hashes), len(self._sorted) - 1)
            known = self._sorted[positions] == hashes
            # Duplicate (text, feature) entries are summed by tocsr(): the term counts.
            counts = sparse.coo_matrix(
                (np.ones(int(known.sum())), (owner[known], self._feature[positions[known]])),
                shape=(len(texts), len(self._sorted)),
            ).tocsr()
            # sublinear tf (1 + log tf) x idf, L2-normalised per text: TfidfVectorizer(sublinear_tf=True).
            counts.data = (1.0 + np.log(counts.data)) * self._idf[counts.indices]
            norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
            counts = sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ counts
            logits += counts @ self._coef_t
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def probabilities(self, text: str) -> dict[str, float]:
        return dict(zip(self.labels, self._one(text).tolist()))

    def _one(self, text: str) -> np.ndarray:
        logits = self._intercept.copy()
        low, high = self.ngram_range
        hashes = gram_hashes(text, low, high, word_high=self.word_ngram_high)
        if len(hashes) and len(self._sorted):
            positions = np.minimum(np.searchsorted(self._sorted, hashes), len(self._sorted) - 1)
            known = self._sorted[positions] == hashes
            if known.any():
                features, counts = np.unique(self._feature[positions[known]], return_counts=True)
                values = (1.0 + np.log(counts)) * self._idf[features]
                values /= np.linalg.norm(values) or 1.0
                logits += values @ self._coef_t[features]
        logits -= logits.max()
        exp = np.exp(logits)
        return exp / exp.sum()


__all__ = ["ARTIFACT_FORMAT", "READABLE_FORMATS", "CORPUS_LANGUAGES", "EscalationModel", "gram_hashes"]
