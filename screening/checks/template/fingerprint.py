"""A reply's fingerprint (placeholder text and band keys), computed once per text.

POST /v1/screen computes it in the template check to look candidates up, then records the same
reply a moment later, and the store computes it again for its fingerprint row: ~6% of a request's
CPU twice (bench http profile). A small LRU keyed by the text gives the second call the first one's
result. Both functions are pure, so a cached answer is the computed one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import numpy as np

from screening.checks.template.placeholders import Normalised, normalise
from screening.checks.template.sketch import sketch, sketch_many


# Fingerprints computed ahead for a batch (fingerprint_many: the rescore's batches), looked up first.
_PRIMED: dict[str, tuple[Normalised, np.ndarray]] = {}
_PRIMED_MAX = 2048  # cleared when full; a rescore batch is 256 replies


def fingerprint(text: str) -> tuple[Normalised, np.ndarray]:
    """(normalise(text), sketch(normalised text).bands). The array is shared: never modify it."""
    hit = _PRIMED.get(text)
    return hit if hit is not None else _fingerprint(text)


@lru_cache(maxsize=256)  # requests in flight at once are a handful; 256 texts of <= 20,000 chars is a few MB
def _fingerprint(text: str) -> tuple[Normalised, np.ndarray]:
    normalised = normalise(text)
    bands = sketch(normalised.text).bands
    bands.setflags(write=False)
    return normalised, bands


def fingerprint_many(texts: Sequence[str], remember: bool = True) -> list[tuple[Normalised, np.ndarray]]:
    """`fingerprint` of each text, the sketches computed in one vectorised pass (sketch_many gives
    each text the band keys sketch gives it). `remember`: kept for the `fingerprint` calls that
    follow (a rescore batch: the template check's, then the store's when the reply is recorded);
    an import of thousands of messages only reads what is kept."""
    todo = list(dict.fromkeys(t for t in texts if t not in _PRIMED))
    computed: dict[str, tuple[Normalised, np.ndarray]] = {}
    if todo:
        normalised = [normalise(t) for t in todo]
        bands = sketch_many([n.text for n in normalised])
        bands.setflags(write=False)
        computed = {text: (norm, row) for text, norm, row in zip(todo, normalised, bands)}
        if remember:
            if len(_PRIMED) + len(computed) > _PRIMED_MAX:
                _PRIMED.clear()
            _PRIMED.update(computed)
    return [computed.get(t) or fingerprint(t) for t in texts]


def release() -> None:
    _PRIMED.clear()
