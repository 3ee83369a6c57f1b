"""Contact in the parcel (a QR code to off-platform deals, the seller's number on the box), a
carrier's or a brand's public customer line (not the seller's contact), and refusals that name a
payment outside the platform (a reminder of the rule, not an offer)."""

from __future__ import annotations

import pytest

from screening.core.pipeline import Screener
from tests.checks.contact_codes import contact_codes


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.create(only=["contact"])


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
    assert code in contact_codes(screener, language, text)


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
    assert contact_codes(screener, language, text) == []


def test_the_sellers_own_line_is_still_a_phone(screener):
    assert "contact.phone" in contact_codes(screener, "en", "Our customer service at the shop: 07700 900123, call us.")


@pytest.mark.parametrize(
    "language, text",
    [
        # a carrier's tracking number, the carrier named a few words before it
        (
            "fr",
            "Chronopost l'a enregistré sous le numéro 0000 4417 2290, livraison demain.",
        ),
        (
            "es",
            "Correos lo tiene con el código 0000 7721 3308, llega el jueves.",
        ),
        # (offer model 2026.12.2 read it as an offer, phone, p 0.89; 2026.12.5 does not)
        ("pl", "InPost podaje numer 0000 5512 9981 dla tej paczki."),
        (
            "de",
            "Bei Hermes läuft sie unter 0000 6634 1029, morgen ist sie da.",
        ),
        (
            "nl",
            "PostNL-zendingcode 3SABCD0000 7781 2204 staat op de bevestiging.",
        ),
        # the IMEI's first groups read out (type allocation code), the way an IMEI is printed
        (
            "en",
            "Of course, it starts 35 771204, the rest is on the box.",
        ),
        (
            "it",
            "Certo, le prime cifre sono 35 661390.",
        ),
        # a return reference to write on the parcel
        (
            "pt",
            "O código de devolução é RET-5521, escreva-o na caixa por favor.",
        ),
        (
            "en",
            "Your return reference is RMA 7731, write it on the box and drop it at the post office.",
        ),
        # a warning that a deal outside the platform is not protected
        (
            "nl",
            "Betalen buiten het platform? Dan geldt de kopersbescherming niet, dus liever via de site.",
        ),
        (
            "pl",
            "Poza platformą nie ma ochrony kupującego, zapłać proszę przez serwis.",
        ),
        (
            "pt",
            "Fora da plataforma não há proteção ao comprador, por isso pague pelo site.",
        ),
        (
            "en",
            "Outside the platform you would not be protected, so please pay at checkout.",
        ),
    ],
)
def test_references_and_warnings_are_not_contact(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # a carrier named, then the seller's own number with an invitation to call: still a phone
        ("en", "DHL will bring it tomorrow, call me on 07700 900123 if you miss them.", "contact.phone"),
        ("fr", "Colissimo passe demain, mon numéro 06 12 34 56 78 si besoin.", "contact.phone"),
        # the payment offered outside the platform, with protection waved away
        ("en", "Pay me by bank transfer outside the platform, it is cheaper for both of us.", "contact.payment"),
    ],
)
def test_contact_next_to_a_carrier_or_a_payment_word_is_still_found(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # "not possible here" then the other channel: the negation belongs to the platform, not the app
        ("en", "Videos won't upload on here, just add me on Snapchat and I'll send it."),
        ("fr", "Impossible d'envoyer la vidéo ici, écrivez-moi sur Messenger."),
        ("de", "Hier geht das nicht, schreib mir einfach auf Telegram."),
        ("es", "Por aquí no se puede, escríbeme por Telegram."),
        # the seller looked up elsewhere by the shop's name
        ("en", "More photos on Instagram, search for the shop name."),
        ("it", "Altre foto su insta, cercaci col nome del negozio."),
        ("nl", "Meer foto's op insta, zoek ons op onder de winkelnaam."),
        ("pt", "Tens mais fotos no insta, procura o nome da loja."),
    ],
)
def test_invitations_after_a_refusal_of_the_platform_are_found(screener, language, text):
    assert "contact.social" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "No, I won't add you on WhatsApp, let's keep it here."),
        ("fr", "Non, je ne suis pas sur Instagram, restons ici."),
        ("de", "Nein, WhatsApp nutze ich nicht, wir schreiben hier."),
        ("pl", "Nie, nie mam Messengera, piszmy tutaj."),
    ],
)
def test_refusals_of_another_channel_stay_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, codes",
    [
        # WhatsApp described by its colour, noun first or last
        ("de", "Schreib mir lieber über die grüne App, da bin ich schneller.", {"contact.social"}),
        ("it", "Ci sentiamo sull'app verde, lì rispondo subito.", {"contact.social"}),
        ("pl", "Napisz na tę zieloną apkę, tam odpisuję od razu.", {"contact.social"}),
        # the buyer's account on a network, asked for
        ("en", "What's your snap? I'll send you the video there.", {"contact.social", "contact.details_request"}),
        ("pt", "Qual é o teu insta? Mando-te as fotos por mensagem.", {"contact.social", "contact.details_request"}),
    ],
)
def test_channels_hinted_at_or_asked_for(screener, language, text, codes):
    assert codes <= set(contact_codes(screener, language, text))


@pytest.mark.parametrize(
    "language, text",
    [
        # paying in shops with the phone is one of its features
        ("de", "NFC geht, ich zahle damit an der Kasse mit Twint und Google Pay."),
        ("nl", "Betalen met Payconiq en Apple Pay aan de kassa werkt prima."),
        ("pl", "Płacę nim BLIKiem i Google Pay przy kasie, NFC działa bez zarzutu."),
        # another buyer's request to pay outside, reported and refused
        ("es", "Un cliente quiso pagarme por Bizum fuera de la app y le dije que no: aquí todo va por el pago seguro."),
        ("it", "Un utente voleva pagare con bonifico fuori dal sito, ho rifiutato."),
        # a carrier's own site to follow the parcel
        ("de", "Die Sendung läuft über post.at, dort siehst du den Status."),
        # a question about the buyer's favourite app is no request for an account
        ("en", "What's your favourite app? Most of them run fine on this model."),
    ],
)
def test_phone_features_refusals_and_carrier_sites_are_not_contact(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Just leave me a number and I'll ring you tonight."),
        ("de", "Gib mir kurz deine Handynummer, dann klären wir das."),
        ("es", "Pásame tu correo y te envío el informe."),
        ("it", "Mi dai un recapito? Cellulare o mail, come preferisci."),
        ("nl", "Geef me je adres, dan breng ik hem zelf langs."),
        ("pt", "Deixe-me o seu contacto, ligo-lhe amanhã."),
    ],
)
def test_asking_the_buyer_for_a_contact_is_a_details_request(screener, language, text):
    assert "contact.details_request" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Give me your order number and I'll check the status."),
        ("fr", "Donnez-moi votre numéro de commande, je regarde."),
        ("de", "Schick mir die Sendungsnummer, dann frage ich bei DHL nach."),
        ("nl", "Laat de telefoon eerst volledig opladen."),
    ],
)
def test_asking_for_a_reference_is_not_a_details_request(screener, language, text):
    assert "contact.details_request" not in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the beginning of the seller's number, introduced by a word for it
        ("de", "Ruf an, meine Nummer fängt mit 0660 an, den Rest schreibe ich gleich."),
        ("it", "Il mio cell inizia con 347 55, il resto te lo scrivo dopo."),
        ("pl", "Mój nr zaczyna się na 601 55, resztę podam później."),
    ],
)
def test_a_number_begun_after_a_word_for_it(screener, language, text):
    assert "contact.phone" in contact_codes(screener, language, text)


def test_a_quantity_never_starts_with_a_zero():
    from screening.text.patterns import UNIT_NUMBER

    assert UNIT_NUMBER.search("0664 an") is None
    assert UNIT_NUMBER.search("0,5 mm") is not None and UNIT_NUMBER.search("2 ans") is not None
