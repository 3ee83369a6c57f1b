"""A reply's fingerprint (placeholder text and band keys), computed once per text.

POST /v1/screen computes it in the template check to look candidates up, then records the same
reply a moment later, and the store computes it again for its fingerprint row: ~6% of a request's
CPU twice (bench http profile). A small LRU keyed by the text gives the second call the first one's
result. Both functions are pure, so a cached answer is the computed one.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from screening.template.normalise import Normalised, normalise
from screening.template.sketch import sketch


@lru_cache(maxsize=256)  # requests in flight at once are a handful; 256 texts of <= 20,000 chars is a few MB
def fingerprint(text: str) -> tuple[Normalised, np.ndarray]:
    """(normalise(text), sketch(normalised text).bands). The array is shared: never modify it."""
    normalised = normalise(text)
    bands = sketch(normalised.text).bands
    bands.setflags(write=False)
    return normalised, bands
