"""Moderators' reviews (docs/formats.md §7): what waits for review and what a decision must hold.

A screened message waits for review when its verdict flags or blocks it, or, for an allowed one,
when it falls in a small deterministic sample (a hash of its id: the same message is sampled in
every process and every run, so two workers never disagree and a test can name one). Allowed
messages are sampled so that what the checks miss is found too.

A decision is `confirm` (the codes behind the verdict hold) or `override` (other codes hold,
possibly none). The codes a verdict "holds" are its decisive ones: the findings whose score made
the policy flag or block, not every finding (a low-scored finding did not act).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from screening.core.types import Action, Message, Verdict

DECISIONS = ("confirm", "override")
# The codes a moderator may hold true, per check (the checks' own codes; docs/formats.md §2 names the
# escalation ones). A code outside this list is refused with the list in the message.
KNOWN_CODES: Mapping[str, tuple[str, ...]] = {
    "contact": (
        "contact.email",
        "contact.phone",
        "contact.url",
        "contact.social",
        "contact.marketplace",
        "contact.payment",
        "contact.details_request",
    ),
    "language": ("language.wrong_language",),
    "template": ("template.repeated", "template.autoresponder"),
    "tone": ("tone.discourteous",),
    "escalation": (
        "escalation.locked_device",
        "escalation.counterfeit",
        "escalation.dangerous",
        "escalation.not_as_described",
        "escalation.quality_issue",
        "escalation.return_refused",
        "escalation.no_response",
    ),
}
CHECKS = tuple(KNOWN_CODES)
ALL_CODES = tuple(code for codes in KNOWN_CODES.values() for code in codes)
DEFAULT_SAMPLE_RATE = 0.02  # share of allowed verdicts queued for review
MAX_REVIEWER = 200
MAX_NOTE = 2000


class ReviewError(ValueError):
    """A decision that cannot be stored; names the field and what is allowed."""

    def __init__(self, field: str, message: str, status: int = 422):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.status = status


def stamp(moment: datetime) -> str:
    """A time as stored in the review tables: UTC, always with microseconds, so that text order is
    time order (format_timestamp drops zero microseconds: "…:00Z" would sort after "…:00.5Z")."""
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def sampled(message_id: str, rate: float) -> bool:
    """Whether an allowed message is in the review sample: deterministic in its id."""
    if rate <= 0:
        return False
    digest = int.from_bytes(hashlib.sha256(message_id.encode("utf-8")).digest()[:8], "big")
    return digest < rate * 2**64


def check_of(code: str) -> str:
    return code.split(".", 1)[0]


@dataclass(frozen=True)
class QueuedVerdict:
    """A verdict waiting for (or having had) review, with the message it judged."""

    message: Message
    action: str
    codes: tuple[str, ...]  # decisive codes, sorted
    findings: tuple[Mapping[str, Any], ...]
    explanation: str
    model_versions: Mapping[str, str]
    policy_version: str
    screened_at: datetime
    sampled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "message": self.message.to_record(),
            "action": self.action,
            "codes": list(self.codes),
            "findings": [dict(f) for f in self.findings],
            "explanation": self.explanation,
            "model_versions": dict(self.model_versions),
            "policy_version": self.policy_version,
            "screened_at": stamp(self.screened_at),
            "sampled": self.sampled,
        }


@dataclass(frozen=True)
class Review:
    """One stored decision (append-only) and the verdict it answered."""

    id: int
    message_id: str
    decision: str
    codes: tuple[str, ...]
    reviewer: str
    note: str
    reviewed_at: datetime
    market: str
    seller_id: str | None
    conversation_id: str | None
    verdict_action: str
    verdict_codes: tuple[str, ...]
    model_versions: Mapping[str, str]
    policy_version: str
    message: Message | None = None  # the reviewed message, while its verdict is kept (retention)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "review_id": self.id,
            "message_id": self.message_id,
            "decision": self.decision,
            "codes": list(self.codes),
            "reviewer": self.reviewer,
            "note": self.note,
            "reviewed_at": stamp(self.reviewed_at),
            "market": self.market,
            "seller_id": self.seller_id,
            "conversation_id": self.conversation_id,
            "verdict": {
                "action": self.verdict_action,
                "codes": list(self.verdict_codes),
                "model_versions": dict(self.model_versions),
                "policy_version": self.policy_version,
            },
        }
        if self.message is not None:
            out["message"] = self.message.to_record()
        return out

    def labelled_record(self) -> dict[str, Any] | None:
        """The review as a labelled message (screening/evaluation/labelled.py reads it): the
        docs/formats.md §1 record, `codes` = what the moderator holds true, and flat attributes a report
        can group by. None when the message itself is no longer kept."""
        if self.message is None:
            return None
        return {
            **self.message.to_record(),
            "codes": list(self.codes),
            "decision": self.decision,
            "reviewer": self.reviewer,
            "reviewed_at": stamp(self.reviewed_at),
            "verdict_action": self.verdict_action,
            "verdict_codes": ";".join(self.verdict_codes),
            "model_versions": ";".join(f"{k}:{v}" for k, v in sorted(self.model_versions.items())),
        }


@dataclass(frozen=True)
class NewReview:
    """A validated decision, ready to append."""

    message_id: str
    decision: str
    codes: tuple[str, ...]
    reviewer: str
    note: str
    reviewed_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def decisive_codes(verdict: Verdict, market_policy: Any) -> tuple[str, ...]:
    """The codes whose finding made the market's policy flag or block (see the module docstring)."""
    return tuple(
        sorted(
            {f.code for f in verdict.findings if market_policy.rule_for(f.code).action_for(f.score) is not Action.ALLOW}
        )
    )


def queue_entry(
    message: Message,
    verdict: Verdict,
    market_policy: Any,
    policy_version: str,
    sample_rate: float,
    now: datetime | None = None,
) -> QueuedVerdict | None:
    """The queue entry of a screened message, or None when it does not wait for review."""
    if verdict.error is not None:
        return None
    if verdict.action is Action.ALLOW and not sampled(message.id, sample_rate):
        return None
    return QueuedVerdict(
        message=message,
        action=verdict.action.value,
        codes=decisive_codes(verdict, market_policy),
        findings=tuple(f.to_dict() for f in verdict.findings),
        explanation=verdict.explanation,
        model_versions=dict(verdict.model_versions),
        policy_version=policy_version,
        screened_at=now or datetime.now(timezone.utc),
        sampled=verdict.action is Action.ALLOW,
    )


def check_codes(codes: Iterable[Any], field_name: str = "codes") -> tuple[str, ...]:
    """Codes as a moderator may send them: known codes only, each once, sorted."""
    out = []
    for index, code in enumerate(codes):
        if not isinstance(code, str) or code not in ALL_CODES:
            raise ReviewError(
                f"{field_name}[{index}]", f"unknown code {str(code)[:60]!r}; allowed: {', '.join(ALL_CODES)}"
            )
        out.append(code)
    return tuple(sorted(set(out)))


def validate(
    entry: QueuedVerdict | None,
    message_id: str,
    decision: str,
    codes: Sequence[Any] | None,
    reviewer: str,
    note: str | None,
) -> NewReview:
    """A decision on `entry` (None: no verdict of that id waits or waited for review), or ReviewError."""
    if entry is None:
        raise ReviewError(
            "message_id",
            "no screened verdict with this id is waiting for review; list them with GET /v1/queue",
            status=404,
        )
    if decision not in DECISIONS:
        raise ReviewError("decision", f"unknown decision {str(decision)[:40]!r}; allowed: {', '.join(DECISIONS)}")
    if not isinstance(reviewer, str) or not reviewer.strip() or len(reviewer) > MAX_REVIEWER:
        raise ReviewError("reviewer", f"the reviewer's name is required, 1 to {MAX_REVIEWER} characters")
    note = note or ""
    if len(note) > MAX_NOTE:
        raise ReviewError("note", f"has {len(note)} characters; at most {MAX_NOTE} are allowed")
    held = None if codes is None else check_codes(codes)
    if decision == "confirm":
        if held is not None and held != entry.codes:
            raise ReviewError(
                "codes",
                f"a confirm holds the verdict's own codes ({', '.join(entry.codes) or 'none'}); "
                "send decision 'override' with the codes that hold instead",
            )
        held = entry.codes
    else:
        if held is None:
            raise ReviewError("codes", "an override names the codes that hold (an empty list: nothing wrong)")
        if held == entry.codes:
            raise ReviewError("codes", "these are the verdict's own codes: that is decision 'confirm'")
    return NewReview(message_id=message_id, decision=decision, codes=held, reviewer=reviewer.strip(), note=note)


__all__ = [
    "ALL_CODES",
    "CHECKS",
    "DECISIONS",
    "DEFAULT_SAMPLE_RATE",
    "KNOWN_CODES",
    "NewReview",
    "QueuedVerdict",
    "Review",
    "ReviewError",
    "check_codes",
    "decisive_codes",
    "queue_entry",
    "sampled",
    "stamp",
    "validate",
]
