"""`screening reviews export`: moderators' decisions as labelled data (docs/formats.md §7).

One row per reviewed message: its docs/formats.md §1 record, `codes` = the codes the moderator holds
true (empty = nothing wrong), and flat attributes (decision, reviewer, reviewed_at, the verdict's
action and codes, model versions). `screening evaluate CHECK --data FILE` reads it as it is
(screening/evaluation/labelled.py), and so does training (training/reviews.py).

The latest decision on a message is its label (a second opinion replaces the first; with
`latest_only=False` every decision is a row). Decisions whose message is no longer kept (the
retention window) cannot be labelled data: they are counted, not written.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from screening.batch.records import RECORD_FIELDS

FORMATS = (".jsonl", ".csv")


@dataclass(frozen=True)
class ExportSummary:
    written: int
    decisions: int
    without_text: int  # decisions whose message the retention window removed
    output: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "written": self.written,
            "decisions": self.decisions,
            "without_text": self.without_text,
            "output": self.output,
        }


def export_reviews(
    store: Any,
    output: str | Path,
    *,
    since: datetime | None = None,
    market: str | None = None,
    check: str | None = None,
    latest_only: bool = True,
) -> ExportSummary:
    output = Path(output)
    if output.suffix.lower() not in FORMATS:
        raise ValueError(f"{output}: write reviews as {' or '.join(FORMATS)} (the extension chooses)")
    reviews = store.reviews(since=since, market=market, check=check)
    if latest_only:
        latest: dict[str, Any] = {}
        for review in reviews:  # oldest first: the last one of a message wins
            latest.pop(review.message_id, None)
            latest[review.message_id] = review
        chosen = list(latest.values())
    else:
        chosen = reviews
    rows = [row for row in (r.labelled_record() for r in chosen) if row is not None]
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with partial.open("w", encoding="utf-8", newline="") as handle:
        if output.suffix.lower() == ".jsonl":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            columns = [
                *RECORD_FIELDS,
                "codes",
                "decision",
                "reviewer",
                "reviewed_at",
                "verdict_action",
                "verdict_codes",
                "model_versions",
            ]
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for row in rows:
                writer.writerow({**row, "codes": ";".join(row["codes"])})
    os.replace(partial, output)  # a reader never sees half a file
    return ExportSummary(len(rows), len(chosen), len(chosen) - len(rows), str(output))


__all__ = ["ExportSummary", "export_reviews"]
