"""Contact rules of the twenty-first session, written from development writers (c36, c37) and
tested here on sentences written for this file: a payment app or cash "instead of the checkout",
cash at pickup in Dutch, German cash with the verb first, PayPal friends and family by its
nicknames, payment apps' short names, a call asked for in other words beside a number on a sticker,
formal and slang requests for the buyer's contact, another marketplace where it is a sum cheaper;
and what stays allowed beside them."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


OFFERS = [
    # paying instead of the checkout, or leaving the platform out
    (
        "nl",
        "Betaal je liever met een betaalverzoek ipv de checkout? Dan verstuur ik hem nog vandaag.",
        "contact.payment",
    ),
    ("en", "Pay me by bank app instead of the checkout and it ships tonight.", "contact.payment"),
    ("es", "Si me pagas en efectivo en vez de por la plataforma te hago precio.", "contact.payment"),
    ("it", "Puoi pagarmi con un bonifico invece del checkout, così risparmi.", "contact.payment"),
    ("pl", "Zapłać przelewem zamiast przez koszyk, wyślę jeszcze dziś.", "contact.payment"),
    ("pt", "Pagas por transferência em vez de pela plataforma e fica mais barato.", "contact.payment"),
    ("de", "Du zahlst mir direkt, die Plattform lassen wir weg.", "contact.payment"),
    # cash, said the Dutch and the German way
    ("nl", "Contant bij het afhalen in Gent is ook goed.", "contact.payment"),
    ("nl", "Bij afhalen gewoon cash, geen gedoe.", "contact.payment"),
    ("de", "Holst du es ab, zahlst du einfach bar im Laden.", "contact.payment"),
    # PayPal friends and family by its nicknames, payment apps' short names
    ("en", "Friends and family on PP please, saves us both.", "contact.payment"),
    ("pt", "Manda pelo MBW e envio hoje.", "contact.payment"),
    # a number on a sticker, a call asked for in other words
    ("fr", "Notre numéro est sur l'autocollant du carton, passez-nous un coup de fil.", "contact.phone"),
    ("it", "Il numero è sull'etichetta della confezione, fammi uno squillo.", "contact.phone"),
    ("pl", "Numer jest na naklejce na opakowaniu, przedzwoń po południu.", "contact.phone"),
    # the buyer's contact asked for, formally or in chat slang
    ("pl", "Proszę o podanie numeru telefonu, oddzwonimy jeszcze dziś.", "contact.details_request"),
    ("pl", "Prosimy o przesłanie adresu e-mail, wyślemy tam ofertę poza platformą.", "contact.details_request"),
    ("nl", "Gooi je nummer even in de chat, dan bel ik je.", "contact.details_request"),
    # another marketplace where a sum is saved
    ("de", "Meins steht bei mir auch auf Kleinanzeigen, dort 30 Euro günstiger.", "contact.marketplace"),
    # an account to pay into: the Polish NRB written without "PL", an IBAN with "transfira"
    (
        "pl",
        "Proszę o wpłatę na rachunek 27 1140 2004 0000 3502 7654 3210, wysyłka po zaksięgowaniu.",
        "contact.payment",
    ),
    ("pt", "Transfira o valor para PT50 0002 0123 1234 5678 9015 4 e envio logo.", "contact.payment"),
    # PayPal's "Freunde und Familie" by its initials, cash in hand, a deposit to keep it aside
    ("de", "Über FuF wäre es mir am liebsten.", "contact.payment"),
    ("pt", "O pagamento pode ser em mão no dia da entrega.", "contact.payment"),
    ("it", "Se mi fai una caparra di 20 € te lo tengo da parte per tre giorni.", "contact.payment"),
    # the shop's number as one word, the call asked for in the next sentence
    (
        "de",
        "Die Werkstattnummer findest du auf dem Lieferschein. Ruf einfach an, dann klären wir das.",
        "contact.phone",
    ),
    ("pt", "O número do atelier está na fatura dentro da caixa. Ligue-me quando quiser.", "contact.phone"),
    # the fee saved a few words away, an app offered on the buyer's word
    ("de", "Per Twint bezahlt sparen wir uns damit beide die Gebühren.", "contact.payment"),
    ("pt", "Vídeos do aparelho pelo zap, é só pedir.", "contact.social"),
]


@pytest.mark.parametrize("language, text, code", OFFERS)
def test_offer_is_found(policy, language, text, code):
    market = "uk" if language == "en" else language
    assert code in contact_rule_codes(policy, market, text)


ALLOWED = [
    # the platform's own checkout and messages, kept
    ("fr", "Pas de remise pour un paiement en dehors du site, tout se règle au panier de la plateforme."),
    ("en", "No discount for paying outside the site, sorry: everything goes through the checkout."),
    ("nl", "Een betaalverzoek nemen we niet aan, afrekenen doe je hier in de app."),
    # a price here compared with a price there
    ("fr", "Sur Leboncoin le même est à 389 €, ici je le vends 349 €."),
    # no request for a contact
    ("en", "Pop the SIM tray out with the pin from the box."),
    ("pl", "Proszę o podanie numeru zamówienia w wiadomości tutaj."),
    ("de", "Bar zahlen geht nicht, nur über die Kasse der Plattform."),
    # an order number of 26 digits, a contact or a payment the seller turns down
    ("pl", "Numer przesyłki 27 1140 2004 0000 3502 7654 3210 znajdziesz w powiadomieniu."),
    ("de", "Eine private Handynummer geben wir nicht heraus, bitte schreiben Sie hier."),
    ("pt", "Dinheiro em mão não aceito, só pela plataforma."),
    # contact asked only through the platform
    ("pl", "Prosimy o kontakt tylko przez czat na platformie, numerów nie podajemy."),
    ("en", "Please send any contact questions only via the platform messages."),
    # an order number on the invoice, the platform's service to call
    ("de", "Die Bestellnummer steht auf der Rechnung. Bei Fragen bitte den Kundendienst der Plattform anrufen."),
]


@pytest.mark.parametrize("language, text", ALLOWED)
def test_nothing_is_found(policy, language, text):
    market = "uk" if language == "en" else language
    assert contact_rule_codes(policy, market, text) == set()
