"""The relevance check (rule R5: each answer fits the buyer's situation): `relevance.ignores_question`.

A seller reply is read with the buyer's messages it answers: the buyer's messages since the seller's
previous reply in the conversation (CheckContext.conversation, oldest first). The check abstains,
logging why but never the text, when:
- there is no buyer message before the reply (a follow-up, or the seller writes first);
- the buyer asked nothing (questions.asks: no question mark, request, question word or problem);
- the reply is in a language the model was not trained on (scores there would be guesses).
Otherwise the model (models/relevance/DEFAULT) gives a calibrated probability that the reply
ignores the question; from `settings.relevance.min_probability` it is reported, on the reply's
body without greetings and sign-offs.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import lru_cache
from typing import Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.checks.relevance.model import RelevanceModel
from screening.checks.relevance.questions import asks
from screening.checks.relevance.settings import RelevanceSettings
from screening.checks.tone.languages import resolve_language
from screening.core.types import Finding, Message

log = logging.getLogger(__name__)

# The buyer's last messages read together (a question split over two or three messages), and the
# characters of each side the model reads: a helpdesk exchange is far shorter, and this bounds the
# time a 20,000-character message costs.
MAX_BUYER_MESSAGES = 3
MAX_CHARS = 2000


def buyer_turn(conversation: Sequence[Message], sent_at: datetime | None = None) -> str | None:
    """The buyer's messages since the seller's last message before `sent_at`, joined; None when
    there are none. A seller message sent at the same instant as the reply does not end the turn:
    which of two simultaneous messages came first is the input's file order, and a verdict must
    not depend on how a history was split into files (rescore)."""
    turn: list[str] = []
    for message in reversed(conversation):
        if message.author == "seller":
            if sent_at is not None and message.sent_at >= sent_at:
                continue
            break
        if message.author == "buyer" and message.text.strip():
            turn.append(message.text)
            if len(turn) == MAX_BUYER_MESSAGES:
                break
    return "\n".join(reversed(turn)) if turn else None


@lru_cache(maxsize=1)
def _greetings() -> frozenset[str]:
    from screening.checks.language.cleaner import load_lexicon

    return load_lexicon().greetings


def body_span(text: str) -> tuple[int, int]:
    """The reply without its leading and trailing greetings (the whole text when only greetings)."""
    from screening.checks.language.cleaner import greeting_free_span

    span = greeting_free_span(text, _greetings())
    if span is None:
        start, end = 0, len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end
    return span


@register
class RelevanceCheck(Check):
    """Observes replies that do not address what the buyer asked; the policy (`relevance.*`, R5) decides."""

    name = "relevance"

    def __init__(self, model: RelevanceModel, version: str):
        self.model = model
        self.version = version
        self.model_versions = {"relevance": version}

    @classmethod
    def build(cls, resources: CheckResources) -> "RelevanceCheck":
        from screening.core.model_files import load_model

        # Raises ModelError naming the file if the artifact does not match its card.
        loaded = load_model(resources.models_dir, "relevance", resources.model_version("relevance"))
        return cls(RelevanceModel(loaded.artifact), loaded.version)

    def _abstain(self, message: Message, reason: str) -> list[Finding]:
        log.debug("relevance_abstained message_id=%s market=%s reason=%s", message.id, message.market, reason)
        return []

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        if message.author != "seller" or not message.text.strip():
            return []
        buyer = buyer_turn(context.conversation, message.sent_at)
        if buyer is None:
            return self._abstain(message, "no_buyer_message")
        buyer = buyer[-MAX_CHARS:]
        if not asks(buyer, self.model.lexicon):
            return self._abstain(message, "no_question")
        language = resolve_language(message.text, context.policy.languages, self.model.languages)
        if language is None:
            return self._abstain(message, "untrained_language")
        probability = self.model.probability(buyer, message.text[:MAX_CHARS])
        minimum = context.policy.settings_of(RelevanceSettings).min_probability
        if probability < minimum:
            return []
        start, end = body_span(message.text)
        detail = (
            f"the reply does not address the buyer's question (p={probability:.2f}, threshold {minimum:.2f}, "
            f"{language}, model {self.version})"
        )
        return [self.finding("ignores_question", round(probability, 4), start, end, detail=detail)]
