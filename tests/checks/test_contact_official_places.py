"""Replies that send the buyer to official places without leaving the platform: the platform's
checkout and the ways to pay it offers, named in the sentences after the one that says payment
goes through the platform; a parcel code read in the carrier's app; an app's own settings after
its name and a colon; the phone itself packed in its box; Polish "z naszej strony" (on our part);
the checkout's transfer; a shop's "we never ask for payment by..."; a refund to the card the buyer
paid with; Google as an account.
Next to what each must still catch."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_codes, contact_rule_codes

MARKET_OF = {"en": "uk"}


@pytest.mark.parametrize(
    "language, text",
    [
        (
            "nl",
            "Betalen doe je altijd via het platform bij het afrekenen. Met Bancontact betaal je direct en "
            "versturen we dezelfde dag.",
        ),
        (
            "pl",
            "Płatność zawsze przez platformę, przy zamówieniu. BLIK księguje się natychmiast, więc wysyłka "
            "jeszcze dziś.",
        ),
        (
            "de",
            "Bezahlt wird immer über die Plattform beim Bestellen. Mit Giropay zahlen Sie direkt und wir "
            "versenden noch heute.",
        ),
    ],
)
def test_the_checkouts_ways_to_pay_after_the_platform_was_named_are_not_read_by_the_rules(
    policy: Policy, language, text
):
    # The rules' reading (the offer model, which reads a reply the rules left, is measured apart).
    assert contact_rule_codes(policy, MARKET_OF.get(language, language), text) == set()


@pytest.mark.parametrize(
    "language, text",
    [
        # a parcel's code read in the carrier's app
        ("fr", "Vous pouvez suivre le colis avec le numéro 61730492 dans l'application Mondial Relay."),
        ("it", "Il pacco si segue con il codice 73104928 nell'app InPost."),
        ("pl", "Paczkę sprawdzi Pan po numerze 58203917 w aplikacji InPost."),
        # an app's own settings after its name and a colon
        ("pl", "Kopię czatów zrobi Pan w WhatsAppie: Ustawienia > Czaty > Kopia zapasowa."),
        ("en", "Back up the chats first, in WhatsApp: Settings > Chats > Chat backup."),
        # the phone itself travels in its box
        ("it", "Il telefono viaggia nella sua scatola originale, scrivimi qui se hai domande."),
        ("es", "El teléfono va en su caja con la pegatina de garantía; escríbame aquí si algo falla."),
        # the checkout's transfer, then the shipping it allows (thirty-fifth session)
        (
            "fr",
            "Le virement se fait au checkout de la plateforme, qui reçoit les fonds. Dès réception, par "
            "virement instantané, nous expédions le jour même.",
        ),
        # a list of the checkout's ways to pay ("tramite" is no "amici")
        ("it", "Al checkout può pagare con carta, PayPal, Satispay o bonifico tramite la piattaforma."),
        # the shop's practice, said as a warning against a scam
        (
            "es",
            "Nunca contactamos con clientes fuera de la plataforma ni pedimos pagos por Bizum: todo pasa por "
            "el checkout.",
        ),
        ("en", "We never ask for payment by Revolut or bank transfer; everything goes through the checkout."),
        # a refund to the card the buyer paid with, an app of that card
        (
            "it",
            "Il rimborso è partito sulla stessa carta usata per l'ordine, la sua Postepay. Lo vedrà nell'app "
            "PostePay entro qualche giorno.",
        ),
        # Google as the account on the phone, beside "our shop"
        (
            "pt",
            "A plataforma dá-lhe um vale para a nossa loja. Antes de enviar o telemóvel, termine a sessão na "
            "conta Google.",
        ),
        # "on our part"
        ("pl", "Z naszej strony zamówienie jest gotowe, kurier odbierze je jutro."),
        ("pl", "Dziękuję, z mojej strony wszystko jasne, zamówienie wysłane."),
    ],
)
def test_official_places_and_the_platforms_checkout_are_not_contact(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # the platform said first, then turned away from: a recipient, "but"
        (
            "nl",
            "Betalen gaat normaal via het platform bij het afrekenen. Maar betaal liever via Tikkie naar mij, "
            "dat scheelt kosten.",
            "contact.payment",
        ),
        (
            "pl",
            "Płatność zwykle przez platformę przy zamówieniu. Ale BLIK na mój numer będzie szybciej.",
            "contact.payment",
        ),
        # no checkout said before: the app or the money paid directly is the seller's
        ("nl", "Met Tikkie betaal je direct aan mij, dan verstuur ik vandaag.", "contact.payment"),
        ("pl", "Proszę zapłacić BLIKIEM bezpośrednio do mnie.", "contact.payment"),
        # a number with an invitation to call, whatever app follows
        ("fr", "Appelez-moi au 06 12 34 56 78 pour le suivi.", "contact.phone"),
        # an account name after the colon
        ("pl", "Napisz na WhatsAppie: jan_kowalski88", "contact.social"),
        # the number on the box, with an invitation to call
        ("it", "Il numero è sull'adesivo della scatola, chiamami lì.", "contact.phone"),
        # the seller's website, in the words that say it
        ("pl", "Zamów bezpośrednio z naszej strony, bez prowizji platformy.", "contact.marketplace"),
        # PayPal between friends, in Italian and Polish words
        ("it", "Pagami con PayPal tra amici, così risparmi la commissione.", "contact.payment"),
        ("pl", "Zapłać przez PayPal jako rodzina i znajomi, bez prowizji.", "contact.payment"),
        # a transfer to the seller after the checkout was named: a recipient
        (
            "fr",
            "Le paiement se fait au checkout de la plateforme. Mais un virement directement à moi et "
            "j'expédie aujourd'hui.",
            "contact.payment",
        ),
        # "never" that is no rule of the shop: the app is still proposed
        ("es", "Nunca he tenido problemas con Bizum, págame por Bizum y te lo envío hoy.", "contact.payment"),
        # the shop found on Google
        ("pt", "Procure a nossa loja no Google, lá está mais barato.", "contact.marketplace"),
    ],
)
def test_what_leaves_the_platform_is_still_caught(screener, language, text, code):
    assert code in contact_codes(screener, language, text)
