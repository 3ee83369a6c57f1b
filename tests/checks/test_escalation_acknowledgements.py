"""A buyer's message that only acknowledges (an order placed, thanks, a figure) reports nothing,
however strongly one of its words opens complaints elsewhere; a few words that name a problem
still do (screening/checks/escalation/acknowledgements.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation.acknowledgements import only_acknowledges
from screening.text.normalize import normalize

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Just ordered, thanks!"),
        ("fr", "Commande passée, merci !"),
        ("de", "Bestellt, danke!"),
        ("es", "Vale, pagado 👍"),
        ("it", "Ordinato, grazie mille"),
        ("nl", "Besteld hoor, dank u!"),
        ("pl", "Zamówione, dzięki"),
        ("pt", "Encomendado, obrigada!"),
        ("en", "The 256 GB one please"),
    ],
)
def test_an_acknowledgement_is_not_escalated(screener, language, text):
    assert escalation_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "Ordered 256, received 64", False),  # two figures and an arrival: read by the model
        ("de", "Bestellt, kaputt angekommen", False),  # a word outside the lists
        ("es", "No llegó", False),  # no negation among the words
        ("nl", "Hallo??", False),  # a chaser
        ("fr", "Reçu, parfait, merci !", True),
        ("pl", "Wersja 128 GB poproszę", True),
    ],
)
def test_the_words_of_an_acknowledgement(language, text, expected):
    assert only_acknowledges(normalize(text).text) is expected
