"""A page of the seller's pointed to without its address (twenty-first session, from development
writers c40/c41 and the retired sealed set cs8/cs9): a link kept on the profile or in the bio, a QR
code that leads to a page, a name in quotes to look up, the shop's site found through a search
engine named as a verb ("googeln"), another marketplace where the phone is listed too; and what
stays allowed: the makers' support pages, a QR code scanned to set the phone up, the platform's own
search bar and pages. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


OFFERS = [
    ("fr", "Toutes les photos sont sur le lien de mon profil, ouvrez-le dans votre navigateur.", "contact.url"),
    ("es", "Tienes el enlace de la tienda en mi bio, ahí está todo.", "contact.url"),
    ("it", "Il link ai video è nel mio profilo, dagli un'occhiata.", "contact.url"),
    ("en", "Full spec sheet? The link is in my bio.", "contact.url"),
    ("pt", "O link da loja está no meu perfil, vê lá.", "contact.url"),
    ("en", "The QR sticker on the box takes you to our test report.", "contact.url"),
    ("pl", "Kod QR na naklejce prowadzi do raportu z testu baterii.", "contact.url"),
    ("de", "Such einfach nach „Handydoktor Graz Angebote“, dort findest du alles.", "contact.url"),
    ("de", "Das Testprotokoll steht auf der Seite unserer Werkstatt, einfach Handywerk Linz googeln.", "contact.url"),
    ("en", "If you search for our shop name, Fixit Phones Leeds, our website has the rest.", "contact.url"),
    ("en", "It's listed on Gumtree too if you'd rather collect it.", "contact.marketplace"),
    # marketplaces by their local names, and the seller's own shop as the place to buy
    ("de", "Bei tutti hab ich das gleiche Modell auch noch drin.", "contact.marketplace"),
    ("it", "Sull'Amazzone trovi la nostra vetrina con le stesse offerte.", "contact.marketplace"),
    ("pl", "Na Sprzedajemy mam jeszcze jeden taki sam.", "contact.marketplace"),
    ("pt", "Está também no Worten Marketplace, se preferir.", "contact.marketplace"),
    ("nl", "Rechtstreeks bij ons bestellen bespaart je de servicekosten van het platform.", "contact.marketplace"),
    (
        "es",
        "En nuestro local de Valencia quedan dos más, puedes pasarte y comprarlo allí mismo.",
        "contact.marketplace",
    ),
]


@pytest.mark.parametrize("language, text, code", OFFERS)
def test_a_page_pointed_to_is_found(policy, language, text, code):
    market = "uk" if language == "en" else language
    assert code in contact_rule_codes(policy, market, text)


ALLOWED = [
    ("fr", "Pour la garantie Apple, saisissez le numéro de série sur checkcoverage.apple.com."),
    ("es", "La garantía de Samsung se consulta en samsung.com/es con el IMEI."),
    ("en", "Go to Settings, add an eSIM and scan the QR code your operator sent you."),
    ("nl", "Scan de QR-code bij de pakketautomaat om je pakket op te halen."),
    ("en", "Scan the QR code in the box to register the warranty on the platform."),
    ("fr", "Tapez « iPhone 12 » dans la barre de recherche du site pour voir nos autres offres."),
    ("en", "I checked eBay prices before listing, hence the £320."),
    ("de", "Die Sendungsnummer steht in deinem Profil auf der Plattform."),
    ("it", "Grazie a tutti per le belle recensioni!"),
    ("pl", "Sprzedajemy wyłącznie przez platformę, z gwarancją."),
    ("it", "Il Rio delle Amazzoni non c'entra, il colore si chiama verde foresta."),
]


@pytest.mark.parametrize("language, text", ALLOWED)
def test_nothing_is_found(policy, language, text):
    market = "uk" if language == "en" else language
    assert contact_rule_codes(policy, market, text) == set()
