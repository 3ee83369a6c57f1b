"""MinHash sketch of a normalised reply, cut into LSH bands.

A reply's shingles are its word pairs and, since sketch version 4, its own words of three or more
letters on their own (placeholders such as <num> left out): a canned reply reworded between uses
(clauses swapped, "we ship within 24 h" become "shipping within 24 h") keeps most of its words but
few of its word pairs, and was missed when both earlier uses had to share a band on pairs alone.

Two replies whose shingle sets have Jaccard similarity s share at least one band with
probability 1 - (1 - s**ROWS)**BANDS (the LSH "S-curve", Leskovec, Rajaraman & Ullman, Mining of
Massive Datasets, ch. 3.4). With 20 bands of 2 rows: 0.997 at s = 0.5 (a template with three small
edits is about 0.6), 0.86 at s = 0.3, 0.18 at s = 0.1 (two unrelated replies of one seller that
share greeting and closing). 16 bands of 3 rows missed a dev-stream template pair at s = 0.66
(miss rate 0.4% there, 12% at s = 0.5), hence the wider net. Candidates are confirmed with
rapidfuzz on the normalised text, so a loose band filter costs a few extra comparisons, never a
false finding.

Hashes are computed with numpy from the words' code points (no Python `hash`, which changes per
process), so band keys are stable and can be stored in the history database.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BANDS = 20
ROWS = 2
NUM_PERM = BANDS * ROWS
SKETCH_VERSION = 4  # bump when any parameter above, or the placeholder text (placeholders.py), changes: stored
# fingerprints are then rebuilt when a store opens (screening/store/template_index.py)

_rng = np.random.default_rng(20261125)
_SEEDS = _rng.integers(0, 2**63, size=(NUM_PERM, 1), dtype=np.uint64)
_MULTS = _rng.integers(0, 2**63, size=(NUM_PERM, 1), dtype=np.uint64) | np.uint64(1)
_BAND_SALT = np.arange(1, BANDS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)
_BASE = np.uint64(0x100000001B3)  # the 64-bit FNV prime: odd, so it has an inverse mod 2^64
_BASE_INVERSE = np.uint64(pow(0x100000001B3, -1, 2**64))
_CHUNK = 64
_WORD_SALT = np.uint64(0xD6E8FEB86659FD93)  # keeps a word's shingle apart from any pair's
_MIN_WORD = 3  # characters: shorter words ("de", "a", "we") are in every reply
_PLACEHOLDER = ord("<")


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the 64 output bits."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


@dataclass(frozen=True, slots=True)
class Sketch:
    """BANDS 64-bit band keys of one reply (seller-independent; the index mixes the seller in)."""

    bands: np.ndarray  # shape (BANDS,), uint64

    def to_bytes(self) -> bytes:
        return self.bands.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, blob: bytes) -> "Sketch":
        return cls(np.frombuffer(blob, dtype="<u8").astype(np.uint64))


def _word_hashes(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A 64-bit hash of every word of every text (texts are single-space separated), the word
    count of each text, and which words count on their own (_MIN_WORD letters, no placeholder). Vectorised polynomial hashing: with P the prefix sums of c[k] * B^-k
    (mod 2^64; B is odd, so invertible), the word c[s:e] hashes to (P[e] - P[s]) * B^s, which does
    not depend on where the word sits."""
    padded = [t or "\0" for t in texts]  # an empty text still has one (empty) word
    codes = np.frombuffer(" ".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    size = len(codes)
    powers = np.full(size + 1, _BASE, dtype=np.uint64)
    powers[0] = 1
    powers = np.cumprod(powers)  # B^k, wrapping mod 2^64 by design
    inverse = np.full(size, _BASE_INVERSE, dtype=np.uint64)
    inverse[0] = 1
    prefix = np.zeros(size + 1, dtype=np.uint64)
    np.cumsum(codes * np.cumprod(inverse), out=prefix[1:])
    spaces = np.flatnonzero(codes == 32)
    starts = np.concatenate(([0], spaces + 1))
    ends = np.concatenate((spaces, [size]))
    hashes = _mix((prefix[ends] - prefix[starts]) * powers[starts] + (ends - starts).astype(np.uint64))
    counts = np.fromiter((t.count(" ") + 1 for t in padded), dtype=np.int64, count=len(padded))
    first = codes[np.minimum(starts, max(size - 1, 0))] if size else np.zeros(len(starts), dtype=np.uint64)
    content = ((ends - starts) >= _MIN_WORD) & (first != _PLACEHOLDER)
    return hashes, counts, content


def _word_shingles(hashes: np.ndarray) -> np.ndarray:
    return _mix(hashes ^ _WORD_SALT)


def sketch(text: str) -> Sketch:
    """The band keys of one normalised text; equal to sketch_many([text])[0], with fewer numpy
    calls (this runs once per screened reply, so its fixed cost is latency)."""
    hashes, _, content = _word_hashes([text])
    pairs = _mix(hashes[:-1] * _BASE + hashes[1:]) if len(hashes) > 1 else hashes
    shingles = np.concatenate((pairs, _word_shingles(hashes[content])))
    minima = ((shingles[None, :] ^ _SEEDS) * _MULTS).min(axis=1).reshape(BANDS, ROWS)
    key = _BAND_SALT
    for row in range(ROWS):
        key = _mix(key + minima[:, row])
    return Sketch(key)


def sketch_many(texts: list[str]) -> np.ndarray:
    """Band keys of many normalised texts at once, shape (len(texts), BANDS).

    Shingles are word pairs (a template with one word changed keeps all pairs but two). Vectorised
    over the batch (np.minimum.reduceat per text), because an import must sketch thousands of
    replies a second.
    """
    if len(texts) > _CHUNK:  # chunks keep the (NUM_PERM x shingles) matrix in cache
        return np.concatenate([sketch_many(texts[i : i + _CHUNK]) for i in range(0, len(texts), _CHUNK)])
    if not texts:
        return np.zeros((0, BANDS), dtype=np.uint64)
    hashes, counts, content = _word_hashes(texts)
    # Pair each word with the next one of the same text; a one-word text keeps its single word.
    following = np.roll(hashes, -1)
    last = np.cumsum(counts) - 1
    pair = _mix(hashes * _BASE + following)
    pair[last] = hashes[last]
    keep = np.ones(pair.size, dtype=bool)
    keep[last[counts > 1]] = False  # the last word of a longer text has no successor
    # Then each text's own words: every text's shingles are one contiguous segment (reduceat).
    text_of_word = np.repeat(np.arange(len(texts)), counts)
    owner = np.concatenate((text_of_word[keep], text_of_word[content]))
    order = np.argsort(owner, kind="stable")
    shingles = np.concatenate((pair[keep], _word_shingles(hashes[content])))[order]
    segment_sizes = np.bincount(owner, minlength=len(texts))
    permuted = (shingles[None, :] ^ _SEEDS) * _MULTS
    segment_starts = np.cumsum(segment_sizes) - segment_sizes
    minima = np.minimum.reduceat(permuted, segment_starts, axis=1)  # (NUM_PERM, n)
    minima = minima.T.reshape(len(texts), BANDS, ROWS)
    key = np.broadcast_to(_BAND_SALT, (len(texts), BANDS)).copy()
    for row in range(ROWS):
        key = _mix(key + minima[:, :, row])
    return key
