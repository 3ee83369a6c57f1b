"""A Task is everything the generic pipeline needs to know about one check's model.

    TASK = Task(name="tone", labels=("courteous", "discourteous"), load=..., fit=..., export=...,
                model=..., params={...}, candidates=[{...}, ...], positive="discourteous")

and one line in TASKS below. See training/README.md for the contract of each callable.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Mapping, Protocol, Sequence

from training.datasets import Dataset


class Scorer(Protocol):
    def predict_proba(self, texts: Sequence[str], languages: Sequence[str]) -> Any:
        """(n, n_labels) array of probabilities, columns in Task.labels order."""


@dataclass(frozen=True)
class Task:
    name: str  # the check's name: data/<name>/, models/<name>/
    labels: tuple[str, ...]  # label names; Dataset.labels index into them
    load: Callable[[Path], Dataset]  # project root -> Dataset with its splits
    fit: Callable[[Dataset, Mapping[str, Any], int], Any]  # (train+aux rows, params, seed) -> fitted
    export: Callable[[Any], dict]  # fitted -> artifact: plain data for joblib.dump
    model: Callable[[Mapping[str, Any]], Scorer]  # artifact -> the scorer screening/ runs
    params: Mapping[str, Any] = field(default_factory=dict)  # defaults, written to the card
    candidates: Sequence[Mapping[str, Any]] = ({},)  # overrides compared on validation macro-F1
    # Binary tasks: the positive label, whose per-language thresholds are chosen on validation and
    # stored in the artifact as "thresholds" / "default_threshold". None: argmax, no thresholds.
    positive: str | None = None
    # False: one threshold chosen on all validation rows, stored for every language (steadier
    # when each language has only a few hundred validation rows).
    per_language_thresholds: bool = True
    # Binary tasks: limits on validation false-positive rates a threshold must keep ("negatives":
    # all negative rows, "hard_negatives": the hard ones); see training.metrics.choose_threshold.
    threshold_limits: Mapping[str, float] = field(default_factory=lambda: {"hard_negatives": 0.05})
    # Binary tasks: one pooled threshold chosen out of fold, on writers held out of the fit (the
    # task's own cross-validation), used instead of the validation rule above. Validation rows come
    # from the writers the model was fitted on, and score more confidently than an unseen writer's
    # text, so a threshold chosen there sits too high for the text the service will see.
    fixed_threshold: float | None = None
    # Labelled files (relative to the project root) the promotion gate scores a new version on
    # through screening.evaluation, next to the current default: the check's sealed set and
    # ordinary traffic. Never used for fitting, candidates or thresholds.
    sealed_data: str | None = None
    traffic_data: str | None = None
    # The check's target for false flags on ordinary traffic: a version above it is refused.
    traffic_limit: float | None = None
    # Optional: ordinary traffic of long replies (development data, aggregates only), compared
    # paired like `traffic_data` but under no target: the short traffic set holds almost none.
    long_traffic_data: str | None = None
    # Optional: (scorer, project root, params) -> figures on public data sets, written to the card as
    # a sign of generalisation (no target, never used to choose anything).
    public_metrics: Callable[[Any, Path, Mapping[str, Any]], dict] | None = None
    artifact_file: str = "model.joblib"
    notes: Mapping[str, Any] = field(default_factory=dict)  # copied into card.json (e.g. aux data)


# name -> "module:attribute"; imported only when asked for, so listing tasks stays cheap.
TASKS: dict[str, str] = {
    "tone": "training.tone.task:TASK",
    "escalation": "training.escalation.task:TASK",
    "template": "training.template.task:TASK",
    "relevance": "training.relevance.task:TASK",
    "contact": "training.contact.task:TASK",
}


def get_task(name: str) -> Task:
    if name not in TASKS:
        raise KeyError(f"no training task {name!r}; known tasks: {', '.join(sorted(TASKS))}")
    module, _, attribute = TASKS[name].partition(":")
    return getattr(importlib.import_module(module), attribute)
