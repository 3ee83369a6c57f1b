"""Screener.warm_up builds, for every market, what the contact check otherwise builds on the
market's first reply (its patterns and the recognizers' RE2 prefilters), and changes no finding."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

import screening.text.prefilter as prefilter
from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import Message

# Replies that open the payment and direct-order gates in each language of the markets below.
REPLIES = {
    "fr": "Vous pouvez aussi commander directement dans notre boutique, paiement par virement.",
    "de": "Sie können auch direkt bei uns im Laden kaufen, Zahlung per Überweisung.",
    "es": "También puedes comprar directamente en nuestra tienda y pagar por transferencia.",
    "pl": "Możesz też kupić bezpośrednio w naszym sklepie, płatność przelewem.",
}


@pytest.fixture(scope="module")
def screener():
    return Screener.create(Policy.load(), only=["contact"])


def _message(market: str, text: str) -> Message:
    return Message(
        id=f"w-{market}",
        conversation_id=f"c-{market}",
        seller_id="s-1",
        market=market,
        author="seller",
        sent_at=datetime(2026, 12, 7, 10, tzinfo=timezone.utc),
        text=text,
    )


def test_after_warm_up_no_market_builds_a_prefilter_on_its_first_reply(screener, monkeypatch):
    monkeypatch.setattr(prefilter, "_BY_OWNER", {})  # as in a new process
    screener.warm_up()
    built = []
    original = prefilter.Prefilter.__init__

    def counting(self, patterns):
        built.append(len(patterns))
        original(self, patterns)

    monkeypatch.setattr(prefilter.Prefilter, "__init__", counting)
    for market, text in REPLIES.items():
        screener.screen(_message(market, text))
    assert built == []


def test_warm_up_changes_no_finding(screener):
    before = {m: screener.screen(_message(m, t)).findings for m, t in REPLIES.items()}
    screener.warm_up()
    after = {m: screener.screen(_message(m, t)).findings for m, t in REPLIES.items()}
    assert after == before
    assert any(before.values())  # the replies are findings, not silence
