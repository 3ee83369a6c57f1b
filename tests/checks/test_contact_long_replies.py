"""Long, helpful seller replies that are no contact offer (rule R4), and the offers beside them.

A seller who explains how to set a phone up, why a payment must stay on the platform, or signs
with the shop's name and hours writes words the contact rules and the offer model look for: the
SIM *card* and *calls*, an access point name that looks like a host, "cash on delivery is not
available", the steps *in WhatsApp*, "Google's account recovery", a shop signature. Rows written
for this test, per language; each group has the offers it must still find.
"""

from __future__ import annotations

import pytest

from screening.checks.contact import body_end
from screening.checks.contact.signature_line import signature_line_start
from screening.core.pipeline import Screener
from tests.checks.contact_codes import contact_codes


ORDINARY = [
    # the phone and its SIM card, calls and texts: the device, not the seller's number on a card
    (
        "es",
        "Si las llamadas funcionan, el móvil no tiene bloqueo y la tarjeta SIM está bien colocada; prueba a reiniciarlo.",
    ),
    ("pt", "Se não recebe SMS, desligue o telemóvel, tire o cartão, volte a pô-lo e ligue de novo."),
    ("it", "Se le chiamate funzionano, il telefono è a posto: prova a togliere la scheda e a rimetterla."),
    # an access point name, written like a host
    ("es", "En Ajustes > Redes móviles > APN, añade uno nuevo y escribe «datos.operadora.es» como APN."),
    ("de", "Trag unter Zugangspunkte als APN einfach web.netzbetreiber.de ein und starte das Handy neu."),
    ("uk", "Go to Settings > Mobile data > Access point names and enter data.network.co.uk as the APN."),
    # a way to pay named and said to be unavailable
    ("it", "Purtroppo il pagamento in contrassegno non è disponibile: al checkout trova carta e pagamento a rate."),
    ("uk", "Sorry, cash on delivery is not available, the checkout takes cards and instalments."),
    ("es", "Lo siento, el pago contra reembolso no está disponible; en la plataforma puedes pagar con tarjeta."),
    # an app operated on the phone
    ("nl", "Zet eerst een back-up klaar en volg daarna de stappen in WhatsApp om je chats over te zetten."),
    ("uk", "Open the settings in WhatsApp, then Chats, then Transfer chats, and follow the steps there."),
    ("de", "Öffne danach die Einstellungen in WhatsApp und folge den Schritten zum Übertragen der Chats."),
    # a possessive, not a quoted name to look up
    (
        "uk",
        "If you forgot the password, reset it through Google's account recovery and sign in again on the phone's own screen.",
    ),
    # the buyer's account signing in: Google offers the codes
    (
        "es",
        "En la pantalla de inicio de sesión pulse «Otra forma de acceder» y Google le enviará un código a la cuenta de respaldo.",
    ),
    # a company's tax number, a payment's reference, the number an account trusts: no contact detail asked
    (
        "de",
        "Damit Ihr Firmenname und Ihre USt-IdNr auf der Rechnung stehen, tragen Sie beides vor der Bestellung in der Rechnungsadresse ein.",
    ),
    ("es", "En el detalle del pedido verá la devolución con su número de referencia, por si lo pide su banco."),
    ("uk", "To get back in you will need your trusted number for the code, or another device that is signed in."),
    # a menu path over several clauses, an app on the home screen
    ("es", "En WhatsApp, además, puede entrar en Ajustes, luego Chats, y elegir una letra más grande."),
    ("it", "Sulla schermata home lasciamo solo Telefono, WhatsApp e Fotocamera, con le icone grandi."),
    # an eSIM moved between phones, not money
    (
        "pt",
        "Se a transferência direta da eSIM não funcionar com a sua operadora, peça uma nova eSIM na loja da operadora.",
    ),
    # a setting or a voice command quoted with the engine's name in it, a menu path with quoted labels
    ("de", "Prüfen Sie, ob „Google-Standortgenauigkeit“ eingeschaltet ist, dann findet die Karten-App Sie schneller."),
    ("uk", "If saying “Ok Google” does nothing, record your voice again in the assistant's settings."),
    ("pl", "Proszę wejść w Ustawienia > Lokalizacja i włączyć „Dokładność lokalizacji Google”."),
    # the buyer's calls in an app, troubleshot; the number registered with an app
    ("nl", "Valt het geluid weg bij gewone telefoongesprekken, of alleen via WhatsApp?"),
    ("pt", "Isso acontece nas chamadas normais, ou só pelo WhatsApp?"),
    ("pl", "Pani numer może być nadal zarejestrowany w iMessage, trzeba go wyrejestrować na stronie Apple."),
    # the phone's SIM lines: which number calls and which does data, a number kept on the new phone
    (
        "uk",
        "With an eSIM and the physical SIM you choose which number makes calls. Will you keep your work number on it too?",
    ),
    ("nl", "Na het toevoegen van de eSIM kies je bij Instellingen welk nummer je gebruikt om te bellen."),
    # a deal outside the platform warned against: the buyer protection it would cost
    ("uk", "Sorry, I can't do that. Paying by bank transfer outside the platform would remove your buyer protection."),
    (
        "it",
        "Mi dispiace, niente consegna a mano con pagamento in contanti. Perderebbe la protezione della piattaforma.",
    ),
    ("pt", "Percebo a ideia. Pagar por MB WAY fora da plataforma fazia-lhe perder a proteção de comprador."),
    # a signature's parts set apart by middle dots, one of them before a word that is also a domain ending
    (
        "es",
        "Hola, el móvil sale mañana con Correos y llega en dos días.\nUn saludo,\nLucía\n"
        "Móviles Ruiz · revisado en 40 puntos de control · de lunes a sábado",
    ),
    # "contact" with a liquid, the letters of "qui" (here) inside "liquide": no way to reach the buyer
    (
        "fr",
        "Elle couvre les pannes qui ne résultent pas d'un choc, d'une chute ou d'un contact avec un liquide : "
        "batterie sous 80 %, boutons, haut-parleur.",
    ),
    # the SIM card's number, and the phone itself packed in a box: no number on paper in the parcel
    ("fr", "WhatsApp envoie un code par SMS au numéro de sa carte SIM, qui n'est pas encore dans le téléphone."),
    ("pl", "Telefon pakujemy w karton z wypełnieniem, a kod odbioru przyjdzie SMS-em od przewoźnika."),
    # a model name after a word that only holds the letters of "site"
    ("fr", "J'hésiterais entre le Galaxy A34 et l'iPhone SE. Le Samsung a un plus grand écran."),
    # the English word "line" in a question with "where" before it: no app
    ("uk", "Could you send a photo of the screen so we can see where the line is and how long it is?"),
    # what the seller cannot do outside the platform, said in one clause; a deal turned down after it
    (
        "uk",
        "I'm afraid I can't set up a meeting with payment in cash outside the platform, but I can send more photos.",
    ),
    ("pt", "Lamento, mas não podemos fazer vendas com pagamento fora da plataforma, nem com desconto."),
    ("es", "No puedo reservarlo ni cobrarlo fuera de la plataforma, lo siento mucho."),
    ("de", "Eine Abholung mit Barzahlung außerhalb der Plattform geht aber leider nicht."),
    ("nl", "Een betaling buiten het platform gaat helaas echt niet, ook niet met korting."),
    # an invoice's number after a word about it, a company's registration number
    ("it", "La fattura elettronica n. 2024/0612 è intestata allo studio e la trova nella sezione Documenti."),
    ("be", "Op de factuur staat zoals gevraagd uw ondernemingsnummer BE 0712.345.678."),
    # Dutch "second-hand", not the site of that name
    ("nl", "Ook op tweedehands en refurbished toestellen krijgt u bij ons een jaar garantie."),
    ("be", "Tweedehands toestellen testen we altijd op dertig punten voor ze verzonden worden."),
    # a parcel's number introduced as its tracking number after the carrier's sentence
    ("pl", "Paczka wyjechała dziś z magazynu. Numer do śledzenia: 2250318844, status zobaczy Pani jutro."),
    # two years of a model, not a number
    (
        "es",
        "El iPhone SE (2020 y 2022) tiene una sola ranura para la SIM física y admite una eSIM; compruebe antes el coste con su compañía.",
    ),
]


@pytest.mark.parametrize("market, text", ORDINARY)
def test_helpful_replies_are_no_offer(screener: Screener, market: str, text: str) -> None:
    assert contact_codes(screener, market, text) == []


OFFERS = [
    ("es", "Mi número está en la tarjeta que va en la caja, llámame y lo hablamos.", "contact.phone"),
    ("es", "Mira más modelos en nuestra web tiendamovil-ejemplo.es, allí es más barato.", "contact.url"),
    ("it", "Se preferisci te lo spedisco in contrassegno, paghi direttamente al corriere.", "contact.payment"),
    ("uk", "Add me on WhatsApp and I'll send you more photos of it.", "contact.social"),
    ("pt", "Pode fazer transferência direta para a minha conta, são 250 €, e envio hoje.", "contact.payment"),
    ("uk", "Send me your mobile number and I'll call you this evening about it.", "contact.details_request"),
    ("uk", "Search 'Harbour Phones Whitby' on Google, our own shop is cheaper.", "contact.marketplace"),
    ("fr", "Cherchez « Atelier Mobile Lyon » sur internet, vous trouverez notre site.", "contact.url"),
    (
        "de",
        "Geben Sie „Handyhaus Kiel Werkstatt“ bei Google ein, dort ist unsere Seite mit allen Preisen.",
        "contact.url",
    ),
    ("nl", "Ik heb hem ook op tweedehands staan, daar is hij twintig euro goedkoper.", "contact.marketplace"),
    ("nl", "Bel me even via WhatsApp, dan regelen we de gesprekken over de prijs daar.", "contact.social"),
    (
        "uk",
        "The SIM is already in the tray. Send me your mobile number and I'll ring you tonight.",
        "contact.details_request",
    ),
    ("pt", "Para as chamadas é mais fácil falar comigo pelo WhatsApp, mande mensagem.", "contact.social"),
    (
        "uk",
        "Pay me by bank transfer outside the platform. You lose the buyer protection, but I knock 30 off.",
        "contact.payment",
    ),
    ("it", "Per la fattura corretta chiamami al n. 347 123 4567.", "contact.phone"),
    # the number on a sticker in the parcel, with a call asked
    ("pl", "Numer telefonu jest na naklejce na pudełku, proszę dzwonić.", "contact.phone"),
    ("de", "Meine Telefonnummer steht auf dem Aufkleber am Karton, ruf einfach an.", "contact.phone"),
    # a space for the dot after a word for a website: still an address
    ("fr", "Toutes nos offres sont sur notre site monrefurb se, regardez.", "contact.url"),
    # a dot with spaces around it, written as a dot: still a disguised address
    ("es", "Mira nuestra tienda: moviles-ruiz . es, allí es más barato.", "contact.url"),
    # "can't" in another clause than the deal outside the platform: no refusal of it
    ("uk", "If you can't wait for the delivery, pay me by bank transfer outside the platform.", "contact.payment"),
    (
        "de",
        "Wenn Sie nicht warten können, zahlen Sie mir direkt per Überweisung außerhalb der Plattform.",
        "contact.payment",
    ),
    ("pl", "Numer do śledzenia nie działa? Proszę dzwonić na mój numer 601 234 567.", "contact.phone"),
]


@pytest.mark.parametrize("market, text, code", OFFERS)
def test_offers_beside_them_are_still_found(screener: Screener, market: str, text: str, code: str) -> None:
    assert code in contact_codes(screener, market, text)


# A body the model reads as ordinary, a closing, a name, and the shop's signature line.
SIGNED = [
    (
        "de",
        "Guten Tag, das Handy ist geprüft und der Akku liegt bei 91 %. Es geht morgen mit DHL raus.\n"
        "Freundliche Grüße\nJonas\nHandy-Eck Bremen · seit 2011 · 24 Monate Garantie · Mo–Fr 9–18 Uhr",
    ),
    (
        "pt",
        "Bom dia, o telemóvel foi testado e a bateria está a 90%. Segue amanhã pelos CTT.\n"
        "Cumprimentos,\nRita\nRita Telemóveis, Braga · vendedora profissional desde 2014 · 18 meses de garantia",
    ),
    (
        "uk",
        "Hi, the phone has been tested and the battery is at 90%. It goes out tomorrow with Royal Mail.\n"
        "Kind regards,\nSam\nSam's Phone Shop, Leeds · trading since 2012 · open Mon–Sat 9–5",
    ),
    # a signature line set apart with no closing above it (signature_line.py)
    (
        "nl",
        "Hoi, de accu zit op 92% en hij gaat morgen met PostNL de deur uit. Laat gerust weten als je nog vragen "
        "hebt.\n\nGSM Hoek Zwolle · sinds 2012 · elk toestel getest op 30 punten",
    ),
    (
        "uk",
        "Hi, the phone was tested again this morning and the battery reads 93%. It goes out with Royal Mail "
        "tomorrow, tracked.\n\nPhoneNest Leeds | seller since 2017 | every device checked on 35 points",
    ),
    (
        "de",
        "Hallo, das Handy geht morgen mit DHL raus und ist in zwei Tagen bei Ihnen.\n\n"
        "HandyWerk Kassel – seit 2015 – jedes Gerät auf 30 Punkte geprüft – 12 Monate Garantie",
    ),
]


@pytest.mark.parametrize("market, text", SIGNED)
def test_a_shop_signature_is_not_read_as_an_offer(screener: Screener, market: str, text: str) -> None:
    assert contact_codes(screener, market, text) == []


def test_body_end_is_where_the_sign_off_begins() -> None:
    text = SIGNED[2][1]
    end = body_end(text)
    assert end is not None and text[:end].endswith("Royal Mail.")
    assert body_end("Hi, the phone ships tomorrow.") is None  # no sign-off block
    assert body_end("Ｈi, the phone ships tomorrow.\nKind regards,\nSam") is None  # NFKC would move the offsets


@pytest.mark.parametrize(
    "text, signature",
    [
        (
            "Hi, it ships today.\n\nPhoneNest Leeds | since 2017 | 35-point check",
            "PhoneNest Leeds | since 2017 | 35-point check",
        ),
        ("Hallo.\nHandyWerk Kassel – seit 2015 – Garantie", "HandyWerk Kassel – seit 2015 – Garantie"),
        ("Hi, it ships today.\n\nPhoneNest Leeds | since 2017", None),  # two parts: a name and one more
        ("Hi, it ships today. PhoneNest Leeds · since 2017 · 35-point check", None),  # not set apart
        ("Hi.\n\nShall I send it today · or tomorrow · with tracking?", None),  # a question
        # a sentence between the separators, not a signature's part
        ("Hi.\n\nOrder here · we answer every message within one working day of receiving it · thanks", None),
    ],
)
def test_signature_line_start(text: str, signature: str | None) -> None:
    start = signature_line_start(text)
    assert (text[start:] if start is not None else None) == signature


def test_a_channel_in_the_signature_is_still_found(screener: Screener) -> None:
    text = SIGNED[2][1] + " · call us on 07700 900 123"
    assert "contact.phone" in contact_codes(screener, "uk", text)
