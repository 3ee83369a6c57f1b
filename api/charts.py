"""An inline SVG line chart for the console (no script, no asset: the page carries its picture)."""

from __future__ import annotations

from html import escape
from typing import Mapping, Sequence

# Distinguishable on white and for the common colour blindnesses (Okabe-Ito).
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")


def line_chart(
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    width: int = 640,
    height: int = 220,
    title: str = "",
) -> str:
    """Lines of values in 0..1 (shown as %) over `labels`; a None value leaves a gap."""
    left, right, top, bottom = 44, 150, 16, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([v for values in series.values() for v in values if v is not None] + [0.01])
    peak = min(1.0, _nice(peak))
    n = max(len(labels), 2)

    def x(i: int) -> float:
        return left + plot_w * i / (n - 1)

    def y(v: float) -> float:
        return top + plot_h * (1 - v / peak)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(title)}" class="chart">'
    ]
    for step in range(5):
        v = peak * step / 4
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="10">{v * 100:.3g}%</text>'
        )
    for i, label in enumerate(labels):
        if i % max(1, len(labels) // 6) == 0 or i == len(labels) - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{height - 8}" text-anchor="middle" font-size="10">{escape(label)}</text>'
            )
    for k, (name, values) in enumerate(series.items()):
        colour = COLOURS[k % len(COLOURS)]
        runs: list[list[str]] = [[]]
        for i, point in enumerate(values):
            if point is None:
                runs.append([])
            else:
                runs[-1].append(f"{x(i):.1f},{y(point):.1f}")
                parts.append(
                    f'<circle cx="{x(i):.1f}" cy="{y(point):.1f}" r="2.5" fill="{colour}">'
                    f"<title>{escape(name)} {escape(labels[i])}: {point:.1%}</title></circle>"
                )
        for run in runs:
            if len(run) > 1:
                parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" points="{" ".join(run)}"/>')
        ly = top + 14 * k + 6
        parts.append(
            f'<rect x="{left + plot_w + 10}" y="{ly - 6}" width="10" height="3" fill="{colour}"/>'
            f'<text x="{left + plot_w + 24}" y="{ly}" font-size="11">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _nice(value: float) -> float:
    for bound in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0):
        if value <= bound:
            return bound
    return 1.0
