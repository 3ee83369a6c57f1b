"""A seller's warning about someone pretending to be the shop names where the impostor wrote and how
it asked to be paid (screening/checks/contact/impostors.py); a payment card's number and the bank to
call are the buyer's. Next to what must still be caught: a seller who points to itself in the same
breath, or who calls the platform a scam to take the buyer elsewhere.

The rows are written for this test (not from the writers' data or any evaluation set)."""

from __future__ import annotations

import pytest

from screening.checks.contact.impostors import impostor_spans
from screening.text.normalize import normalize
from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The profile on Instagram that wrote to you is fake. Please block it and report it here."),
        ("fr", "La personne qui vous a contacté sur WhatsApp n'a rien à voir avec nous. Bloquez-la et signalez-la."),
        ("de", "Das Profil auf Facebook gibt sich als unser Shop aus. Bitte blockieren und melden Sie es."),
        ("es", "No somos nosotros quien le escribió por WhatsApp pidiendo un Bizum. Bloquee ese número."),
        ("it", "Il profilo su Telegram che chiede un bonifico è falso: lo blocchi e lo segnali."),
        ("nl", "Dat nepprofiel op Instagram doet zich voor als onze winkel. Blokkeer het en meld het."),
        ("pl", "Ktoś podszywa się pod nasz sklep na Messengerze i prosi o BLIK. Proszę go zablokować."),
        ("pt", "Não fomos nós que lhe pedimos o MB WAY pelo WhatsApp. Bloqueie o contacto e denuncie."),
        # the sentence before the one that says so: "we have no WhatsApp group. Whoever ... is not us"
        (
            "de",
            "Eine WhatsApp-Gruppe mit Angeboten haben wir nicht. Wer dort Vorkasse verlangt, hat nichts mit uns "
            "zu tun.",
        ),
        # a card's number, and the bank to call
        ("fr", "Vous avez saisi votre numéro de carte sur un faux site : appelez votre banque pour la bloquer."),
        ("en", "Call your bank on the number on the back of your card straight away."),
        ("pl", "Proszę zadzwonić do banku i zablokować kartę."),
        # a screen fault, not Snapchat's ghost
        ("nl", "Dat het scherm zelf apps opent, heet ghost touch: haal de screenprotector eraf."),
        # someone who said they were the shop, or whom nobody at the shop sent, in each language
        ("en", "Someone on Telegram said they were from our shop? We never message buyers there, block them."),
        ("fr", "La personne sur Instagram se présentant comme notre boutique n'a aucun lien avec nous. Bloquez-la."),
        ("de", "Niemand von uns schreibt Ihnen auf WhatsApp. Bitte blockieren Sie den Absender."),
        ("es", "No le hemos escrito por Telegram; bloquee ese perfil y denúncielo."),
        ("it", "Chi le scrive su WhatsApp presentandosi come il nostro negozio non ha alcun legame con noi."),
        ("nl", "Niemand van ons stuurt berichten via Instagram. Blokkeer dat account en meld het."),
        (
            "pl",
            "Nikt z naszego sklepu nie pisze na WhatsAppie, a ten profil przedstawia się jako my. Proszę go zablokować.",
        ),
        ("pt", "Ninguém da nossa loja lhe escreveu no Messenger. Bloqueie o contacto e denuncie."),
        ("de", "Das Angebot mit unserem Namen auf einem Kleinanzeigenportal ist eine Fälschung."),
        # a parcel's shipment number is no contact number
        ("pl", "W polu uwag wpisz numer nadania paczki zwrotnej."),
    ],
)
def test_a_warning_about_an_impostor_is_not_a_contact(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # the seller points to itself beside the warning
        ("en", "Beware of fake profiles. Write to me on WhatsApp instead.", "contact.social"),
        ("fr", "Attention aux arnaques sur le site, payez-moi par virement directement.", "contact.payment"),
        ("es", "La plataforma está llena de estafas, mi Instagram es mejor para hablar.", "contact.social"),
        ("it", "Ci sono profili falsi, il mio profilo vero su Instagram è questo.", "contact.social"),
        # an exchange, not a scam ("scambio")
        ("it", "Ci sentiamo su Subito e facciamo lo scambio a mano, in contanti.", "contact.marketplace"),
        # a handle that holds a word of the list
        ("de", "Schick ich dir über Insta, mein Name da ist handy_timo00.", "contact.social"),
        # the seller's number on a card in the parcel: no buyer's card
        ("fr", "Mon numéro est sur la carte dans le colis, appelez-moi.", "contact.phone"),
        # a call to the seller
        ("pl", "Proszę zadzwonić do mnie po 18.", "contact.phone"),
    ],
)
def test_what_leaves_the_platform_beside_a_warning_is_still_caught(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


def test_the_spans_are_the_impostor_sentence_and_the_one_before():
    text = normalize("Hello. We have no shop on Facebook. That page is fake. Your order ships today.").text
    spans = impostor_spans(text)
    said = [text[s:e].strip() for s, e in spans]
    assert said == ["we have no shop on facebook", "that page is fake"]
    assert impostor_spans(normalize("Your phone ships today by DHL.").text) == []
