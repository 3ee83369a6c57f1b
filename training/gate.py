"""The promotion gate: a new model version replaces the default only if it is no worse where it
matters, measured on data nobody fitted or tuned on.

    figures = measure(task, root, models_dir, version)   # sealed-set and traffic figures of one version
    promoted, reason = decide(new_figures, current_figures)

- the check's sealed set (`Task.sealed_data`): message-level macro-F1 of the check;
- ordinary traffic (`Task.traffic_data`): the share of messages the check flags (false flags,
  since every traffic message is compliant).
Both go through screening.evaluation and the production pipeline (Screener with only this check,
that version loaded and verified like the service does), never through training-time estimators.
Refused when the sealed macro-F1 is lower or the traffic false-flag rate is higher than the
current default's. Figures are compared rounded to 4 decimals, so noise in the last float digit
never decides.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from training.task import Task


def available(task: Task, root: Path) -> bool:
    return bool(task.sealed_data and task.traffic_data and (Path(root) / task.sealed_data).is_file()
                and (Path(root) / task.traffic_data).is_file())


def measure(task: Task, root: Path, models_dir: Path, version: str) -> dict[str, Any]:
    from screening.evaluation import read_labelled, screen_labelled
    from screening.evaluation.reports import check_report, traffic_report
    from screening.evaluation.runner import evaluation_screener

    figures: dict[str, Any] = {"version": version}
    for name, relative in (("sealed", task.sealed_data), ("traffic", task.traffic_data)):
        screener, history = evaluation_screener(only=[task.name], model_versions={task.name: version},
                                                models_dir=Path(models_dir))
        outcomes = screen_labelled(screener, read_labelled(Path(root) / relative), history)
        if name == "sealed":
            report = check_report(outcomes, task.name, screener.policy)
            figures["sealed"] = {"data": relative, **{k: report["overall"][k] for k in
                                                      ("n", "precision", "recall", "f1", "macro_f1")},
                                 "languages": {k: {"f1": v["f1"], "n": v["n"]}
                                               for k, v in report["groups"].get("language", {}).items()}}
        else:
            report = traffic_report(outcomes, screener.policy)
            row = report["overall"][task.name]
            figures["traffic"] = {"data": relative, "n": row["n"], "flagged": row["flagged"],
                                  "false_flag_rate": row["share"]}
    return figures


def decide(new: Mapping[str, Any], current: Mapping[str, Any] | None) -> tuple[bool, str]:
    if current is None:
        return True, "no current default"
    new_f1, cur_f1 = round(new["sealed"]["macro_f1"], 4), round(current["sealed"]["macro_f1"], 4)
    new_ffr, cur_ffr = round(new["traffic"]["false_flag_rate"], 4), round(current["traffic"]["false_flag_rate"], 4)
    summary = (f"sealed macro-F1 {new_f1:.4f} vs {cur_f1:.4f}, traffic false flags {new_ffr:.2%} vs {cur_ffr:.2%} "
               f"(current default {current['version']})")
    if new_f1 < cur_f1:
        return False, f"refused: sealed macro-F1 is lower; {summary}"
    if new_ffr > cur_ffr:
        return False, f"refused: more false flags on ordinary traffic; {summary}"
    return True, f"no worse on either; {summary}"


__all__ = ["available", "decide", "measure"]
