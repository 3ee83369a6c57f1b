"""Evaluation report: Markdown with a precision-recall curve and a confusion matrix as PNG images."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from training.metrics import markdown_table


def write_report(
    out_dir: Path,
    *,
    title: str,
    metrics: Mapping[str, Any],
    labels: Sequence[str],
    y: np.ndarray,
    proba: np.ndarray,
    languages: Sequence[str],
    positive: str | None,
    preamble: str = "",
) -> Path:
    """Write report.md, pr_curve.png and confusion.png into out_dir; return report.md's path."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and CI
    import matplotlib.pyplot as plt
    from sklearn.metrics import ConfusionMatrixDisplay, PrecisionRecallDisplay

    out_dir.mkdir(parents=True, exist_ok=True)
    positive_index = labels.index(positive) if positive else None

    fig, ax = plt.subplots(figsize=(6, 5))
    languages = np.asarray(languages)
    if positive_index is not None:
        for lang in sorted(set(languages.tolist())):
            mask = languages == lang
            if len(set(y[mask].tolist())) > 1:
                PrecisionRecallDisplay.from_predictions(
                    y[mask] == positive_index, proba[mask, positive_index], name=lang, ax=ax
                )
        PrecisionRecallDisplay.from_predictions(
            y == positive_index,
            proba[:, positive_index],
            name="all",
            ax=ax,
            curve_kwargs={"linewidth": 2.5, "color": "black"},
        )
        ax.set_title(f"Precision-recall ({positive}), test split")
    else:
        for i, label in enumerate(labels):
            if (y == i).any():
                PrecisionRecallDisplay.from_predictions(y == i, proba[:, i], name=label, ax=ax)
        ax.set_title("Precision-recall per label (one vs rest), test split")
    fig.tight_layout()
    fig.savefig(out_dir / "pr_curve.png", dpi=90)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 4.5))
    ConfusionMatrixDisplay(np.array(metrics["confusion"]), display_labels=list(labels)).plot(ax=ax, colorbar=False)
    ax.set_title("Confusion matrix, test split")
    fig.tight_layout()
    fig.savefig(out_dir / "confusion.png", dpi=90)
    plt.close(fig)

    text = [
        f"# {title}",
        "",
        preamble,
        "",
        "## Test split, per language",
        "",
        markdown_table(metrics, positive),
        "",
        "## Precision-recall curve",
        "",
        "![precision-recall curve](pr_curve.png)",
        "",
        "## Confusion matrix",
        "",
        f"Rows: true label, columns: predicted ({', '.join(labels)}).",
        "",
        "![confusion matrix](confusion.png)",
        "",
    ]
    path = out_dir / "report.md"
    path.write_text("\n".join(text), encoding="utf-8")
    return path
