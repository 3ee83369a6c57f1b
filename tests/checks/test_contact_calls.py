"""A call asked for with no number written (screening/checks/contact/channels/calls.py): the
platform carries no calls, so "call me" takes the buyer to the phone (rule R4). Sentences written
for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes as rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize(
    "market, text",
    [
        ("uk", "Ring me after six and we can go through the settings together"),
        ("ie", "Give us a bell tomorrow morning, easier than typing"),
        ("fr", "Passez-moi un coup de fil ce soir, je vous explique tout"),
        ("be", "Appelez-moi demain, on trouvera un arrangement"),
        ("es", "Llámame cuando puedas y lo vemos"),
        ("it", "Chiamami stasera che ti spiego come fare"),
        ("de", "Rufen Sie mich morgen kurz an, dann besprechen wir das"),
        ("nl", "Bel me even, dan leg ik het uit"),
        ("pl", "Zadzwoń do mnie po południu, wszystko wyjaśnię"),
        ("pt", "Ligue-me amanhã de manhã e combinamos"),
    ],
)
def test_a_call_asked_for_is_a_phone_contact(policy, market, text):
    assert "contact.phone" in rule_codes(policy, market, text)


@pytest.mark.parametrize(
    "market, text",
    [
        ("uk", "The courier will call you before he comes round"),
        ("uk", "Please don't call me, just write here and I'll answer within the hour"),
        ("uk", "Call me old-fashioned, but I always ship with the original box"),
        ("fr", "Appelez votre opérateur pour débloquer la carte SIM"),
        ("es", "No me llames, escríbeme por aquí mismo"),
        ("de", "Rufen Sie bei Ihrer Bank an, falls die Zahlung hängt"),
        ("pt", "A transportadora liga-lhe antes da entrega"),
    ],
)
def test_a_call_that_is_not_the_seller_s_line_is_no_contact(policy, market, text):
    assert "contact.phone" not in rule_codes(policy, market, text)
