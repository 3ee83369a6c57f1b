"""Character and word n-grams of normalised text as 64-bit hashes, and the tf-idf rows a trained
linear model reads from them (the escalation model, the contact offer model).

Why hashes: the n-grams are the ones of sklearn's `char_wb` (inside " word "), but each is a 64-bit
polynomial hash (computed with numpy for a batch: `batch_hashes`), and the vocabulary is the
hashes of the fitted n-grams. Distinct n-grams colliding on 64 bits is negligible at these
vocabulary sizes (~10^5). A word's n-grams never depend on its neighbours, so a scoring
`HashedTfidf` looks each word up once (its hashes computed in plain Python) and remembers its
columns: a reply is then a dictionary look-up per word.

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
# Words (and word n-grams) whose columns HashedTfidf.text_columns remembers, per vocabulary: ~300
# bytes each, so a few MB; a reply's words are mostly among the 20,000 most common.
_WORDS_REMEMBERED = 20_000


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


_MASK = 2**64 - 1
_BASE_INT = int(_BASE)
_SIZE_SALT_INT = {n: int(salt) for n, salt in _SIZE_SALT.items()}
_WORD_SALT_INT = {n: int(salt) for n, salt in _WORD_SALT.items()}


def _padded_word_hashes(word: str, low: int, high: int) -> list[int]:
    """The hashes `batch_hashes` gives the n-grams (low..high) of one word, " word " padded, in
    plain Python integers (the same rolling hash modulo 2**64): a word at a time, this costs a few
    microseconds where a numpy pass costs tens."""
    codes = [_SPACE, *map(ord, word), _SPACE]
    out = []
    size = len(codes)
    for start in range(size - 1):
        value = codes[start]
        for n in range(2, min(high, size - start) + 1):
            value = (value * _BASE_INT + codes[start + n - 1]) & _MASK
            if n >= low:
                out.append(value ^ _SIZE_SALT_INT[n])
    return out


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
        # word -> the feature columns of its character n-grams (one per occurrence), and word n-gram
        # -> its column (-1: not in the vocabulary).
        self._word_columns: dict[str, np.ndarray] = {}
        self._word_gram_column: dict[str, int] = {}

    def one(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The non-zero (feature columns, values) of one text's row."""
        columns = self.text_columns(text)
        if not len(columns):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        features, counts = np.unique(columns, return_counts=True)
        values = (1.0 + np.log(counts)) * self._idf[features]
        values /= np.linalg.norm(values) or 1.0
        return features, values

    def text_columns(self, text: str) -> np.ndarray:
        """The feature column of each n-gram occurrence of `text` that is in the vocabulary.

        Character n-grams never cross a word (`batch_hashes`), so a text's n-grams are its words'
        n-grams put together, and a word's are the same wherever it appears. Each word's known
        columns are worked out once and remembered (bounded: cleared when full), as are the word
        n-grams'; a reply's new words (a name, an order number) are hashed in Python and looked up
        in one `searchsorted`. A hash maps to one column, so counting columns counts n-grams: the
        rows are the ones `gram_hashes` + a look-up of every occurrence give
        (tests/test_fast_paths.py compares them on all of data/)."""
        words = normalize(text).text.split()
        if not words or not self.size:
            return np.zeros(0, dtype=np.int64)
        known = self._known_columns(self._word_columns, words, self._char_gram_columns)
        parts = [columns for columns in map(known.__getitem__, words) if len(columns)]
        if self.word_ngram_high >= 2:
            grams = [
                " ".join(words[i : i + n])
                for n in range(2, self.word_ngram_high + 1)
                for i in range(len(words) - n + 1)
            ]
            if grams:
                known_grams = self._known_columns(self._word_gram_column, grams, self._word_gram_columns)
                found = [column for column in map(known_grams.__getitem__, grams) if column >= 0]
                if found:
                    parts.append(np.array(found, dtype=np.int64))
        if not parts:
            return np.zeros(0, dtype=np.int64)
        return np.concatenate(parts) if len(parts) > 1 else parts[0]

    @staticmethod
    def _known_columns(remembered: dict, keys: list[str], compute) -> dict:
        """The entry of each key: `remembered`'s, the missing ones computed together
        (`compute(list)`) and remembered (the dictionary cleared first when it would hold more
        than _WORDS_REMEMBERED). Returned in a dictionary of this call's own: another thread may
        clear `remembered` meanwhile (the service screens on several threads)."""
        known = {}
        missing = []
        for key in dict.fromkeys(keys):
            hit = remembered.get(key)
            if hit is None:
                missing.append(key)
            else:
                known[key] = hit
        if missing:
            computed = dict(zip(missing, compute(missing)))
            if len(remembered) + len(computed) > _WORDS_REMEMBERED:
                remembered.clear()
            remembered.update(computed)
            known.update(computed)
        return known

    def _char_gram_columns(self, words: list[str]) -> list[np.ndarray]:
        """For each word, the columns of its known character n-grams (one per occurrence). The
        words' hashes are computed in Python and looked up in one `searchsorted`: a reply's new
        words are few (a name, an order number), and numpy costs tens of microseconds a call."""
        low, high = self.ngram_range
        per_word = [_padded_word_hashes(word, low, high) for word in words]
        columns = self._look_up([h for hashes in per_word for h in hashes])
        out, start = [], 0
        for hashes in per_word:
            found = columns[start : start + len(hashes)]
            out.append(found[found >= 0])
            start += len(hashes)
        return out

    def _word_gram_columns(self, grams: list[str]) -> list[int]:
        """For each word n-gram ("w1 w2"), its column, -1 when it is not in the vocabulary."""
        return self._look_up([_word_hash(gram) ^ _WORD_SALT_INT[gram.count(" ") + 1] for gram in grams]).tolist()

    def _look_up(self, hashes: list[int]) -> np.ndarray:
        """The column of each hash, -1 for one not in the vocabulary."""
        wanted = np.array(hashes, dtype=np.uint64)
        positions = np.minimum(np.searchsorted(self._sorted, wanted), self.size - 1)
        return np.where(self._sorted[positions] == wanted, self._feature[positions], -1)

    def many(self, texts: Sequence[str]):
        """(len(texts), size) scipy CSR matrix of the texts' rows, in one sparse pass."""
        from scipy import sparse

        found = [self.text_columns(text) for text in texts]
        columns = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
        if not len(columns) or not self.size:
            return sparse.csr_matrix((len(texts), max(self.size, 1)))
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), [len(f) for f in found])
        # Duplicate (text, feature) entries are summed by tocsr(): the term counts.
        counts = sparse.coo_matrix((np.ones(len(columns)), (owner, columns)), shape=(len(texts), self.size)).tocsr()
        # sublinear tf (1 + log tf) x idf, L2-normalised per text: TfidfVectorizer(sublinear_tf=True).
        counts.data = (1.0 + np.log(counts.data)) * self._idf[counts.indices]
        norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ counts


__all__ = ["HashedTfidf", "batch_hashes", "gram_hashes", "word_gram_hashes"]
