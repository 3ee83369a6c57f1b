"""Shadow mode: a candidate model version scores live traffic beside the default
without acting, so that it is promoted on real traffic rather than on a test set alone.

    SCREENING_SHADOW=tone:2026.12.1            (several: tone:2026.12.1,escalation:2026.12.2)

The service builds a second Screener holding only the shadowed checks at the candidate versions;
each screened message (unless `"record": false`) is also judged by it, and the check's decisive
codes under both versions are stored (screening/store/shadow_store.py). The candidate's verdict is never
answered, logged or acted on. `screening shadow report` shows where the two disagree and, where a
moderator decided the message, which version they agreed with.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from screening.review.reviews import decisive_codes
from screening.core.types import Message, Verdict


def parse_shadow(spec: str) -> dict[str, str]:
    """'tone:2026.12.1,escalation:2026.12.2' -> {check: version}; ValueError naming the problem."""
    versions: dict[str, str] = {}
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        check, sep, version = part.partition(":")
        if not sep or not check.strip() or not version.strip():
            raise ValueError(f"SCREENING_SHADOW: {part!r} is not CHECK:VERSION (e.g. tone:2026.12.1)")
        versions[check.strip()] = version.strip()
    if not versions:
        raise ValueError("SCREENING_SHADOW is empty; give CHECK:VERSION (e.g. tone:2026.12.1)")
    return versions


class Shadow:
    def __init__(self, screener: Any, versions: Mapping[str, str]):
        self.screener = screener
        self.versions = dict(versions)

    @classmethod
    def create(cls, policy: Any, versions: Mapping[str, str], models_dir: Path | None = None) -> "Shadow":
        """Loads the candidate versions (a missing version stops the service here, naming it)."""
        from screening.core.pipeline import Screener

        unknown = sorted(set(versions) - set(policy.all_checks()))
        if unknown:
            raise ValueError(f"SCREENING_SHADOW names checks the policy does not run: {', '.join(unknown)}")
        screener = Screener.create(policy, models_dir=models_dir, model_versions=versions, only=list(versions))
        without = sorted(c for c in versions if not screener.checks[c].model_versions)
        if without:
            raise ValueError(f"SCREENING_SHADOW: {', '.join(without)} has no model version to compare")
        return cls(screener, versions)

    def compare(
        self, message: Message, context: Sequence[Message], verdict: Verdict, now: datetime | None = None
    ) -> list[dict[str, Any]]:
        """The shadow rows of one screened message (none when no shadowed check runs for it)."""
        market_policy = self.screener.policy.for_market(message.market)
        running = [c for c in self.versions if c in market_policy.checks_for(message.author)]
        if not running:
            return []
        candidate = self.screener.screen(message, conversation=context)
        current_codes, candidate_codes = (
            decisive_codes(verdict, market_policy),
            decisive_codes(candidate, market_policy),
        )
        moment = now or datetime.now(timezone.utc)
        return [
            {
                "message_id": message.id,
                "check": check,
                "candidate": candidate.model_versions.get(check, "?"),
                "current": verdict.model_versions.get(check, "?"),
                "market": message.market,
                "seller_id": message.seller_id,
                "conversation_id": message.conversation_id,
                "current_codes": [c for c in current_codes if c.startswith(check + ".")],
                "candidate_codes": [c for c in candidate_codes if c.startswith(check + ".")],
                "screened_at": moment,
            }
            for check in running
        ]


def shadow_report(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Per (check, current version, candidate version): messages compared, disagreements per code,
    and for disagreements a moderator decided, which version they agreed with."""
    groups: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["check"], row["current"], row["candidate"])
        group = groups.setdefault(
            key,
            {
                "check": key[0],
                "current": key[1],
                "candidate": key[2],
                "compared": 0,
                "disagreements": 0,
                "codes": defaultdict(lambda: [0, 0]),
                "reviewed": 0,
                "current_right": 0,
                "candidate_right": 0,
                "neither_right": 0,
                "examples": [],
            },
        )
        group["compared"] += 1
        current, candidate = set(row["current_codes"]), set(row["candidate_codes"])
        if current == candidate:
            continue
        group["disagreements"] += 1
        for code in current - candidate:
            group["codes"][code][0] += 1
        for code in candidate - current:
            group["codes"][code][1] += 1
        if len(group["examples"]) < 10:
            group["examples"].append(row["message_id"])
        if row["reviewed_codes"] is not None:
            held = {c for c in row["reviewed_codes"] if c.startswith(row["check"] + ".")}
            group["reviewed"] += 1
            group[
                "current_right" if held == current else "candidate_right" if held == candidate else "neither_right"
            ] += 1
    out = []
    for group in groups.values():
        group["codes"] = {
            code: {"current_only": a, "candidate_only": b} for code, (a, b) in sorted(group["codes"].items())
        }
        out.append(group)
    return out


def format_shadow_report(report: Sequence[Mapping[str, Any]]) -> str:
    if not report:
        return "no shadow verdicts (serve with SCREENING_SHADOW=CHECK:VERSION and screen some traffic)"
    lines = []
    for g in report:
        share = g["disagreements"] / g["compared"] if g["compared"] else 0.0
        lines.append(
            f"{g['check']}: current {g['current']} vs candidate {g['candidate']}: {g['compared']} messages, "
            f"{g['disagreements']} disagreements ({share:.1%})"
        )
        for code, counts in g["codes"].items():
            lines.append(
                f"  {code:32} only current: {counts['current_only']:5}   only candidate: {counts['candidate_only']:5}"
            )
        lines.append(
            f"  reviewed disagreements: {g['reviewed']}  moderators agreed with current: "
            f"{g['current_right']}, with candidate: {g['candidate_right']}, with neither: {g['neither_right']}"
        )
        if g["examples"]:
            lines.append(f"  e.g. message ids: {', '.join(g['examples'])}")
    return "\n".join(lines)


__all__ = ["Shadow", "format_shadow_report", "parse_shadow", "shadow_report"]
