"""A buyer weighing "real or fake?" asks, with or without a question mark; a buyer who received
a fake says so. The rules read the first as a question about the topic (EITHER_OR_MARKERS in
screening/checks/escalation/lexicon.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.checks.escalation_codes import escalation_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "at that price is it genuine or a fake lol"),
        ("fr", "super prix, c'est un vrai ou une copie ?"),
        ("de", "Ist das echt oder Fake bei dem Preis"),
        ("es", "¿Es original o una copia? Lo pregunto por el precio."),
        ("it", "è originale o una replica? costa poco"),
        ("nl", "is die echt of nep, voor die prijs"),
        ("pl", "oryginał czy podróbka? cena podejrzanie niska"),
        ("pt", "é original ou uma cópia? achei barato"),
    ],
)
def test_real_or_fake_asked_before_buying_is_not_escalated(screener, language, text):
    assert "escalation.counterfeit" not in escalation_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The phone I got is a fake, the logo is printed crooked and it runs Android."),
        ("fr", "C'est une copie, le numéro de série n'existe pas chez Apple."),
        ("nl", "Het toestel is nep, de software is een Android-kloon."),
    ],
)
def test_a_fake_received_is_still_escalated(screener, language, text):
    assert "escalation.counterfeit" in escalation_codes(screener, language, text)
