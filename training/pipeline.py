"""The generic pipeline: train -> choose on validation -> measure on test -> write card -> promote.

    result = train(get_task("tone"), root=Path("."), models_dir=Path("models"), seed=0)
    result = evaluate(get_task("tone"), root=Path("."), models_dir=Path("models"), version=None)

Fitting sees only `train` (and `aux`) rows; candidate parameters and thresholds are chosen on
`validation`; `test` is only ever measured. Scores always come from the exported artifact through
task.model, i.e. the code screening/ runs in production, never from the training-time estimator.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping

import numpy as np

from screening.core.model_files import (
    CARD_FILE,
    DEFAULT_POINTER,
    ModelError,
    check_version_name,
    load_model,
    sha256_file,
)
from training import gate
from training.datasets import Dataset
from training.metrics import choose_thresholds, predict, summarise
from training.report import write_report
from training.task import Task

log = logging.getLogger(__name__)

# Promotion rule: a new version becomes the default unless its test macro-F1 is more than one point
# below the current default's, both measured on the same test split (a smaller difference is
# within the split's noise).
PROMOTION_TOLERANCE = 0.01
LIBRARIES = ("scikit-learn", "spacy", "numpy", "scipy", "joblib")


@dataclass(frozen=True)
class TrainResult:
    version: str
    path: Path
    card: Mapping[str, Any]
    promoted: bool
    promotion_reason: str


@dataclass(frozen=True)
class EvaluateResult:
    version: str
    metrics: Mapping[str, Any]
    report: Path


def train(
    task: Task,
    root: Path,
    models_dir: Path,
    *,
    seed: int = 0,
    version: str | None = None,
    promote: bool = True,
    now: datetime | None = None,
    reviews: Path | None = None,
    reviews_weight: float | None = None,
) -> TrainResult:
    """`reviews`: moderators' decisions (`screening reviews export`) added to the task's data
    (training/reviews.py), weighted `reviews_weight`."""
    now = now or datetime.now(timezone.utc)
    data = task.load(Path(root))
    extra: dict[str, Any] = {}
    if reviews is not None:
        from training.reviews import DEFAULT_WEIGHT, reviewed_dataset

        weight = DEFAULT_WEIGHT if reviews_weight is None else reviews_weight
        reviewed = reviewed_dataset(Path(reviews), task, data, weight)
        data = data.concat(reviewed)
        extra = {"reviews": {"rows": len(reviewed), "weight": weight, "splits": reviewed.counts()}}
    fingerprint = training_fingerprint(task, data, Path(root), seed, extra)
    same = find_identical(models_dir, task.name, fingerprint)
    if same is not None:
        # Same data, parameters, seed and code: the result would be the same model. No new version.
        card = json.loads((same / CARD_FILE).read_text(encoding="utf-8"))
        return TrainResult(
            version=same.name,
            path=same,
            card=card,
            promoted=False,
            promotion_reason=f"identical data, parameters, seed and code to version {same.name}: "
            f"no new version trained",
        )
    fit_part, validation, test = data.split("train", "aux"), data.split("validation"), data.split("test")
    for name, part in (("train", data.split("train")), ("validation", validation), ("test", test)):
        if not len(part):
            raise ValueError(f"the {task.name} corpus has no {name} rows; every split needs data")
    positive_index = task.labels.index(task.positive) if task.positive else None

    selection, best = [], None
    for candidate in task.candidates:
        params = {**task.params, **candidate}
        artifact = task.export(task.fit(fit_part, params, seed))
        proba = np.asarray(task.model(artifact).predict_proba(validation.texts, validation.languages))
        if positive_index is not None:
            thresholds, default = choose_thresholds(
                proba[:, positive_index],
                (validation.labels == positive_index).astype(int),
                validation.languages,
                validation.hard_negative,
                per_language=task.per_language_thresholds,
                limits=task.threshold_limits,
            )
            if task.fixed_threshold is not None:
                thresholds = {language: task.fixed_threshold for language in thresholds}
                default = task.fixed_threshold
            artifact = {**artifact, "thresholds": thresholds, "default_threshold": default}
        pred = predict(proba, validation.languages, artifact, positive_index)
        metrics = summarise(validation.labels, pred, validation.languages, validation.hard_negative, task.labels)
        score = metrics["overall"]["macro_f1"]
        selection.append({"params": dict(candidate), "validation_macro_f1": score})
        log.info("candidate task=%s params=%s validation_macro_f1=%.4f", task.name, candidate, score)
        if best is None or score > best[0]:
            best = (score, params, artifact, metrics)
    _, params, artifact, validation_metrics = best

    model = task.model(artifact)
    test_proba = np.asarray(model.predict_proba(test.texts, test.languages))
    test_metrics = summarise(
        test.labels,
        predict(test_proba, test.languages, artifact, positive_index),
        test.languages,
        test.hard_negative,
        task.labels,
    )

    version = check_version_name(version) if version else next_version(models_dir, task.name, now)
    out = Path(models_dir) / task.name / version
    if out.exists():
        raise ValueError(f"{out} already exists; pick another --version")
    out.mkdir(parents=True)
    import joblib

    artifact_path = out / task.artifact_file
    joblib.dump(artifact, artifact_path, compress=3)
    card = {
        "check": task.name,
        "version": version,
        "created": now.isoformat().replace("+00:00", "Z"),
        "seed": seed,
        "artifact": {
            "file": task.artifact_file,
            "sha256": sha256_file(artifact_path),
            "bytes": artifact_path.stat().st_size,
        },
        "labels": list(task.labels),
        "positive": task.positive,
        "data": _data_files(data, Path(root)),
        "splits": {k: v for k, v in data.counts().items()},
        "params": _plain(params),
        "selection": selection,
        "thresholds": artifact.get("thresholds"),
        "default_threshold": artifact.get("default_threshold"),
        "metrics": {"validation": validation_metrics, "test": test_metrics},
        "libraries": {"python": platform.python_version(), **{lib: _version(lib) for lib in LIBRARIES}},
        "fingerprint": fingerprint,
        "notes": dict(task.notes),
        **extra,
    }
    card["promotion"] = {"promoted": False, "reason": "measuring"}
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if task.public_metrics is not None:
        card["metrics"]["public"] = task.public_metrics(task.model(artifact), Path(root), params)
    if gate.available(task, Path(root)):
        # The headline figures: sealed set and ordinary traffic, through the production code path.
        card["metrics"]["sealed"] = gate.measure(task, Path(root), models_dir, version)
    promoted, reason = False, "not asked to promote (--no-promote)"
    if promote:
        if "sealed" in card["metrics"]:
            current = _current_gate_figures(task, Path(root), models_dir)
            card["promotion"]["current"] = current
            promoted, reason = gate.decide(card["metrics"]["sealed"], current, task.traffic_limit)
        else:
            promoted, reason = decide_promotion(task, models_dir, test, test_metrics["overall"]["macro_f1"])
    card["promotion"].update({"promoted": promoted, "reason": reason})
    (out / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_report(
        out,
        title=f"{task.name} model {version}",
        metrics=test_metrics,
        labels=task.labels,
        y=test.labels,
        proba=test_proba,
        languages=test.languages,
        positive=task.positive,
        preamble=_card_summary(card),
    )
    if promoted:
        set_default(models_dir, task.name, version)
    log.info(
        "trained task=%s version=%s test_macro_f1=%.4f promoted=%s",
        task.name,
        version,
        test_metrics["overall"]["macro_f1"],
        promoted,
    )
    return TrainResult(version=version, path=out, card=card, promoted=promoted, promotion_reason=reason)


def evaluate(
    task: Task, root: Path, models_dir: Path, *, version: str | None = None, out_dir: Path | None = None
) -> EvaluateResult:
    """Metrics on the test split for a stored version (verified and loaded like production does)."""
    loaded = load_model(Path(models_dir), task.name, version)
    test = task.load(Path(root)).split("test")
    metrics, proba = _measure(task, loaded.artifact, test)
    out_dir = out_dir or Path(root) / "var" / "reports" / task.name / loaded.version
    report = write_report(
        out_dir,
        title=f"{task.name} model {loaded.version}: evaluation",
        metrics=metrics,
        labels=task.labels,
        y=test.labels,
        proba=proba,
        languages=test.languages,
        positive=task.positive,
        preamble=f"Model folder: `{loaded.path}`.",
    )
    return EvaluateResult(version=loaded.version, metrics=metrics, report=report)


def _current_gate_figures(task: Task, root: Path, models_dir: Path) -> dict[str, Any] | None:
    try:
        current = load_model(Path(models_dir), task.name)
    except ModelError:
        return None  # no default, or one that cannot be loaded: the new version replaces it
    return gate.measure(task, root, models_dir, current.version)


# What the fingerprint reads in training/ and the check's folder: code and the lists it loads.
CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".tsv")
CODE_ROOT = Path(__file__).resolve().parents[1]


def fingerprinted_code(check: str) -> list[Path]:
    """The files of training/ and screening/checks/<check>/ a model's fingerprint covers."""
    return sorted(
        p
        for folder in (CODE_ROOT / "training", CODE_ROOT / "screening" / "checks" / check)
        for p in folder.rglob("*")
        if p.suffix in CODE_SUFFIXES and p.is_file()
    )


def training_fingerprint(task: Task, data: Dataset, root: Path, seed: int, extra: dict | None = None) -> str:
    """sha256 over what determines the trained model: data files, parameters, candidates, seed,
    threshold rule, and the code that computes features and fits (training/ and the check's folder
    screening/checks/<name>/), with the word lists that code reads there (a lexicon's YAML is as much
    a feature's definition as the Python that loads it)."""
    code_root = CODE_ROOT
    code = fingerprinted_code(task.name)
    payload = {
        "task": task.name,
        "seed": seed,
        "params": _plain(task.params),
        "candidates": _plain(list(task.candidates)),
        "threshold_limits": _plain(task.threshold_limits),
        "per_language": task.per_language_thresholds,
        "fixed_threshold": task.fixed_threshold,
        "data": [f["sha256"] for f in _data_files(data, root)],
        "code": {p.relative_to(code_root).as_posix(): sha256_file(p) for p in code},
    }
    if extra:  # e.g. the reviews' weight: the same file weighted differently is another model
        payload["extra"] = _plain(extra)
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode("utf-8")).hexdigest()


def find_identical(models_dir: Path, check: str, fingerprint: str) -> Path | None:
    folder = Path(models_dir) / check
    for card_path in sorted(folder.glob(f"*/{CARD_FILE}")) if folder.is_dir() else []:
        try:
            if json.loads(card_path.read_text(encoding="utf-8")).get("fingerprint") == fingerprint:
                return card_path.parent
        except (OSError, ValueError):
            continue
    return None


def decide_promotion(task: Task, models_dir: Path, test: Dataset, new_macro_f1: float) -> tuple[bool, str]:
    try:
        current = load_model(Path(models_dir), task.name)
    except ModelError as error:
        if not (Path(models_dir) / task.name / DEFAULT_POINTER).exists():
            return True, "no current default"
        return True, f"the current default cannot be loaded ({error})"
    current_f1 = _measure(task, current.artifact, test)[0]["overall"]["macro_f1"]
    if new_macro_f1 >= current_f1 - PROMOTION_TOLERANCE:
        return True, (
            f"test macro-F1 {new_macro_f1:.4f} vs current default {current.version} "
            f"{current_f1:.4f}: within {PROMOTION_TOLERANCE:.2f} or better"
        )
    return False, (
        f"test macro-F1 {new_macro_f1:.4f} is more than {PROMOTION_TOLERANCE:.2f} below the current "
        f"default {current.version} ({current_f1:.4f}) on the same test split; default left unchanged"
    )


def set_default(models_dir: Path, check: str, version: str) -> None:
    pointer = Path(models_dir) / check / DEFAULT_POINTER
    pointer.write_text(check_version_name(version) + "\n", encoding="utf-8")


def next_version(models_dir: Path, check: str, now: datetime) -> str:
    """YYYY.MM.N with N one more than the highest of that month (the format verdicts report)."""
    prefix = f"{now.year}.{now.month}."
    folder = Path(models_dir) / check
    taken = (
        [int(p.name[len(prefix) :]) for p in folder.glob(f"{prefix}*") if p.name[len(prefix) :].isdigit()]
        if folder.is_dir()
        else []
    )
    return f"{prefix}{max(taken, default=0) + 1}"


def _card_summary(card: Mapping[str, Any]) -> str:
    lines = []
    headline = card["metrics"].get("sealed")
    if headline:
        sealed, traffic = headline["sealed"], headline["traffic"]
        lines += [
            "## Headline: data nobody fitted or tuned on",
            "",
            f"- Sealed set (`{sealed['data']}`, {sealed['n']} messages): precision {sealed['precision']:.3f}, "
            f"recall {sealed['recall']:.3f}, F1 {sealed['f1']:.3f}, macro-F1 {sealed['macro_f1']:.3f}; F1 per "
            "language: " + ", ".join(f"{k} {v['f1']:.3f}" for k, v in sealed["languages"].items()) + ".",
            f"- Ordinary traffic (`{traffic['data']}`): {traffic['flagged']} of {traffic['n']} messages flagged "
            f"({traffic['false_flag_rate']:.2%}).",
            "- Reproduce: `screening evaluate " + card["check"] + " --model " + card["version"] + "` and "
            "`screening evaluate traffic`.",
            "",
            "The tables below are the corpus's own test split: the same writers as the training data, "
            "so **tuned figures**, not a measure of unseen text.",
            "",
        ]
    public = card["metrics"].get("public")
    if public:
        lines += [
            "Public sets (not helpdesk text; a sign of generalisation, no target): "
            + ", ".join(f"{k} F1 {v['f1']:.3f} (n={v['n']})" for k, v in public.items())
            + ".",
            "",
        ]
    lines += [
        f"Trained {card['created']} with seed {card['seed']}; artifact `{card['artifact']['file']}` "
        f"sha256 `{card['artifact']['sha256'][:16]}...`, {card['artifact']['bytes'] / 1e6:.2f} MB. "
        f"Rows per split: {card['splits']}. Promotion: {card['promotion']['reason']}.",
        "",
        "Candidates (chosen on validation macro-F1; test not used):",
        "",
        "| params | validation macro-F1 |",
        "|---|---:|",
    ]
    lines += [f"| `{json.dumps(c['params'])}` | {c['validation_macro_f1']:.4f} |" for c in card["selection"]]
    lines += ["", f"Kept params: `{json.dumps(card['params'])}`."]
    if card.get("thresholds"):
        lines += [
            "",
            "Thresholds per language (validation): "
            + ", ".join(f"{k} {v:.2f}" for k, v in card["thresholds"].items())
            + f"; other languages {card['default_threshold']:.2f}.",
        ]
    return "\n".join(lines)


def _measure(task: Task, artifact: Mapping[str, Any], part: Dataset) -> tuple[dict[str, Any], np.ndarray]:
    positive_index = task.labels.index(task.positive) if task.positive else None
    proba = np.asarray(task.model(artifact).predict_proba(part.texts, part.languages))
    pred = predict(proba, part.languages, artifact, positive_index)
    return summarise(part.labels, pred, part.languages, part.hard_negative, task.labels), proba


def _data_files(data: Dataset, root: Path) -> list[dict[str, Any]]:
    files = []
    for path in data.files:
        path = Path(path).resolve()
        # Relative to the project root ("data/tone/corpus.csv", "../shared/data/..."): cards must not
        # depend on where the checkout lives.
        files.append({"file": os.path.relpath(path, root.resolve()), "sha256": sha256_file(path)})
    return files


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (np.floating, np.integer)):
        return value.item()
    return value


__all__ = ["EvaluateResult", "TrainResult", "decide_promotion", "evaluate", "next_version", "set_default", "train"]
