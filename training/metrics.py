"""Metrics per language, threshold choice on validation data, and the promotion rule's inputs.

macro-F1 is sklearn's: the unweighted mean of the per-label F1 scores, so a model cannot look
good by predicting the majority label.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support

# Candidate thresholds: 0.05 .. 0.95 by 0.01.
THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.01), 2)
# Hard negatives (firm refusals, bad news, apologies, warnings...) flagged at most this often when
# a threshold is chosen; the test split is held to the same 5%.
MAX_HARD_NEGATIVE_FPR = 0.05


def predict(
    proba: np.ndarray, languages: Sequence[str], artifact: Mapping[str, Any], positive_index: int | None
) -> np.ndarray:
    """Labels from probabilities: per-language thresholds for binary tasks, argmax otherwise."""
    if positive_index is None:
        return proba.argmax(axis=1)
    thresholds = artifact.get("thresholds", {})
    default = float(artifact.get("default_threshold", 0.5))
    t = np.array([float(thresholds.get(lang, default)) for lang in languages])
    return np.where(proba[:, positive_index] >= t, positive_index, 1 - positive_index)


def choose_threshold(
    scores: np.ndarray, y: np.ndarray, hard_negative: np.ndarray, limits: Mapping[str, float] | None = None
) -> float:
    """The threshold with the best macro-F1 among those that keep the false-positive rates within
    `limits` ({"hard_negatives": 0.05} by default; "negatives" limits all negative rows).

    Ties: the middle of the best run, which is less brittle than its edge. If no threshold meets the
    limits, the thresholds with the fewest excess false positives compete instead: flagging polite
    replies is the costlier error for sellers, so the fallback leans conservative.
    """
    limits = dict(limits if limits is not None else {"hard_negatives": MAX_HARD_NEGATIVE_FPR})
    negative = y == 0
    results = []
    for t in THRESHOLD_GRID:
        pred = (scores >= t).astype(int)
        macro = f1_score(y, pred, average="macro", labels=[0, 1], zero_division=0)
        excess = 0.0
        if "hard_negatives" in limits and hard_negative.any():
            excess += max(0.0, pred[hard_negative].mean() - limits["hard_negatives"])
        if "negatives" in limits and negative.any():
            excess += max(0.0, pred[negative].mean() - limits["negatives"])
        results.append((t, macro, excess))
    lowest = min(r[2] for r in results)
    feasible = [r for r in results if r[2] <= lowest + 1e-12]
    best = max(r[1] for r in feasible)
    tied = [r[0] for r in feasible if r[1] >= best - 1e-9]
    return float(tied[len(tied) // 2])


def choose_thresholds(
    scores: np.ndarray,
    y: np.ndarray,
    languages: Sequence[str],
    hard_negative: np.ndarray,
    per_language: bool = True,
    limits: Mapping[str, float] | None = None,
) -> tuple[dict[str, float], float]:
    """Per-language thresholds plus a default (chosen on all rows) for languages without data.

    per_language=False gives every language the pooled threshold (the default's).
    """
    languages = np.asarray(languages)
    if not per_language:
        pooled = choose_threshold(scores, y, hard_negative, limits)
        return {lang: pooled for lang in sorted(set(languages.tolist()))}, pooled
    per_language = {
        lang: choose_threshold(
            scores[languages == lang], y[languages == lang], hard_negative[languages == lang], limits
        )
        for lang in sorted(set(languages.tolist()))
    }
    return per_language, choose_threshold(scores, y, hard_negative, limits)


def summarise(
    y: np.ndarray, pred: np.ndarray, languages: Sequence[str], hard_negative: np.ndarray, labels: Sequence[str]
) -> dict[str, Any]:
    """{"overall": {...}, "languages": {lang: {...}}, "confusion": [[...]]} with plain numbers."""
    languages = np.asarray(languages)
    out: dict[str, Any] = {"overall": _block(y, pred, hard_negative, labels), "languages": {}}
    for lang in sorted(set(languages.tolist())):
        mask = languages == lang
        out["languages"][lang] = _block(y[mask], pred[mask], hard_negative[mask], labels)
    out["confusion"] = confusion_matrix(y, pred, labels=list(range(len(labels)))).tolist()
    return out


def _block(y: np.ndarray, pred: np.ndarray, hard_negative: np.ndarray, labels: Sequence[str]) -> dict[str, Any]:
    ids = list(range(len(labels)))
    precision, recall, f1, support = precision_recall_fscore_support(y, pred, labels=ids, zero_division=0)
    block: dict[str, Any] = {
        "n": int(len(y)),
        "macro_f1": round(float(np.mean(f1)), 4),
        "accuracy": round(float((y == pred).mean()) if len(y) else 0.0, 4),
        "per_label": {
            labels[i]: {
                "precision": round(float(precision[i]), 4),
                "recall": round(float(recall[i]), 4),
                "f1": round(float(f1[i]), 4),
                "support": int(support[i]),
            }
            for i in ids
        },
    }
    if hard_negative.any():
        block["hard_negatives"] = int(hard_negative.sum())
        block["hard_negative_fpr"] = round(float((pred[hard_negative] != y[hard_negative]).mean()), 4)
    return block


def markdown_table(metrics: Mapping[str, Any], positive: str | None = None) -> str:
    """The per-language table quoted in cards, reports and notes."""
    head = "| language | n | macro-F1 |"
    rule = "|---|---:|---:|"
    if positive:
        head += f" precision ({positive}) | recall ({positive}) |"
        rule += "---:|---:|"
    head += " hard-neg FPR |"
    rule += "---:|"
    lines = [head, rule]
    rows = list(metrics["languages"].items()) + [("**all**", metrics["overall"])]
    for lang, block in rows:
        line = f"| {lang} | {block['n']} | {block['macro_f1']:.3f} |"
        if positive:
            label = block["per_label"][positive]
            line += f" {label['precision']:.3f} | {label['recall']:.3f} |"
        fpr = block.get("hard_negative_fpr")
        line += f" {fpr:.3f} ({block['hard_negatives']}) |" if fpr is not None else " - |"
        lines.append(line)
    return "\n".join(lines)
