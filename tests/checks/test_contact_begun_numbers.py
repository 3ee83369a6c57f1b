"""A phone number begun after an invitation to call ("call me: 07 00 55") or "my number starts
with": an offer of a number even before its last digits, in the eight main languages; a time, a
date, a price or an order number after the same words is not."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from screening.checks.base import CheckContext
from screening.checks.contact.begun_numbers import BEGUN_DETAIL
from screening.core.pipeline import Screener
from screening.core.types import Message

MARKET_OF = {"en": "uk"}

# (language, reply, the span of the finding)
BEGUN = [
    ("en", "Easier by phone, ring me on 0161 49", "ring me on 0161 49"),
    ("en", "My mobile starts with 07 555, rest in a sec", "mobile starts with 07 555"),
    ("fr", "Appelez-moi, c'est plus rapide : 06 44", "Appelez-moi, c'est plus rapide : 06 44"),
    ("fr", "Mon numéro commence par 07 21", "numéro commence par 07 21"),
    ("de", "Rufen Sie mich an: 0170 3", "Rufen Sie mich an: 0170 3"),
    ("de", "Meine Handynummer beginnt mit 0152", "Handynummer beginnt mit 0152"),
    ("es", "Llámame al 611 22", "Llámame al 611 22"),
    ("it", "Il mio cellulare inizia con 333 1", "cellulare inizia con 333 1"),
    ("nl", "Bel me even op 06 48", "Bel me even op 06 48"),
    ("pl", "Zadzwoń do mnie: 601 2", "Zadzwoń do mnie: 601 2"),
    ("pt", "Ligue-me para o 913 4", "Ligue-me para o 913 4"),
]

# The same words before a time, a date, a price or a reference: no number begun.
NOT_BEGUN = [
    ("en", "Call me after 17:30 if anything is unclear here in the chat"),
    ("en", "Ring me on the 12/05? No, sorry, we only answer here."),
    ("en", "Call me old-fashioned, but 249 is a fair price"),
    ("fr", "Appelez-moi demain si le colis n'est pas arrivé, via la messagerie"),
    ("de", "Rufen Sie mich an? Leider nicht, die Bestellung 48213 läuft hier über die Plattform."),
    ("es", "Llámame a las 19 h no puedo, te contesto por aquí"),
    ("nl", "Bel me om 10 uur niet, ik antwoord hier"),
    ("pl", "Zadzwoń do kuriera, numer przesyłki 552"),
    ("pt", "O preço começa por 199 euros"),
]


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.create(only=["contact"])


def _findings(screener: Screener, language: str, text: str):
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="seller")
    return screener.checks["contact"].inspect(message, CheckContext(policy=screener.policy.for_market(market)))


@pytest.mark.parametrize(("language", "text", "span"), BEGUN, ids=[f"{c[0]}-{i}" for i, c in enumerate(BEGUN)])
def test_a_number_begun_after_a_call_invitation_is_a_phone(screener, language, text, span):
    found = [f for f in _findings(screener, language, text) if f.code == "contact.phone"]
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == span


@pytest.mark.parametrize(("language", "text"), NOT_BEGUN, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_BEGUN)])
def test_times_dates_prices_and_references_are_not_numbers_begun(screener, language, text):
    assert [f for f in _findings(screener, language, text) if f.detail.startswith(BEGUN_DETAIL)] == []


def test_the_reply_that_completes_a_begun_number_is_flagged_too(screener):
    """The first reply is flagged on its own (a number begun); the next one carries the rest of the
    number, so the split reading flags it as well, naming the first."""
    t0 = datetime(2026, 5, 4, 10, 0, tzinfo=timezone.utc)
    replies = [
        Message(
            text=text,
            market="es",
            id=f"m{i}",
            author="seller",
            conversation_id="c",
            seller_id="s",
            sent_at=t0 + timedelta(minutes=i),
        )
        for i, text in enumerate(["Llámame al 611 22", "33 44"])
    ]
    first = _findings(screener, "es", replies[0].text)
    assert [f.detail for f in first if f.code == "contact.phone"] == [f"{BEGUN_DETAIL}; pattern=phone.begun"]
    context = CheckContext(policy=screener.policy.for_market("es"), conversation=(replies[0],))
    found = [f for f in screener.checks["contact"].inspect(replies[1], context) if f.code == "contact.phone"]
    assert len(found) == 1 and "continues message m0" in found[0].detail
