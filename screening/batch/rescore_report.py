"""`--report DIR`: what a rescore found, for data staff: DIR/summary.json and DIR/report.html.

Figures are DuckDB queries over the partitions' verdicts (no record is loaded in Python): verdicts
by action and code, by market, by month, and the sellers with most messages per code with their
rate (that code's messages over the seller's screened messages). The HTML page is self-contained:
inline CSS and SVG bar charts, no script, no font or file from the internet. Ids and counts only,
never a message's text.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any, Sequence

TOP_SELLERS = 10


def write_report(con, parts: Sequence[Path], folder: Path, summary: Any, previous: bool = False) -> dict:
    """`previous`: the connection holds the table `previous` (--only-changed): the report then
    also says what changed: actions before -> after, and the codes gained and lost."""
    folder.mkdir(parents=True, exist_ok=True)
    data = _figures(con, parts)
    data["changes"] = _changes(con) if previous and parts else None
    data = {
        "records": summary.records,
        "screened": summary.screened,
        "errors": summary.errors,
        "skipped": summary.skipped,
        "written": summary.written,
        "seconds": round(summary.seconds, 2),
        "only_changed": previous,
        "by_action": {a: getattr(summary, a) for a in ("allow", "flag", "block")},
        "by_code": dict(summary.codes),
        **data,
    }
    (folder / "summary.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    (folder / "report.html").write_text(_html(data), encoding="utf-8")
    return data


def _figures(con, parts: Sequence[Path]) -> dict:
    if not parts:
        return {"by_market": {}, "codes_by_market": {}, "by_month": {}, "top_sellers": {}}
    files = ", ".join(f"'{p}'" for p in parts)
    con.execute(f"CREATE OR REPLACE TEMP VIEW v AS SELECT * FROM read_parquet([{files}])")
    con.execute("CREATE OR REPLACE TEMP VIEW c AS SELECT seller, market, sent_at, unnest(codes) AS code FROM v")
    by_market: dict[str, dict[str, int]] = {}
    for market, action, count in con.execute(
        "SELECT coalesce(market, '?'), action, count(*) FROM v GROUP BY ALL ORDER BY ALL"
    ).fetchall():
        by_market.setdefault(market, {})[action] = count
    codes_by_market: dict[str, dict[str, int]] = {}
    for code, market, count in con.execute(
        "SELECT code, coalesce(market, '?'), count(*) FROM c GROUP BY ALL ORDER BY ALL"
    ).fetchall():
        codes_by_market.setdefault(code, {})[market] = count
    by_month: dict[str, dict[str, int]] = {}
    for month, action, count in con.execute(
        "SELECT coalesce(strftime(sent_at, '%Y-%m'), 'unknown'), action, count(*) FROM v GROUP BY ALL ORDER BY ALL"
    ).fetchall():
        by_month.setdefault(month, {})[action] = count
    top: dict[str, list[dict]] = {}
    for code, seller, count, total in con.execute(f"""
            WITH totals AS (SELECT seller, count(*) AS total FROM v WHERE seller IS NOT NULL AND NOT invalid
                            GROUP BY seller),
                 per AS (SELECT code, seller, count(*) AS n FROM c WHERE seller IS NOT NULL GROUP BY ALL),
                 ranked AS (SELECT per.*, totals.total,
                            row_number() OVER (PARTITION BY code ORDER BY n DESC, seller) AS r
                            FROM per JOIN totals USING (seller))
            SELECT code, seller, n, total FROM ranked WHERE r <= {TOP_SELLERS} ORDER BY code, r""").fetchall():
        top.setdefault(code, []).append(
            {"seller": seller, "messages": count, "screened": total, "rate": round(count / total, 4) if total else None}
        )
    return {"by_market": by_market, "codes_by_market": codes_by_market, "by_month": by_month, "top_sellers": top}


def _changes(con) -> dict:
    """What differs from the previous run, over every verdict of this one (view v)."""
    joined = (
        "FROM v LEFT JOIN previous AS p ON p.id = v.id WHERE p.id IS NULL OR p.action <> v.action OR p.codes <> v.codes"
    )
    transitions = [
        {"before": before, "after": after, "messages": count}
        for before, after, count in con.execute(
            f"SELECT coalesce(p.action, 'new'), v.action, count(*) {joined} GROUP BY ALL ORDER BY 3 DESC, 1, 2"
        ).fetchall()
    ]
    gained = dict(
        con.execute(
            f"SELECT code, count(*) FROM (SELECT unnest(list_filter(v.codes, lambda x: NOT list_contains("
            f"coalesce(p.codes, []), x))) AS code {joined}) GROUP BY code ORDER BY 2 DESC, 1"
        ).fetchall()
    )
    lost = dict(
        con.execute(
            f"SELECT code, count(*) FROM (SELECT unnest(list_filter(p.codes, lambda x: NOT list_contains(v.codes, x))) "
            f"AS code {joined} AND p.id IS NOT NULL) GROUP BY code ORDER BY 2 DESC, 1"
        ).fetchall()
    )
    return {"transitions": transitions, "codes_gained": gained, "codes_lost": lost}


# --- the page --------------------------------------------------------------------------------------

_COLOURS = {"allow": "#4c9a5f", "flag": "#d9a021", "block": "#c8453a"}


def _bars(rows: list[tuple[str, dict[str, int]]], keys: Sequence[str], title: str) -> str:
    """A horizontal stacked bar chart in SVG: one bar per row, one segment per key."""
    if not rows:
        return f"<h2>{html.escape(title)}</h2><p>None.</p>"
    width, label, height = 560, 170, 18
    biggest = max(sum(values.values()) for _, values in rows) or 1
    out = [
        f'<h2>{html.escape(title)}</h2><svg xmlns="http://www.w3.org/2000/svg" width="{width + label + 80}" '
        f'height="{len(rows) * (height + 4) + 24}" role="img">'
    ]
    for i, (name, values) in enumerate(rows):
        y, x = i * (height + 4), float(label)
        out.append(f'<text x="{label - 6}" y="{y + 13}" text-anchor="end">{html.escape(name)}</text>')
        for key in keys:
            value = values.get(key, 0)
            if value:
                w = width * value / biggest
                colour = _COLOURS.get(key, "#4a78b5")
                out.append(
                    f'<rect x="{x:.1f}" y="{y}" width="{max(w, 1):.1f}" height="{height}" fill="{colour}">'
                    f"<title>{html.escape(name)} {html.escape(key)}: {value:,}</title></rect>"
                )
                x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 13}">{sum(values.values()):,}</text>')
    legend_y = len(rows) * (height + 4) + 14
    for k, key in enumerate(keys if len(keys) > 1 else ()):
        out.append(
            f'<rect x="{label + k * 90}" y="{legend_y - 10}" width="10" height="10" '
            f'fill="{_COLOURS.get(key, "#4a78b5")}"/><text x="{label + k * 90 + 14}" y="{legend_y}">'
            f"{html.escape(key)}</text>"
        )
    out.append("</svg>")
    return "".join(out)


def _changes_html(changes: dict | None) -> str:
    if changes is None:
        return ""
    rows = "".join(
        f"<tr><td>{html.escape(t['before'])} → {html.escape(t['after'])}</td><td>{t['messages']:,}</td></tr>"
        for t in changes["transitions"]
    )
    out = [
        f"<h2>What changed since the previous run</h2><table><tr><th>action before → now</th><th>messages</th>"
        f"</tr>{rows}</table>"
    ]
    for title, codes in (
        ("Codes found now, not before", changes["codes_gained"]),
        ("Codes found before, not now", changes["codes_lost"]),
    ):
        out.append(_bars([(code, {"messages": n}) for code, n in codes.items()], ("messages",), title))
    return "".join(out)


def _html(data: dict) -> str:
    actions = ("allow", "flag", "block")
    codes = sorted(data["by_code"].items(), key=lambda item: (-item[1], item[0]))
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Rescore report</title><style>"
        "body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1000px;color:#222}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 8px;"
        "text-align:right}th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}"
        "svg text{font:12px system-ui,sans-serif}</style></head><body>",
        "<h1>Rescore report</h1>",
        f"<p>{data['records']:,} records · {data['screened']:,} screened · {data['errors']:,} invalid · "
        f"{data['written']:,} verdicts written"
        + (" (only those that changed from the previous run)" if data["only_changed"] else "")
        + f" · {data['seconds']:,.1f} s</p>",
        _bars([("all messages", data["by_action"])], actions, "Verdicts by action"),
        _changes_html(data.get("changes")),
        _bars([(code, {"messages": n}) for code, n in codes], ("messages",), "Messages by finding code"),
        _bars(sorted(data["by_market"].items()), actions, "Verdicts by market"),
        _bars(sorted(data["by_month"].items()), actions, "Verdicts by month (sent_at)"),
        "<h2>Codes by market</h2>",
    ]
    markets = sorted({m for per in data["codes_by_market"].values() for m in per})
    parts.append("<table><tr><th>code</th>" + "".join(f"<th>{html.escape(m)}</th>" for m in markets) + "</tr>")
    for code, _ in codes:
        per = data["codes_by_market"].get(code, {})
        parts.append(
            f"<tr><td>{html.escape(code)}</td>" + "".join(f"<td>{per.get(m, 0):,}</td>" for m in markets) + "</tr>"
        )
    parts.append("</table><h2>Top sellers per code</h2>")
    for code, _ in codes:
        parts.append(
            f"<h3>{html.escape(code)}</h3><table><tr><th>seller</th><th>messages</th><th>screened</th>"
            "<th>rate</th></tr>"
        )
        for row in data["top_sellers"].get(code, []):
            rate = f"{row['rate']:.1%}" if row["rate"] is not None else "–"
            parts.append(
                f"<tr><td>{html.escape(str(row['seller']))}</td><td>{row['messages']:,}</td>"
                f"<td>{row['screened']:,}</td><td>{rate}</td></tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


__all__ = ["write_report"]
