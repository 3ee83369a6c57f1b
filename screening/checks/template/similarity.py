"""Is one placeholder text a light paraphrase of another? Order-insensitive overlap of character shingles.

rapidfuzz's ratio compares texts in order: a template whose sentences were swapped, with a
sentence added or dropped, or its greeting moved to the end, falls far below the ratio threshold
although every sentence is the template's. Here both texts are sets of 5-character shingles
(placeholders left out: the slots of a template differ between uses; characters rather than word
pairs, so that a typo costs a few shingles, not two whole pairs) and two overlaps are read:

- containment, |A & B| / min(|A|, |B|): a sentence added to or dropped from one use leaves the
  shorter text inside the longer;
- Jaccard, |A & B| / |A | B|: keeps two different answers apart when a short one is inside a long
  one (a seller's two-sentence answer that reuses two of the sentences of a longer answer).

Swapped sentences change only the shingles across their boundaries; an emoji is no word (the
normaliser drops it). Both thresholds are policy settings, chosen on the paraphrase dev stream
(data/template/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np


@dataclass(frozen=True, slots=True)
class Overlap:
    containment: float
    jaccard: float


SHINGLE = 5  # characters; chosen on the paraphrase dev stream (word pairs and 4, 6, 8 characters did worse)
# A character below U+1000 (the Latin, Greek and Cyrillic of the markets' languages) fits in 12 bits,
# so a shingle of five of them is one 60-bit integer, exactly (no hashing: two shingles are equal
# exactly when their integers are). Integers are built with numpy and take 8 bytes where a 5-character
# string takes about 60, so many more texts fit in the cache below.
_BITS = np.uint64(12)
_PACKABLE = 1 << 12
_NONE = np.zeros(0, dtype=np.uint64)


@dataclass(frozen=True, slots=True)
class Shingles:
    """The set of SHINGLE-character pieces of a text, in two disjoint parts."""

    packed: np.ndarray  # sorted distinct uint64: the shingles whose characters all fit in 12 bits
    others: frozenset[str]  # the rest, as text (a character from U+1000 on: a curly quote, a euro sign)

    def __len__(self) -> int:
        return len(self.packed) + len(self.others)

    def shared(self, other: "Shingles") -> int:
        """|self & other|: a packed shingle never equals one of `others`, so the parts add up."""
        common = len(self.others & other.others) if self.others and other.others else 0
        a, b = self.packed, other.packed
        if len(a) and len(b):
            where = np.searchsorted(b, a)
            where[where == len(b)] = 0
            common += int(np.count_nonzero(b[where] == a))
        return common


_EMPTY = Shingles(_NONE, frozenset())


# A seller's replies come back as candidates reply after reply. ~3 kB a text of 270 characters:
# 3072 of them take about the memory 512 took as frozensets of strings (~20 kB each).
@lru_cache(maxsize=3072)
def shingles(normalised: str) -> Shingles:
    """The SHINGLE-character pieces of a placeholder text, placeholders left out."""
    text = " ".join([w for w in normalised.split(" ") if w and w[0] != "<"])
    if not text:
        return _EMPTY  # placeholders only: nothing of the seller's own to compare
    if len(text) < SHINGLE:
        return Shingles(_NONE, frozenset([text]))
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    windows = len(codes) - SHINGLE + 1
    keys = codes[:windows].copy()
    for k in range(1, SHINGLE):
        keys = (keys << _BITS) | codes[k : k + windows]
    wide = codes >= _PACKABLE
    if not wide.any():
        return Shingles(_distinct(keys), frozenset())
    seen = np.concatenate(([0], np.cumsum(wide)))
    has_wide = seen[SHINGLE:] > seen[:windows]  # the window holds a character that does not fit
    others = frozenset([text[i : i + SHINGLE] for i in np.flatnonzero(has_wide).tolist()])
    return Shingles(_distinct(keys[~has_wide]), others)


def _distinct(keys: np.ndarray) -> np.ndarray:
    """np.unique(keys), a fifth of its time on a few hundred keys (no hash table first)."""
    keys = np.sort(keys)
    if len(keys) > 1:
        first = np.empty(len(keys), dtype=bool)
        first[0] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        keys = keys[first]
    return keys


def overlap(a: Shingles, b: Shingles) -> Overlap:
    size_a, size_b = len(a), len(b)
    if not size_a or not size_b:
        return Overlap(0.0, 0.0)
    shared = a.shared(b)
    return Overlap(shared / min(size_a, size_b), shared / (size_a + size_b - shared))


WORD_STEM = 5  # characters of a word kept: inflected forms of one word mostly share their first five


@lru_cache(maxsize=3072)
def word_stems(normalised: str) -> frozenset[str]:
    """The distinct word stems of a placeholder text (words of 3+ characters, placeholders left out)."""
    return frozenset(w[:WORD_STEM] for w in normalised.split(" ") if len(w) >= 3 and w[0] != "<")


def word_overlap(a: str, b: str) -> Overlap:
    """Containment and Jaccard of two placeholder texts' word stems: a canned reply reworded
    (its clauses reordered, a verb turned into a noun) keeps its words where its shingles change."""
    stems_a, stems_b = word_stems(a), word_stems(b)
    if not stems_a or not stems_b:
        return Overlap(0.0, 0.0)
    shared = len(stems_a & stems_b)
    return Overlap(shared / min(len(stems_a), len(stems_b)), shared / (len(stems_a) + len(stems_b) - shared))


def stems_inside(part: str, whole: str) -> float:
    """The share of `part`'s word stems that `whole` holds too (1.0: `part` is cut from `whole`).
    word_overlap's containment is over the smaller text either way; this one has a direction."""
    stems = word_stems(part)
    return len(stems & word_stems(whole)) / len(stems) if stems else 0.0
