"""Offers made in passing, and the ordinary replies that share their words: a payment app or a
transfer with the shipping promised, a deposit to hold the phone, a messaging app said to be the
better channel, a message asked for on an app, another way to reach the buyer, the number on the
parcel's sticker, Austrian "Sie" shortened to "S'"; against refunds by transfer, refusals after the
app's name, order and tracking numbers with a country prefix. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes

OFFERS = [
    ("uk", "Bank transfer works, and I ship it the same afternoon.", "contact.payment"),
    ("pl", "Przelew na konto i wysyłam jeszcze dziś kurierem.", "contact.payment"),
    ("pl", "Numer konta podam w osobnej wiadomości.", "contact.payment"),
    ("pl", "Zaliczka 80 zł na konto i trzymam go dla pana do niedzieli.", "contact.payment"),
    ("de", "Vorkasse per Überweisung, dann verschicke ich noch heute.", "contact.payment"),
    ("at", "Zahlen Sie einfach per George, dann geht das Paket morgen raus.", "contact.payment"),
    ("fr", "Réglez par Lydia, c'est plus rapide que le panier.", "contact.payment"),
    ("ch", "Per Twint geht es schneller als über die Plattform.", "contact.payment"),
    ("fr", "Telegram c'est mieux, j'y suis toute la journée.", "contact.social"),
    ("uk", "WhatsApp is easier, I hardly ever open this app.", "contact.social"),
    ("it", "WhatsApp è più comodo, scrivimi lì stasera.", "contact.social"),
    ("es", "Mándame un WhatsApp esta tarde y te paso el vídeo.", "contact.social"),
    ("pt", "Fala comigo no whats, aqui quase não venho.", "contact.social"),
    ("it", "Sentiamoci su Whats stasera, qui rispondo tardi.", "contact.social"),
    ("nl", "Even appen is handiger, hier kijk ik pas 's avonds.", "contact.social"),
    ("uk", "Is there another way I can reach you? Messages here get lost.", "contact.details_request"),
    ("de", "Gibt es eine andere Möglichkeit, Sie zu erreichen?", "contact.details_request"),
    ("at", "Geben S' mir Ihre Handynummer, ich ruf Sie am Abend an.", "contact.details_request"),
    ("de", "Unsere Nummer steht auf dem Kleber am Paket, rufen Sie einfach an.", "contact.phone"),
    ("fr", "Mon 07 est noté sur l'étiquette du carton, envoyez-moi un texto.", "contact.phone"),
    ("pt", "Mais fotos pelo aviãozinho, o user é @loja_do_rui.", "contact.social"),
    ("pt", "Pode pagar por transferência, eu passo-te o IBAN já a seguir.", "contact.payment"),
    ("de", "Vorauszahlung ist uns lieber, das geht einfacher als über die Plattform.", "contact.payment"),
    ("pl", "Zaliczka 50 zł Blikiem i rezerwuję go do poniedziałku.", "contact.payment"),
]

ORDINARY = [
    ("fr", "Remboursement par virement sous 14 jours après réception, puis nous expédions le remplacement."),
    ("it", "Niente Bizum né bonifici, mi spiace: si paga solo sul sito."),
    ("nl", "Tikkie of overschrijving kan ik helaas niet aannemen, alleen via de site."),
    ("nl", "Ik snap dat WhatsApp sneller lijkt, maar hier ben je beschermd."),
    ("uk", "WhatsApp works fine on it, better than on my old phone."),
    ("uk", "The other way to contact us is the Help button on the order page."),
    ("nl", "Bestelnummer 6610239874, morgen onderweg."),
    ("lu", "Numéro de suivi : LU 0039 8812 4471 0, livraison demain."),
    ("at", "Mein Kollege George schickt es morgen mit der Post."),
    ("uk", "whats the earliest you could post it?"),
    ("es", "Mi hijo tiene un avioncito de juguete, por eso pregunto por la funda."),
    ("uk", "You don't need to contact us outside the platform: returns are opened from your orders."),
    ("se", "Paketet skickas på måndag och spårningen syns här i appen."),
    ("nl", "Alle apps werken, ook appen en bellen gaat prima op dit toestel."),
    ("de", "Geben Sie mir bitte die Bestellnummer, dann schaue ich nach."),
]


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize(("market", "text", "code"), OFFERS)
def test_an_offer_made_in_passing_is_found_by_the_rules(policy, market, text, code):
    assert code in contact_rule_codes(policy, market, text)


@pytest.mark.parametrize(("market", "text"), ORDINARY)
def test_the_ordinary_reply_that_shares_its_words_is_left_alone(policy, market, text):
    assert not contact_rule_codes(policy, market, text)
