"""A phone number begun: "call me: 07 00 55", "my number starts with 389 555".

A seller who expects a full number to be caught gives its first digits in one reply and the rest in
the next (or by voice). Too few digits to be a phone on their own, they are still an offer of one when
an invitation to phone the seller, or the words "my number starts / ends with", stand right before
them. Without such words a few digits are a price, a quantity or a reference, so nothing else here
reads as a number begun.

Reads the normalised text (lower case, accents folded) of the contact check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from screening.checks.contact.identifiers import protected_spans, reference_before
from screening.text.patterns import ORDER_WORDS

# Asking the buyer to phone (or text) the seller, in the eight main market languages.
_CALL_ME = (
    r"(?:call|ring|phone|text|sms) me|give me a (?:call|ring|bell)|"
    r"appel(?:le|ez)[- ]moi|telephone[sz]?[- ]moi|"
    r"ruf(?:en sie)? mich(?: an)?|ruf (?:doch )?an|"
    r"llam(?:a|e)(?:n)?me|llamanos|llamenos|"
    r"chiamami|chiamatemi|mi chiami|telefonami|"
    r"bel (?:me|mij)|bel ons|"
    r"zadzwon(?! do (?!mnie))|dzwon do mnie|"
    r"liga(?:-| )me|ligue(?:-| )me|me liga"
)
# "my number starts / ends with", "el número empieza por", "meine Handynummer beginnt mit"... The
# noun is matched from a word's start and its letters are bounded: a 20,000-letter "word" costs
# one bounded attempt, not one per position.
_NUMBER_BEGINS = (
    r"(?<![a-z])(?P<noun>[a-z]{0,16}(?:number|numero|nummer|numer|telefon|phone|mobile|handy|movil|cellulare|telemovel|"
    r"gsm|portable|whats|cell|contact|contacto|contatto|kontakt|nr)[a-z]{0,8})[^.!?\n]{0,30}?"
    r"(?:starts|begins|ends|commence|termine|finit|beginnt|endet|faengt|fangt|empieza|comienza|acaba|termina|inizia|"
    r"comincia|finisce|begint|eindigt|zaczyna|konczy|comeca)"
)
_CUE = re.compile(r"(?<![a-z])(?:" + _CALL_ME + ")(?![a-z])|" + _NUMBER_BEGINS + r"(?![a-z])")
# "Sendungsnummer", "order number": the number of a parcel or an order, not the seller's.
_REFERENCE_NOUN = re.compile(ORDER_WORDS)
_CODE_PREFIX = re.compile(r"[a-z]{1,4}-?$")
# The first digits: 3 to 7 of them, grouped as people write them, after at most a short clause
# ("appelez-moi, c'est plus simple : 07 00 55"); an 8th digit makes it a whole number, which the
# phone detector judges.
_DIGITS = re.compile(r"(?P<gap>[^.!?\n\d]{0,32}?)(?P<digits>(?:\+|00)?\d(?:[ .\-/]?\d){2,6})(?!\d)")
# The words just before the digits introduce them ("at", "au", "al", "unter", ":", "starts with"...);
# any other word there makes the digits something else ("call me old-fashioned, but 249 is fair").
_INTRODUCES = re.compile(
    r"(?:^|[:=\-]|(?<![a-z])(?:at|on|au|al|op|unter|auf|am|para o|para|pelo|no|pod|na|nr|number|nummer|numero|"
    r"numer|with|par|por|mit|con|met|od|from|z|in|es|is|est|e|ist|je|to|o))\s*$"
)
# Day and month ("14/03", "14.3."): a date, not the start of a number.
_DAY_MONTH = re.compile(r"\d{1,2}[./]\d{1,2}\.?$")


# Bounded work: a text repeating "call me" a thousand times is read for its first invitations.
MAX_CUES = 16
# The detail of its findings: the split reading (split.py) knows by it that the rest may follow.
BEGUN_DETAIL = "phone number begun after an invitation to call (the rest may follow)"


@dataclass(frozen=True, slots=True)
class BegunNumber:
    start: int  # the cue's start in the normalised text
    end: int  # the last digit's end


# Cheap gate: a text with none of these word beginnings has no cue (most texts: the regex is skipped).
_CUE_PREFIXES = (
    "call",
    "ring",
    "phone",
    "text",
    "sms",
    "give",
    "appel",
    "telephon",
    "ruf",
    "llam",
    "chiam",
    "telefon",
    "bel",
    "zadzwon",
    "dzwon",
    "liga",
    "ligue",
    "me",
    "number",
    "numero",
    "nummer",
    "numer",
    "handy",
    "movil",
    "cellular",
    "telemovel",
    "gsm",
    "portable",
    "whats",
    "mobile",
    "tel",
    "cell",
    "contact",
    "contatto",
    "kontakt",
    "nr",
)


def find_begun_numbers(text: str, words: frozenset[str] | None = None) -> list[BegunNumber]:
    """Numbers begun after a call invitation or "my number starts with", in a normalised text.
    `words`: the text's words when the caller has them (the gate)."""
    if words is not None and not any(w.startswith(_CUE_PREFIXES) for w in words):
        return []
    if not any(ch.isdigit() for ch in text):
        return []
    hits: list[BegunNumber] = []
    for cue in islice(_CUE.finditer(text), MAX_CUES):
        if cue.group("noun") and _REFERENCE_NOUN.search(text, max(0, cue.start() - 20), cue.end()):
            continue  # "le numéro de commande commence par", "your order number starts with"
        found = _DIGITS.match(text, cue.end())
        if found is None or _INTRODUCES.search(found.group("gap")) is None:
            continue
        start, end = found.span("digits")
        if _CODE_PREFIX.search(text, max(0, start - 6), start):
            continue  # "FR-00555", "ES-00555": the digits of a code, glued to its letters
        if reference_before(text, start) or _DAY_MONTH.match(text[start:end]):
            continue  # "call me, order 4711 is ready": the number is the order's
        low = max(0, start - 40)
        if any(low + s < end and start < low + e for s, e in protected_spans(text[low : end + 40])):
            continue  # "call me after 18:00", "ring me on the 14/03": a time, a date, a price
        hits.append(BegunNumber(cue.start(), end))
    return hits


__all__ = ["BEGUN_DETAIL", "BegunNumber", "find_begun_numbers"]
