"""A number the buyer asked for: the tracking code, the IMEI, the serial or the order number.

"Have you got a tracking code?" -> "0000 5550 0000": a seller answering a request for a reference
often sends it bare, in one or two replies, and a group of 8-12 digits has the shape of a national
phone number. When the buyer's last message asks for such a reference (and not for a phone
number), a bare number in the seller's reply is that reference: it is not reported as a phone.
A number offered with a word to call or write ("call me", "WhatsApp", "tel") still is.

Reads the normalised text (lower case, accents folded) of the contact check.
"""

from __future__ import annotations

import re
from typing import Sequence

from screening.core.types import Message
from screening.text.normalize import normalize

# What a buyer asks for when they want a reference, in the eight main market languages; the offer
# model stands down on a sentence asking for one too ("send me your order number": no channel).
REFERENCE_NOUNS = (
    r"imei|serial|serie|seriennummer|numero de serie|serienummer|numer seryjny|"
    r"tracking|track ?(?:&|and|en|n) ?trace|trackcode|track ?code|tracknummer|volgcode|suivi|"
    r"sendungsnummer|sendungsverfolgung|paketnummer|seguimiento|tracciamento|tracking number|"
    r"numer (?:nadania|przesylki|sledzenia|paczki|zamowienia)|rastreio|codigo de rastreio|"
    r"order number|numero de commande|bestellnummer|numero de pedido|numero (?:d'?)?ordine|"
    r"bestelnummer|numero de encomenda|zendingnummer|waybill"
)
_REFERENCE_REQUEST = re.compile(r"(?<![a-z])(?:" + REFERENCE_NOUNS + r")(?![a-z])")
# The buyer asks for a way to call or write, not for a reference.
_CONTACT_REQUEST = re.compile(
    r"(?<![a-z])(?:phone|telephone|telefon\w*|tel|mobile|portable|handy|movil|cellulare|cell|gsm|"
    r"telemovel|komorka|whatsapp|e-?mail|mail|number to call)(?![a-z])"
)
# Words that offer a number to call or write to.
_CALL_OR_WRITE = re.compile(
    r"(?<![a-z])(?:call|ring|text|phone|tel|whatsapp|wa|sms|appel\w*|telephone|anruf\w*|ruf|anrufen|"
    r"llam\w*|chiam\w*|bel|zadzwon\w*|dzwon\w*|liga\w*|ligue\w*|"
    # "the same number is on the invoice" is the reference again; "my number" is the seller's
    r"my number|mon numero|meine? nummer|mi numero|il mio numero|mijn nummer|moj numer|o meu numero)(?![a-z])"
)
# The buyer's last messages read (a request and a follow-up).
_BUYER_MESSAGES = 2


def reference_requested(message: Message, conversation: Sequence[Message]) -> bool:
    """Whether the buyer's last messages before `message` ask for a reference number and not for
    a way to reach the seller."""
    if message.author != "seller":
        return False
    buyer = [m for m in conversation if m.author == "buyer" and m.sent_at <= message.sent_at][-_BUYER_MESSAGES:]
    if not buyer:
        return False
    asked = " ".join(normalize(m.text).text for m in buyer)
    return _REFERENCE_REQUEST.search(asked) is not None and _CONTACT_REQUEST.search(asked) is None


def offers_a_call(folded_reply: str) -> bool:
    """Whether the reply (normalised) offers a number to call or write to."""
    return _CALL_OR_WRITE.search(folded_reply) is not None


__all__ = ["offers_a_call", "reference_requested"]
