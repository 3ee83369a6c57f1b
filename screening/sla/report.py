"""The reply-deadline report per seller (rules R1, R6, R8): `screening sla HISTORY --output REPORT`.

Reads a history file (JSONL/CSV/Parquet records, docs/formats.md §1), assesses every conversation
(screening/sla/conversations.py) and writes into the folder REPORT:
- sellers.csv: per seller, replies, median and p90 reply delay in business hours, breach rate, open
  threads, open threads near breach or breached, takeover candidates;
- conversations.csv: one row per conversation with its delays, deadline and takeover reasons;
- report.html: both tables and a chart of each seller's reply delays (box plot, the limit drawn).
No message text is written anywhere: only ids, times and figures.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterable, Sequence

from screening.sla.conversations import Assessment, ConversationAssessor
from screening.batch.records import read_records
from screening.core.types import Message, RecordError, format_timestamp

log = logging.getLogger(__name__)

# The chart stays readable up to this many sellers (the slowest by p90 are drawn); the HTML page
# lists at most HTML_ROWS sellers and takeover candidates (worst first); the CSV files have them all.
CHART_SELLERS = 40
HTML_ROWS = 300
SELLER_COLUMNS = (
    "seller_id",
    "market",
    "conversations",
    "replies",
    "median_business_hours",
    "p90_business_hours",
    "max_business_hours",
    "breaches",
    "breach_rate",
    "open_threads",
    "open_near_breach",
    "open_breached",
    "takeover_candidates",
    "takeover_now",
)
CONVERSATION_COLUMNS = (
    "conversation_id",
    "seller_id",
    "market",
    "messages",
    "replies",
    "first_reply_business_hours",
    "max_business_hours",
    "breached",
    "open",
    "waiting_business_hours",
    "time_left_business_hours",
    "deadline",
    "near_breach",
    "takeover",
    "takeover_now",
    "reasons",
)


@dataclass(frozen=True)
class SellerSummary:
    seller_id: str
    market: str  # the seller's markets, comma-separated (delays are in each market's business hours)
    conversations: int
    delays: tuple[float, ...]  # every answered wait, business hours
    breaches: int  # answered late + open and already late
    open_threads: int
    open_near_breach: int
    open_breached: int
    takeover_candidates: int
    takeover_now: int

    @property
    def waits(self) -> int:
        return len(self.delays) + self.open_threads

    def row(self) -> dict[str, object]:
        return {
            "seller_id": self.seller_id,
            "market": self.market,
            "conversations": self.conversations,
            "replies": len(self.delays),
            "median_business_hours": _fmt(percentile(self.delays, 50)),
            "p90_business_hours": _fmt(percentile(self.delays, 90)),
            "max_business_hours": _fmt(max(self.delays) if self.delays else None),
            "breaches": self.breaches,
            "breach_rate": _fmt(self.breaches / self.waits if self.waits else None, 4),
            "open_threads": self.open_threads,
            "open_near_breach": self.open_near_breach,
            "open_breached": self.open_breached,
            "takeover_candidates": self.takeover_candidates,
            "takeover_now": self.takeover_now,
        }


@dataclass(frozen=True)
class ReportSummary:
    records: int
    invalid: int
    conversations: int
    sellers: int
    output: str

    def as_dict(self) -> dict[str, object]:
        return {
            "records": self.records,
            "invalid": self.invalid,
            "conversations": self.conversations,
            "sellers": self.sellers,
            "output": self.output,
        }


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100.0
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def load_history(path: str | Path, known_markets: frozenset[str]) -> tuple[list[Message], int]:
    """Valid messages of a history file and how many records were skipped (logged by position only)."""
    messages: list[Message] = []
    invalid = 0
    for raw in read_records(path):
        if raw.data is None:
            invalid += 1
            log.warning("sla_record_skipped position=%d reason=%s", raw.position, raw.error)
            continue
        try:
            messages.append(Message.from_record(raw.data, known_markets=known_markets))
        except RecordError as error:
            invalid += 1
            log.warning("sla_record_skipped position=%d field=%s", raw.position, error.field)
    return messages, invalid


def summarise(assessments: Iterable[Assessment]) -> list[SellerSummary]:
    grouped: dict[str, list[Assessment]] = defaultdict(list)
    for assessment in assessments:
        grouped[assessment.seller_id or "(unknown)"].append(assessment)
    out = []
    for seller, items in sorted(grouped.items()):
        market = ",".join(sorted({a.market for a in items}))
        delays = tuple(r.business_hours for a in items for r in a.replies)
        breaches = sum(r.breached for a in items for r in a.replies)
        open_items = [a for a in items if a.open_wait is not None]
        open_breached = sum(1 for a in open_items if a.open_wait is not None and a.open_wait.breached)
        out.append(
            SellerSummary(
                seller_id=seller,
                market=market,
                conversations=len(items),
                delays=delays,
                breaches=breaches + open_breached,
                open_threads=len(open_items),
                open_near_breach=sum(1 for a in open_items if a.near_breach),
                open_breached=open_breached,
                takeover_candidates=sum(1 for a in items if a.takeover),
                takeover_now=sum(1 for a in items if a.takeover_now),
            )
        )
    return out


def write_report(
    assessor: ConversationAssessor,
    history: str | Path,
    output: str | Path,
    now: datetime | None = None,
    chart: bool = True,
) -> ReportSummary:
    messages, invalid = load_history(history, assessor.policy.markets)
    assessments = assessor.assess_many(messages, now=now)
    sellers = summarise(assessments)
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str | None, int] = defaultdict(int)
    for message in messages:
        counts[message.conversation_id] += 1
    _write_csv(folder / "sellers.csv", SELLER_COLUMNS, [s.row() for s in sellers])
    _write_csv(
        folder / "conversations.csv",
        CONVERSATION_COLUMNS,
        [_conversation_row(a, counts[a.conversation_id]) for a in assessments],
    )
    image = _chart(sellers, assessments[0].limit_hours if assessments else 24.0) if chart and sellers else None
    (folder / "report.html").write_text(_html(sellers, assessments, counts, image, now), encoding="utf-8")
    log.info(
        "sla_report records=%d invalid=%d conversations=%d sellers=%d",
        len(messages),
        invalid,
        len(assessments),
        len(sellers),
    )
    return ReportSummary(len(messages) + invalid, invalid, len(assessments), len(sellers), str(folder))


def _conversation_row(a: Assessment, messages: int) -> dict[str, object]:
    waits = [r.business_hours for r in a.replies] + ([a.open_wait.business_hours] if a.open_wait else [])
    return {
        "conversation_id": a.conversation_id or "",
        "seller_id": a.seller_id or "",
        "market": a.market,
        "messages": messages,
        "replies": len(a.replies),
        "first_reply_business_hours": _fmt(a.first_reply_hours),
        "max_business_hours": _fmt(max(waits) if waits else None),
        "breached": a.breached,
        "open": a.open_wait is not None,
        "waiting_business_hours": _fmt(a.open_wait.business_hours if a.open_wait else None),
        "time_left_business_hours": _fmt(a.time_left_hours),
        "deadline": format_timestamp(a.deadline) if a.deadline else "",
        "near_breach": a.near_breach,
        "takeover": a.takeover,
        "takeover_now": a.takeover_now,
        "reasons": "; ".join(f"{r.rule} {r.code} [{','.join(r.message_ids)}]" for r in a.takeover_reasons),
    }


def _write_csv(path: Path, columns: Sequence[str], rows: Iterable[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)


def _chart(sellers: Sequence[SellerSummary], limit: float) -> str | None:
    """A PNG (base64) box plot of each seller's reply delays, slowest p90 at the top."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    drawn = sorted((s for s in sellers if s.delays), key=lambda s: percentile(s.delays, 90) or 0.0, reverse=True)
    drawn = drawn[:CHART_SELLERS][::-1]
    if not drawn:
        return None
    fig, ax = plt.subplots(figsize=(9, max(2.5, 0.3 * len(drawn) + 1.2)))
    ax.boxplot(
        [s.delays for s in drawn],
        orientation="horizontal",
        whis=(10, 90),
        showfliers=True,
        flierprops={"markersize": 2},
    )
    ax.set_yticks(range(1, len(drawn) + 1), [f"{s.seller_id} ({s.market})" for s in drawn], fontsize=7)
    ax.axvline(limit, color="firebrick", linestyle="--", linewidth=1, label=f"limit {limit:g} business hours (R1)")
    ax.set_xlabel("reply delay, business hours (box: quartiles, whiskers: p10-p90)")
    ax.set_title(f"Reply delay per seller ({len(drawn)} slowest by p90 of {len(sellers)})")
    ax.legend(loc="lower right", fontsize=7)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _html(
    sellers: Sequence[SellerSummary],
    assessments: Sequence[Assessment],
    counts: dict[str | None, int],
    image: str | None,
    now: datetime | None,
) -> str:
    def table(columns: Sequence[str], rows: Iterable[dict[str, object]]) -> str:
        head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(row[c]))}</td>" for c in columns) + "</tr>" for row in rows
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    candidates = [a for a in assessments if a.takeover]
    candidates.sort(key=lambda a: (not a.takeover_now, a.conversation_id or ""))
    at = format_timestamp(now) if now else "the time of the run"
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'><title>Reply deadlines per seller</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;font-size:12px}"
        "td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}th{background:#eee}</style></head><body>",
        "<h1>Reply deadlines per seller (rules R1, R6, R8)</h1>",
        f"<p>{len(assessments)} conversations, {len(sellers)} sellers; open threads measured at {html.escape(at)}. "
        "Delays are business hours of each market (weekends and public holidays excluded).</p>",
    ]
    if image:
        parts.append(f"<img alt='reply delay per seller' src='data:image/png;base64,{image}'>")
    worst = sorted(sellers, key=lambda s: (-s.breaches, -(percentile(s.delays, 90) or 0.0), s.seller_id))[:HTML_ROWS]
    parts.append(f"<h2>Sellers ({len(worst)} with the most breaches of {len(sellers)}; all in sellers.csv)</h2>")
    parts.append(table(SELLER_COLUMNS, (s.row() for s in worst)))
    parts.append(
        f"<h2>Takeover candidates ({min(len(candidates), HTML_ROWS)} of {len(candidates)}, "
        "take-over-now first; all in conversations.csv)</h2>"
    )
    parts.append(
        table(CONVERSATION_COLUMNS, (_conversation_row(a, counts[a.conversation_id]) for a in candidates[:HTML_ROWS]))
    )
    parts.append("</body></html>")
    return "".join(parts)


def _fmt(value: float | None, digits: int = 2) -> str:
    return "" if value is None else f"{value:.{digits}f}"


__all__ = ["ReportSummary", "SellerSummary", "load_history", "percentile", "summarise", "write_report"]
