"""A seller's own delivery to the buyer's home, a seller's own shop cheaper by a sum, an e-mail address
said in words; and the
look-alikes that stay allowed: the same phone dearer or without a warranty on another site, a seller
who is not on other sites, refusals said verb-last. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text, code",
    [
        # the buyer's address asked for the seller to bring the phone round
        ("nl", "Geef me gerust uw thuisadres, dan breng ik hem zelf langs.", "contact.details_request"),
        ("es", "Dime la dirección de tu casa y te lo puedo acercar yo el sábado.", "contact.details_request"),
        ("it", "Mandami l'indirizzo di casa tua, te lo posso portare io domani sera.", "contact.details_request"),
        ("de", "Schick mir dini Adresse, denn bring ich's dir am Samstag selber vorbei.", "contact.details_request"),
        # the seller's own shop, cheaper by a sum
        ("it", "Sul mio sito lo trovi a 30 euro in meno.", "contact.marketplace"),
        ("pl", "W moim własnym sklepie internetowym jest o 50 zł mniej.", "contact.marketplace"),
        # an address said in words: the local part, then where it is kept
        ("it", "Scrivimi a vendite punto smartfix presso gmail, rispondo subito.", "contact.email"),
        ("pl", "Zdjęcia wyślij na serwis.gsm00 na interii.", "contact.email"),
        ("es", "Mándame las fotos a ventas punto movilsur en el correo de Google.", "contact.email"),
        ("de", "Mail mir einfach, gleicher Name wie hier, beim großen G.", "contact.email"),
    ],
)
def test_a_home_delivery_or_a_cheaper_own_shop_is_found(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # the same phone dearer, or without a warranty, on another site: the price here defended
        ("pl", "Sprawdzałem na OLX, tam chcą 100 zł więcej i bez gwarancji."),
        ("pt", "No OLX vi iguais a 40 euros a mais, e sem garantia."),
        ("en", "The same model is 60 pounds more on eBay, and without a warranty."),
        # the seller is not on other sites
        ("it", "Non siamo presenti su altri siti come eBay, vendiamo solo qui."),
        # refusals said verb-last or as "I must refuse"
        ("es", "Bizum fuera de la plataforma no hago, lo siento."),
        ("de", "Überweisung außerhalb mach i ned, bitte über den Checkout."),
        ("pl", "Dziękuję, ale muszę odmówić płatności gotówką przy odbiorze, wszystko idzie przez platformę."),
        # Google and a provider named without an address
        ("en", "The phone comes with the big G's apps preinstalled, nothing else."),
        ("it", "Ho controllato la posta della ditta: il corriere passa domani."),
        ("pl", "Konto na interii możesz dodać w aplikacji poczty, działa bez problemu."),
        # the seller finds things out; the courier needs the address
        ("nl", "Ik zoek het uit en laat het u morgen weten."),
        ("es", "La agencia necesita la dirección de tu casa para la entrega, ponla en el pedido."),
    ],
)
def test_look_alikes_are_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []
