"""Measuring the checks: one place for labelled data, metrics and reports.

    items = read_labelled("data/tone/sealed/messages.jsonl")
    outcomes = screen_labelled(Screener.create(only=["tone"]), items)
    report = check_report(outcomes, "tone")          # precision / recall / F1, false flags, by group
    traffic = traffic_report(screen_labelled(Screener.create(), read_labelled("data/traffic/messages.jsonl")))

Used by `screening evaluate`, `bench/` and `training/` (the promotion gate), so a figure means the
same thing wherever it is printed.
"""

from screening.evaluation.labelled import LabelledMessage, LabelError, read_labelled
from screening.evaluation.metrics import Counts, binary_counts, macro_f1
from screening.evaluation.reports import check_report, traffic_report
from screening.evaluation.runner import Outcome, screen_labelled

__all__ = [
    "Counts",
    "LabelError",
    "LabelledMessage",
    "Outcome",
    "binary_counts",
    "check_report",
    "macro_f1",
    "read_labelled",
    "screen_labelled",
    "traffic_report",
]
