"""Contact in the parcel (a QR code to off-platform deals, the seller's number on the box), a
carrier's or a brand's public customer line (not the seller's contact), and refusals that name a
payment outside the platform (a reminder of the rule, not an offer)."""

from __future__ import annotations

import pytest

from screening.checks.base import CheckContext
from screening.core.pipeline import Screener
from screening.core.types import Message

MARKET_OF = {"en": "uk"}


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.create(only=["contact"])


def _codes(screener: Screener, language: str, text: str) -> list[str]:
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="seller")
    return [
        f.code
        for f in screener.checks["contact"].inspect(message, CheckContext(policy=screener.policy.for_market(market)))
    ]


@pytest.mark.parametrize(
    "language, text, code",
    [
        (
            "en",
            "A little card with a QR code is in the parcel: scan it for offers we are not allowed to show on here.",
            "contact.url",
        ),
        ("fr", "Scannez le QR code de la carte dans le colis : promos sans les frais de la plateforme.", "contact.url"),
        ("de", "Scannen Sie den QR-Code im Karton, dort gibt es Rabatte ohne Gebühren.", "contact.url"),
        ("es", "Escanea el código QR de la tarjeta: allí hay ofertas que aquí no podemos publicar.", "contact.url"),
        ("pl", "Zeskanuj kod QR z kartki w paczce, są tam rabaty bez prowizji.", "contact.url"),
        ("en", "Message me whenever, my number is on the sticker under the box lid.", "contact.phone"),
        ("it", "Scrivimi pure, il numero è sul biglietto dentro la scatola.", "contact.phone"),
        ("nl", "App me gerust, mijn nummer staat op het kaartje in de doos.", "contact.phone"),
    ],
)
def test_contact_that_travels_in_the_parcel(screener, language, text, code):
    assert code in _codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Scan the QR code on the warranty card to register your 12 months of cover."),
        ("fr", "Le QR code sur la boîte renvoie à la notice du fabricant."),
        ("de", "Die IMEI-Nummer steht auf dem Aufkleber auf der Schachtel, schreiben Sie sie hier in den Chat."),
        ("en", "Your order number is on the label, message me here with it if anything is wrong."),
        # a carrier's or a brand's public line
        ("nl", "Voor vragen over de levering kun je de klantenservice van PostNL bellen op 088 868 6161."),
        ("de", "Den Kundenservice der Deutschen Post erreichen Sie unter 0228 4333 112."),
        ("en", "For the warranty, Apple's customer support line is 0800 048 0408."),
        # refusals and reminders that name a payment outside the platform
        ("fr", "Désolé, pas de paiement en dehors de la plateforme, c'est la règle."),
        ("de", "Überweisung außerhalb der Plattform mache ich grundsätzlich nicht."),
        ("nl", "Ik doe geen betalingen buiten het platform, sorry."),
        ("en", "Outside the platform there is no payment protection for either of us, so let's keep it here."),
    ],
)
def test_look_alikes_are_not_contact(screener, language, text):
    assert _codes(screener, language, text) == []


def test_the_sellers_own_line_is_still_a_phone(screener):
    assert "contact.phone" in _codes(screener, "en", "Our customer service at the shop: 07700 900123, call us.")
