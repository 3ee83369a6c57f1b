"""The buyer's proposal, reported by the seller to turn it down (rule R4), and words that only look
like a channel.

A courteous seller often restates what the buyer proposed before answering it: "You suggest paying
by bank transfer. We can't do that: ...". The sentence names the channel because the buyer did;
the next one declines it. The same restatement followed by a yes is still an offer. Beside them,
words that held a channel's word inside another: "Nachbarn" (bar, cash), "plataforma" (plata,
payment), "our phones" (the devices, not a number), the number on an eSIM (the line, not a contact);
a name looked up in the phone's menu or app store, a refund back to the app the buyer paid with at
the checkout, a parcel's code received "directly", a deal outside said not to exist.
Rows written for this test, per language.
"""

from __future__ import annotations

import pytest

from screening.core.pipeline import Screener
from tests.checks.contact_codes import contact_codes

DECLINED = [
    (
        "en",
        "Thank you for your suggestion to pay by bank transfer when you collect it. I'm afraid I can only sell "
        "through the platform's checkout, which protects us both.",
    ),
    (
        "fr",
        "Vous nous proposez de régler par virement pour aller plus vite. Malheureusement ce n'est pas possible, "
        "le paiement passe uniquement par la plateforme.",
    ),
    (
        "de",
        "Sie schlagen vor, den Rest per Überweisung zu bezahlen. Das können wir leider nicht anbieten, die "
        "Zahlung läuft nur über die Plattform.",
    ),
    (
        "es",
        "Gracias por la propuesta de pagar por Bizum para ahorrar tiempo. Lo siento, no podemos: el pago se hace "
        "solo por la plataforma.",
    ),
    (
        "it",
        "La ringrazio per aver proposto di pagare con una ricarica Postepay. Purtroppo non possiamo, il pagamento "
        "passa solo dalla piattaforma.",
    ),
    (
        "nl",
        "Dank je voor je voorstel om het via WhatsApp te regelen. Ik houd het contact liever hier in de berichten, "
        "dan blijft alles netjes bij je bestelling.",
    ),
    (
        "pl",
        "Rozumiem, że chciałaby Pani zapłacić BLIK-iem na mój numer. Niestety tak nie mogę, płatność idzie tylko "
        "przez platformę.",
    ),
    (
        "pt",
        "Agradeço a sua proposta de pagar por MB WAY diretamente. Infelizmente não podemos, o pagamento é feito "
        "só pela plataforma.",
    ),
]


@pytest.mark.parametrize("language, text", DECLINED)
def test_a_proposal_reported_and_declined_is_no_offer(screener: Screener, language: str, text: str) -> None:
    assert contact_codes(screener, language, text) == []


ACCEPTED = [
    (
        "en",
        "I understand you'd like to pay cash when you collect it. That's fine with me, see you on Saturday.",
        "contact.payment",
    ),
    (
        "de",
        "Sie schlagen vor, den Rest per Überweisung zu bezahlen. Gerne, überweisen Sie einfach direkt auf mein Konto.",
        "contact.payment",
    ),
    (
        "nl",
        "Dank je voor je voorstel om het via WhatsApp te regelen. Prima, stuur me daar maar een berichtje.",
        "contact.social",
    ),
]


@pytest.mark.parametrize("language, text, code", ACCEPTED)
def test_a_proposal_reported_and_accepted_is_still_found(
    screener: Screener, language: str, text: str, code: str
) -> None:
    assert code in contact_codes(screener, language, text)


LOOKALIKES = [
    # "bar" (cash) inside "Nachbarn", next to a pickup station
    ("de", "Schauen Sie bitte nach, ob das Paket bei den Nachbarn oder in der Abholstation im Erdgeschoss liegt."),
    # "plata" (payment) inside "plataforma", and what is lost outside it said in the same sentence
    ("es", "Fuera de la plataforma perderías la garantía y la devolución, por eso lo hacemos todo aquí."),
    # our phones, the devices, with a photo nearby: no number pointed at
    ("it", "Dalla foto si vede bene: sui nostri telefoni mettiamo sempre una pellicola prima della spedizione."),
    ("pl", "Na zdjęciu widać folię: nasze telefony zawsze ją mają przed wysyłką."),
    # the buyer's line on an eSIM
    ("en", "You can keep your work SIM in the tray and put your personal number on the eSIM."),
    # a name looked up on the phone itself: a menu, the settings, the app store
    ("fr", "Dans le menu Réglages de l'ancien téléphone, cherchez « Exporter les contacts » puis touchez OK."),
    ("pt", "No Huawei, procure 'Phone Clone' na loja de aplicações do telemóvel e instale-a."),
    ("es", "Abra la aplicación «Play Store» y escriba «Authenticator» en el buscador de arriba."),
    # the refund back to the way the buyer paid at the checkout
    ("pl", "Zwrot poszedł na tę samą metodę płatności. Przy BLIK-u to zwykle 1-2 dni robocze."),
    ("pt", "O reembolso volta para o mesmo meio de pagamento; se pagou com MB WAY, chega em dois dias."),
    # a code received directly from the courier, no money
    ("de", "Sie bekommen den Abholcode direkt per SMS vom Paketdienst."),
    # a deal outside the platform said not to exist, or warned against in one sentence
    ("de", "Einen Rabatt außerhalb der Plattform gibt es bei uns leider nicht."),
    ("es", "Con un pago por fuera no tendrías ninguna garantía de reembolso, por eso seguimos aquí."),
]


@pytest.mark.parametrize("language, text", LOOKALIKES)
def test_a_channel_word_inside_another_is_no_offer(screener: Screener, language: str, text: str) -> None:
    assert contact_codes(screener, language, text) == []


OFFERS = [
    ("de", "Bei Abholung bitte bar bezahlen, dann sparen wir uns die Plattform.", "contact.payment"),
    ("es", "Si quieres lo cerramos fuera de la plataforma y me pagas en efectivo.", "contact.payment"),
    ("it", "Il mio telefono è sulla fattura, mi chiami pure quando vuole.", "contact.phone"),
    ("en", "Send me your personal number and I'll ring you tonight.", "contact.details_request"),
    ("pl", "Zapłać mi BLIK-iem na numer telefonu, będzie szybciej.", "contact.payment"),
    ("pt", "Podes pagar-me diretamente por MB WAY, é mais rápido.", "contact.payment"),
    ("de", "Außerhalb der Plattform gibt es 20 Euro Rabatt, schreib mir einfach.", "contact.marketplace"),
    ("es", "Si quieres, me pagas por fuera y te hago un descuento.", "contact.payment"),
]


@pytest.mark.parametrize("language, text, code", OFFERS)
def test_the_channels_beside_them_are_still_found(screener: Screener, language: str, text: str, code: str) -> None:
    assert code in contact_codes(screener, language, text)
