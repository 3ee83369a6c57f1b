"""Conversation assessment: reply delays in business hours, the R1 deadline, and takeover (R8, R9).

For one conversation (its messages in any order) the assessor measures, in the market's business
hours (screening/sla/business_hours.py):
- each seller reply's delay, counted from the oldest buyer message it answers (several buyer
  messages in a row wait together; platform messages do not stop the clock);
- `sla.breached` findings when a buyer message waited more than the limit (24 business hours,
  policy `settings.sla.reply_within_business_hours`), answered late or still open at `now`;
- for an open thread: business hours waited, time left and the deadline;
- whether the platform should take over and why: a missed deadline (R8), an escalation finding on a
  buyer message (R8; R9 serious violations = take over now), each with the messages behind it.

Checks observe, the policy decides: sla findings and escalation findings go through the market
policy, whose action (flag/block) and rule ids become the takeover reasons.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from screening.sla.business_hours import BusinessCalendar
from screening.sla.settings import SlaSettings
from screening.core.types import Action, Finding, Message, format_timestamp

if TYPE_CHECKING:  # pragma: no cover - typing only
    from screening.checks.base import Check
    from screening.core.policy import MarketPolicy, Policy

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Reply:
    """One wait for the seller: from the oldest unanswered buyer message to the reply (or `now`)."""

    asked_id: str  # the oldest buyer message waiting
    asked_at: datetime
    waiting_ids: tuple[str, ...]  # every buyer message answered by this reply
    reply_id: str | None  # None: still open
    replied_at: datetime | None
    business_hours: float
    breached: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "asked_id": self.asked_id,
            "asked_at": format_timestamp(self.asked_at),
            "waiting_ids": list(self.waiting_ids),
            "reply_id": self.reply_id,
            "replied_at": format_timestamp(self.replied_at) if self.replied_at else None,
            "business_hours": round(self.business_hours, 2),
            "breached": self.breached,
        }


@dataclass(frozen=True, slots=True)
class TakeoverReason:
    rule: str  # R8 or R9
    code: str  # the finding code behind it: sla.breached, escalation.<category>
    action: str  # the policy's action for that finding: flag (review) or block (take over now)
    message_ids: tuple[str, ...]
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "code": self.code,
            "action": self.action,
            "message_ids": list(self.message_ids),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Assessment:
    conversation_id: str | None
    seller_id: str | None
    market: str
    now: datetime
    limit_hours: float
    replies: tuple[Reply, ...]  # answered waits, in order
    open_wait: Reply | None  # the wait still open at `now`, if any
    deadline: datetime | None  # when the open wait breaches
    time_left_hours: float | None  # business hours left before the open wait breaches (<= 0: breached)
    near_breach: bool
    findings: tuple[Finding, ...]  # sla.breached and the buyer messages' escalation findings
    action: Action  # the policy's decision over `findings`
    rules: tuple[str, ...]
    takeover_reasons: tuple[TakeoverReason, ...] = field(default=())

    @property
    def first_reply_hours(self) -> float | None:
        return self.replies[0].business_hours if self.replies else None

    @property
    def breached(self) -> bool:
        return any(r.breached for r in self.replies) or bool(self.open_wait and self.open_wait.breached)

    @property
    def takeover(self) -> bool:
        return bool(self.takeover_reasons)

    @property
    def takeover_now(self) -> bool:
        """R9 serious violations: the policy blocks, i.e. the platform takes over at once."""
        return any(r.action == Action.BLOCK.value for r in self.takeover_reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id,
            "seller_id": self.seller_id,
            "market": self.market,
            "now": format_timestamp(self.now),
            "limit_business_hours": self.limit_hours,
            "first_reply_business_hours": round(self.replies[0].business_hours, 2) if self.replies else None,
            "replies": [r.to_dict() for r in self.replies],
            "open": self.open_wait is not None,
            "open_wait": self.open_wait.to_dict() if self.open_wait else None,
            "deadline": format_timestamp(self.deadline) if self.deadline else None,
            "time_left_business_hours": round(self.time_left_hours, 2) if self.time_left_hours is not None else None,
            "near_breach": self.near_breach,
            "breached": self.breached,
            "findings": [f.to_dict() for f in self.findings],
            "action": self.action.value,
            "rules": list(self.rules),
            "takeover": {
                "recommended": self.takeover,
                "now": self.takeover_now,
                "reasons": [r.to_dict() for r in self.takeover_reasons],
            },
        }


class ConversationAssessor:
    """Assesses conversations. Build once (the calendar caches its tables) and reuse."""

    def __init__(self, policy: "Policy", calendar: BusinessCalendar, escalation: "Check | None" = None):
        self.policy = policy
        self.calendar = calendar
        self.escalation = escalation

    @classmethod
    def create(
        cls,
        policy: "Policy",
        calendar_path: str | Path | None = None,
        escalation: "Check | None | bool" = True,
        models_dir: Path | None = None,
    ) -> "ConversationAssessor":
        """Load the business-hours calendar and build the escalation check from the registry, its
        model from `models_dir` (default: the project's models/) (`escalation=False`: SLA only; or
        pass an already built check)."""
        from screening.checks.base import CheckResources, registered_checks

        calendar = BusinessCalendar.load(policy, calendar_path)
        if escalation is True:
            resources = CheckResources(policy, models_dir) if models_dir else CheckResources(policy)
            escalation = registered_checks()["escalation"].build(resources)
        return cls(policy, calendar, escalation or None)

    def assess(self, messages: Iterable[Message], now: datetime | None = None) -> Assessment:
        """Assess one conversation. `now` (default: the current time) is when open waits are measured."""
        return self.assess_batch([(list(messages), now)])[0]

    def assess_many(self, messages: Iterable[Message], now: datetime | None = None) -> list[Assessment]:
        """Group messages by conversation_id (None is one group) and assess each, in first-seen order."""
        groups: dict[str | None, list[Message]] = defaultdict(list)
        for message in messages:
            groups[message.conversation_id].append(message)
        return self.assess_batch([(group, now) for group in groups.values()])

    def assess_batch(self, conversations: Sequence[tuple[Sequence[Message], datetime | None]]) -> list[Assessment]:
        """Assess many conversations, each with its own `now`; the escalation check sees all their
        buyer messages in one batch."""
        prepared = []
        for messages, now in conversations:
            ordered = sorted(messages, key=lambda m: (m.sent_at, m.id))
            if not ordered:
                raise ValueError("a conversation needs at least one message")
            prepared.append((ordered, _utc(now) if now is not None else datetime.now(timezone.utc)))
        escalations = self._escalations(prepared)
        return [self._assess(ordered, now, found) for (ordered, now), found in zip(prepared, escalations)]

    def _assess(
        self, ordered: Sequence[Message], now: datetime, escalations: Sequence[tuple[Message, Finding]]
    ) -> Assessment:
        market = ordered[0].market
        market_policy = self.policy.for_market(market)
        clock = self.calendar.for_market(market)
        sla = market_policy.settings_of(SlaSettings)
        limit, near = sla.reply_within_business_hours, sla.near_breach_business_hours

        replies: list[Reply] = []
        waiting: list[Message] = []
        for message in ordered:
            if message.author == "buyer":
                waiting.append(message)
            elif message.author == "seller" and waiting:
                hours = clock.business_hours(waiting[0].sent_at, message.sent_at)
                replies.append(
                    Reply(
                        waiting[0].id,
                        waiting[0].sent_at,
                        tuple(m.id for m in waiting),
                        message.id,
                        message.sent_at,
                        hours,
                        hours > limit,
                    )
                )
                waiting = []
        open_wait = deadline = time_left = None
        if waiting:
            hours = max(0.0, clock.business_hours(waiting[0].sent_at, now))
            open_wait = Reply(
                waiting[0].id, waiting[0].sent_at, tuple(m.id for m in waiting), None, None, hours, hours > limit
            )
            deadline = clock.add_business_hours(waiting[0].sent_at, limit)
            time_left = limit - hours

        findings: list[Finding] = []
        for wait in [*replies, *([open_wait] if open_wait else [])]:
            if wait.breached:
                state = f"answered by {wait.reply_id}" if wait.reply_id else "still unanswered"
                findings.append(
                    Finding(
                        check="sla",
                        code="sla.breached",
                        score=1.0,
                        detail=(
                            f"buyer message {wait.asked_id} waited {wait.business_hours:.1f} business hours, "
                            f"limit {limit:g} ({state})"
                        ),
                    )
                )
        findings.extend(f for _, f in escalations)
        if findings:
            decision = market_policy.decide(findings)
            action, rules = decision.action, decision.rules
            reasons = self._reasons(market_policy, replies, open_wait, escalations, limit)
        else:  # the common case, without the policy's pattern matching
            action, rules, reasons = Action.ALLOW, (), ()
        return Assessment(
            conversation_id=ordered[0].conversation_id,
            seller_id=next((m.seller_id for m in ordered if m.seller_id), None),
            market=market,
            now=now,
            limit_hours=limit,
            replies=tuple(replies),
            open_wait=open_wait,
            deadline=deadline,
            time_left_hours=time_left,
            near_breach=time_left is not None and 0 < time_left <= near,
            findings=tuple(findings),
            action=action,
            rules=rules,
            takeover_reasons=reasons,
        )

    def _escalations(
        self, prepared: Sequence[tuple[Sequence[Message], datetime]]
    ) -> list[list[tuple[Message, Finding]]]:
        """Per conversation, its buyer messages' escalation findings (each message judged with the
        conversation before it as context)."""
        out: list[list[tuple[Message, Finding]]] = [[] for _ in prepared]
        if self.escalation is None:
            return out
        from screening.checks.base import CheckContext

        items, owners = [], []
        for n, (ordered, _) in enumerate(prepared):
            market_policy = self.policy.for_market(ordered[0].market)
            if self.escalation.name not in market_policy.checks_for("buyer"):
                continue
            for i, message in enumerate(ordered):
                if message.author == "buyer":
                    items.append((message, CheckContext(policy=market_policy, conversation=tuple(ordered[:i]))))
                    owners.append(n)
        if not items:
            return out
        batch = getattr(self.escalation, "inspect_batch", None)
        try:
            results = batch(items) if batch else [self.escalation.inspect(m, c) for m, c in items]
        except Exception as exc:  # noqa: BLE001 - a failing check must not stop the assessment
            log.error(
                "check_failed check=%s messages=%d error=%s",
                self.escalation.name,
                len(items),
                type(exc).__name__,
                exc_info=True,
            )
            results = [
                [
                    Finding(
                        check=self.escalation.name,
                        code=f"{self.escalation.name}.error",
                        score=1.0,
                        detail="the escalation check failed; a person should review",
                    )
                ]
                for _ in items
            ]
        for n, (message, _), found in zip(owners, items, results):
            out[n].extend((message, f) for f in found)
        return out

    @staticmethod
    def _reasons(
        market_policy: "MarketPolicy",
        replies: Sequence[Reply],
        open_wait: Reply | None,
        escalations: Sequence[tuple[Message, Finding]],
        limit: float,
    ) -> tuple[TakeoverReason, ...]:
        reasons: list[TakeoverReason] = []
        late = [w for w in [*replies, *([open_wait] if open_wait else [])] if w.breached]
        if late:
            action = market_policy.rule_for("sla.breached").action_for(1.0)
            if action is not Action.ALLOW:
                ids = tuple(i for w in late for i in w.waiting_ids)
                worst = max(w.business_hours for w in late)
                reasons.append(
                    TakeoverReason(
                        "R8",
                        "sla.breached",
                        action.value,
                        ids,
                        f"the seller missed the {limit:g}-business-hour reply deadline {len(late)} time(s), "
                        f"longest wait {worst:.1f} business hours",
                    )
                )
        by_code: dict[str, list[tuple[Message, Finding]]] = defaultdict(list)
        for message, finding in escalations:
            if market_policy.rule_for(finding.code).action_for(finding.score) is not Action.ALLOW:
                by_code[finding.code].append((message, finding))
        for code, hits in by_code.items():
            action = max((market_policy.rule_for(code).action_for(f.score) for _, f in hits), key=lambda a: a.rank)
            # R9 (serious violations) outranks R8 when the policy names both for a code.
            rule_ids = market_policy.rules_for(code)
            rule = "R9" if "R9" in rule_ids else "R8"
            ids = tuple(dict.fromkeys(m.id for m, _ in hits))
            reasons.append(
                TakeoverReason(
                    rule,
                    code,
                    action.value,
                    ids,
                    f"buyer reports {code.split('.', 1)[1].replace('_', ' ')} in {len(ids)} message(s)",
                )
            )
        reasons.sort(key=lambda r: (r.action != Action.BLOCK.value, r.rule != "R9", r.code))
        return tuple(reasons)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment.astimezone(timezone.utc)


__all__ = ["Assessment", "ConversationAssessor", "Reply", "TakeoverReason"]
