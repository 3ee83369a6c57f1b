"""The relevance model: does a seller's reply ignore the buyer's question? (rule R5)

Features come from screening.checks.relevance.features (the same code the check runs): dense topic
and answer-kind signals plus hashed reply n-grams and buyer-topic crosses, into a logistic
regression; a Platt sigmoid fitted on out-of-fold margins (folds grouped, so a situation's
translations never calibrate each other) with the classes weighted so that ignoring replies are
`prior` of the total: the probability is one at a realistic share, not at the corpus's 36%.

Data (data/relevance/README.md):
- `data/relevance/dev/writers/r*.jsonl`: labelled pairs; `no_question` pairs count as not ignoring
  (the check abstains on them before the model is asked, but they teach it thanks-for-thanks);
- the ordinary conversations of training.datasets.ORDINARY_TRAFFIC (other writers; the tone
  conversations and the studied traffic sets, eight languages); a buyer line followed
  by a seller line of the same `n` is a pair that answers (marked `hard_negative`: ordinary traffic
  is what the flag threshold must keep quiet on).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from screening.checks.relevance.features import (
    BLOCKS,
    DENSE_NAMES,
    HASH_BITS,
    PairFeatures,
    join_pair,
    pair_features,
    split_pair,
)
from screening.checks.relevance.model import ARTIFACT_FORMAT, RelevanceModel
from training.datasets import TRAINED_LANGUAGES, Dataset, from_rows, hash_split, ordinary_traffic_files
from training.task import Task

LABELS = ("answers", "ignores")


def writer_files(root: Path) -> list[Path]:
    return sorted((Path(root) / "data" / "relevance" / "dev" / "writers").glob("r*.jsonl"))


def writer_rows(path: Path) -> list[dict[str, Any]]:
    """One row per labelled pair. `group`: the writer and the pair's place within its language, so
    a writer's translations of one situation (r2 wrote one outline for four languages) share a
    split."""
    rows, seen = [], {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        position = seen[item["lang"]] = seen.get(item["lang"], -1) + 1
        group = f"{path.stem}-{position:04d}"
        rows.append(
            {
                "text": join_pair(item["buyer"], item["reply"]),
                "label": "ignores" if item["label"] == "ignores" else "answers",
                "language": item["lang"],
                "group": group,
                "split": hash_split(group),
                "category": item["kind"],
                "writer": path.stem,
                "asked": item["label"] != "no_question",
            }
        )
    return rows


def traffic_rows(path: Path) -> list[dict[str, Any]]:
    """Consecutive buyer then seller lines with the same `n` form an answering pair."""
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for previous, item in zip(lines, lines[1:]):
        if (
            previous["author"] == "buyer"
            and item["author"] == "seller"
            and previous["n"] == item["n"]
            and item["lang"] in TRAINED_LANGUAGES
        ):
            group = f"{path.stem}-{item['n']}"
            rows.append(
                {
                    "text": join_pair(previous["text"], item["text"]),
                    "label": "answers",
                    "language": item["lang"],
                    "group": group,
                    "split": hash_split(group),
                    "category": f"traffic_{item['kind']}",
                    "hard_negative": "true",
                    "writer": path.stem,
                    "asked": previous["kind"] != "short",
                }
            )
    return rows


def all_rows(root: Path) -> list[dict[str, Any]]:
    rows = []
    for path in writer_files(root):
        rows += writer_rows(path)
    for path in ordinary_traffic_files(root):
        rows += traffic_rows(path)
    return rows


def load(root: Path) -> Dataset:
    return from_rows(
        all_rows(root),
        LABELS,
        files=tuple(writer_files(root) + ordinary_traffic_files(root)),
        source="data/relevance + training.datasets.ORDINARY_TRAFFIC",
    )


@dataclass
class FittedRelevance:
    blocks: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    dense_coef: np.ndarray
    hashed_columns: np.ndarray
    hashed_coef: np.ndarray
    intercept: float
    calibration: tuple[float, float]
    prior: float
    languages: tuple[str, ...]


def design(texts: list[str], blocks: tuple[str, ...]):
    """(dense matrix, hashed sparse matrix) of pairs, as RelevanceModel computes them."""
    from scipy import sparse

    dense, rows, cols, vals = [], [], [], []
    for i, text in enumerate(texts):
        features = _features(text, blocks)
        dense.append(features.dense)
        for column, value in features.hashed.items():
            rows.append(i)
            cols.append(column)
            vals.append(value)
    hashed = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), 1 << HASH_BITS))
    return np.asarray(dense, dtype=float).reshape(len(texts), len(DENSE_NAMES)), hashed


@lru_cache(maxsize=50_000)
def _features(text: str, blocks: tuple[str, ...]) -> PairFeatures:
    # Cross-validation fits the same pairs many times; their features never change within a run.
    return pair_features(*split_pair(text), blocks=blocks)


def _stack(
    dense: np.ndarray, hashed, mean: np.ndarray, scale: np.ndarray, blocks: tuple[str, ...], drop: tuple[str, ...] = ()
):
    from scipy import sparse

    scaled = (dense - mean) / scale
    if "dense" not in blocks:
        scaled = np.zeros_like(scaled)
    # Dense features left out (a candidate's "dense_drop"): their column is zero, their weight 0.
    scaled[:, [DENSE_NAMES.index(name) for name in drop]] = 0.0
    return sparse.hstack([sparse.csr_matrix(scaled), hashed]).tocsr()


def fit(data: Dataset, params: Mapping[str, Any], seed: int) -> FittedRelevance:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold

    blocks = tuple(params["blocks"])
    dense, hashed = design(data.texts, blocks)
    mean = dense.mean(axis=0)
    scale = dense.std(axis=0)
    scale[scale == 0] = 1.0
    # Only the hashed columns some training pair uses (a few 10,000s of 2**18): the same model,
    # fitted several times faster.
    used = np.unique(hashed.indices)
    X = _stack(dense, hashed[:, used], mean, scale, blocks, tuple(params.get("dense_drop", ())))
    y = data.labels
    # Ordinary traffic's answering pairs weigh `traffic_weight` each: the flag must stay quiet on them.
    weights = data.weights * np.where(np.asarray(data.hard_negative, dtype=bool), float(params["traffic_weight"]), 1.0)

    def model():
        return LogisticRegression(
            C=float(params["C"]), class_weight="balanced", solver="liblinear", max_iter=5000, random_state=seed
        )

    margins = np.zeros(len(y))
    folds = StratifiedGroupKFold(n_splits=int(params["calibration_folds"]), shuffle=True, random_state=seed)
    for train_index, held_out in folds.split(X, y, data.groups):
        margins[held_out] = (
            model()
            .fit(X[train_index], y[train_index], sample_weight=weights[train_index])
            .decision_function(X[held_out])
        )
    prior = float(params["prior"])
    calibration = platt(margins, y, weights, prior)
    final = model().fit(X, y, sample_weight=weights)
    coef = final.coef_[0]
    n_dense = len(DENSE_NAMES)
    keep = np.flatnonzero(coef[n_dense:])
    columns, hashed_coef = used[keep], coef[n_dense:][keep]
    return FittedRelevance(
        blocks=blocks,
        mean=mean,
        scale=scale,
        dense_coef=coef[:n_dense] * ("dense" in blocks),
        hashed_columns=columns.astype(np.int32),
        hashed_coef=hashed_coef.astype(np.float32),
        intercept=float(final.intercept_[0]),
        calibration=calibration,
        prior=prior,
        languages=tuple(sorted(set(data.languages))),
    )


def platt(margins: np.ndarray, y: np.ndarray, weights: np.ndarray, prior: float) -> tuple[float, float]:
    """Sigmoid calibration with each class weighted so that positives are `prior` of the weight
    (as training/tone/task.py); returns (a, b) with p = 1 / (1 + exp(a * margin + b))."""
    from sklearn.linear_model import LogisticRegression

    positive = y == 1
    w = weights.astype(float).copy()
    w[positive] *= prior / w[positive].sum()
    w[~positive] *= (1.0 - prior) / w[~positive].sum()
    w *= len(w)
    fitted = LogisticRegression(C=1e4, max_iter=1000).fit(margins.reshape(-1, 1), y, sample_weight=w)
    return -float(fitted.coef_[0, 0]), -float(fitted.intercept_[0])


def export(fitted: FittedRelevance) -> dict[str, Any]:
    """Plain data only: nothing in the pickle refers to sklearn classes."""
    return {
        "format": ARTIFACT_FORMAT,
        "blocks": list(fitted.blocks),
        "dense": {
            "names": list(DENSE_NAMES),
            "mean": fitted.mean.astype(np.float64),
            "scale": fitted.scale.astype(np.float64),
            "coef": fitted.dense_coef.astype(np.float64),
        },
        "hashed": {"bits": HASH_BITS, "columns": fitted.hashed_columns, "coef": fitted.hashed_coef},
        "intercept": fitted.intercept,
        "calibration": {"a": fitted.calibration[0], "b": fitted.calibration[1]},
        "prior": fitted.prior,
        "languages": list(fitted.languages),
    }


def model(artifact: Mapping[str, Any]) -> RelevanceModel:
    return RelevanceModel(artifact)


# C=10: the best leave-one-writer-out F1 of C in 1, 3, 10 (training/relevance/crossval.py, README).
PARAMS = {
    "blocks": list(BLOCKS),
    "C": 10.0,
    "prior": 0.1,
    "calibration_folds": 5,
    "traffic_weight": 1.0,
    "dense_drop": [],
}

TASK = Task(
    name="relevance",
    labels=LABELS,
    load=load,
    fit=fit,
    export=export,
    model=model,
    params=PARAMS,
    candidates=({},),
    positive="ignores",
    per_language_thresholds=False,
    # Ordinary traffic's answering pairs are the hard negatives: at most 0.5% of ordinary replies
    # flagged, so the check's false flags stay a small part of a moderator's queue.
    threshold_limits={"hard_negatives": 0.005},
    sealed_data="data/relevance/sealed/messages.jsonl",
    traffic_data="data/traffic_2/messages.jsonl",
    traffic_limit=0.005,
    notes={
        "data": "data/relevance/dev/writers/r*.jsonl (labelled pairs, data/relevance/README.md) and the answering "
        "pairs of data/tone/dev/traffic/o*.jsonl (ordinary conversations by other writers)",
        "choice": "features, C and the check's min_probability chosen by leave-one-writer-out cross-validation "
        "(python -m training.relevance.crossval; table in data/relevance/README.md)",
    },
)
