"""The buyer's contact asked for in chat words ("ton gsm", "il tuo cell", "Contacto?"), as the
condition of a sale ("without your number I don't reserve"), in exchange for the seller's own ("and
yours?") or as where to write to the buyer outside the platform; networks written apart or as they
sound ("tele gram", "feesboek") and "follow us" beside a network. Next to what they must not catch:
numbers of other things, the app as a feature, writing here, conditions that need no contact."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        # chat words for the number, after a verb of giving
        ("fr", "Envoie ton 07, je t'appelle."),
        ("it", "Dammi il tuo cell, ti chiamo dopo."),
        ("en", "Drop your number and I'll ring you."),
        ("pl", "Proszę zostawić numer telefonu, oddzwonię."),
        ("pl", "Napisz mi swój e-mail, wyślę fakturę."),
        ("nl", "Stuur je gsm-nummer even, dan bel ik."),
        # a contact noun alone, asked
        ("es", "¿Contacto?"),
        ("de", "Tel?"),
        ("pt", "E o teu whats?"),
        # the contact made the condition of the sale
        ("fr", "Sans votre numéro de portable je ne peux rien mettre de côté."),
        ("de", "Ohne Handynummer lege ich nichts zurück."),
        ("it", "Senza un recapito non lo tengo da parte."),
        ("pl", "Bez numeru telefonu nie wysyłam."),
        ("es", "Si no me pasas tu número no te lo guardo."),
        # where to write to the buyer outside the platform
        ("fr", "Où est-ce que je peux vous écrire en dehors du site ?"),
        ("it", "Dove posso scriverti fuori da qui?"),
        ("pt", "Onde posso falar consigo fora da plataforma?"),
    ],
)
def test_the_buyers_contact_asked_for_is_a_details_request(screener, language, text):
    assert "contact.details_request" in contact_codes(screener, language, text)


def test_the_sellers_number_given_in_exchange_for_the_buyers_is_also_a_request(screener):
    codes = contact_codes(screener, "en", "My mobile is 07700 900123, send me yours too.")
    assert "contact.phone" in codes and "contact.details_request" in codes
    # the number alone gives an address; it asks for none
    assert "contact.details_request" not in contact_codes(screener, "en", "My mobile is 07700 900123.")


@pytest.mark.parametrize(
    "language, text",
    [
        # numbers of other things
        ("pt", "Sem o número da porta a transportadora não entrega."),
        ("it", "Senza numero di autorizzazione al reso non possiamo accettare il pacco."),
        ("fr", "Sans numéro de suivi je ne peux pas relancer le transporteur."),
        # the device, not a contact (in Belgium a "gsm" is the phone itself)
        ("nl", "Laat je gsm eerst volledig opladen."),
        ("fr", "Laissez-moi votre GSM, je change l'écran en une heure."),
        ("pl", "Rozumiem, że bez telefonu trudno pracować, wysyłamy zamiennik dziś."),
        ("es", "Me quedé sin WhatsApp dos días hasta que llegó la SIM, no pasa nada."),
        # a card tapped at a till
        ("fr", "Le paiement sans contact ne marche pas sur ce modèle."),
        # writing here is the platform
        ("de", "Wie gesagt, bitte nur hier schreiben, nicht per E-Mail."),
        ("pt", "Prefiro que continuemos a falar por aqui, fica tudo registado."),
        ("pl", "Jak bateria spuchnie, proszę napisać do nas tutaj."),
        # the seller's own words, no request
        ("en", "Careful what you write, my solicitor reads these reviews."),
        ("en", "I'll send you another with Royal Mail if it hasn't moved by Wednesday."),
        # a bare number asked may be the order's
        ("fr", "Numéro ?"),
    ],
)
def test_contact_words_that_ask_for_no_contact_are_not_flagged(screener, language, text):
    assert "contact.details_request" not in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "Follow us on Instagram for the weekly deals."),
        ("pl", "Obserwuj nas na Instagramie, tam są nowe dostawy."),
        ("pt", "Segue-nos no Instagram, respondemos mais depressa lá."),
        ("it", "Seguici su Facebook, c'è un codice sconto per chi ci segue."),
        ("nl", "De link naar onze winkel staat in de bio op insta."),
        # written apart or as it sounds
        ("fr", "Écrivez-moi sur tele gram, c'est plus simple."),
        ("nl", "Zoek onze pagina op feesboek, daar staan er nog drie."),
        ("en", "Check our face book page, loads of reviews there."),
        # the buyer's account on an app asked about
        ("fr", "Vous utilisez Telegram ? On peut continuer là-bas."),
        # "not here": the platform refused, the channel proposed
        ("en", "Message me on WhatsApp not here, I rarely check this."),
    ],
)
def test_a_network_proposed_in_other_words_is_social(screener, language, text):
    assert "contact.social" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The camera is great for Instagram stories, even at night."),
        ("nl", "Telegram en WhatsApp werken prima op dit toestel."),
        # the channel put first and refused right after it
        ("es", "Por Telegram no, mejor seguimos por aquí."),
        ("it", "Su Messenger non rispondo, scrivimi pure qui."),
        ("pl", "Na WhatsAppie nie piszę, tylko tutaj."),
    ],
)
def test_a_network_named_without_a_proposal_is_not_social(screener, language, text):
    assert "contact.social" not in contact_codes(screener, language, text)
