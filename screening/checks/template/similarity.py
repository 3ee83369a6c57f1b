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


@dataclass(frozen=True, slots=True)
class Overlap:
    containment: float
    jaccard: float


SHINGLE = 5  # characters; chosen on the paraphrase dev stream (word pairs and 4, 6, 8 characters did worse)


@lru_cache(maxsize=512)  # a seller's templates come back as candidates reply after reply; ~20 kB each
def shingles(normalised: str) -> frozenset[str]:
    """The set of SHINGLE-character pieces of a placeholder text, placeholders left out."""
    text = " ".join(w for w in normalised.split(" ") if w and not w.startswith("<"))
    if not text:
        return frozenset()  # placeholders only: nothing of the seller's own to compare
    return frozenset([text[i : i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1))])


def overlap(a: frozenset, b: frozenset) -> Overlap:
    if not a or not b:
        return Overlap(0.0, 0.0)
    shared = len(a & b)
    return Overlap(shared / min(len(a), len(b)), shared / (len(a) + len(b) - shared))
