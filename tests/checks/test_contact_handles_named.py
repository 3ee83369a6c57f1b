"""A handle given a few words after the app ("a snap to <handle>", "on Insta we're called
<handle>"), and a workshop ("Werkstatt") that is no Dutch "werkt" (a feature word that excused a
channel): sentences written for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize(
    "market, text",
    [
        ("nl", "Stuur even een snap naar gsmdealer_33 voor meer foto's."),
        ("uk", "Send a snap to phone.flipper99 and I'll show you the rest."),
        ("es", "En insta somos movil_express_bcn, ahí está todo el stock."),
        ("de", "Auf Insta heißen wir handy.werk.graz, schau vorbei."),
        ("it", "Su Instagram siamo riparo.smart_to, c'è tutto il magazzino."),
        ("de", "Wir haben einen Telegram-Kanal für die Werkstatt, dort gibt es Restposten."),
    ],
)
def test_a_handle_named_after_the_app_is_an_offer(policy, market, text):
    assert "contact.social" in contact_rule_codes(policy, market, text)


@pytest.mark.parametrize(
    "market, text",
    [
        ("nl", "Ik snap naar aanleiding van je vraag niet wat je bedoelt."),
        ("nl", "WhatsApp werkt prima op dit toestel."),
        ("de", "WhatsApp funktioniert einwandfrei, in der Werkstatt getestet."),
        ("uk", "The Signal to noise ratio on the mic is fine."),
    ],
)
def test_no_offer(policy, market, text):
    assert "contact.social" not in contact_rule_codes(policy, market, text)
