"""A payment app offered as the easier or preferred way to pay (or in a short question), crypto
payments, and requests for the buyer's private or personal contact; next to what they must not catch:
the platform's checkout taking a local method, a phone feature, refusals and the seller's own number."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Paylib ou Lydia, comme vous préférez pour le règlement."),
        ("de", "Per Twint wäre es für uns beide einfacher."),
        ("es", "¿Por Bizum?"),
        ("it", "Con PostePay facciamo prima, è più veloce."),
        ("nl", "Tikkie is handiger, dan hoef je niet te wachten."),
        ("pl", "Revolut?"),
        ("pt", "Se preferir, pode ser por MB WAY."),
        ("en", "Revolut works for you? Saves us both the wait."),
        # crypto-currencies, a payment no platform protects
        ("en", "Happy to take bitcoin if you prefer."),
        ("es", "Si te viene mejor, también vale USDT."),
    ],
)
def test_a_payment_app_offered_for_the_deal_is_payment(screener, language, text):
    assert "contact.payment" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the platform's checkout takes local methods: accepting one is no evasion
        ("pt", "Sim, aceitamos MB WAY no checkout."),
        ("es", "Sí, aceptamos Bizum."),
        # a feature of the phone
        ("it", "Satispay e l'app della banca funzionano senza problemi su questo modello."),
        # a question about the phone, not an offer
        ("nl", "Werkt Tikkie ook op de oudere iPhones, vraagt u?"),
        # a name that is also an app's
        ("fr", "Ma collègue Lydia vous répondra demain matin."),
    ],
)
def test_a_payment_app_that_is_not_offered_is_not_payment(screener, language, text):
    assert "contact.payment" not in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("nl", "Stuur me even uw privé e-mailadres, dan regel ik de garantie."),
        ("pl", "Prosimy o podanie prywatnego numeru telefonu do kuriera."),
        ("en", "Please send your personal email so we can verify the order."),
        ("de", "Bitte schicken Sie mir Ihre private Handynummer für die Abholung."),
        ("fr", "Merci de m'envoyer votre adresse mail personnelle pour la facture."),
        ("es", "Pásame tu correo personal y te mando la garantía."),
        ("it", "Per favore mandami la tua email personale per la ricevuta."),
        ("pt", "Envie-me o seu email pessoal para registar a garantia, por favor."),
    ],
)
def test_a_private_contact_asked_for_is_a_details_request(screener, language, text):
    assert "contact.details_request" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the rule reminded
        ("en", "Platform rules mean we can't share a personal email address, but we're here in this chat."),
        ("de", "Private Telefonnummern geben wir nicht heraus, bitte schreiben Sie uns hier."),
        # the buyer's private data protected, nothing asked
        ("fr", "Votre numéro personnel n'apparaît jamais dans nos messages."),
    ],
)
def test_a_private_contact_mentioned_without_asking_is_no_request(screener, language, text):
    assert "contact.details_request" not in contact_codes(screener, language, text)
