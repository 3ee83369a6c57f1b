"""The promotion gate: a new model version replaces the default only if it is no worse where it
matters, measured on data nobody fitted or tuned on.

    figures = measure(task, root, models_dir, version)   # sealed-set and traffic figures of one version
    promoted, reason = decide(new_figures, current_figures)

- the check's sealed set (`Task.sealed_data`): message-level macro-F1 of the check;
- ordinary traffic (`Task.traffic_data`): the share of messages the check flags (false flags,
  since every traffic message is compliant); and, when the task names one, ordinary traffic of
  long replies (`Task.long_traffic_data`), compared the same way but under no target.
Both go through screening.evaluation and the production pipeline (Screener with only this check,
that version loaded and verified like the service does), never through training-time estimators.
Refused when:
- the sealed set is **significantly** worse: the messages only the new version gets wrong against
  the ones only the default gets wrong, a one-sided exact sign test at 5%;
- the sealed macro-F1 is lower at all (rounded to 4 decimals, so noise in the last float digit
  never decides) and the new version does not flag fewer ordinary messages (both traffic sets
  together): a sealed loss within noise is taken only for fewer false flags, the first measure;
  a version without the per-message figures (older cards) is refused for any lower macro-F1;
- the new version's traffic false-flag rate is above the check's target (`Task.traffic_limit`);
- or it flags **significantly** more ordinary messages than the default: a paired comparison on the
  same messages (the ones only the new version flags against the ones only the default flags, a
  one-sided exact sign test at 5%).
Why paired and not "any more": ordinary traffic holds ~1,700 messages of which a good model flags
5-10; retraining with more data moves one or two of them either way. Comparing raw counts refused
three versions in a row that were 1.7-2.3 points better on the sealed set for one to three more
flagged messages of 1,674 (2026.12.2-2026.12.4, see their reports), which is noise, not a
regression; a version that moves ordinary messages consistently into "flagged" is still refused,
and the target bounds the rate whatever the default does. The sealed set is read the same way
since tone 2026.12.43 (twenty-seventh session): it was refused for 0.969 against 0.972 while it
halved the flags on long ordinary replies, a loss of a few messages of 960 against a gain the
gate did not measure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from training.task import Task


def available(task: Task, root: Path) -> bool:
    return bool(
        task.sealed_data
        and task.traffic_data
        and (Path(root) / task.sealed_data).is_file()
        and (Path(root) / task.traffic_data).is_file()
    )


def measure(task: Task, root: Path, models_dir: Path, version: str) -> dict[str, Any]:
    from screening.evaluation import read_labelled, screen_labelled
    from screening.evaluation.reports import check_report, traffic_report
    from screening.evaluation.runner import evaluation_screener

    figures: dict[str, Any] = {"version": version}
    sets = [("sealed", task.sealed_data), ("traffic", task.traffic_data)]
    if task.long_traffic_data and (Path(root) / task.long_traffic_data).is_file():
        sets.append(("long_traffic", task.long_traffic_data))
    for name, relative in sets:
        assert relative is not None
        screener, history = evaluation_screener(
            only=[task.name], model_versions={task.name: version}, models_dir=Path(models_dir)
        )
        outcomes = screen_labelled(screener, read_labelled(Path(root) / relative), history)
        if name == "sealed":
            report = check_report(outcomes, task.name, screener.policy)
            figures["sealed"] = {
                "data": relative,
                **{k: report["overall"][k] for k in ("n", "precision", "recall", "f1", "macro_f1")},
                "languages": {k: {"f1": v["f1"], "n": v["n"]} for k, v in report["groups"].get("language", {}).items()},
                # ids only (no text): the paired comparison of two versions
                "wrong_ids": sorted(
                    o.item.record.get("id", str(o.item.position))
                    for o in outcomes
                    if o.verdict is not None and o.predicts(task.name) != o.item.expects(task.name)
                ),
            }
        else:
            report = traffic_report(outcomes, screener.policy)
            row = report["overall"][task.name]
            flagged_ids = sorted(o.message.id for o in outcomes if o.verdict is not None and o.predicts(task.name))
            figures[name] = {
                "data": relative,
                "n": row["n"],
                "flagged": row["flagged"],
                "false_flag_rate": row["share"],
                "flagged_ids": flagged_ids,
            }
    return figures


def sign_test_p(only_new: int, only_current: int) -> float:
    """One-sided exact sign test: the chance of `only_new` or more of the discordant messages
    falling on the new version's side if both versions were equally likely to flag them."""
    from math import comb

    n = only_new + only_current
    if n == 0:
        return 1.0
    return sum(comb(n, k) for k in range(only_new, n + 1)) / 2**n


SIGNIFICANCE = 0.05


def _paired(new_ids: Any, current_ids: Any) -> tuple[int, int, float]:
    """(only new, only current, one-sided sign test p) of two versions' sets of message ids."""
    new, current = set(new_ids), set(current_ids)
    only_new, only_current = len(new - current), len(current - new)
    return only_new, only_current, sign_test_p(only_new, only_current)


def _flagged(figures: Mapping[str, Any]) -> int:
    """Ordinary messages flagged, over the traffic sets measured."""
    return sum(int(figures[name]["flagged"]) for name in ("traffic", "long_traffic") if name in figures)


def decide(
    new: Mapping[str, Any], current: Mapping[str, Any] | None, traffic_limit: float | None = None
) -> tuple[bool, str]:
    new_ffr_raw = new["traffic"]["false_flag_rate"]
    if traffic_limit is not None and round(new_ffr_raw, 4) > traffic_limit:
        return False, (f"refused: flags {new_ffr_raw:.2%} of ordinary traffic, above the target {traffic_limit:.2%}")
    if current is None:
        return True, "no current default"
    new_f1, cur_f1 = round(new["sealed"]["macro_f1"], 4), round(current["sealed"]["macro_f1"], 4)
    new_ffr, cur_ffr = round(new["traffic"]["false_flag_rate"], 4), round(current["traffic"]["false_flag_rate"], 4)
    summary = (
        f"sealed macro-F1 {new_f1:.4f} vs {cur_f1:.4f}, traffic false flags {new_ffr:.2%} vs {cur_ffr:.2%} "
        f"(current default {current['version']})"
    )
    both_long = "long_traffic" in new and "long_traffic" in current
    if both_long:
        summary += f", long replies flagged {new['long_traffic']['flagged']} vs {current['long_traffic']['flagged']}"
    notes = []
    if new_f1 < cur_f1:
        if "wrong_ids" not in new["sealed"] or "wrong_ids" not in current["sealed"]:
            return False, f"refused: sealed macro-F1 is lower; {summary}"
        only_new, only_current, p = _paired(new["sealed"]["wrong_ids"], current["sealed"]["wrong_ids"])
        paired = (
            f"sealed messages wrong for the new version only {only_new}, for the default only {only_current}, p={p:.3f}"
        )
        if p < SIGNIFICANCE:
            return False, f"refused: sealed macro-F1 is significantly lower ({paired}); {summary}"
        comparable = ("long_traffic" in new) == ("long_traffic" in current)
        if not comparable or _flagged(new) >= _flagged(current):
            return (
                False,
                f"refused: sealed macro-F1 is lower and no fewer ordinary messages are flagged ({paired}); {summary}",
            )
        notes.append(f"sealed macro-F1 lower within noise for fewer false flags ({paired})")
    for name, label in (("traffic", "ordinary traffic"), ("long_traffic", "long ordinary replies")):
        if name not in new or name not in current:
            continue
        if round(new[name]["false_flag_rate"], 4) <= round(current[name]["false_flag_rate"], 4):
            continue
        new_ids, cur_ids = new[name].get("flagged_ids", ()), current[name].get("flagged_ids", ())
        only_new, only_current, p = _paired(new_ids, cur_ids)
        paired = f"flagged by the new version only {only_new}, by the default only {only_current}, p={p:.3f}"
        if p < SIGNIFICANCE or not (new_ids or cur_ids):
            return False, f"refused: significantly more false flags on {label} ({paired}); {summary}"
        notes.append(f"{label}: difference within noise ({paired})")
    if notes:
        return True, "; ".join(notes) + f"; {summary}"
    return True, f"no worse on either; {summary}"


__all__ = ["available", "decide", "measure", "sign_test_p"]
