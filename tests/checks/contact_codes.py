"""The contact codes a seller reply gets in a language's market: the table tests of the contact
check read it this way (English in the uk market, every other language in its own)."""

from __future__ import annotations

from screening.checks.base import CheckContext
from screening.checks.contact import ContactCheck
from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import Message

MARKET_OF = {"en": "uk"}


def contact_codes(screener: Screener, language: str, text: str) -> list[str]:
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="seller")
    return [
        f.code
        for f in screener.checks["contact"].inspect(message, CheckContext(policy=screener.policy.for_market(market)))
    ]


def contact_rule_codes(policy: Policy, market: str, text: str) -> set[str]:
    """The codes the contact rules alone give a seller reply in `market` (no offer model)."""
    message = Message(text, market)
    return {f.code for f in ContactCheck().rule_findings(message, CheckContext(policy=policy.for_market(market)))}
