"""The contact check (rule R4): one table per code, positives and the hard negatives that sink
general-purpose detectors. Each row says what it proves. The check runs alone (no other check, no
model), through its public `inspect`, with the real policy file."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.core.types import Message


@pytest.fixture(scope="module")
def contact() -> ContactCheck:
    return ContactCheck.build(CheckResources(policy=Policy.load()))


def findings(contact: ContactCheck, policy: Policy, market: str, text: str):
    return contact.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))


def codes(contact, policy, market, text) -> set[str]:
    return {f.code for f in findings(contact, policy, market, text)}


def evidence(contact, policy, market, text, code) -> list[str]:
    return [text[f.start : f.end] for f in findings(contact, policy, market, text) if f.code == code]


EMAILS = [
    # (market, text, expected evidence or None for a hard negative)
    ("fr", "Écrivez-moi à jean.dupont@gmail.com pour les photos", "jean.dupont@gmail.com"),  # plain address
    ("fr", "mon mail: jean [at] gmail [dot] com", "jean [at] gmail [dot] com"),  # bracketed at/dot
    ("fr", "jean (at) orange (point) fr", "jean (at) orange (point) fr"),  # French words in brackets
    ("fr", "c'est jean arobase free point fr", "jean arobase free point fr"),  # spelled-out arobase/point
    (
        "de",
        "schreib an max punkt muster klammeraffe gmx punkt de",
        "max punkt muster klammeraffe gmx punkt de",
    ),  # Klammeraffe, the local part's spelled dot kept
    ("it", "scrivi a marco chiocciola libero punto it", "marco chiocciola libero punto it"),  # chiocciola/punto
    ("es", "mi correo es ana arroba hotmail punto com", "ana arroba hotmail punto com"),  # arroba
    ("pl", "pisz na jan małpa wp kropka pl", "jan małpa wp kropka pl"),  # małpa/kropka, accent folded
    ("nl", "mail naar piet apenstaartje ziggo punt nl", "piet apenstaartje ziggo punt nl"),  # apenstaartje
    ("pt", "email: rui arroba sapo ponto pt", "rui arroba sapo ponto pt"),  # ponto
    ("uk", "drop a line to j e a n @ g m a i l . c o m", "j e a n @ g m a i l . c o m"),  # spaced-out letters
    (
        "uk",
        "write to beverley75 at outlook.com please",
        "beverley75 at outlook.com",
    ),  # ' at ' with an address-like name
    ("fr", "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ", "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ"),  # full-width characters
    ("fr", "jean@gmаil.cоm", "jean@gmаil.cоm"),  # Cyrillic а and о homoglyphs
    ("fr", "mon adresse c'est jean.dupont75 sur gmail", "jean.dupont75 sur gmail"),  # address named by its provider
    ("uk", "Contact support@swapiphone.com for a return label", None),  # the platform's own address is allowed
    ("uk", "Please don't share your e-mail here, keep it on the platform", None),  # a reminder of the rule
    ("uk", "Have a look at scott-tech catalogue, we meet at noon", None),  # 'at' as an English preposition
    ("es", "Me encuentras en TikTok como @silvio.jerez", None),  # a handle is not an e-mail (contact.social)
    # an address given as its provider and the shop's name
    ("uk", "Reach me on hotmail, the shop name all one word", "on hotmail, the shop name"),
    ("de", "Schreiben Sie mir bei GMX, der Shopname zusammengeschrieben", "bei GMX, der Shopname"),
    ("it", "Mi trovi su libero col nome del negozio tutto attaccato", "su libero col nome del negozio"),
    ("uk", "The shop name is on the invoice; the phone works with Gmail and Outlook.", None),  # another sentence
    ("uk", "Please sign out of your Gmail account before sending it back.", None),  # no name given
    # a sentence's last word and the next one's provider: no address ends with a dot
    ("us", "Yes. No iCloud lock, no carrier lock, the IMEI is clean.", None),
    ("pt", "Sim. No Gmail do telemóvel basta terminar a sessão.", None),
]


@pytest.mark.parametrize("market,text,expected", EMAILS)
def test_email(contact, policy, market, text, expected):
    found = evidence(contact, policy, market, text, "contact.email")
    if expected is None:
        assert found == []
    else:
        assert found == [expected]


PHONES = [
    ("fr", "Appelez-moi au 06 12 34 56 78", "06 12 34 56 78"),  # French mobile with spaces
    ("fr", "tel: 06.12.34.56.78", "06.12.34.56.78"),  # dots, not a date
    ("fr", "joignable au +33 6 12 34 56 78", "+33 6 12 34 56 78"),  # international format
    ("fr", "ou 0033612345678 sans espaces", "0033612345678"),  # 00 prefix
    (
        "fr",
        "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
    ),  # spelled out, French tens
    ("fr", "06 douze 34 cinquante-six 78", "06 douze 34 cinquante-six 78"),  # words and digits mixed
    ("fr", "O6 I2 34 S6 78", "O6 I2 34 S6 78"),  # leetspeak O/I/S
    ("fr", "０６ １２ ３４ ５６ ７８", "０６ １２ ３４ ５６ ７８"),  # full-width digits
    ("de", "Ruf an: 0171 2345678", "0171 2345678"),  # German mobile
    (
        "de",
        "null eins sieben eins, zwei drei vier fünf sechs sieben acht",
        "null eins sieben eins, zwei drei vier fünf sechs sieben acht",
    ),  # German words
    (
        "es",
        "llámame al seis uno dos treinta y cuatro cincuenta y seis setenta y ocho",
        "seis uno dos treinta y cuatro cincuenta y seis setenta y ocho",
    ),  # Spanish tens with 'y'
    ("it", "chiamami al 347 123 4567", "347 123 4567"),  # Italian mobile
    ("nl", "bel me op 06-12345678", "06-12345678"),  # Dutch mobile with dash
    ("pl", "zadzwoń 512 345 678", "512 345 678"),  # Polish 9-digit mobile
    ("pt", "liga-me 912 345 678", "912 345 678"),  # Portuguese mobile
    (
        "uk",
        "ring me on oh seven seven double nine one two three four five six",
        "oh seven seven double nine one two three four five six",
    ),  # 'oh' and 'double'
    ("be", "mijn gsm: 0470 12 34 56", "0470 12 34 56"),  # Belgian mobile on a multi-language market
    ("fr", "Votre commande n° 2026031512345 est partie", None),  # order number, introduced as such
    ("fr", "indiquez la commande SWP-2026-144977 dans le formulaire", None),  # id glued to letters
    ("fr", "IMEI (imprimé sur le tiroir SIM) : 35 899809 407977 2", None),  # IMEI with a valid Luhn digit, spaced
    ("fr", "IMEI 352099001761481", None),  # IMEI written as one block
    ("de", "Sendungsnummer DHL 1234567890, Bestellnummer 4711-2231-77", None),  # tracking and order references
    ("nl", "Met DHL Express verstuurd, trackingnummer 7412966621", None),  # compound keyword 'trackingnummer'
    ("de", "Ich gebe das Paket am 03.04.2026 um 13:15 bei der Post ab", None),  # date and time next to a number word
    (
        "fr",
        "Le prix est de 1 299,00 € livré le 12/03/2026 à 14h30, batterie 87 %",
        None,
    ),  # price, date, time, percentage
    ("fr", "iPhone 13 128 Go, batterie 4500 mAh, modèle A2403", None),  # storage, battery, model number
    ("it", "codice EAN 8001234567890 sulla scatola", None),  # 13-digit barcode
    ("fr", "Retour à : 12 rue de la Paix, 75002 Paris", None),  # postal code in a return address
    ("es", "https://wa.me/34657308761", None),  # digits inside a link belong to the link (contact.url)
    # Opening hours: abbreviated days and ranges of hours, never a phone ("sob" is no leetspeak 508)
    ("fr", "Boutique ouverte lun–ven 9–18, sam. 10–12 et 14–18.", None),
    ("de", "Wir haben Mo–Fr 9–17 Uhr und Sa 10–14 Uhr geöffnet.", None),
    ("es", "Horario L-V 9-14 y 17-20, S 10-14.", None),
    ("it", "Siamo aperti lun-ven 9-13 e 15-19, sab 9-13.", None),
    ("nl", "Open ma-vr 9-17, za 10-16, zo gesloten.", None),
    ("pl", "Zapraszamy pn–pt 9–17, sob 10–14, nd 10–13.", None),
    ("pt", "Abertos seg-sex 9-18, sáb 10-13.", None),
    ("uk", "We are open Mon-Fri 9-5, Sat 10-4, Sun 11-3.", None),
    ("se", "Öppet mån–fre 08.00–16.30, lör 10–14.", None),
    ("it", "Orari: lun-ven 9-13 / 15-19, sab 9-13", None),
    ("uk", "Opening hours 9-5 / 10-4 / 11-3 / 12-6", None),  # ranges after the words that announce them
    # ...and a phone beside them is still one
    ("pl", "Czynne pn-pt 9-17, dzwoń 512 345 678", "512 345 678"),
    ("fr", "Appelez le 06 12 34 56 78, lun-ven 9h-18h", "06 12 34 56 78"),
    ("nl", "Bel me do 06-12345678", "06-12345678"),  # 'do' (Thursday) before a number that is no hours
    # No day 34: "12.34.56" is the end of a phone, not a date
    ("be", "Mon GSM : quatre-sept-neuf / 12.34.56, le soir de préférence.", "quatre-sept-neuf / 12.34.56"),
]


@pytest.mark.parametrize("market,text,expected", PHONES)
def test_phone(contact, policy, market, text, expected):
    found = evidence(contact, policy, market, text, "contact.phone")
    if expected is None:
        assert found == []
    else:
        assert found == [expected]


URLS = [
    ("fr", "Toutes mes annonces sur www.monshop.fr", "www.monshop.fr"),  # www domain
    ("fr", "voir besson-phones.shop", "besson-phones.shop"),  # bare domain with a generic TLD
    ("fr", "https://example-deals.com/iphone?id=3", "https://example-deals.com/iphone?id=3"),  # full URL
    ("fr", "rejoignez t.me/jeanphones", "t.me/jeanphones"),  # Telegram link
    ("es", "escríbeme: wa.me/34657308761", "wa.me/34657308761"),  # WhatsApp link
    ("uk", "pics here bit.ly/3xYz12", "bit.ly/3xYz12"),  # shortener
    ("fr", "monshop point fr", "monshop point fr"),  # dots spelled out
    ("uk", "scott-tech.co.uk", "scott-tech.co.uk"),  # two-level TLD
    ("fr", "Merci pour votre achat.Bonne journée", None),  # missing space after a full stop
    ("fr", "Étiquette retour sur swapiphone.fr/retours", None),  # the platform's own site is allowed
    ("uk", "see https://www.swapiphone.com/help", None),  # the platform's own help page
    ("fr", "photo.jpg et facture.pdf en pièce jointe", None),  # file names are not domains
    ("fr", "version iOS 17.5 installée", None),  # version numbers
    ("de", "z.B. das Ladekabel, d.h. alles dabei", None),  # German abbreviations
]


@pytest.mark.parametrize("market,text,expected", URLS)
def test_url(contact, policy, market, text, expected):
    found = evidence(contact, policy, market, text, "contact.url")
    if expected is None:
        assert found == []
    else:
        assert found == [expected]


SOCIAL = [
    ("uk", "Add me on WhatsApp and I'll send a video", True),  # invitation + preposition
    ("fr", "Écrivez-moi sur Telegram", True),  # French invitation
    ("de", "Schreib mir auf Insta: @max_handy", True),  # handle with platform
    ("it", "Mi trovi su Instagram come @marco_phones", True),  # Italian 'you find me on'
    ("es", "hablamos por WhatsApp mejor", True),  # Spanish 'we talk on'
    ("nl", "Stuur me een appje", True),  # Dutch 'appje' is a WhatsApp message
    ("pl", "Napisz do mnie na Messengerze", True),  # Polish inflected platform name
    ("pt", "Segue-me no Insta @valentina.anjos", True),  # Portuguese, dotted handle
    ("fr", "mon snap: jean.dupont", True),  # ambiguous 'snap' with a possessive and a handle
    ("uk", "Add me on sc: julie.davies", True),  # 'sc' abbreviation with a handle
    ("fr", "Vous avez WhatsApp ?", True),  # question about the channel
    ("uk", "Can we move this to Telegram? The app here is slow", True),  # proposal with 'to'
    ("de", "Lass uns lieber bei Signal weiterschreiben", True),  # ambiguous name + preposition + proposal
    ("es", "TE ESCRIBO POR TELEGRAM Y LO CERRAMOS", True),  # all caps, preposition + platform
    ("pt", "MANDA MENSAGEM NO MESSENGER, aqui nao recebo notificaçoes", True),  # feature word in another clause
    ("it", "Possiamo chiudere su discord.gg/abc123", False),  # a link is contact.url, not a second finding
    ("es", "Si, TikTok y Snapchat van fluidos y el Face ID funciona", False),  # 'ID funciona' is no handle
    ("uk", "WhatsApp works fine on this phone", False),  # app name as a phone feature
    ("pt", "Depois abra o WhatsApp do iPhone novo e restaure a cópia de segurança.", False),  # setting the phone up
    ("de", "Im WhatsApp auf dem neuen Handy die Sicherung wiederherstellen, fertig.", False),  # the app on the phone
    ("pt", "Manda mensagem no WhatsApp do meu celular, é mais rápido", True),  # the seller's own phone: an invitation
    ("fr", "Instagram et TikTok fonctionnent parfaitement", False),  # apps as features
    ("fr", "Ne me contactez pas sur WhatsApp, passez par la messagerie", False),  # negated: a reminder of the rule
    ("uk", "Please don't message me on Telegram, reply here", False),  # English negation
    ("uk", "The signal strength is good and the line is unlocked", False),  # ambiguous names as words
    ("fr", "La ligne est débloquée, le signal 4G est bon", False),  # French look-alikes
    ("pl", "Więcej zdjęć? Napisz do mnie na fejsie", True),  # Polish slang for Facebook
    ("ie", "We fix them too, msg us on fb", True),  # "msg us"
    ("uk", "Find us on the gram, same name as here", True),  # slang for Instagram
    ("uk", "It weighs about 170 gram on the kitchen scale", False),  # a weight
]


@pytest.mark.parametrize("market,text,expected", SOCIAL)
def test_social(contact, policy, market, text, expected):
    assert ("contact.social" in codes(contact, policy, market, text)) is expected


MARKETPLACES = [
    ("fr", "je l'ai aussi sur Leboncoin moins cher", True),  # French marketplace
    ("de", "kauf es lieber über Kleinanzeigen", True),  # German marketplace
    ("it", "Lo trovi anche su Subito a meno", True),  # 'su Subito' is the marketplace
    ("pl", "na Allegro taniej", True),  # 'na Allegro' is the marketplace
    ("pt", "Também o tenho no OLX 20 € mais barato", True),  # Portuguese 'no' is not a negation
    ("nl", "staat ook op Marktplaats", True),  # Dutch marketplace
    ("it", "Lo spedisco subito", False),  # 'subito' = immediately
    ("it", "un tono allegro e cordiale", False),  # 'allegro' = cheerful
    ("fr", "Ne passez pas par Leboncoin, restez ici", False),  # negated reminder
]


@pytest.mark.parametrize("market,text,expected", MARKETPLACES)
def test_marketplace(contact, policy, market, text, expected):
    assert ("contact.marketplace" in codes(contact, policy, market, text)) is expected


PAYMENTS = [
    ("fr", "Je vous le laisse à 280 € en PayPal entre amis", True),  # PayPal friends
    ("es", "Paga con Bizum y te lo mando hoy", True),  # Bizum
    ("pl", "Zapłać BLIKIEM na mój numer", True),  # BLIK, inflected
    ("nl", "Ik stuur je een Tikkie", True),  # Tikkie payment request
    ("de", "IBAN DE89 3704 0044 0532 0130 00 bitte direkt überweisen", True),  # valid IBAN
    ("fr", "virement direct hors plateforme et c'est 20 € de moins", True),  # bank transfer outside
    ("fr", "Ma collègue Lydia s'occupe des envois le mardi", False),  # Lydia as a name
    ("de", "Bezahlung nur über Swapiphone (Karte oder PayPal beim Checkout)", False),  # platform checkout
    ("pl", "Płatność tylko przez Swapiphone (BLIK lub karta przy zamówieniu)", False),  # platform checkout
    # the moment of paying for the order is the platform's checkout
    ("fr", "Si au moment du paiement l'option en trois fois apparaît, vous pouvez la choisir directement.", False),
    ("de", "IBAN DE89 3704 0044 0532 0130 01", False),  # IBAN with a wrong check: not an account
    (
        "es",
        "Hazme una transferencia a ES07 5625 0831 1316 1269 6260 y te lo mando",
        True,
    ),  # IBAN followed by a short word
    ("fr", "Envoyez par Lydia au 06 37 78 78 88", True),  # 'par Lydia': the app, not the name
    ("uk", "Bank details: sort code 20-00-00, account 00012345, I post once it clears", True),  # UK bank details
    ("uk", "Your account number is printed on the invoice.", False),  # no digits: nothing to pay into
]


@pytest.mark.parametrize("market,text,expected", PAYMENTS)
def test_payment(contact, policy, market, text, expected):
    assert ("contact.payment" in codes(contact, policy, market, text)) is expected


DETAIL_REQUESTS = [
    ("uk", "Give me your email so I can send you the invoice directly", True),  # asks for the buyer's e-mail
    ("fr", "Envoyez-moi votre numéro, je vous rappelle", True),  # French
    ("de", "Schick mir deine Handynummer", True),  # German
    ("pl", "Daj mi swojego maila", True),  # Polish inflected noun
    ("fr", "Envoyez-moi votre numéro de commande et je vérifie", False),  # order number is fine
    ("uk", "Can I have your order number please?", False),  # order number is fine
    ("uk", "What is your phone model?", False),  # the device, not a number
    ("de", "Schick mir am besten eine Mail an max@gmx.de", False),  # gives an address (contact.email), asks for none
    ("nl", "Voor de garantie heb ik je privé e-mailadres nodig", True),  # a need instead of a request
    ("uk", "How can I reach you outside the app?", True),  # asks for a channel to the buyer
    ("de", "Wie kann ich dich telefonisch erreichen?", True),  # qualifier before the verb
    ("es", "¿me das un teléfono de contacto?", True),  # article instead of a possessive
    ("fr", "Donnez-moi votre 06", True),  # French slang for a mobile number
    ("uk", "How can I help you with the return?", False),  # 'how can I' without reaching out
    # asked whether the buyer has one: "have you got an e-mail address?"
    ("de", "Hast du eine E-Mail-Adresse? Dann schick ich dir die Fotos.", True),
    ("fr", "Auriez-vous un numéro de portable ? Je vous rappelle ce soir.", True),
    ("es", "¿Tienes correo? Te paso el informe.", True),
    ("nl", "Heb je een mailadres? Dan stuur ik de factuur.", True),
    ("de", "Haben Sie die Bestellnummer zur Hand?", False),  # a reference
    ("fr", "Avez-vous le numéro de commande ?", False),
]


@pytest.mark.parametrize("market,text,expected", DETAIL_REQUESTS)
def test_details_request(contact, policy, market, text, expected):
    assert ("contact.details_request" in codes(contact, policy, market, text)) is expected


def test_spans_point_into_the_original_text(contact, policy):
    # Full-width and spelled text changes lengths in normalisation; offsets must still be exact.
    text = "Ｂｏｎｊｏｕｒ ! Mon numéro : zéro six douze trente-quatre cinquante-six soixante-dix-huit, mail ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ"
    spans = {f.code: text[f.start : f.end] for f in findings(contact, policy, "fr", text)}
    assert spans["contact.phone"] == "zéro six douze trente-quatre cinquante-six soixante-dix-huit"
    assert spans["contact.email"] == "ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ"


def test_details_never_contain_the_contact_value(contact, policy):
    # Findings are logged and stored by callers: the detail names the kind, never the number itself.
    for finding in findings(contact, policy, "fr", "appelez le 06 12 34 56 78 ou jean@gmail.com"):
        assert "06 12" not in finding.detail and "jean" not in finding.detail


@pytest.mark.parametrize(
    "text",
    [
        "0123456789" * 2000,  # one wall of digits: one token longer than any phone
        ("06 12 34 56 78 " * 1400)[:20000],  # thousands of phone-shaped groups: bounded search
        ("zéro six douze trente-quatre " * 700)[:20000],  # thousands of number words
    ],
)
def test_long_digit_inputs_are_bounded_and_still_found(contact, policy, text):
    # Timing is measured in bench/bench_contact.py; here: it completes and still reports phones.
    found = findings(contact, policy, "fr", text)
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    if "06" in text[:20] or "zéro" in text[:5]:
        assert any(f.code == "contact.phone" for f in found)


# --- Issue #11 families: every sentence below was written for these tables (none comes from an
# evaluation set or from the issue). Each row: (market, text, code, evidence or None).


def _spans(contact, policy, market, text, code):
    return [text[f.start : f.end] for f in findings(contact, policy, market, text) if f.code == code]


LOCAL_MARKETPLACES = [
    ("cz", "Stejný kus mám i na Bazoši, napište mi tam.", "Bazoši"),  # Czech Bazoš, inflected
    ("hu", "A Jófogáson olcsóbban megveheti tőlem.", "Jófogáson"),  # Hungarian Jófogás with a case ending
    ("hu", "Keressen rá a Vaterán, ott is árulom.", "Vaterán"),  # Hungarian Vatera
    ("ch", "Ich habe noch zwei Stück auf Anibis inseriert.", "Anibis"),  # Swiss Anibis; 'noch' is no negation
    ("ch", "Biete es auch auf Ricardo an, dort günstiger.", "Ricardo"),  # 'auf Ricardo': the marketplace, not a name
    ("se", "Jag har fler på Blocket, sök på mitt namn.", "Blocket"),  # Swedish Blocket
    ("fi", "Löydät lisää puhelimia Torista hakusanalla.", "Torista"),  # Finnish Tori with its elative ending
    ("dk", "Jeg har den også på DBA til en lavere pris.", "DBA"),  # Danish DBA after 'på'
    ("at", "Auf Willhaben findest du ihn billiger.", "Willhaben"),  # Austrian Willhaben
    ("gr", "Το έχω και στο Vendora φθηνότερα.", "Vendora"),  # Greek Vendora
    ("ro", "Găsiți-l pe OLX mai ieftin.", "OLX"),  # Romanian OLX
    ("uk", "There are more units in our eBay store, look up the shop name.", "eBay"),  # eBay shop
    ("es", "Tengo más unidades en Wallapop, búscame como movilesjuan.", "Wallapop"),  # Wallapop
    ("dk", "Min database er opdateret, DBA-kurset var godt", None),  # 'DBA' without 'på': not the marketplace
    ("fi", "Tori on kaupungin keskustassa", None),  # Finnish 'tori' (square) without a case ending of the site
]


@pytest.mark.parametrize("market,text,expected", LOCAL_MARKETPLACES)
def test_local_marketplaces(contact, policy, market, text, expected):
    found = _spans(contact, policy, market, text, "contact.marketplace")
    assert found == ([] if expected is None else [expected])


PAYMENT_APPS_AND_TRANSFERS = [
    (
        "it",
        "Hai Satispay? Così mi paghi prima e spedisco.",
        True,
    ),  # question about the app, payment in the next sentence
    ("ch", "Zahl mir einfach per Twint, dann schicke ich es morgen.", True),  # Twint
    ("se", "Swisha till mig så skickar jag i dag.", True),  # Swish as a verb
    ("dk", "Du kan betale med MobilePay til mig direkte.", True),  # MobilePay
    ("be", "Betaal met Payconiq naar mijn nummer.", True),  # Payconiq
    ("pt", "Pode pagar por MB Way para o meu número.", True),  # MB Way
    ("de", "Schick das Geld über Revolut, geht schneller.", True),  # Revolut
    ("uk", "Wise me the money and I'll ship it.", True),  # Wise as a verb of paying
    ("pl", "Przelej na moje konto, numer podam w wiadomości.", True),  # transfer to the seller's own account
    ("nl", "Maak het bedrag over naar mijn rekening, dan verstuur ik direct.", True),  # 'maak ... over' split verb
    ("uk", "Pay by bank transfer to my personal account instead.", True),  # English transfer to own account
    ("it", "Fammi un bonifico sul mio conto, ti mando l'IBAN.", True),  # Italian bonifico
    ("es", "No aceptamos Bizum, por favor paga en la plataforma.", False),  # refusal that names the app
    ("uk", "We can't take payment by Revolut, please pay through the checkout.", False),  # 'can't take': a refusal
    ("se", "Vi tar inte emot Swish, betala via plattformen.", False),  # Swedish refusal
    ("ch", "Wir nehmen kein Twint an, bitte über die Plattform bezahlen.", False),  # German refusal
    ("it", "Mi ha pagato con PayPal al momento dell'ordine, tutto ok.", False),  # the platform's checkout
    ("uk", "You can see the order in my account page once it ships.", False),  # 'my account' without a payment
]


@pytest.mark.parametrize("market,text,expected", PAYMENT_APPS_AND_TRANSFERS)
def test_payment_apps_and_transfers(contact, policy, market, text, expected):
    assert ("contact.payment" in codes(contact, policy, market, text)) is expected


DIRECT_ORDERS = [
    (
        "fr",
        "Scannez le QR code de la carte dans le colis pour commander directement chez nous avec -10 %.",
        True,
    ),  # QR card
    ("de", "Im Paket liegt ein Flyer: beim nächsten Mal direkt bei uns bestellen und sparen.", True),  # flyer
    ("uk", "Next time order directly from our shop and get 15% off.", True),  # English
    ("es", "La próxima vez pídenos directamente en nuestra tienda, sale más barato.", True),  # Spanish
    ("it", "Ordina direttamente da noi la prossima volta, c'è il codice sconto sul biglietto.", True),  # Italian
    ("nl", "Bestel voortaan rechtstreeks bij ons via de QR-code op de flyer.", True),  # Dutch
    ("pl", "Następnym razem zamów bezpośrednio u nas, taniej.", True),  # Polish
    ("pt", "Da próxima vez encomende diretamente na nossa loja.", True),  # Portuguese
    ("uk", "You bought it directly from our shop here on Swapiphone, thanks.", False),  # the shop on the platform
    ("de", "Wir versenden direkt aus unserem Lager in Berlin.", False),  # shipping from a warehouse: no sale offered
    ("de", "Unser Shop verschickt werktags bis 14 Uhr.", False),  # the seller's shop named, no sale elsewhere offered
    (
        "it",
        "Il telefono è stato acquistato direttamente da noi in negozio e revisionato.",
        False,
    ),  # the past: its history
    ("uk", "Please don't order directly from us, only through the platform.", False),  # a reminder of the rule
]


@pytest.mark.parametrize("market,text,expected", DIRECT_ORDERS)
def test_direct_orders(contact, policy, market, text, expected):
    assert ("contact.marketplace" in codes(contact, policy, market, text)) is expected


BUYER_DETAILS = [
    ("pt", "Diga-me o seu e-mail para eu mandar as fotos.", True),  # Portuguese
    ("es", "Déjame tu correo y te paso las fotos.", True),  # Spanish
    ("it", "Lasciami la tua mail che ti mando le foto.", True),  # Italian
    ("uk", "Leave your number here and I'll text you.", True),  # 'leave your number'
    ("uk", "Leave your order number in the form, please.", False),  # a reference, not a contact detail
]


@pytest.mark.parametrize("market,text,expected", BUYER_DETAILS)
def test_requests_for_the_buyers_details(contact, policy, market, text, expected):
    assert ("contact.details_request" in codes(contact, policy, market, text)) is expected


ON_A_DOCUMENT = [
    (
        "fr",
        "Mon numéro est sur le bon de livraison, appelez-moi.",
        "contact.phone",
        "Mon numéro est sur le bon de livraison",
    ),
    (
        "de",
        "Meine Nummer steht auf dem Lieferschein, ruf einfach an.",
        "contact.phone",
        "Meine Nummer steht auf dem Lieferschein",
    ),
    ("es", "Mi teléfono viene en la factura, llámame si hay algo.", "contact.phone", "Mi teléfono viene en la factura"),
    ("uk", "My email is on the invoice, write to me there.", "contact.email", "My email is on the invoice"),
    ("fr", "Mon numéro de commande est sur la facture.", "contact.phone", None),  # an order reference on the invoice
    ("nl", "Op de factuur staat je bestelnummer.", "contact.phone", None),  # the buyer's order number
]


@pytest.mark.parametrize("market,text,code,expected", ON_A_DOCUMENT)
def test_channels_pointed_at_on_documents(contact, policy, market, text, code, expected):
    assert _spans(contact, policy, market, text, code) == ([] if expected is None else [expected])


SPELLED_NAMES = [
    ("fr", "Je suis aussi sur S i g n a l, même nom.", "contact.social", "S i g n a l"),  # spaces between letters
    ("uk", "Ping me on w.h.a.t.s.a.p.p instead.", "contact.social", "w.h.a.t.s.a.p.p"),  # dots between letters
    ("de", "Schreib mir auf T-e-l-e-g-r-a-m.", "contact.social", "T-e-l-e-g-r-a-m"),  # dashes between letters
    ("es", "Págame por b i z u m y listo.", "contact.payment", "b i z u m"),  # a payment app spelled out
    ("uk", "Press A B C D on the keypad to reset.", "contact.social", None),  # spaced letters that name no channel
]


@pytest.mark.parametrize("market,text,code,expected", SPELLED_NAMES)
def test_channel_names_spelled_out(contact, policy, market, text, code, expected):
    found = _spans(contact, policy, market, text, code)
    if expected is None:
        assert found == []
    else:
        assert any(expected in span for span in found), found


SPELLED_NUMBERS = [
    (
        "pl",
        "Zadzwoń: pięćset dwanaście trzysta czterdzieści pięć sześćset siedemdziesiąt osiem.",
        "pięćset dwanaście trzysta czterdzieści pięć sześćset siedemdziesiąt osiem",
    ),  # Polish groups of three
    (
        "pl",
        "dzwoń sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem",
        "sześćset jeden dwieście trzydzieści cztery pięćset sześćdziesiąt siedem",
    ),  # hundreds + units
    (
        "es",
        "Llámame al 6 cuarenta y cinco 12 treinta y cuatro 56.",
        "6 cuarenta y cinco 12 treinta y cuatro 56",
    ),  # words and digits
    ("es", "mi número: seis 12 tres 45 seis 78 nueve", "seis 12 tres 45 seis 78 nueve"),  # alternating
    ("pl", "Mam sto powodów, żeby polecić ten telefon", None),  # 'sto' (a hundred) alone is no number
    # A digit repeated by a count, plural zeros, hundreds said as such: how people dictate.
    ("nl", "Bel me: nul zes twaalf vijf keer nul acht negen", "nul zes twaalf vijf keer nul acht negen"),
    (
        "nl",
        "app me op nul zes een twee drie keer de vijf acht negen nul",
        "nul zes een twee drie keer de vijf acht negen nul",
    ),
    (
        "be",
        "gsm: nul vier zevenenzeventig, vijfhonderdvijfenvijftig, drie nullen",
        "nul vier zevenenzeventig, vijfhonderdvijfenvijftig, drie nullen",
    ),
    (
        "pl",
        "zadzwoń: pięćset dwanaście, trzy zera, dwa razy siedem, osiem",
        "pięćset dwanaście, trzy zera, dwa razy siedem, osiem",
    ),
    (
        "pl",
        "pisz: piątka piątka piątka, zero zero zero, zero zero zero",
        "piątka piątka piątka, zero zero zero, zero zero zero",
    ),
    (
        "uk",
        "ring me on oh seven seven hundred, nine hundred, treble zero",
        "oh seven seven hundred, nine hundred, treble zero",
    ),
    (
        "uk",
        "text me: oh seven nine six hundred and twelve, three four five six",
        "oh seven nine six hundred and twelve, three four five six",
    ),
    (
        "it",
        "chiamami al tre quattro sette, tre volte zero, uno due tre quattro",
        "tre quattro sette, tre volte zero, uno due tre quattro",
    ),
    ("es", "llámame al seis uno dos, tres ceros, cuatro cinco seis", "seis uno dos, tres ceros, cuatro cinco seis"),
    (
        "fr",
        "appelle-moi au zéro six, deux fois zéro, douze, trente-quatre, cinquante-six",
        "zéro six, deux fois zéro, douze, trente-quatre, cinquante-six",
    ),
    (
        "be",
        "mon gsm : zéro quatre cent septante-deux, douze, trente-quatre, cinquante-six",
        "zéro quatre cent septante-deux, douze, trente-quatre, cinquante-six",
    ),
    (
        "ch",
        "mon natel : zéro septante-neuf, neuf cent nonante-neuf, douze, trente-quatre",
        "zéro septante-neuf, neuf cent nonante-neuf, douze, trente-quatre",
    ),
    (
        "de",
        "ruf an: null eins sieben eins, zweimal die Null, zwei drei vier fünf",
        "null eins sieben eins, zweimal die Null, zwei drei vier fünf",
    ),
    (
        "ch",
        "null sieben neun, neunhundertneunundneunzig, zwölf, dreiundvierzig",
        "null sieben neun, neunhundertneunundneunzig, zwölf, dreiundvierzig",
    ),
    (
        "pt",
        "liga-me: nove um dois, duas vezes o sete, três quatro cinco seis",
        "nove um dois, duas vezes o sete, três quatro cinco seis",
    ),
    (
        "se",
        "Mitt nummer: noll sju tre, etthundratjugotre, fyrtiofem, sextiosju",
        "noll sju tre, etthundratjugotre, fyrtiofem, sextiosju",
    ),
    # ...and the same words in ordinary replies.
    ("fr", "Je l'ai chargé deux fois, zéro souci, cent pour cent de batterie, trois ans de garantie.", None),
    ("fr", "Lot de trois : deux cents, trois cents, quatre cents, cinq cents, six cents euros.", None),
    (
        "uk",
        "Options: two hundred, three hundred, four hundred, five hundred pounds, one hundred percent battery.",
        None,
    ),
    ("de", "Ich habe zweimal eine Erstattung verlangt, dreimal nachgefragt und keinen Cent gesehen.", None),
    ("nl", "Ik heb drie keer een bericht gestuurd, vijf keer geladen, honderd procent batterij.", None),
    ("pl", "Pisałem dwa razy, trzy razy, zero odpowiedzi; sto procent baterii, dwieście złotych.", None),
    ("pt", "Aconteceu seis vezes, duas delas durante chamadas, duplo zero problemas, cem por cento.", None),
]


@pytest.mark.parametrize("market,text,expected", SPELLED_NUMBERS)
def test_spelled_numbers(contact, policy, market, text, expected):
    assert _spans(contact, policy, market, text, "contact.phone") == ([] if expected is None else [expected])


# A number dictated in pieces in one reply: linked by "then", "/" or commas, or put in place by "starts
# with ... ends with ... the middle is" (assembled_numbers.dictated_in_pieces); then ordinary replies with
# the same words and numbers.
NUMBERS_IN_PIECES = [
    (
        "fr",
        "Appelle-moi : 06 41, puis 27 83, ensuite 90 12, je suis dispo ce soir.",
        "06 41, puis 27 83, ensuite 90 12",
    ),
    (
        "fr",
        "Mon portable commence par 07 81, finit par 44 et au milieu c'est 63 95.",
        "07 81, finit par 44 et au milieu c'est 63 95",
    ),
    (
        "fr",
        "zéro six, quarante et un, puis vingt-sept, quatre-vingt-trois, ensuite quatre-vingt-dix, douze",
        "zéro six, quarante et un, puis vingt-sept, quatre-vingt-trois, ensuite quatre-vingt-dix, douze",
    ),
    ("ch", "Le mieux, appelez-moi : zéro sept huit / 123 / 45 / 67.", "zéro sept huit / 123 / 45 / 67"),
    ("de", "Ruf mich an: 0171 dann 234 danach 5678, bis später.", "0171 dann 234 danach 5678"),
    (
        "de",
        "Meine Handynummer fängt mit 0171 an, endet mit 678 und in der Mitte 2345.",
        "0171 an, endet mit 678 und in der Mitte 2345",
    ),
    (
        "de",
        "Meine Nummer: null eins fünf eins, dann zwei drei vier, Rest Nullen.",
        "null eins fünf eins, dann zwei drei vier, Rest Nullen",
    ),  # "the rest zeros": as many as make a number
    ("es", "Mi móvil empieza por 612, termina en 678 y en medio va 345.", "612, termina en 678 y en medio va 345"),
    (
        "es",
        "Llámame: seiscientos doce, luego treinta y cuatro, después cincuenta y seis, setenta y ocho",
        "seiscientos doce, luego treinta y cuatro, después cincuenta y seis, setenta y ocho",
    ),
    (
        "it",
        "Il mio cellulare inizia con 347, finisce con 4567 e in mezzo c'è 123.",
        "347, finisce con 4567 e in mezzo c'è 123",
    ),
    ("it", "Chiamami al 347 poi 123 poi 45 67 dopo le sei.", "347 poi 123 poi 45 67"),  # "dopo le sei" says when
    ("it", "Il numero del negozio è zero due / 123 / 45 67, chiedi di Marco.", "zero due / 123 / 45 67"),
    ("nl", "Bel me: 06 dan 12 34 daarna 56 78, dan regelen we het.", "06 dan 12 34 daarna 56 78"),
    (
        "nl",
        "Mijn nummer begint met 06, eindigt op 78 en in het midden 1234 56.",
        "06, eindigt op 78 en in het midden 1234 56",
    ),
    ("pl", "Zadzwoń: 512, potem 345, następnie 678.", "512, potem 345, następnie 678"),
    (
        "pl",
        "Mój numer zaczyna się od 601, kończy się na 789, a w środku jest 456.",
        "601, kończy się na 789, a w środku jest 456",
    ),
    ("pt", "Liga-me: 912, depois 345, a seguir 678.", "912, depois 345, a seguir 678"),
    ("pt", "O meu telemóvel começa por 93, acaba em 78 e o meio é 123 45.", "93, acaba em 78 e o meio é 123 45"),
    ("pt", "Liga-me: começa por 96, depois 123 e o resto são zeros.", "96, depois 123 e o resto são zeros"),
    ("uk", "Call me on 07700 then 900 then 123, any time after five.", "07700 then 900 then 123"),
    (
        "uk",
        "My mobile starts with 07911, ends with 456 and the middle is 123.",
        "07911, ends with 456 and the middle is 123",
    ),
    (
        "uk",
        "oh seven seven double oh, then nine oh oh, then one two three",
        "oh seven seven double oh, then nine oh oh, then one two three",
    ),
    # The same words in ordinary replies: quantities, prices, references, codes, dates, versions.
    ("uk", "The battery was at 100 then 95 then 90 after a week.", None),
    ("uk", "First 299, then 279, then 259 if you wait a bit.", None),  # prices: no 0, no words, no phone noun
    ("uk", "Order 4711 then 2231 shipped today, then 5567.", None),
    ("uk", "Type the PIN 0000 then 1234 on the lock screen.", None),  # a code, though it starts with 0
    ("fr", "Le code de déverrouillage : 0000 puis 1234, puis validez.", None),
    ("uk", "iPhone 11 then 12 then 13 then 14 then 15 then 16, all in stock.", None),
    ("fr", "Le colis part lundi 03, puis mardi 04, puis mercredi 05.", None),
    ("fr", "Le code postal commence par 75 et finit par 002.", None),
    ("fr", "J'ai eu 2 retours, puis 3, puis 0 depuis 2023, puis 2024.", None),
    ("de", "Die Bestellnummer beginnt mit 4711 und endet mit 2231 77.", None),
    ("de", "Lieferung am 03.04., dann am 05.04., danach am 07.04.", None),
    ("de", "iOS 16, dann 17, dann 18, danach 18.1 installiert.", None),
    ("es", "El pedido empieza por 40 y termina en 231877.", None),
    ("es", "Cuesta 349, luego 329 y después 299 en rebajas.", None),
    ("it", "Il codice IMEI inizia con 35 e finisce con 1481 2233 44.", None),
    ("it", "Prima 2, poi 3, poi 4 pezzi, dopo 2025 ne arriveranno 10.", None),
    ("nl", "Het ordernummer begint met 12 en eindigt op 345678.", None),
    ("nl", "Eerst 2 dagen, dan 3 dagen, daarna 10 dagen.", None),
    ("pl", "Najpierw 100 zł, potem 90 zł, następnie 80 zł.", None),
    ("pl", "Zamówienie zaczyna się od 2024 i kończy na 118 442.", None),
    ("pt", "A encomenda começa por 58 e acaba em 812345.", None),
    ("pt", "O iPhone 11, depois o 12 e depois o 13, a seguir o 14 e o 15.", None),
    ("uk", "Scores were 10, 9 and 8, the rest zeros.", None),
    pytest.param(
        "de",
        "Akku 100 %, Kratzer 0, Dellen 0, der Rest auch Nullen.",
        None,
        # (offer model 2026.12.1 read it as a phone offer, p 0.92; 2026.12.2 did not, p 0.87)
        marks=pytest.mark.xfail(
            strict=True,
            reason="known gap: the contact offer model 2026.12.5 reads it as a phone offer (p 0.94)",
        ),
    ),
]


@pytest.mark.parametrize("market,text,expected", NUMBERS_IN_PIECES)
def test_numbers_dictated_in_pieces(contact, policy, market, text, expected):
    assert _spans(contact, policy, market, text, "contact.phone") == ([] if expected is None else [expected])


NEVER_PHONES = [
    ("ch", "Ihre Sendung: 99.60.123456.12345678 bei der Post."),  # Swiss Post domestic parcel
    ("ch", "Sendungsnummer 99.00.987654.00112233, morgen da."),  # Swiss Post, introduced
    ("cz", "Číslo zásilky Zásilkovna: Z 123 4567 890."),  # Packeta/Zásilkovna grouped
    ("cz", "Balík má číslo Z1234567890, vyzvedněte na výdejním místě."),  # Packeta in one block
    ("nl", "Je pakket heeft code 3SABCD1234567 bij PostNL."),  # PostNL 3S code
    ("pl", "Numer przesyłki InPost: 620123456789012345678901."),  # InPost 24 digits
    ("es", "Tu pedido n.º 40231877 sale mañana."),  # 'n.º' and 8 digits
    ("pt", "A encomenda n.º 58812345 foi enviada pelos CTT: RR123456789PT."),  # Portuguese order and CTT
    ("uk", "Order 2026-118-4421 shipped today."),  # order number with dashes
    ("fr", "Commande 771-22-938475, expédiée ce matin."),  # French order number with dashes
    ("pl", "Zwrot na rachunek 61 1090 1014 0000 0712 1981 2874 po akceptacji reklamacji."),  # Polish NRB account
    ("pl", "Nr konta do zwrotu: 61109010140000071219812874."),  # NRB in one block
    ("dk", "GLS pakkenummer 12345678901."),  # Danish parcel number
    ("de", "Tracking DHL: 00340434161094015902."),  # SSCC label
    ("se", "Kolli-ID från PostNord: 00370712345678901234."),  # PostNord SSCC
    ("uk", "Use the Contact us button on the order page if anything is wrong."),  # the platform's own button
    ("fr", "Cliquez sur « Nous contacter » dans votre commande."),  # the same in French
]


@pytest.mark.parametrize("market,text", NEVER_PHONES)
def test_tracking_order_and_account_numbers_are_not_contact(contact, policy, market, text):
    assert codes(contact, policy, market, text) == set()


LOOKALIKES_AND_SPANS = [
    ("fr", "ᴍᴀʀɪᴇ.ᴅᴜᴘᴏɴᴛ@ᴏʀᴀɴɢᴇ.ꜰʀ pour les photos", "contact.email", "ᴍᴀʀɪᴇ.ᴅᴜᴘᴏɴᴛ@ᴏʀᴀɴɢᴇ.ꜰʀ"),  # small capitals
    ("fr", "écrivez à paul@օutlook.fr", "contact.email", "paul@օutlook.fr"),  # Armenian o in the domain
    ("es", "Pago por ʙɪᴢᴜᴍ y listo", "contact.payment", "ʙɪᴢᴜᴍ"),  # small-capital app name
    ("uk", "Add me on ᴛᴇʟᴇɢʀᴀᴍ please", "contact.social", "Add me on ᴛᴇʟᴇɢʀᴀᴍ"),  # small-capital platform
    (
        "it",
        "Pagami con PayPal amici e famiglia, così risparmi.",
        "contact.payment",
        "PayPal amici e famiglia",
    ),  # whole word
    (
        "de",
        "erreichbar unter anna punkt weber at web punkt de",
        "contact.email",
        "anna punkt weber at web punkt de",
    ),  # local part kept
    (
        "de",
        "Schreib mir: schulze at gmx punkt de",
        "contact.email",
        "schulze at gmx punkt de",
    ),  # 'at' before a provider
]


@pytest.mark.parametrize("market,text,code,expected", LOOKALIKES_AND_SPANS)
def test_lookalikes_and_whole_spans(contact, policy, market, text, code, expected):
    assert _spans(contact, policy, market, text, code) == [expected]


def test_words_of_other_scripts_are_not_folded(contact, policy):
    # A Greek or Russian word is a word of its language: only tokens that imitate Latin are folded.
    from screening.text.confusables import fold_lookalikes

    assert fold_lookalikes("привет καλημέρα") == "привет καλημέρα"
    assert fold_lookalikes("ᴊᴇᴀɴ@ɢᴍᴀɪʟ.ᴄᴏᴍ") == "jean@gmail.com"


@pytest.mark.parametrize(
    "market, text, code, pattern",
    [
        ("fr", "Écrivez-moi à jean.dupont@gmail.com", "contact.email", "email.written"),  # an address as is
        ("fr", "Écrivez-moi à jean point dupont arobase gmail point com", "contact.email", "email.disguised"),
        ("fr", "Voir https://www.leboncoin.fr/annonce/123", "contact.url", "url.link"),  # a link
        ("fr", "Appelez-moi au 06 12 34 56 78", "contact.phone", "phone.market"),  # the market's format
        ("fr", "Appelez-moi au +33 6 12 34 56 78", "contact.phone", "phone.international"),
        (
            "fr",
            "Appelez-moi au zéro six douze trente-quatre cinquante-six soixante-dix-huit",
            "contact.phone",
            "phone.disguised",
        ),
        ("fr", "Appelez-moi au 06 12", "contact.phone", "phone.begun"),  # the rest may follow
        ("fr", "Appelez-moi : 06 41, puis 27 83, ensuite 90 12", "contact.phone", "phone.pieces"),
        ("fr", "Ajoutez-moi sur WhatsApp pour la suite", "contact.social", "channel.social"),
        ("fr", "Payez-moi directement par PayPal entre amis, c'est plus simple", "contact.payment", "channel.payment"),
        ("de", "Überweisen Sie bitte auf DE89 3704 0044 0532 0130 00", "contact.payment", "channel.iban"),
        ("fr", "Donnez-moi votre numéro de téléphone s'il vous plaît", "contact.details_request", "channel.details"),
    ],
)
def test_a_finding_names_the_recognizer_that_fired(contact, policy, market, text, code, pattern):
    # STYLE.md "Recognizers with named patterns": a false flag is traced to one detector.
    found = [f for f in findings(contact, policy, market, text) if f.code == code]
    # Channel findings add the named pattern of the recognizer: "channel.social.<pattern>".
    assert len(found) == 1 and f"; pattern={pattern}" in found[0].detail, found
    assert found[0].detail.rsplit("; pattern=", 1)[1].startswith(pattern)


@pytest.mark.parametrize(
    ("market", "text", "expected"),
    [
        # "point de / punto de / ponto de" + a word is a place ("point of"), not a domain spelled out...
        ("es", "Llega en 48 h a cualquier punto de la Península.", set()),
        ("fr", "Le colis attend au point de retrait le plus proche.", set()),
        ("pt", "Entregamos em qualquer ponto de Portugal continental.", set()),
        # ...while a label, a spelled dot and a country code at a clause end still are.
        ("es", "Escríbeme, la web es mitienda punto de", {"contact.url"}),
        ("de", "Schau auf handyprofi punkt de vorbei.", {"contact.url"}),
        # English "point at / to / it / me" + a word: a pickup point, a verb ("point me to").
        ("uk", "Pick a collection point at checkout if one is near you.", set()),
        ("uk", "The courier can drop it at a pickup point to save you the trip.", set()),
        ("ie", "Could you point me to the battery figure in the listing?", set()),
        # A word for a website just before keeps the spelled domain.
        ("uk", "Our webshop is phonecorner point at and it has more stock.", {"contact.url"}),
        ("uk", "Have a look at phonecorner point at", {"contact.url"}),
    ],
)
def test_a_spelled_dot_before_de_needs_a_domain(contact, policy, market, text, expected):
    assert codes(contact, policy, market, text) == expected


@pytest.mark.parametrize(
    ("market", "text", "expected"),
    [
        # A rule reminder: the negation may follow the verb ("überweisen Sie nie direkt") or
        # precede the manner word ("nichts privat überweisen").
        ("de", "Bitte überweisen Sie nie direkt an einen Verkäufer, nur über die Plattform.", set()),
        ("de", "Bitte nichts privat überweisen, auch nicht an uns.", set()),
        # The offer itself is still one.
        ("de", "Bitte überweisen Sie den Betrag direkt an mich, dann geht es schneller.", {"contact.payment"}),
    ],
)
def test_a_bank_transfer_refused_in_either_word_order(contact, policy, market, text, expected):
    assert codes(contact, policy, market, text) == expected


# Written for this test (general forms of the c7 development writer's kinds, not its sentences).
# Each row: the code that must be found, or None when the reply must raise no contact code at all.
CHANNELS_BY_REFERENCE_SEARCH_AND_AROUND_THE_ORDER = [
    # a network with "the same name as here": the handle given by reference
    ("de", "Neue Geräte zeigen wir auf Insta, gleicher Name wie hier.", "contact.social"),
    ("it", "Altre foto su Instagram, stesso nome di qui.", "contact.social"),
    ("pl", "Nowe telefony wrzucam na insta, ta sama nazwa.", "contact.social"),
    ("uk", "Same name as the listing, it works with Instagram and TikTok.", None),
    # WhatsApp by its short names, with an invitation or a recommendation
    ("uk", "Quicker on WA, message me there.", "contact.social"),
    ("es", "Mándame un wsp y lo hablamos.", "contact.social"),
    ("uk", "The WA state version has a different modem.", None),
    # a user name to search for on the app
    ("fr", "Sur Telegram, cherchez atelier_phones_demo, je réponds vite là-bas.", "contact.social"),
    # the seller's own place on an app, and where the conversation goes
    ("uk", "We've got a Discord for new stock, I'll send you the invite.", "contact.social"),
    ("de", "Wenn Sie Threema nutzen, gebe ich Ihnen meine ID, dort antworte ich schneller.", "contact.social"),
    ("fr", "T'as insta ? On en parle là-bas.", "contact.social"),
    # the app as a feature, with "where"
    ("uk", "WhatsApp works wherever there is signal.", None),
    ("es", "WhatsApp funciona donde haya cobertura.", None),
    # the buyer's address asked for, to send the phone around the order
    ("fr", "Donnez-moi votre adresse, je vous l'envoie sans passer par la commande.", "contact.details_request"),
    ("es", "¿Cuál es tu dirección? Te lo mando sin hacer el pedido.", "contact.details_request"),
    ("uk", "Is your address still the one on the order? Then it goes out today.", None),
    # a Dutch mobile number is "a 06"
    ("nl", "Wat is jouw 06? Dan app ik je de foto's.", "contact.details_request"),
    ("nl", "Mag ik uw 06? Dan bel ik u morgen.", "contact.details_request"),
    ("nl", "Het pakket komt om 06 uur aan.", None),
    ("nl", "Uw 06 staat al in de bestelling, dat is genoeg.", None),
    # the underscore said in words, a Dutch "bij", a Polish declined provider
    ("es", "Escríbeme a ventas guion bajo moviles en gmail.", "contact.email"),
    ("nl", "Mail naar shop.telefoons22 bij hotmail.", "contact.email"),
    ("pl", "Pisz na sklep.fony22 na gmailu.", "contact.email"),
    # cash at the handover, the platform's fees spared
    ("de", "Abholung möglich, Barzahlung bei Übergabe.", "contact.payment"),
    ("it", "Pagami direttamente, così ti evito le spese della piattaforma.", "contact.payment"),
    ("uk", "To avoid customs fees we ship from inside the EU.", None),
    # what the seller cannot do outside the platform: a reminder of the rule
    ("pt", "Fora da plataforma não consigo devolver o dinheiro, abra uma reclamação.", None),
    ("nl", "Buiten het platform kan ik niets terugbetalen, open een geschil.", None),
]


@pytest.mark.parametrize("market,text,code", CHANNELS_BY_REFERENCE_SEARCH_AND_AROUND_THE_ORDER)
def test_channels_by_reference_search_and_around_the_order(contact, policy, market, text, code):
    found = codes(contact, policy, market, text)
    assert (code in found) if code else not found, found


# Written for this test: general forms of the kinds the retired sealed writer (c1, now development
# data) and the other development writers were missed on.
PAYMENTS_AROUND_THE_FEES_AND_DEALS_ELSEWHERE = [
    # Dutch (Belgian) "overschrijven" is transferring money
    ("be", "Ge kunt het overschrijven op mijn rekening, dan vertrekt hij morgen.", "contact.payment"),
    ("nl", "De terugbetaling wordt overgeschreven zodra het retourpakket binnen is.", None),
    # the platform named as what the deal leaves out
    ("de", "Überweis direkt an mich, nicht nötig über die Plattform.", "contact.payment"),
    ("de", "Einfach direkt überweisen, ohne dass die Plattform etwas daran verdient.", "contact.payment"),
    ("uk", "Pay through the platform as usual, the money is held until you confirm.", None),
    # fees spared, with a few words between and each language's word for them
    ("es", "Por Bizum te lo dejo en 200, ahorramos los dos las tasas.", "contact.payment"),
    ("it", "Con Satispay evitiamo le tariffe, ti faccio 10 euro in meno.", "contact.payment"),
    ("pt", "O preço já inclui as taxas de envio.", None),
    # a direct transfer refused after the words
    ("pt", "Transferência direta não dá, paga aqui na plataforma.", None),
    # the same listing elsewhere, under the same name
    ("pt", "Vendo também no OLX, mesmo nome, compre lá se preferir.", "contact.marketplace"),
    ("es", "Compré la funda en Wallapop hace años.", None),
    # the buyer's details asked in chat English and in Dutch compounds
    ("uk", "whats ur email? I'll send the full-size photos", "contact.details_request"),
    ("uk", "whats ur budget roughly?", None),
    ("nl", "Laat uw e-mailadres even achter, dan krijgt u bericht.", "contact.details_request"),
    ("nl", "Hebt u een telefoonnummer voor mij? Dan bel ik even.", "contact.details_request"),
    ("nl", "Heeft u een hoesje nodig voor deze?", None),
    ("nl", "Laat je gsm eerst volledig opladen.", None),
]


@pytest.mark.parametrize("market,text,code", PAYMENTS_AROUND_THE_FEES_AND_DEALS_ELSEWHERE)
def test_payments_around_the_fees_and_deals_elsewhere(contact, policy, market, text, code):
    found = codes(contact, policy, market, text)
    assert (code in found) if code else not found, found


# Written for this test: general forms of the kinds development writers c8/c9 were missed on.
MARKETPLACES_DESCRIBED_ADDRESSES_DESCRIBED_AND_DETAILS_ASKED = [
    # Facebook's marketplace either way round; auction and classified-ads sites described
    ("es", "Lo tengo también en el Marketplace de Facebook, en Valencia.", "contact.marketplace"),
    ("pl", "Wystawiłem go też na Marketplace na fejsie.", "contact.marketplace"),
    ("fr", "Il est aussi sur le site d'enchères, fin mardi.", "contact.marketplace"),
    ("it", "Lo trovi anche sul sito degli annunci, stesso nome.", "contact.marketplace"),
    ("nl", "Hij staat ook op MP, zelfde naam als hier.", "contact.marketplace"),
    ("nl", "De camera heeft 12 MP en een groothoeklens.", None),
    ("uk", "I bought my first phone on an auction site years ago.", None),
    # the seller's own web shop, with a lower price or a search for it
    ("de", "Ich hab auch nen eigenen Webshop, da ist er billiger.", "contact.marketplace"),
    ("es", "Tengo tienda online propia, búscala en Google y sale la primera.", "contact.marketplace"),
    ("uk", "Our own shop is closed on Sundays, the phone ships Monday.", None),
    # the seller's own address described by its name and provider
    ("uk", "My email is the shop name (phonebox77) on the Google one.", "contact.email"),
    ("it", "La mia mail è ricondizionati.demo sul solito di google.", "contact.email"),
    ("uk", "My email is on its way, check the platform's inbox.", None),
    # the buyer's details asked in chat and polite forms
    ("de", "Haben Sie eine Handynummer für mich? Ich rufe kurz an.", "contact.details_request"),
    ("es", "¿Me dejas un teléfono? Te llamo en un momento.", "contact.details_request"),
    ("pt", "Qual é o teu tlm? Ligo-te já.", "contact.details_request"),
    ("it", "Scrivimi qui l'indirizzo dell'ufficio, non serve cambiare l'ordine.", "contact.details_request"),
    ("uk", "What's the best way to reach you off here?", "contact.details_request"),
    ("nl", "Ik snap je vraag, de lader zit erbij.", None),
    ("pl", "Zaraz podeślę numer przesyłki.", None),
    ("pt", "Prefiro continuar a falar por aqui, fica tudo registado.", None),
]


@pytest.mark.parametrize("market,text,code", MARKETPLACES_DESCRIBED_ADDRESSES_DESCRIBED_AND_DETAILS_ASKED)
def test_marketplaces_described_addresses_described_and_details_asked(contact, policy, market, text, code):
    found = codes(contact, policy, market, text)
    assert (code in found) if code else not found, found
