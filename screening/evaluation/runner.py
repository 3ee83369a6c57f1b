"""Screening labelled messages the way the service would have: in `sent_at` order, each message
with its conversation's earlier messages as context and the seller's earlier replies in a fresh
in-memory history (what the template check counts), blocked replies not recorded (as the API)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from screening.store.conversation_memory import ConversationMemory
from screening.evaluation.labelled import LabelledMessage
from screening.store.history import HistoryStore
from screening.core.conversation_context import should_record
from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import Action, Message, RecordError, Verdict, parse_timestamp

_NO_TIME = datetime.min.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Outcome:
    item: LabelledMessage
    message: Message | None
    verdict: Verdict | None
    error: str | None = None
    # Codes whose finding made the policy flag or block (what a seller or moderator would see).
    decisive_codes: frozenset[str] = frozenset()

    @property
    def allowed(self) -> bool:
        return self.verdict is not None and self.verdict.action is Action.ALLOW

    def predicts(self, check: str) -> bool:
        return any(code.startswith(check + ".") for code in self.decisive_codes)

    def checks_not_allowing(self) -> list[str]:
        return sorted({code.split(".", 1)[0] for code in self.decisive_codes})


def evaluation_screener(
    *,
    only: Iterable[str] | None = None,
    model_versions: Mapping[str, str] | None = None,
    models_dir: Path | None = None,
    policy: Policy | None = None,
) -> tuple[Screener, HistoryStore]:
    """A Screener over a fresh in-memory history (a labelled file is its own history), and that store."""
    history = HistoryStore(":memory:")
    return Screener.create(
        policy, models_dir=models_dir, history=history, model_versions=model_versions, only=only
    ), history


def screen_labelled(
    screener: Screener, items: Sequence[LabelledMessage], history: HistoryStore | None = None
) -> list[Outcome]:
    """One Outcome per item, in the items' order. Pass the `history` the screener's checks were
    built with (evaluation_screener) so each reply is judged against the earlier ones."""
    order = sorted(range(len(items)), key=lambda i: (_sent_at(items[i]), i))
    memory = ConversationMemory()
    outcomes: dict[int, Outcome] = {}
    for i in order:
        item = items[i]
        try:
            message = screener.message_from_record(item.record)
        except RecordError as error:
            outcomes[i] = Outcome(item, None, None, error=str(error))
            continue
        verdict = screener.screen(message, conversation=memory.earlier(message))
        policy = screener.policy.for_market(message.market)
        decisive = frozenset(
            f.code for f in verdict.findings if policy.rule_for(f.code).action_for(f.score) is not Action.ALLOW
        )
        outcomes[i] = Outcome(item, message, verdict, decisive_codes=decisive)
        if history is not None and should_record(verdict):
            history.add([message])
        memory.remember(message)
    return [outcomes[i] for i in range(len(items))]


def in_sent_order(screener: Screener, items: Sequence[LabelledMessage]) -> list[tuple[Message, tuple[Message, ...]]]:
    """The items' messages in `sent_at` order, each with the earlier messages of its conversation
    (what the service would have had as context). Records must be valid (RecordError otherwise)."""
    memory = ConversationMemory()
    out = []
    for item in sorted(items, key=_sent_at):
        message = screener.message_from_record(item.record)
        out.append((message, memory.earlier(message)))
        memory.remember(message)
    return out


def _sent_at(item: LabelledMessage) -> datetime:
    value = item.record.get("sent_at")
    if value in (None, ""):
        return _NO_TIME
    try:
        return parse_timestamp(value)
    except RecordError:
        return _NO_TIME


__all__ = ["Outcome", "evaluation_screener", "screen_labelled"]
