"""Contact that travels in the parcel: "scan the QR code on the card in the box for deals we can't
post here", "the number is on the sticker on the box, text me".

A card or a sticker is where a seller puts what the screened chat would catch. Two shapes, in the
eight main market languages:
- a QR code (or a card) to scan, with what it leads to said to be off the platform: deals, discounts
  or offers "not here", "outside the platform" (contact.url: it is a link in print);
- the seller's number said to be on the box, a sticker or a card, beside an invitation to write or
  call (contact.phone: the number itself is on paper).
A QR code for the warranty registration or a review, or the IMEI printed on the box, is neither.

Reads the normalised text (lower case, accents folded) of the contact check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# Bounded work: a text repeating "scan the QR code" a thousand times is read for its first mentions.
MAX_MENTIONS = 16

_QR = re.compile(r"(?<![a-z])(?:qr(?:[- ]?code)?|codigo qr|codice qr|kod(?:em)? qr|kodem qr|code qr)(?![a-z])")
_SCAN = re.compile(r"(?<![a-z])(?:scan\w*|escan\w*|scansion\w*|zeskan\w*|skan\w*|digitaliz\w*|leia|lees|flash\w*)")
# What the code leads to, said to be kept away from the platform's view.
_OFF_PLATFORM_DEALS = re.compile(
    r"(?<![a-z])(?:hors (?:de la )?plateforme|en dehors|outside|off (?:the )?platform|not (?:on )?here|on here|not allowed|can'?t (?:post|put|show)|"
    r"auf der plattform nicht|hier nicht|nicht hier|gibt es hier|aqui no|que aqui no|no podemos|qui non|che qui non|non possiamo|"
    r"hier niet|niet mogen|mogen plaatsen|tu nie|nie mozemy|ktorych tu|aqui nao|que aqui nao|nao podemos|"
    r"sans (?:les )?(?:frais|commission)|ohne (?:gebuhr|provision)|sin comision|senza commission\w*|zonder (?:kosten|commissie)|"
    r"bez prowizji|sem comiss\w*|without (?:the )?(?:fees?|commission))"
)
# The number printed on the packaging.
_NUMBER_ON_PACKAGING = re.compile(
    # French "mon 06" / "mon 07": my mobile number. "Telefon" alone is the phone itself in Polish,
    # German and the other languages that say so ("Telefon pakujemy w karton": it is packed in a box);
    # its compounds name the number ("Telefonnummer", "telefonu"). Italian, Spanish and Portuguese
    # "telefono"/"telefone" are the phone too ("il telefono viaggia nella sua scatola").
    r"(?<![a-z])(?:number|numero|nummer|numer|telefon(?![oe](?![a-z]))\w+|tel|(?:mon|ton|notre) 0[67])(?![a-z0-9])[^.!?\n]{0,40}?(?<![a-z])"
    # The SIM card is no card in the parcel: "le numéro de sa carte SIM", "the number on the SIM card".
    r"(?<!sim )(?<!sim-)(?:sticker|box|boite|karton|schachtel|verpackung|aufkleber|kleber|paket|caja|pegatina|scatola|"
    r"adesivo|etichetta|doos|pudelk\w*|naklejc\w*|naklejk\w*|caixa|autocolante|etiquette|etiket|label|card|carte|karte|"
    r"tarjeta|biglietto|kaart\w*|kartk\w*|cartao)(?![a-z])(?!\s*-?\s*(?:e-?sim|sim|nano-?sim)(?![a-z]))"
)
# The number of a card, the card right after it: "numéro de carte", "número do cartão", "numer karty".
_NUMBER_OF_A_CARD = re.compile(
    r"(?:number|numero|nummer|numer)\s+(?:(?:completo|complet|entier)\s+)?(?:of (?:the |your )?|de (?:la |votre |ta )?|"
    r"du |do |da |de su |della |di |der |van (?:de |uw )?|)(?:card|carte|karte|tarjeta|carta|kaart|karty|cartao)"
)
_THE_BUYERS_CARD = re.compile(
    r"(?<![a-z])(?:your|votre|ta|ihrer|ihre|deiner|tu|su|sua|tua|seu|uw|je|jouw|pani|pana|twojej)\s+"
    r"(?:card|carte|karte|tarjeta|carta|kaart|karty|cartao)$"
)
_IDENTIFIER_NUMBER = re.compile(
    r"(?<![a-z])(?:imei|serie|serial|seriennummer|numero de serie|model\w*|order|commande|"
    r"bestell\w*|pedido|ordine|zamowien\w*|bestelling|encomenda|tracking|suivi|sendung\w*|"
    r"retour\w*|return|rucksend\w*|devoluc\w*|devolu\w*|reso|zwrot\w*|rma|referen\w*|"
    r"ticket|dossier|case|auftrag\w*|pratica|sprawa|zaak|processo)"
)
_WRITE_OR_CALL = re.compile(
    r"(?<![a-z])(?:text|call|ring|message|write|whatsapp|texte|ecri\w*|appel\w*|schreib\w*|ruf|simsen|escrib\w*|"
    r"llam\w*|manda\w*|scrivi\w*|chiam\w*|messaggi\w*|app(?:en|je|t|e)?(?![a-z])|stuur|bel|sms|napisz|pisz|zadzwon|dzwon|escrev\w*|"
    r"liga\w*|mensagem)"
)


@dataclass(frozen=True, slots=True)
class ParcelLead:
    kind: str  # "url" (a code to scan) or "phone" (a number on paper)
    start: int
    end: int
    detail: str


# Cheap gate on the text's words: a QR code, or a number noun (the only ways in).
_GATE_PREFIXES = (
    "qr",
    "number",
    "numero",
    "nummer",
    "numer",
    "telefon",
    "tel",
    "codigo",
    "codice",
    "kod",
    "code",
    "06",
    "07",
)


def find_parcel_leads(text: str, words: frozenset[str] | None = None) -> list[ParcelLead]:
    if words is not None and not any(w.startswith(_GATE_PREFIXES) for w in words):
        return []
    hits: list[ParcelLead] = []
    for qr in islice(_QR.finditer(text), MAX_MENTIONS):
        window = text[max(0, qr.start() - 80) : qr.end() + 120]
        if _SCAN.search(window) and _OFF_PLATFORM_DEALS.search(window):
            hits.append(ParcelLead("url", qr.start(), qr.end(), "a QR code in the parcel that leads off the platform"))
    for number in islice(_NUMBER_ON_PACKAGING.finditer(text), MAX_MENTIONS):
        if _IDENTIFIER_NUMBER.search(text, max(0, number.start() - 25), number.end()):
            continue  # "the IMEI number is on the box", "order number on the label"
        if _NUMBER_OF_A_CARD.match(number.group(0)) or _THE_BUYERS_CARD.search(number.group(0)):
            continue  # "numéro de carte", "the number on the back of your card": a payment card's
        if _WRITE_OR_CALL.search(text, max(0, number.start() - 80), min(len(text), number.end() + 60)):
            hits.append(
                ParcelLead(
                    "phone",
                    number.start(),
                    number.end(),
                    "the seller's number said to be on the packaging, with an invitation to write or call",
                )
            )
    return hits


__all__ = ["ParcelLead", "find_parcel_leads"]
