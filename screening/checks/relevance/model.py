"""The relevance model: a linear model over pair features (features.py), scored in plain Python.

The artifact is plain data that training/relevance/task.py exports: the dense features' scaling and
weights, the hashed columns' weights, the intercept and a Platt calibration fitted out of fold at
a realistic share of ignoring replies (`prior`), so `probability` is a probability at that share.
"""

from __future__ import annotations

import math
from typing import Any, Mapping, Sequence

from screening.checks.relevance.features import BLOCKS, DENSE_NAMES, PairFeatures, pair_features, split_pair
from screening.checks.relevance.lexicon import Lexicon, load_lexicon

ARTIFACT_FORMAT = "relevance-linear/1"


class RelevanceModel:
    """P(the reply ignores the buyer's question) for a (buyer, reply) pair."""

    def __init__(self, artifact: Mapping[str, Any], lexicon: Lexicon | None = None):
        if not isinstance(artifact, Mapping) or artifact.get("format") != ARTIFACT_FORMAT:
            found = artifact.get("format") if isinstance(artifact, Mapping) else type(artifact).__name__
            raise ValueError(
                f"relevance artifact format {found!r} is not {ARTIFACT_FORMAT!r}; retrain with "
                f"`screening train relevance`"
            )
        if tuple(artifact["dense"]["names"]) != DENSE_NAMES:
            raise ValueError(
                "relevance artifact was trained on other dense features than this code computes; "
                "retrain with `screening train relevance`"
            )
        self.blocks = tuple(artifact.get("blocks", BLOCKS))
        self.lexicon = lexicon or load_lexicon()
        self._mean = [float(v) for v in artifact["dense"]["mean"]]
        self._scale = [float(v) for v in artifact["dense"]["scale"]]
        self._dense_coef = [float(v) for v in artifact["dense"]["coef"]]
        self._hashed = {int(c): float(w) for c, w in zip(artifact["hashed"]["columns"], artifact["hashed"]["coef"])}
        self._intercept = float(artifact["intercept"])
        self._calib_a = float(artifact["calibration"]["a"])
        self._calib_b = float(artifact["calibration"]["b"])
        self.prior = float(artifact.get("prior", 0.0))
        self.languages: tuple[str, ...] = tuple(artifact.get("languages", ()))
        self.thresholds: dict[str, float] = dict(artifact.get("thresholds") or {})
        self.default_threshold = float(artifact.get("default_threshold", 0.5))

    def features(self, buyer: str, reply: str) -> PairFeatures:
        return pair_features(buyer, reply, self.blocks, self.lexicon)

    def margin(self, features: PairFeatures) -> float:
        margin = self._intercept
        for value, mean, scale, coef in zip(features.dense, self._mean, self._scale, self._dense_coef):
            margin += (value - mean) / scale * coef
        get = self._hashed.get
        for column, value in features.hashed.items():
            margin += value * get(column, 0.0)
        return margin

    def probability(self, buyer: str, reply: str) -> float:
        z = self._calib_a * self.margin(self.features(buyer, reply)) + self._calib_b
        return 1.0 / (1.0 + math.exp(min(max(z, -700.0), 700.0)))

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str] = ()):
        """(n, 2) array [P(answers), P(ignores)] for pairs joined by features.join_pair: the
        generic API training/ evaluates."""
        import numpy as np

        p = np.array([self.probability(*split_pair(text)) for text in texts], dtype=float)
        return np.column_stack([1.0 - p, p])


__all__ = ["ARTIFACT_FORMAT", "RelevanceModel"]
