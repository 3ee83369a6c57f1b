"""The contact check in the smaller markets' languages and the families added for issue #11's second
round (dev set data/contact/dev). Every sentence was written for these tables: none comes from an
evaluation or development set. Each row says what it proves."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.text.confusables import fold_lookalikes
from screening.text.normalize import normalize
from screening.text.numbers import find_number_runs
from screening.core.types import Message


@pytest.fixture(scope="module")
def contact() -> ContactCheck:
    return ContactCheck.build(CheckResources(policy=Policy.load()))


def _findings(contact, policy, market, text):
    return contact.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))


def codes(contact, policy, market, text) -> set[str]:
    return {f.code for f in _findings(contact, policy, market, text)}


def spans(contact, policy, market, text, code) -> list[str]:
    return [text[f.start : f.end] for f in _findings(contact, policy, market, text) if f.code == code]


SPELLED_NUMBERS = [
    # (market, text, the phone's span or None)
    (
        "se",
        "Slå en signal: noll sju tre, sex åtta två, fyrtiofem, nittiotvå",
        "noll sju tre, sex åtta två, fyrtiofem, nittiotvå",
    ),  # Swedish tens+units in one word
    (
        "dk",
        "Mit nummer: enogtyve, syvogfirs, tolv, femogtredive",
        "enogtyve, syvogfirs, tolv, femogtredive",
    ),  # Danish unit-og-tens
    (
        "fi",
        "Numero on nolla viisi kaksi, kolme kolme yksi, kahdeksan neljä neljä kuusi",
        "nolla viisi kaksi, kolme kolme yksi, kahdeksan neljä neljä kuusi",
    ),  # Finnish digits
    (
        "cz",
        "Zavolejte: šest nula dva, jedna pět osm, devět devět tři",
        "šest nula dva, jedna pět osm, devět devět tři",
    ),  # Czech digits
    (
        "sk",
        "Volajte nula deväť jeden osem, dvesto... nie, tri štyri päť, šesť sedem osem",
        None,
    ),  # Slovak run broken by words: too short
    (
        "ro",
        "Numărul meu: zero șapte patru unu, doi trei patru, cinci șase șapte",
        "zero șapte patru unu, doi trei patru, cinci șase șapte",
    ),  # Romanian
    (
        "hu",
        "Hívjon: hat-húsz, háromszáznegyvenöt, hatvanhét, nyolcvankilenc",
        "hat-húsz, háromszáznegyvenöt, hatvanhét, nyolcvankilenc",
    ),  # Hungarian compounds
    (
        "gr",
        "Τηλέφωνο: έξι εννέα τρία, επτά δύο ένα, οκτώ οκτώ πέντε τέσσερα",
        "έξι εννέα τρία, επτά δύο ένα, οκτώ οκτώ πέντε τέσσερα",
    ),  # Greek words
    (
        "es",
        "Truca'm: sis cinc u, vint-i-dos, trenta-tres, quaranta-quatre",
        "sis cinc u, vint-i-dos, trenta-tres, quaranta-quatre",
    ),  # Catalan in the Spanish market
    (
        "it",
        "Chiamami al tre tre nove, duecentoquindici, quarantotto, settantuno",
        "tre tre nove, duecentoquindici, quarantotto, settantuno",
    ),  # Italian hundreds in one word
    (
        "pt",
        "Liga para nove três dois, setecentos e catorze, quinhentos e sessenta e dois",
        "nove três dois, setecentos e catorze, quinhentos e sessenta e dois",
    ),  # Portuguese hundreds with 'e'
    (
        "nl",
        "App me: nul zes, tweeënvijftig, achtendertig, zeventien, negenenveertig",
        "nul zes, tweeënvijftig, achtendertig, zeventien, negenenveertig",
    ),  # Dutch compounds only
    ("dk", "Vi sender to til fire dage efter betaling via platformen", None),  # Danish 'to'/'fire' as words
    ("de", "Er hat zwei Stück und sie kosten 120 Euro", None),  # German 'hat' is no Hungarian six outside Hungary
]


@pytest.mark.parametrize("market,text,expected", SPELLED_NUMBERS)
def test_spelled_numbers_of_every_market(contact, policy, market, text, expected):
    assert spans(contact, policy, market, text, "contact.phone") == ([] if expected is None else [expected])


def test_smaller_languages_number_words_only_in_their_markets():
    # Danish 'to' (2) and 'fire' (4) are English words: they count only where Danish is spoken.
    text = "call to fire 55 66 77"
    assert [g.digits for r in find_number_runs(text, 1, languages=("da",)) for g in r.groups][:2] == ["2", "4"]
    assert "2" not in [g.digits for r in find_number_runs(text, 1, languages=("en",)) for g in r.groups]


DETAIL_REQUESTS = [
    ("se", "Skicka ditt mobilnummer så ringer jag i kväll.", True),  # Swedish 'send your mobile number'
    ("dk", "Hvad er din mailadresse? Så sender jeg kvitteringen.", True),  # Danish question
    ("fi", "Kerro puhelinnumerosi, niin soitan huomenna.", True),  # Finnish owner suffix -si
    ("cz", "Pošlete mi svůj e-mail, pošlu tam záruční list.", True),  # Czech
    ("sk", "Nechajte mi svoje číslo, ozvem sa.", True),  # Slovak
    ("ro", "Spune-mi numărul tău de telefon și te sun eu.", True),  # Romanian, owner after the noun
    ("hu", "Add meg az e-mail címed, oda küldöm a számlát.", True),  # Hungarian owner suffix
    ("gr", "Στείλε μου το κινητό σου να σε πάρω.", True),  # Greek, owner after the noun
    ("es", "Digues-me el teu correu i t'envio les fotos.", True),  # Catalan in the Spanish market
    ("it", "Mi dia un recapito, la richiamo in giornata.", True),  # formal Italian, indefinite article
    ("uk", "Give us your mobile and we'll call back.", True),  # 'give us'
    ("cz", "Pošlete mi prosím číslo objednávky.", False),  # the order number is a reference
    ("se", "Skicka ordernumret så kollar jag.", False),  # Swedish order number
    ("hu", "Add meg a rendelésszámot, megnézem.", False),  # Hungarian order number
    ("cz", "Pošlete mi číslo objednávky přes zprávy.", False),  # 'give me the number' of an order
    ("ro", "Trimite-mi numărul comenzii aici.", False),  # Romanian order number
    ("pt", "Deixe o seu telemóvel aqui que eu ligo.", True),  # 'leave your mobile here'
]


@pytest.mark.parametrize("market,text,expected", DETAIL_REQUESTS)
def test_detail_requests_in_every_language(contact, policy, market, text, expected):
    assert ("contact.details_request" in codes(contact, policy, market, text)) is expected


NAMES_ON_APPS = [
    ("ro", "Ai Viber? Dă-mi numele tău de acolo.", True),  # a name, with an app named
    ("uk", "Got Telegram? Send me your username.", True),  # English
    ("uk", "Send me your name and the order number for the return label.", False),  # a name without an app
]


@pytest.mark.parametrize("market,text,expected", NAMES_ON_APPS)
def test_names_on_apps(contact, policy, market, text, expected):
    assert ("contact.details_request" in codes(contact, policy, market, text)) is expected


def test_greek_stays_greek_and_a_full_stop_joins_nothing():
    # A Greek word keeps its letters (accents folded) and a full stop after it is a sentence end,
    # not a dot of a Latin-looking domain; a mixed token is still folded.
    view = normalize("Πληρωμή με κάρτα.", scripts=False)
    assert fold_lookalikes(view.text) == "πληρωμη με καρτα."
    assert fold_lookalikes(normalize("mail@gmаil.cоm", scripts=False).text) == "mail@gmail.com"
    assert normalize("Πληρωμή").text != "πληρωμη"  # the default (other checks) is unchanged


PAYMENTS = [
    ("gr", "Μπορείς να πληρώσεις μετρητά όταν έρθεις στο μαγαζί.", True),  # Greek cash
    ("cz", "Při převzetí zaplatíte v hotovosti.", True),  # Czech cash
    ("fi", "Voit maksaa käteisellä noudon yhteydessä.", True),  # Finnish cash
    ("fr", "Vous pouvez payer en espèces au dépôt.", True),  # French cash
    ("nl", "Reken maar contant af bij het ophalen.", True),  # Dutch 'afrekenen'
    ("gr", "Δεν δέχομαι μετρητά, μόνο μέσω της πλατφόρμας.", False),  # Greek refusal
    ("de", "Barzahlung ist leider nicht möglich, nur über die Plattform.", False),  # refusal after the word
    ("pt", "O dinheiro é devolvido pela plataforma em 5 dias.", False),  # 'dinheiro' is money, not cash
    ("fr", "Nous n'acceptons pas de virement en dehors du site.", False),  # "n'" glued to the verb
    ("nl", "Contant betalen buiten het platform doen we niet.", False),  # verb-final refusal
    ("fr", "Lydia et Apple Pay marchent, le paiement sans contact aussi.", False),  # payment apps as features
    ("hu", "Utald a 11773016-11111018 számlára, és holnap feladom.", True),  # Hungarian GIRO account
    ("cz", "Pošlete peníze na účet 19-2000145399/0800.", True),  # Czech account with bank code
    ("hu", "A csomag azonosítója 11773016-11111018.", False),  # the same shape with no account or transfer
    (
        "fi",
        "Maksa tilisiirtona tilille FI12 3456 7890 1234 56.",
        True,
    ),  # IBAN shape with a wrong check digit, money moving
    ("uk", "Checkout is down today, just send it by bank transfer.", True),  # a broken checkout as the reason
    ("it", "Ti faccio il rimborso con Satispay.", True),  # refund by app
    ("es", "¿Acepto efectivo? No, solo se paga con tarjeta en la plataforma.", False),  # a question answered no
]


@pytest.mark.parametrize("market,text,expected", PAYMENTS)
def test_payments(contact, policy, market, text, expected):
    assert ("contact.payment" in codes(contact, policy, market, text)) is expected


VISITS = [
    (
        "uk",
        "What's your postcode? I can drop it off myself and you pay me on delivery.",
        {"contact.details_request", "contact.payment"},
    ),
    ("fr", "Donnez-moi votre adresse, je vous l'apporte ce soir.", {"contact.details_request"}),  # no payment said
    ("de", "Wo wohnen Sie? Ich komme morgen vorbei.", {"contact.details_request"}),  # German
    ("uk", "The courier needs your address, please check it in your profile.", set()),  # the platform's shipping
]


@pytest.mark.parametrize("market,text,expected", VISITS)
def test_home_visits(contact, policy, market, text, expected):
    assert codes(contact, policy, market, text) & {"contact.details_request", "contact.payment"} == expected


HINTS = [
    ("fr", "Retrouvez-moi sur l'appli au petit fantôme, même pseudo.", "contact.social"),  # Snapchat described
    ("es", "Búscame en la app del avión de papel, mismo nombre que aquí.", "contact.social"),  # Telegram described
    ("nl", "Stuur een berichtje via de app met het groene telefoontje.", "contact.social"),  # WhatsApp described
    ("uk", "Same username as here on the other app, message me there.", "contact.social"),  # a handle not written
    ("it", "Mi trovi anche sulla baia, stesso nome del sito qui.", "contact.marketplace"),  # eBay described
    ("uk", "Just Google our shop name and order there.", "contact.marketplace"),  # found by a search engine
    ("uk", "The phone survived a fall like a paper plane.", None),  # a paper plane, no app
    ("fr", "La baie vitrée donne sur le jardin.", None),  # a bay window
    ("uk", "Same name as on the invoice, please.", None),  # the same name, no app
]


@pytest.mark.parametrize("market,text,code", HINTS)
def test_channels_named_without_their_name(contact, policy, market, text, code):
    found = codes(contact, policy, market, text) & {"contact.social", "contact.marketplace"}
    assert found == (set() if code is None else {code})


DESCRIBED_EMAILS = [
    ("de", "Meine Mail ist mein Name von hier bei gmx.", True),  # provider named, local part described
    ("es", "Mi correo es el nombre de la tienda, arroba hotmail.", True),  # Spanish
    ("it", "Il nome utente e poi chiocciola libero.", True),  # the word for @ before a provider
    ("uk", "My mail app supports Gmail and Outlook.", False),  # the phone's mail client
    ("uk", "Gmail works fine on it.", False),  # an app as a feature
]


@pytest.mark.parametrize("market,text,expected", DESCRIBED_EMAILS)
def test_described_emails(contact, policy, market, text, expected):
    assert ("contact.email" in codes(contact, policy, market, text)) is expected


COMMUNITIES = [
    ("fr", "Rejoignez notre groupe Facebook, j'y publie les arrivages.", True),  # a group
    ("de", "Unser Telegram-Kanal hat jeden Tag neue Angebote.", True),  # a compound channel
    ("pl", "Mamy stronę na Instagramie z nowościami.", True),  # a page
    ("gr", "Γράψτε μου στο Viber για περισσότερες φωτογραφίες.", True),  # Greek invitation with 'στο'
    ("hu", "Írj rám Viberen, ott hamarabb válaszolok.", True),  # Hungarian: the case ending is the preposition
    ("de", "WhatsApp-Gruppen funktionieren einwandfrei.", False),  # groups as a feature
]


@pytest.mark.parametrize("market,text,expected", COMMUNITIES)
def test_a_sellers_group_or_page(contact, policy, market, text, expected):
    assert ("contact.social" in codes(contact, policy, market, text)) is expected


MORE = [
    ("cz", "Objednejte na našem e-shopu telefony-brno cz, je tam sleva.", "contact.url", True),  # a space for the dot
    ("hu", "Nézd meg: imgur com / a / xyz12.", "contact.url", True),  # a path after the spaced TLD
    ("pl", "Wysyłamy na całą Polskę, także za granicę com.", "contact.url", False),  # a word before 'com', no site
    ("be", "Mijn nummer staat op de factuur: 09 123 45 67.", "contact.phone", True),  # a phone printed on the invoice
    ("fr", "Le numéro de commande est sur la facture : 0612345678.", "contact.phone", False),  # an order number
    ("cz", "Objednávka č. 20240101-0042 byla odeslána.", "contact.phone", False),  # Czech 'č.' order reference
    ("gr", "Αριθμός αποστολής 6941234567, με ACS.", "contact.phone", False),  # Greek shipment number
    ("sk", "Mám ho aj na Bazoši a na Modrom koníku.", "contact.marketplace", True),  # Slovak marketplaces
    ("hu", "A Hardverapró oldalon is megtalálod.", "contact.marketplace", True),  # a Hungarian marketplace by name
    ("cz", "Fotky na Instagram z něj vypadají skvěle.", "contact.social", False),  # Instagram as a feature
]


@pytest.mark.parametrize("market,text,code,expected", MORE)
def test_more_families(contact, policy, market, text, code, expected):
    assert (code in codes(contact, policy, market, text)) is expected
