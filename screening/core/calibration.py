"""`screening calibrate`: per-market flag thresholds proposed from moderators'
decisions, written as a diff of the policy file; nothing changes until someone applies it.

For each market and code, over the latest decision on each reviewed message: the message's score
for the code (its highest finding of that code; a message with no such finding cannot be
thresholded) and whether the moderator held the code. The proposed flag threshold is the lowest
observed score whose flagged set (score >= it) keeps the policy's precision target for the code
(`calibration.precision`, most specific pattern) with at least `calibration.min_decisions`
decisions. Reported beside it: precision and flagged share of the reviewed messages at the current
and at the proposed threshold (the reviewed messages are flagged/blocked ones plus the sample of
allowed ones, so a lower threshold is only seen through that sample).

A proposal becomes a market-level `actions` rule in the policy (market rules are tried first); the
current rule's `block` is kept (and the flag never goes above it).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import asdict, dataclass
from typing import Any, Iterable, Mapping, Sequence

MIN_CHANGE = 0.01  # smaller moves are noise, not proposals


@dataclass(frozen=True)
class Proposal:
    market: str
    code: str
    decisions: int
    current_flag: float | None
    proposed_flag: float | None  # None: no threshold keeps the target with enough decisions
    block: float | None
    target: float
    precision_current: float | None
    precision_proposed: float | None
    flagged_current: float  # share of the reviewed messages flagged at the current threshold
    flagged_proposed: float | None

    @property
    def changes(self) -> bool:
        return self.proposed_flag is not None and (
            self.current_flag is None or abs(self.proposed_flag - self.current_flag) >= MIN_CHANGE
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "changes": self.changes}


def observations(reviews: Iterable[Any], queued: Any) -> dict[tuple[str, str], list[tuple[float, bool]]]:
    """(market, code) -> [(score, held by the moderator)] over the latest decision per message.
    `queued(message_id)` gives the queued verdict (its findings carry the scores)."""
    latest: dict[str, Any] = {}
    for review in reviews:
        latest[review.message_id] = review
    out: dict[tuple[str, str], list[tuple[float, bool]]] = {}
    for review in latest.values():
        entry = queued(review.message_id)
        if entry is None:
            continue
        scores: dict[str, float] = {}
        for finding in entry.findings:
            code = finding["code"]
            scores[code] = max(scores.get(code, 0.0), float(finding["score"]))
        for code, score in scores.items():
            out.setdefault((review.market, code), []).append((score, code in review.codes))
    return out


def _at(points: Sequence[tuple[float, bool]], threshold: float | None) -> tuple[float | None, int]:
    if threshold is None:
        return None, 0
    flagged = [held for score, held in points if score >= threshold]
    return (sum(flagged) / len(flagged) if flagged else None), len(flagged)


def propose(policy: Any, points: Mapping[tuple[str, str], Sequence[tuple[float, bool]]]) -> list[Proposal]:
    proposals = []
    for (market, code), rows in sorted(points.items()):
        target = policy.precision_target(code)
        if target is None or market not in policy.markets:
            continue
        rule = policy.for_market(market).rule_for(code)
        chosen = None
        if len(rows) >= policy.min_decisions:
            for threshold in sorted({score for score, _ in rows}):
                precision, flagged = _at(rows, threshold)
                if flagged >= policy.min_decisions and precision is not None and precision >= target:
                    chosen = threshold
                    break
        if chosen is not None and rule.block is not None:
            chosen = min(chosen, rule.block)
        precision_now, flagged_now = _at(rows, rule.flag)
        precision_new, flagged_new = _at(rows, chosen)
        proposals.append(
            Proposal(
                market,
                code,
                len(rows),
                rule.flag,
                chosen,
                rule.block,
                target,
                precision_now,
                precision_new,
                flagged_now / len(rows),
                None if chosen is None else flagged_new / len(rows),
            )
        )
    return proposals


def policy_diff(policy_text: str, proposals: Sequence[Proposal], path: str) -> str:
    """A unified diff of the policy file adding each changing proposal as a market-level rule
    (`git apply` or `patch -p1` applies it). A market whose line already has `actions` is left
    out (its rules need a person's hand), and said so in a comment line of the diff header."""
    lines = policy_text.splitlines(keepends=True)
    skipped = []
    by_market: dict[str, list[Proposal]] = {}
    for proposal in proposals:
        if proposal.changes:
            by_market.setdefault(proposal.market, []).append(proposal)
    for market, chosen in by_market.items():
        pattern = re.compile(rf"^(  {re.escape(market)}: \{{.*)\}}(\s*)$")
        index = next((i for i, line in enumerate(lines) if pattern.match(line)), None)
        if index is None or "actions:" in lines[index]:
            skipped.append(market)
            continue
        rules = ", ".join(
            '{codes: "%s", flag: %s%s}'
            % (p.code, _number(p.proposed_flag), f", block: {_number(p.block)}" if p.block is not None else "")
            for p in chosen
        )
        lines[index] = pattern.sub(lambda m: f"{m.group(1)}, actions: [{rules}]}}{m.group(2)}", lines[index])  # noqa: B023 (used at once)
    diff = "".join(difflib.unified_diff(policy_text.splitlines(keepends=True), lines, f"a/{path}", f"b/{path}"))
    note = f"# markets left out (their line has actions already): {', '.join(skipped)}\n" if skipped else ""
    return note + diff


def _number(value: float | None) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".") if value is not None else "null"


def format_proposals(proposals: Sequence[Proposal]) -> str:
    if not proposals:
        return "no decision on a code with a precision target (calibration.precision in the policy)"
    head = (
        f"{'market':6} {'code':26} {'decisions':>9} {'target':>6} {'flag now':>8} {'proposed':>8} "
        f"{'precision now':>13} {'-> proposed':>11} {'flagged now':>11} {'-> proposed':>11}"
    )
    out = [head]
    for p in proposals:

        def pct(v: float | None) -> str:
            return "—" if v is None else f"{v:.1%}"

        out.append(
            f"{p.market:6} {p.code:26} {p.decisions:9} {p.target:6.2f} {_number(p.current_flag):>8} "
            f"{(_number(p.proposed_flag) if p.proposed_flag is not None else 'none'):>8} "
            f"{pct(p.precision_current):>13} {pct(p.precision_proposed):>11} {pct(p.flagged_current):>11} "
            f"{pct(p.flagged_proposed):>11}{'' if p.changes else '  (no change)'}"
        )
    return "\n".join(out)


__all__ = ["Proposal", "format_proposals", "observations", "policy_diff", "propose"]
