"""Channels proposed without writing them: a user name described by its case and joiners or as the
shop's name, a card with a code that leads to a group, "the same name everywhere", an app by its
short name or a misspelling, the app's icon described; and the buyer's details asked for as a
place to reach them, a home address, a number to call. Beside them the look-alikes that must stay
allowed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        # a user name described in words
        ("en", "Look for us there: shop name in lower case, with an underscore instead of the space."),
        ("fr", "Notre pseudo, c'est le nom de la boutique, tout en minuscules avec un tiret du bas."),
        ("de", "Der Account ist unser Ladenname, klein geschrieben, mit Unterstrich dazwischen."),
        ("es", "El perfil es el nombre de la tienda, todo junto y en minúsculas."),
        ("pl", "Nazwa profilu to nazwa sklepu, małymi literami, z podkreślnikiem."),
        # a code in the parcel that leads to a group or channel
        ("it", "Nella scatola c'è un QR code: inquadralo ed entri nel nostro gruppo con le offerte."),
        ("nl", "Op de flyer staat een QR-code naar ons kanaal met aanbiedingen."),
        # the same user name elsewhere
        ("es", "Mi nombre de usuario es igual en todas las redes."),
        # short names and misspellings, with a preposition and a reason
        ("de", "Schreib mir auf Tele, da antworte ich schneller."),
        ("it", "Mandami un messaggio sul wazzap, faccio prima."),
        ("pl", "Pisz na wapie, odpisuję od razu."),
        ("pt", "Me chama no direct que eu te passo o valor."),
        # the app's icon described
        ("fr", "Je vous montre la rayure en appel vidéo sur l'appli au combiné vert."),
        # a page there to look at, a name to search in quotes
        ("en", "Check out our page on Facebook, loads of reviews there."),
        ("nl", "Zoek op Instagram naar 'GsmHoekje', daar staan alle filmpjes."),
    ],
)
def test_a_channel_proposed_without_writing_it_is_social(screener, language, text):
    assert "contact.social" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "What's the easiest place to reach you?"),
        ("it", "Dove ti posso rintracciare più facilmente?"),
        ("pl", "Gdzie najłatwiej Pana złapać?"),
        ("de", "Ich bräuchte noch Ihre Privatadresse für die Rechnung."),
        ("pt", "Qual é a sua morada de casa? Levo-lho eu."),
        ("nl", "Op welk nummer kan ik je bellen vanavond?"),
        ("es", "Necesitaría un correo electrónico personal para mandarte el informe."),
        ("fr", "Vous pouvez me donner votre mail pour le certificat ?"),
    ],
)
def test_a_place_to_reach_the_buyer_asked_for_is_a_details_request(screener, language, text):
    assert "contact.details_request" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the TV, not Telegram
        ("es", "Lo vi anunciado en la tele, me parece buen precio."),
        ("it", "Stasera c'è la partita in tele, rispondo domani mattina."),
        # an app refused or said to be unneeded
        ("it", "WhatsApp non serve, rispondo qui anche la sera."),
        ("de", "Auf TikTok sind wir nicht, wir verkaufen nur hier."),
        # a code, a shop name, an address that belong to the order
        ("en", "The QR code on the return label is all the courier needs."),
        ("fr", "Le nom de la boutique figure sur la facture de la commande."),
        ("en", "It is delivered to the home address of your order, nothing to do."),
        ("de", "Eine private Mail brauchen Sie nicht, die Rechnung liegt in der Bestellung."),
        # where the buyer can reach the seller: here
        ("nl", "U kunt mij het best hier bereiken, ik antwoord snel."),
    ],
)
def test_look_alikes_are_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []
