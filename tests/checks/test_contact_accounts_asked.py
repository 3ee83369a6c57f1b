"""The buyer's account on an app asked for ("what's your username there?", "sous quel nom ?"), the
buyer's number asked for next to the seller's own, and the look-alikes that must stay allowed: an
app named as what the phone was used for, a channel turned down, the Dutch verb "snap", a parcel
number in blocks of four, a refund account number. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        # the buyer's account on an app named nearby
        ("en", "I'm quicker on Discord. What's your username there?"),
        ("de", "Bist du auf Telegram? Sag mir deinen Benutzernamen."),
        ("es", "Estoy en Instagram como tienda. ¿Cuál es tu perfil?"),
        ("pl", "Jestem na Snapie. Podeślij swój nick."),
        ("nl", "Ik zit op Telegram, wat is jouw gebruikersnaam?"),
        # how the buyer is called there
        ("fr", "Vous êtes sur Messenger ? Sous quel nom ?"),
        ("it", "Sei su Facebook? Come ti trovo?"),
        ("pt", "Tens Instagram? Diz-me como apareces lá."),
        # the buyer's number asked for beside the seller's own
        ("fr", "Mon numéro : 06 12 34 56 78, ou laissez-moi le vôtre et je rappelle."),
        ("es", "Llámame al 600 000 000 o déjame tu número y te llamo."),
        ("it", "Ti scrivo io dal 300 000 0000, mandami un SMS col tuo."),
        # chat words for the number or the app
        ("pt", "Passa o teu zap que eu mando as fotos."),
        ("es", "¿Tu wasap?"),
        ("pl", "Podasz komórkę? Zadzwonię wieczorem."),
        ("en", "Stick your number in here and I'll text you the photos."),
        # where else to reach the buyer
        ("nl", "Waar kan ik u anders bereiken?"),
        ("pt", "Como é que o posso apanhar sem ser por aqui?"),
    ],
)
def test_the_buyers_account_or_number_asked_for_is_a_details_request(screener, language, text):
    assert "contact.details_request" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # "your name" with no app around: the parcel's label, the order
        ("en", "What's your name on the order? I'll check the label."),
        ("fr", "Quel est votre nom sur la commande ? Je vérifie l'étiquette."),
        # an app as what the phone did, or an app refused
        ("it", "Lo usava solo per Facebook e le foto, è tenuto benissimo."),
        ("pt", "Os vídeos para o Instagram ficam muito estáveis com este modelo."),
        ("es", "Por WhatsApp prefiero que no, mejor aquí en el chat."),
        # Dutch "snappen" is to understand
        ("nl", "Ik snap dat bellen sneller voelt, maar ik antwoord alleen hier."),
        # numbers of other things
        ("pl", "Numer przesyłki: 6200 0000 1111 2222 3333, doręczenie jutro."),
        ("pl", "Wpisz numer konta w formularzu zwrotu, przelejemy w 14 dni."),
        # a seller's own address and an invitation to write: given, not asked
        ("en", "Send me a mail at shop@example.com and I'll answer tonight."),
    ],
)
def test_look_alikes_are_not_a_details_request(screener, language, text):
    assert "contact.details_request" not in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("it", "Lo usava solo per Facebook e le foto, è tenuto benissimo."),
        ("es", "Por WhatsApp prefiero que no, mejor aquí en el chat."),
        ("nl", "Ik snap dat bellen sneller voelt, maar ik antwoord alleen hier."),
        ("pl", "Numer przesyłki: 6200 0000 1111 2222 3333, doręczenie jutro."),
    ],
)
def test_apps_used_or_refused_and_parcel_numbers_are_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text",
    [
        # the seller's page or group written as one word with the app, or with "our"
        ("nl", "Kijk op onze Facebookpagina, daar staan meer toestellen."),
        ("de", "Mehr Fotos auf unserer Facebook-Seite."),
        # nicknames and misspellings of the apps
        ("it", "Siamo anche su Faccialibro, cercaci come Telefonia Centro."),
        ("pt", "Entra no nosso grupo do face, lá faço desconto."),
        ("pt", "Me chama no zap que eu respondo rápido."),
        ("en", "Search us on Telegrm, same name as the shop."),
        # looked up by the shop's name
        ("es", "Nos encuentras en Instagram como moviles_centro."),
        ("nl", "Zoek op 'Telefoonhuis Zuid' op Facebook."),
    ],
)
def test_the_sellers_place_on_an_app_is_social(screener, language, text):
    assert "contact.social" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("fr", "Face ID fonctionne parfaitement, testé ce matin."),
        ("pt", "O Face ID está a funcionar, testei hoje."),
        ("es", "Tu pedido ya ha salido de nuestras instalaciones."),
        ("en", "Yes, you can pay in instalments at checkout."),
        ("en", "I felt a little zap when I touched the old charger, so I replaced it."),
        ("nl", "U las in een Facebookgroep dat de prijs te hoog is; hij is marktconform."),
    ],
)
def test_face_id_installations_and_a_group_read_in_are_not_social(screener, language, text):
    assert "contact.social" not in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text, code",
    [
        # the checkout skipped, a link or details of the seller's own, money paid directly
        ("en", "If we skip the checkout I can do it for 250.", "contact.payment"),
        ("es", "Te mando un enlace de pago mío, es más rápido que el carrito.", "contact.payment"),
        ("pt", "Dou-lhe os meus dados para o pagamento e envio hoje.", "contact.payment"),
        ("it", "Preferisco che mi paghi direttamente, per te non cambia nulla.", "contact.payment"),
        ("de", "Die Plattform hält das Geld ewig zurück, mir wär's lieber per Überweisung.", "contact.payment"),
        ("fr", "Pour le réserver, 30 € d'acompte par virement, le reste par la commande.", "contact.payment"),
        ("nl", "Met Tikkie is het meteen binnen, dan verstuur ik vandaag.", "contact.payment"),
        ("pl", "Przyjmę też kod do Google Play jako zapłatę.", "contact.payment"),
        # the seller's shop, own webshop, or a misspelled site
        ("en", "Pop into the shop on Saturday and grab it, no fees.", "contact.marketplace"),
        ("it", "Passa in negozio sabato e te lo porti via.", "contact.marketplace"),
        ("pl", "Kup w moim sklepie internetowym, dam rabat.", "contact.marketplace"),
        ("fr", "On a un dépôt à Lille, viens le prendre, pas besoin de le commander ici.", "contact.marketplace"),
        ("nl", "Op markplaats staat hij goedkoper, bied daar maar.", "contact.marketplace"),
    ],
)
def test_payments_and_sales_around_the_platform(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        # prices compared, a past on another site, a payment refused, the escrow explained
        (
            "fr",
            "Sur eBay il part autour de 400 €, donc mon prix est correct.",
        ),
        ("pl", "Kiedyś sprzedawałem na OLX, ale tam same oszustwa, tu jest spokój."),
        ("it", "Satispay diretto preferisco di no, restiamo qui."),
        ("pt", "MB Way direto não dá, paga pelo site que ficas protegido."),
        ("en", "The platform holds the payment until you confirm delivery, that protects you."),
        ("it", "È già venduto, un altro cliente ha versato l'acconto prima."),
        # (offer model 2026.12.1 read it as an offer, p 0.90; 2026.12.2 does not)
        ("es", "En casa me llega fatal la señal, ¿será la antena?"),
        ("en", "You can pay directly at checkout with card or PayPal."),
    ],
)
def test_prices_pasts_refusals_and_the_escrow_are_allowed(screener, language, text):
    assert contact_codes(screener, language, text) == []
