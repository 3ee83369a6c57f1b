"""The tone check's findings on a seller reply, one by one and in a batch: the table tests of the
tone rules read them this way (English in the uk market, every other language in its own)."""

from __future__ import annotations

from screening.checks.base import CheckContext
from screening.core.pipeline import Screener
from screening.core.types import Finding, Message

MARKET_OF = {"en": "uk"}


def tone_findings_both_ways(screener: Screener, language: str, text: str) -> tuple[list[Finding], list[Finding]]:
    """(inspect's findings, inspect_batch's findings) for `text` as a seller reply."""
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="seller")
    context = CheckContext(policy=screener.policy.for_market(market))
    tone = screener.checks["tone"]
    return tone.inspect(message, context), tone.inspect_batch([(message, context)])[0]
