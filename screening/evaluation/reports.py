"""Reports on screened labelled messages: one check's precision/recall, or ordinary traffic's
false-flag rates. Both return plain dicts (JSON-ready); `format_*` render them as text tables."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Callable, Iterable, Sequence

from screening.evaluation.labelled import ANY_CODE
from screening.evaluation.metrics import Counts, binary_counts
from screening.evaluation.runner import Outcome
from screening.core.policy import Policy

_WORD_RE = re.compile(r"\w+")
# Word-count bands: the first two are what the traffic targets single out (greetings and thanks of
# up to 3 words must never be flagged; replies of 1-6 words are a third of a helpdesk's traffic).
LENGTH_BANDS = ((1, 3), (4, 6), (7, 15), (16, 40), (41, None))
GROUP_FIELDS = ("language", "market", "author", "length", "category", "kind", "writer")
MAX_LISTED = 400


def length_band(text: str) -> str:
    words = len(_WORD_RE.findall(text))
    for low, high in LENGTH_BANDS:
        if high is None or words <= high:
            return f"{low}+" if high is None else f"{low}-{high}"
    return "0"


def group_value(outcome: Outcome, name: str) -> str | None:
    if name == "length":
        return length_band(outcome.item.text)
    if name in ("market", "author") and outcome.message is not None:
        return getattr(outcome.message, name)
    value = outcome.item.attributes.get(name)
    return value if value not in (None, "") else None


def applies(policy: Policy, check: str) -> Callable[[Outcome], bool]:
    """Whether `check` runs on an outcome's message (seller replies vs buyer messages, per market)."""

    def runs(outcome: Outcome) -> bool:
        message = outcome.message
        return message is not None and check in policy.for_market(message.market).checks_for(message.author)

    return runs


def check_report(outcomes: Sequence[Outcome], check: str, policy: Policy) -> dict[str, Any]:
    """Message-level and per-code figures for one check, overall and by every group field present."""
    runs = applies(policy, check)
    scored = [o for o in outcomes if runs(o)]
    expected = [o.item.expects(check) for o in scored]
    predicted = [o.predicts(check) for o in scored]
    report: dict[str, Any] = {
        "check": check,
        "messages": len(outcomes),
        "scored": len(scored),
        "not_scored": len(outcomes) - len(scored),
        "record_errors": sum(o.error is not None for o in outcomes),
        "overall": binary_counts(expected, predicted).as_dict(),
        "codes": _per_code(scored, check),
        "groups": {},
    }
    for name in GROUP_FIELDS:
        buckets: dict[str, Counts] = defaultdict(Counts)
        for outcome, truth, guess in zip(scored, expected, predicted):
            value = group_value(outcome, name)
            if value is not None:
                buckets[value] = buckets[value] + binary_counts([truth], [guess])
        if len(buckets) > 1 or (buckets and name in ("language", "length")):
            report["groups"][name] = {k: v.as_dict() for k, v in sorted(buckets.items())}
    conversations = _per_conversation(scored, expected, predicted, check)
    if conversations is not None:
        report["conversations"] = conversations
    report["false_negatives"] = [_listing(o, check) for o, t, g in zip(scored, expected, predicted) if t and not g]
    report["false_positives"] = [_listing(o, check) for o, t, g in zip(scored, expected, predicted) if g and not t]
    return report


def _per_conversation(
    scored: Sequence[Outcome], expected: Sequence[bool], predicted: Sequence[bool], check: str = ""
) -> dict[str, Any] | None:
    """Figures per conversation, when the file holds conversations of several scored messages: a
    conversation holds the code when one of its messages does, and is caught when one of its
    messages is flagged (what a moderator sees: contact split over replies is caught when any part
    of it is). Also, stricter: caught when one of its messages is flagged by one of the codes its
    messages are labelled with (`with_code`), and both per language (the language of its first
    scored message). None for a file of single messages."""
    truth: dict[str, bool] = defaultdict(bool)
    guess: dict[str, bool] = defaultdict(bool)
    labelled: dict[str, set[str]] = defaultdict(set)
    found: dict[str, set[str]] = defaultdict(set)
    language: dict[str, str] = {}
    sizes: dict[str, int] = defaultdict(int)
    prefix = check + "."
    for outcome, t, g in zip(scored, expected, predicted):
        conversation = outcome.message.conversation_id if outcome.message is not None else None
        if not conversation:
            continue
        sizes[conversation] += 1
        truth[conversation] |= t
        guess[conversation] |= g
        labelled[conversation] |= {c for c in outcome.item.codes if c.startswith(prefix)}
        found[conversation] |= {c for c in outcome.decisive_codes if c.startswith(prefix)}
        language.setdefault(conversation, group_value(outcome, "language") or "-")
    if not any(size > 1 for size in sizes.values()):
        return None
    keys = sorted(sizes)
    strict = {k: guess[k] and (not truth[k] or bool(labelled[k] & found[k])) for k in keys}
    out: dict[str, Any] = dict(binary_counts([truth[k] for k in keys], [guess[k] for k in keys]).as_dict())
    out["with_code"] = binary_counts([truth[k] for k in keys], [strict[k] for k in keys]).as_dict()
    by_language: dict[str, dict[str, Any]] = {}
    for name in sorted(set(language.values())):
        own = [k for k in keys if language[k] == name]
        by_language[name] = {
            "any": binary_counts([truth[k] for k in own], [guess[k] for k in own]).as_dict(),
            "with_code": binary_counts([truth[k] for k in own], [strict[k] for k in own]).as_dict(),
        }
    out["by_language"] = by_language
    return out


def _per_code(scored: Iterable[Outcome], check: str) -> dict[str, dict[str, Any]]:
    prefix = check + "."
    scored = list(scored)
    codes = sorted(
        {c for o in scored for c in o.item.codes | o.decisive_codes if c.startswith(prefix) and c != ANY_CODE}
    )
    out = {}
    for code in codes:
        counts = binary_counts([code in o.item.codes for o in scored], [code in o.decisive_codes for o in scored])
        out[code] = counts.as_dict()
    return out


def _checks_run(policy: Policy, outcome: Outcome) -> Sequence[str]:
    """The checks the policy ran on a judged message (its market's, for its author)."""
    message = outcome.message
    assert message is not None  # an outcome with a verdict has its message
    return policy.for_market(message.market).checks_for(message.author)


def traffic_report(outcomes: Sequence[Outcome], policy: Policy) -> dict[str, Any]:
    """Ordinary messages: the share not allowed, overall, per check and per group."""
    valid = [o for o in outcomes if o.verdict is not None]
    checks = sorted({name for o in valid for name in _checks_run(policy, o)})

    def block(members: list[Outcome]) -> dict[str, Any]:
        n = len(members)
        not_allowed = sum(not o.allowed for o in members)
        row: dict[str, Any] = {"n": n, "not_allowed": not_allowed, "share": round(not_allowed / n, 4) if n else 0.0}
        for name in checks:
            runs = [o for o in members if name in _checks_run(policy, o)]
            hits = sum(o.predicts(name) for o in runs)
            row[name] = {"n": len(runs), "flagged": hits, "share": round(hits / len(runs), 4) if runs else 0.0}
        return row

    report: dict[str, Any] = {
        "messages": len(outcomes),
        "record_errors": len(outcomes) - len(valid),
        "checks": checks,
        "overall": block(valid),
        "groups": {},
    }
    for name in GROUP_FIELDS:
        buckets: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in valid:
            value = group_value(outcome, name)
            if value is not None:
                buckets[value].append(outcome)
        if len(buckets) > 1 or (buckets and name in ("language", "length")):
            report["groups"][name] = {k: block(v) for k, v in sorted(buckets.items())}
    report["not_allowed"] = [_listing(o, None) for o in valid if not o.allowed][:MAX_LISTED]
    return report


def _listing(outcome: Outcome, check: str | None) -> dict[str, Any]:
    findings = outcome.verdict.findings if outcome.verdict is not None else ()
    return {
        "id": outcome.message.id if outcome.message else None,
        "language": outcome.item.attributes.get("language"),
        "category": outcome.item.attributes.get("category") or outcome.item.attributes.get("kind"),
        "author": outcome.message.author if outcome.message else None,
        "expected": sorted(outcome.item.codes),
        "found": [f"{f.code}:{f.score:.2f}" for f in findings if check is None or f.check == check],
        "text": outcome.item.text,
    }


# --- text rendering ---------------------------------------------------------------------------------


def format_check_report(report: dict[str, Any], *, list_errors: bool = False) -> str:
    o = report["overall"]
    lines = [
        f"{report['check']}: {report['scored']} messages scored ({report['not_scored']} not for this check, "
        f"{report['record_errors']} invalid records)",
        f"precision {o['precision']:.3f}  recall {o['recall']:.3f}  F1 {o['f1']:.3f}  macro-F1 {o['macro_f1']:.3f}  "
        f"false-flag rate {o['false_positive_rate']:.4f} ({o['fp']} of {o['fp'] + o['tn']} negatives)",
        "",
    ]
    if "conversations" in report:
        c = report["conversations"]
        lines[-1:] = [
            f"per conversation ({c['n']}; one flagged message catches it): {c['tp']} of {c['tp'] + c['fn']} "
            f"with the code caught (recall {c['recall']:.3f}), {c['fp']} of {c['fp'] + c['tn']} without it "
            f"flagged (false-flag rate {c['false_positive_rate']:.4f})",
            f"  caught with one of the conversation's own codes: {c['with_code']['tp']} of "
            f"{c['with_code']['tp'] + c['with_code']['fn']} (recall {c['with_code']['recall']:.3f})",
            "  by language (caught / with its code / holding the code; ordinary flagged): "
            + ", ".join(
                f"{name} {v['any']['tp']}/{v['with_code']['tp']}/{v['any']['tp'] + v['any']['fn']}; "
                f"{v['any']['fp']}/{v['any']['fp'] + v['any']['tn']}"
                for name, v in c["by_language"].items()
            ),
            "",
        ]
    if report["codes"]:
        lines += _table("code", report["codes"])
    for name, rows in report["groups"].items():
        lines += _table(name, rows)
    if list_errors:
        for kind in ("false_negatives", "false_positives"):
            lines.append(f"{kind.replace('_', ' ')} ({len(report[kind])}):")
            lines += [
                f"  [{e['language'] or '-'}/{e['category'] or '-'}] {e['found'] or e['expected']} {e['text']!r}"
                for e in report[kind]
            ]
            lines.append("")
    return "\n".join(lines)


def _table(name: str, rows: dict[str, dict[str, Any]]) -> list[str]:
    out = [f"{'by ' + name:<22} {'n':>6} {'pos':>5} {'prec':>6} {'recall':>6} {'F1':>6} {'FFR':>7}"]
    for key, c in rows.items():
        out.append(
            f"{key[:22]:<22} {c['n']:>6} {c['tp'] + c['fn']:>5} {c['precision']:>6.3f} {c['recall']:>6.3f} "
            f"{c['f1']:>6.3f} {c['false_positive_rate']:>7.4f}"
        )
    return out + [""]


def format_traffic_report(report: dict[str, Any], *, list_messages: bool = True) -> str:
    checks = report["checks"]
    o = report["overall"]
    lines = [
        f"ordinary traffic: {o['n']} messages, {o['not_allowed']} not allowed ({o['share']:.2%}); "
        f"{report['record_errors']} invalid records",
        "",
    ]
    head = f"{'':<22} {'n':>6} {'not allowed':>12}" + "".join(f" {c:>11}" for c in checks)
    for name, rows in [("all", {"all": o})] + list(report["groups"].items()):
        lines.append(f"by {name}" if name != "all" else "share not allowed, and flagged by each check")
        lines.append(head)
        for key, row in rows.items():
            lines.append(
                f"{key[:22]:<22} {row['n']:>6} {row['share']:>12.2%}"
                + "".join(f" {row[c]['share']:>11.2%}" if row[c]["n"] else f" {'-':>11}" for c in checks)
            )
        lines.append("")
    if list_messages and report["not_allowed"]:
        lines.append(f"not allowed ({len(report['not_allowed'])}):")
        lines += [
            f"  [{e['language'] or '-'}/{e['author']}/{e['category'] or '-'}] {', '.join(e['found'])}  {e['text']!r}"
            for e in report["not_allowed"]
        ]
    return "\n".join(lines)


__all__ = ["check_report", "format_check_report", "format_traffic_report", "length_band", "traffic_report"]
