"""The contact check's channel recognizers (screening/checks/contact/channels/): each declares its
name, codes and named patterns with their scores; a hit says which declared pattern fired, and a
finding's `pattern=` names a declared recognizer. Every sentence was written for these tables."""

from __future__ import annotations

import pytest

from screening.checks.base import CheckContext, CheckResources
from screening.checks.contact import ContactCheck
from screening.checks.contact.channels import RECOGNIZERS, Recognizer, find_channels
from screening.core.types import Message
from screening.text.confusables import fold_lookalikes
from screening.text.normalize import normalize

# The codes a recognizer may emit ("url" only for a page described, found through a search engine:
# written links are links.py's).
CONTACT_CODES = {"social", "marketplace", "payment", "details_request", "phone", "email", "url"}
BY_NAME = {recognizer.name: recognizer for recognizer in RECOGNIZERS}

# (market, text, recognizer, the named pattern that must fire)
FIRING = [
    # A handle after the app: strong evidence.
    ("fr", "Ajoutez-moi sur Snapchat : jean.dupont88", "social", "handle_or_question"),
    # A question with a preposition: an invitation, weaker.
    ("fr", "On continue sur Telegram ?", "social", "invitation"),
    # Another marketplace as a place to deal.
    ("uk", "Selling it cheaper on Gumtree too if you want to deal there.", "marketplace", "marketplace_named"),
    # PayPal between friends.
    ("uk", "Send the money with PayPal friends and family please.", "payment", "paypal_private"),
    # PayPal outside the platform.
    ("uk", "Pay me with PayPal directly, not through the site.", "payment", "paypal_direct"),
    # A payment app with a word of paying.
    ("es", "Me pagas por Bizum y te lo envío.", "payment", "payment_app"),
    # A way to pay the checkout does not offer, named.
    ("es", "Te lo mando contrarreembolso y pagas al recibirlo.", "payment", "paid_outside_by_name"),
    # A message asked for on an app, not the buyer's account on it.
    ("it", "Mandami un Telegram stasera e ti giro le foto.", "details", "message_on_app"),
    ("es", "Pásame tu WhatsApp y te mando el vídeo.", "details", "app_of_request"),
    # A bank transfer to the seller.
    ("uk", "Do a bank transfer straight to me and I post it.", "payment", "bank_transfer"),
    ("uk", "Sort code 20-00-00, account 00012345, I post once it clears.", "payment", "bank_details"),
    # The seller's own account beside a word of transferring.
    ("pl", "Przelej na moje konto, wyślę od razu.", "payment", "own_account"),
    # A deal outside the platform, with a word of paying.
    ("uk", "Let's do the deal outside the platform and pay me directly.", "payment", "off_platform_deal"),
    # Paying cash.
    ("uk", "Pay me cash when you pick it up.", "payment", "cash"),
    # Cash at the pickup.
    ("uk", "Cash on collection, I'll be home all day.", "payment", "cash_at_pickup"),
    # Saving the platform's fee, with a price.
    ("uk", "Pay me 180 € and we save the fees of the platform.", "payment", "fee_evasion"),
    # "Give me a number": a contact asked for, whoever's it is.
    ("uk", "Give me a number where I can call you.", "details", "give_me_contact"),
    # The buyer's number, asked in a question.
    ("uk", "Could you give me your phone number?", "details", "owned_detail_asked"),
    # How to reach the buyer.
    ("uk", "How can I reach you outside the app?", "details", "reach_you"),
    ("de", "Unter welcher Nummer erreiche ich Sie heute Abend?", "details", "which_number"),
    ("uk", "I'd need your home address to drop it round myself.", "details", "home_address"),
    # The seller needs the buyer's number.
    ("uk", "I need your mobile number to send it.", "details", "detail_needed"),
    # A verb of giving and the buyer's detail.
    ("uk", "Leave me your email and I will write.", "details", "verb_and_detail"),
    ("uk", "What is your address? I can post it to you without the order.", "details", "address_off_order"),
    # A private or personal contact asked for.
    ("nl", "Graag uw privé e-mailadres voor de garantie.", "details", "private_detail_asked"),
    ("de", "Ohne Ihre Telefonnummer reserviere ich nichts.", "details", "detail_as_condition"),
    ("fr", "Où puis-je vous écrire en dehors de l'application ?", "details", "write_outside"),
    ("es", "¿Contacto?", "details", "bare_contact_question"),
    ("de", "Auf Discord bin ich schneller. Wie lautet dein Nutzername dort?", "details", "account_asked"),
    ("uk", "I'll take an Amazon gift card for it if that's easier.", "payment", "gift_card"),
    ("es", "Transfiéreme hoy y mañana sale por mensajero.", "payment", "money_asked"),
    ("uk", "Let's skip the checkout and I'll knock a tenner off.", "payment", "checkout_skipped"),
    ("it", "Ti mando io un link di pagamento, così facciamo prima.", "payment", "own_payment_link"),
    ("de", "Ich gebe dir meine Daten für die Zahlung, dann reserviere ich es.", "payment", "details_for_payment"),
    ("fr", "Je préfère que vous me payiez directement, c'est plus simple.", "payment", "paid_directly"),
    ("nl", "Het platform houdt het geld weken vast, ik heb liever een overschrijving.", "payment", "escrow_avoided"),
    ("pl", "Poproszę zaliczkę 50 zł przelewem, resztę przy odbiorze paczki.", "payment", "deposit_outside"),
    ("pt", "Faça transferência, o IBAN está no meu perfil.", "payment", "account_in_profile"),
    ("it", "Passa in negozio e lo compri lì, senza commissioni.", "direct", "buy_in_person"),
    # An order taken directly by the seller.
    ("uk", "Next time order directly from us on our website.", "direct", "order_directly"),
    # The bypass said outright: no "directly" or "our shop" needed.
    ("se", "Beställ av oss nästa gång, utan mellanhand.", "direct", "order_off_platform"),
    ("fi", "Tilaa seuraavalla kerralla meiltä, ilman alustaa.", "direct", "order_off_platform"),
    # The seller's number, pointed at on paper.
    ("uk", "My number is on the delivery note.", "documents", "number_on_document"),
    # The seller's e-mail, pointed at on paper.
    ("uk", "My email is on the invoice.", "documents", "email_on_document"),
    # The seller's messaging app, pointed at on paper.
    ("uk", "My WhatsApp is on the receipt.", "documents", "app_on_document"),
    # The buyer's address for a visit in person...
    ("uk", "What is your address? I'll bring it round myself.", "visits", "address_for_visit"),
    # ...and paid at the door.
    ("uk", "What is your address? I'll bring it round myself and you pay me at the door.", "visits", "paid_at_door"),
    # An app described, not named.
    ("uk", "Find me on the app with the paper plane.", "hints", "app_described"),
    # A marketplace described, not named.
    ("uk", "You will also find it on the bay app, cheaper.", "hints", "market_described"),
    # The same user name on another app.
    ("uk", "Add me on the other app, same user name as here.", "hints", "same_user_name"),
    ("uk", "I've two more listed on the big auction site, same username as here.", "hints", "same_name_market"),
    ("fr", "Le compte porte le nom du magasin, en minuscules, avec un tiret bas.", "hints", "handle_described"),
    ("uk", "The card in the box has a QR code for our buyers' group.", "hints", "code_to_group"),
    # An e-mail described by its provider.
    ("uk", "My email is at gmail, you know the rest.", "hints", "mail_provider_described"),
    # The buyer's account on a network, asked for (two findings: a request and an invitation).
    ("uk", "What's your insta? Add me there.", "hints", "their_account_asked"),
    ("uk", "What's your insta? Add me there.", "hints", "their_account_app"),
    # The seller's shop, through a search engine.
    ("uk", "Search our shop name on Google, it's cheaper there.", "hints", "shop_by_search_engine"),
    ("uk", "Search our shop name on Google, the online shop has the rest.", "hints", "site_by_search_engine"),
    ("nl", "Onze webshop heeft hem ook op voorraad. Daar is hij 20 euro goedkoper.", "direct", "order_directly"),
    (
        "uk",
        "Just google 'Example Repairs Derby', our own page, prices are better there.",
        "hints",
        "cheaper_by_search_engine",
    ),
    # The seller's own page, or a name in quotes, to type into a search engine.
    (
        "uk",
        "The full spec sheet is on our own page, just google 'Example Phone Repairs Leeds'.",
        "hints",
        "page_by_search_engine",
    ),
    ("uk", "More pictures on my own blog, the link is in my profile here.", "hints", "page_linked"),
    ("fr", "Le lien du catalogue est dans mon profil, ouvrez-le.", "hints", "link_in_profile"),
    ("uk", "The QR card in the box takes you to our test videos.", "hints", "qr_to_page"),
    ("de", "Such mal nach „Handyecke Bremen Angebote“, da ist alles.", "hints", "quoted_name_to_search"),
    # A call asked for, no number written.
    ("uk", "Give me a ring this evening and we'll sort the price out.", "calls", "call_asked"),
    # A valid IBAN.
    ("uk", "IBAN DE89 3704 0044 0532 0130 00, transfer the money there.", "iban", "iban_valid"),
    # An IBAN with a wrong check digit, money to move to it.
    ("uk", "IBAN DE89 3704 0044 0532 0130 01, transfer the money there.", "iban", "iban_shape"),
    # A Hungarian account number beside a word for an account.
    ("hu", "Utalj a számlaszámra: 11773016-11111018", "bank_account", "national_account"),
]


@pytest.fixture(scope="module")
def contact(policy) -> ContactCheck:
    return ContactCheck.build(CheckResources(policy=policy))


def _hits(policy, market: str, text: str):
    view = fold_lookalikes(normalize(text, scripts=False).text)
    market_policy = policy.for_market(market)
    return find_channels(view, tuple(market_policy.languages), ("swapiphone",))


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda r: r.name)
def test_every_recognizer_declares_its_codes_and_named_patterns(recognizer: Recognizer) -> None:
    names = [pattern.name for pattern in recognizer.patterns]
    assert recognizer.name and names, "a recognizer has a name and at least one named pattern"
    assert len(set(names)) == len(names), "pattern names are unique within a recognizer"
    assert recognizer.codes() and recognizer.codes() <= CONTACT_CODES
    for pattern in recognizer.patterns:
        assert 0 < pattern.score <= 1 and pattern.detail


def test_recognizer_names_are_unique() -> None:
    assert len(BY_NAME) == len(RECOGNIZERS)


def test_every_named_pattern_has_a_row_that_fires_it() -> None:
    # A pattern added without an example here fails this test: the table stays complete.
    declared = {(r.name, p.name) for r in RECOGNIZERS for p in r.patterns}
    assert {(name, rule) for _, _, name, rule in FIRING} == declared


@pytest.mark.parametrize(("market", "text", "recognizer", "rule"), FIRING)
def test_a_hit_says_which_declared_pattern_fired(policy, market, text, recognizer, rule) -> None:
    hits = _hits(policy, market, text)
    assert any(hit.pattern == recognizer and hit.rule == rule for hit in hits), hits
    for hit in hits:
        declared = BY_NAME[hit.pattern].pattern(hit.rule)  # raises for an undeclared pattern
        assert (hit.code, hit.score) == (declared.code, declared.score)


@pytest.mark.parametrize(("market", "text"), sorted({(market, text) for market, text, _, _ in FIRING}))
def test_a_findings_pattern_names_a_declared_recognizer(contact, policy, market, text) -> None:
    findings = contact.inspect(Message(text=text, market=market), CheckContext(policy=policy.for_market(market)))
    channel_findings = [f for f in findings if "; pattern=channel." in f.detail]
    assert channel_findings
    for finding in channel_findings:
        # "channel.<recognizer>.<named pattern>": both declared, the code and score the pattern's.
        name, rule = finding.detail.rsplit("; pattern=channel.", 1)[1].split(".", 1)
        declared = BY_NAME[name].pattern(rule)
        assert (finding.code, finding.score) == (f"contact.{declared.code}", declared.score), finding
