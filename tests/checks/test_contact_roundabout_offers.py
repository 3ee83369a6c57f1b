"""Offers made in roundabout ways (rule R4), each beside a reply that only looks alike: a payment app
as the means of a price, money sent ahead to make the phone the buyer's, paying at the door when
the seller brings the phone in person, a group on a messaging app the buyer is invited into, an
account there named as a compound ("Insta-Account"), the app's name as the message itself ("send
me a WhatsApp"), the buyer's account on an app asked for, a call asked before coming by. Read with
the rules alone (contact_rule_codes), so the offer model cannot hide a rule that stopped matching.
Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


OFFERS = [
    # (market, text, the code it must get)
    # a payment app as the means of a price
    ("ch", "Mit Twint mache ich dir 210 Franken.", "contact.payment"),
    ("nl", "Via Tikkie doe ik hem voor 260 euro.", "contact.payment"),
    ("uk", "Chuck it over to my Monzo and it goes out today.", "contact.payment"),
    # money sent ahead makes it the buyer's
    ("de", "Schick mir 30 € vorab, dann ist es deins.", "contact.payment"),
    ("uk", "£40 upfront and it's yours till Saturday.", "contact.payment"),
    ("es", "Con 20 euros por adelantado es tuyo.", "contact.payment"),
    # paid at the door, the seller bringing the phone in person
    ("es", "Te lo acerco yo en persona y me pagas al recibirlo.", "contact.payment"),
    ("nl", "Ik breng het toestel morgen zelf langs, afrekenen doe je aan de deur.", "contact.payment"),
    ("uk", "I can drop it over myself after work and you pay me at the door.", "contact.payment"),
    # a group on a messaging app the buyer is invited into
    ("nl", "We hebben een appgroep met nieuwe binnenkomers, wil je erbij?", "contact.social"),
    ("uk", "There's a WhatsApp group for our regulars, want in?", "contact.social"),
    ("de", "Wir haben eine Telegram-Gruppe für Stammkunden, willst du rein?", "contact.social"),
    # an account there, named as a compound after a preposition
    ("de", "Weitere Fotos findest du auf meinem Insta-Account.", "contact.social"),
    # the app's name as the message sent there
    ("uk", "Send me a WhatsApp and I'll show you the battery screen.", "contact.social"),
    ("nl", "Stuurt ge mij efkes ne wassap?", "contact.social"),
    # the buyer's account on an app asked for: the app proposed as well
    ("es", "Pásame tu WhatsApp y te envío el vídeo.", "contact.social"),
    ("uk", "Drop your Insta handle below, a clip of the phone follows tonight.", "contact.social"),
    # a call asked before coming by
    ("de", "Komm gern vorbei, ruf aber vorher kurz an.", "contact.phone"),
    ("nl", "Je mag langskomen, bel wel eerst even of ik er ben.", "contact.phone"),
    ("ch", "Lüt mir eifach aa, wänn du vorbi chunnsch.", "contact.phone"),
    ("pl", "W razie pytań proszę dzwonić na numer ze stopki.", "contact.phone"),
    # an app offered in place of this chat, or in chat shorthand
    ("uk", "Signal app instead? Easier for photos.", "contact.social"),
    ("de", "Lieber Telegram stattdessen?", "contact.social"),
    ("uk", "hmu on insta for the rest of the pics", "contact.social"),
    ("nl", "Kan je me even appen vanavond?", "contact.social"),
    # the buyer's account on an app, asked for with a verb of giving
    ("de", "Gib mir mal deinen Insta, dann schick ich dir Fotos.", "contact.details_request"),
    # a sum sent ahead to hold the phone, in slang or with the hold said around it
    ("es", "Si me adelantas 20 pavos te lo guardo hasta el viernes.", "contact.payment"),
    ("nl", "Met €40 aanbetaling hou ik hem voor u vast tot vrijdag.", "contact.payment"),
    # paid on the spot when the seller's son brings it
    ("pt", "Diz-me a tua morada, o meu irmão passa aí amanhã e pagas-lhe na hora.", "contact.payment"),
    # the seller's site found through a search engine: a site, and a place cheaper than here
    ("uk", "Search our shop name on Google, the online shop has more colours.", "contact.url"),
    (
        "es",
        "Busca 'Móviles Centro Soria' en Google, es nuestra página, sale más barato que aquí.",
        "contact.marketplace",
    ),
    # ways to pay no checkout offers, named; a transfer offered as the easier way
    ("pl", "Mogę nadać paczkę za pobraniem, gotówkę odda Pan listonoszowi.", "contact.payment"),
    ("ch", "Ich lege Ihnen einen Einzahlungsschein bei, dann zahlen Sie am Postschalter.", "contact.payment"),
    ("de", "Machen wir es per Überweisung, das ist für beide einfacher.", "contact.payment"),
    # WhatsApp as the verb or the message, a number beside it
    ("nl", "App me gerust, mijn nummer staat in het profiel.", "contact.social"),
    ("pt", "Mande um WhatsApp e eu respondo logo.", "contact.social"),
    # the seller's web shop, cheaper there, said in the next sentence
    ("nl", "Onze webshop heeft de blauwe ook. Daar is hij 25 euro goedkoper.", "contact.marketplace"),
    # a stall or shop to come to, named in the sentence before; selling there directly, around this chat
    (
        "fr",
        "Nous avons un stand au marché du samedi. Venez le tester et payez-le sur place en liquide.",
        "contact.marketplace",
    ),
    ("pl", "Mamy stoisko na targu w Gdyni. Zapraszam, na miejscu taniej, bez prowizji.", "contact.marketplace"),
    ("es", "Pásame tu número y te lo vendo directo sin pasar por aquí.", "contact.marketplace"),
    ("it", "Scrivimi e ordinando diretto da noi risparmi il 10%.", "contact.marketplace"),
    ("uk", "I have the black one on Gumtree at the moment as well, if you prefer.", "contact.marketplace"),
    ("ch", "Cherchez « Atelier Mobile Sion » sur Google, nos prix y sont plus bas qu'ici.", "contact.marketplace"),
]


@pytest.mark.parametrize("market, text, code", OFFERS)
def test_a_roundabout_offer_is_found(policy, market, text, code):
    assert code in contact_rule_codes(policy, market, text)


ALIKE = [
    # (market, text, the code it must not get)
    ("ch", "Ich zahle im Laden meistens mit Twint, auch für 5 Franken.", "contact.payment"),
    ("uk", "Pay in advance through the checkout and it's yours.", "contact.payment"),
    ("uk", "It's yours for 240, the price is here on the platform.", "contact.payment"),
    ("uk", "The courier rings at the door; you pay on the platform as usual.", "contact.payment"),
    ("nl", "De appgroep van je klas werkt prima op dit toestel.", "contact.social"),
    ("nl", "Face ID werkt, mijn Facebook-account is uitgelogd en het toestel is gewist.", "contact.social"),
    ("de", "WhatsApp-Videoanrufe funktionieren einwandfrei.", "contact.social"),
    ("uk", "I will send you a WhatsApp-compatible charger with it.", "contact.social"),
    ("uk", "What's the best time for delivery? WhatsApp works fine on this phone by the way.", "contact.social"),
    ("nl", "Bel eerst even met de klantenservice van je provider.", "contact.phone"),
    ("de", "Ruf am besten die Hotline von Apple an, die helfen bei der Aktivierung.", "contact.phone"),
    ("uk", "WhatsApp instead of SMS works fine on it.", "contact.social"),
    ("es", "Adelante con el pedido, te lo guardo hasta que pagues aquí en la plataforma.", "contact.payment"),
    ("es", "No hacemos envíos contrarreembolso, solo el pago de la plataforma.", "contact.payment"),
    ("pl", "Przy kasie tutaj jest BLIK, karta i PayPal, wybierz, co ci wygodniej.", "contact.payment"),
    ("es", "El código de verificación te lo manda WhatsApp por SMS, no yo.", "contact.social"),
    ("uk", "The banking app me and my wife use works fine on it.", "contact.social"),
    ("pl", "Kiedyś wystawiałem na OLX, ale teraz sprzedaję tylko tutaj.", "contact.marketplace"),
    ("de", "Unseren Laden in Jena gibt es noch, online verkaufen wir aber nur hier.", "contact.marketplace"),
    ("uk", "Our shop does repairs too. Come by any weekday for a warranty check.", "contact.marketplace"),
]


@pytest.mark.parametrize("market, text, code", ALIKE)
def test_a_reply_that_only_looks_alike_is_not(policy, market, text, code):
    assert code not in contact_rule_codes(policy, market, text)
