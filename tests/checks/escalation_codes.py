"""The escalation codes a buyer message gets in a language's market: the table tests of the
escalation check read it this way (English in the uk market, every other language in its own)."""

from __future__ import annotations

from screening.checks.base import CheckContext
from screening.checks.escalation.check import EscalationCheck
from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import Message

MARKET_OF = {"en": "uk"}


def escalation_codes(screener: Screener, language: str, text: str) -> list[str]:
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="buyer")
    check = screener.checks["escalation"]
    return [f.code for f in check.inspect(message, CheckContext(policy=screener.policy.for_market(market)))]


def escalation_spans(check: EscalationCheck, text: str, market: str) -> dict[str, str]:
    """Per category the check reports for a buyer message in `market`, the text its finding spans."""
    message = Message(text=text, market=market, author="buyer")
    findings = check.inspect(message, CheckContext(policy=Policy.load().for_market(market)))
    return {f.code.split(".", 1)[1]: text[f.start : f.end] for f in findings}
