"""Turn a reply into the text a template leaves behind: names, numbers, order ids, amounts, dates,
e-mails, URLs and phone models become placeholders, so "Bonjour Marie, votre commande 48213 ..." and
"Bonjour Paul, votre commande 99120 ..." compare as the same text.

Names are found on the original text (they are capitalised after a greeting or before the end, in a
signature); then the text goes through the shared canonical form (screening.text.normalize: NFKC,
homoglyphs, accents folded, lower case) and the shared e-mail, URL, date and price regexes
(screening.text.patterns), so the contact check and this normaliser agree on what those are.
Order ids, tracking numbers and any other number are this module's own placeholders. A wrong
placeholder only makes two replies look a little more alike; confirming needs the whole reply.

The sign-off block (a closing line such as "Cordialement,", a closing and a name on one line, or a
line that is only a name, in the later part of the reply, and everything after it: the name, a
shop signature) is cut first: it is
the same under every reply of a seller, individual or not, and a template whose closing was moved
or left out is still the template. A greeting with a name is looked for at the head and the tail.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from screening.text import normalize as canonical
from screening.text import patterns
from screening.text.greetings import greetings
from screening.text.normalize import fold_case

# Closings after which the sender's name (the signature) follows.
_CLOSINGS = (
    "cordialement",
    "bien cordialement",
    "bien à vous",
    "salutations",
    "merci et bonne journée",
    "regards",
    "best regards",
    "kind regards",
    "best",
    "cheers",
    "thanks",
    "many thanks",
    "sincerely",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "viele grüße",
    "beste grüße",
    "lg",
    "vg",
    "mfg",
    "gruß",
    "grüße",
    "saludos",
    "un saludo",
    "atentamente",
    "saludos cordiales",
    "cordiali saluti",
    "distinti saluti",
    "saluti",
    "un saluto",
    "met vriendelijke groet",
    "vriendelijke groeten",
    "groeten",
    "mvg",
    "pozdrawiam",
    "z poważaniem",
    "z wyrazami szacunku",
    "cumprimentos",
    "atenciosamente",
    "com os melhores cumprimentos",
    "med vänliga hälsningar",
    "vänliga hälsningar",
    "mvh",
    "hälsningar",
    "venlig hilsen",
    "med venlig hilsen",
    "ystävällisin terveisin",
    "terveisin",
    "s pozdravem",
    "s pozdravom",
    "s přátelským pozdravem",
    "με εκτίμηση",
    "φιλικά",
    "cu stimă",
    "cu stima",
    "toate cele bune",
    "üdvözlettel",
    "tisztelettel",
    "your seller",
    "votre vendeur",
    "ihr verkäufer",
    "il tuo venditore",
    "tu vendedor",
    "uw verkoper",
    "l'équipe",
    "das team",
    "the team",
    "el equipo",
    # Further everyday closings of the markets' languages (one line of each language's usual
    # formulas; bare thank-you words are left out: "Tak." is also Polish for "yes").
    "bonne journée",
    "bonne soirée",
    "belle journée",
    "à bientôt",
    "amicalement",
    "sincères salutations",
    "best wishes",
    "warm regards",
    "kindest regards",
    "all the best",
    "liebe grüße",
    "herzliche grüße",
    "schöne grüße",
    "un cordial saludo",
    "un abrazo",
    "cordialmente",
    "buona giornata",
    "a presto",
    "met vriendelijke groeten",
    "hartelijke groet",
    "hartelijke groeten",
    "groetjes",
    "z pozdrowieniami",
    "pozdrawiamy",
    "serdecznie pozdrawiam",
    "serdeczne pozdrowienia",
    "melhores cumprimentos",
    "um abraço",
    "salutacions",
    "atentament",
    "bästa hälsningar",
    "parhain terveisin",
    "mange hilsner",
    "de bedste hilsner",
    "s úctou",
    "με φιλικούς χαιρετισμούς",
    "cu drag",
    "üdv",
)
_NAME = r"[^\W\d_][\w'’\-]*"  # one word starting with a letter (any script)
_UPPER_NAME = r"(?:[A-ZÀ-ÞĀ-ſΑ-ΩА-Я][\w'’\-]*\.?)"  # a capitalised word: names are written that way


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


# A greeting opens a line or a sentence; anchoring there keeps the big alternation cheap.
# The greetings after which a name follows are the lexicon's "name" entries (screening/text/greetings.yaml).
@lru_cache(maxsize=1)
def _greeting_name() -> re.Pattern[str]:
    """Built on first use, not at import (it reads the greeting lexicon)."""
    return re.compile(
        rf"(?m)(?:^|(?<=[.!?] ))[ \t]*(?i:(?:{_alternation(greetings('name'))}))\.?[ \t]+((?:{_UPPER_NAME}[ \t]*){{1,3}})(?=[^\w \t]|$)"
    )


# The signature: a closing then one to four words ending the text. Matched on the lower-cased tail
# (a case-sensitive alternation is several times faster); the words must be capitalised in the
# original to count as a name.
_CLOSING_NAME = re.compile(
    rf"\b(?:{_alternation(tuple(w.lower() for w in _CLOSINGS))})[ \t]*[,.!]?[ \t]*\n?[ \t]*((?:{_NAME}\.?[ \t]*){{1,4}})\s*$"
)
# The sign-off block: a line (or a sentence) that is only a closing, in the second part of the
# reply; it and everything after (the name, a shop signature) are the same in every reply of the
# seller, so they are cut before comparing: two different answers under one long signature are
# then two different texts, and a template with its closing moved or dropped is still the template.
# Matched on the lower-cased text: a case-sensitive alternation is several times faster.
_SIGNOFF = re.compile(
    rf"(?m)(?:^|(?<=[.!?]))[ \t]*(?:{_alternation(tuple(w.lower() for w in _CLOSINGS))})[ \t]*[,.!]?[ \t]*(?:\n|$)"
)
# The closing and the sender's name on one line ("Cordialement, Marie Dupont", "Best regards, Tom"),
# at the end or above a shop signature: the same sign-off block. The name's words must be
# capitalised in the original text (the match runs on the lower-cased one), so "Thanks a lot" is
# not read as a closing and a name.
_CLOSING_AND_NAME_LINE = re.compile(
    rf"(?m)(?:^|(?<=[.!?]))[ \t]*(?:{_alternation(tuple(w.lower() for w in _CLOSINGS))})[ \t]*[,.!]?[ \t]*"
    rf"((?:{_NAME}\.?[ \t]*){{1,3}})[.!]?[ \t]*$"
)
# A sign-off without a closing: a line that is only a name (one to three capitalised words, no
# digit), then the end of the reply or more lines (a shop signature).
_NAME_LINE = re.compile(r"(?m)^[ \t]*(?:[A-ZÀ-ÞĀ-ſΑ-Ω][^\W\d_]*[.'’\-]?[ \t]*){1,3}$")
_SIGNOFF_FROM = 0.3  # of the text's length: a closing word earlier on opens a sentence ("Thanks for ...")
_CAPITALISED = re.compile(rf"(?:{_UPPER_NAME}[ \t]*)+")
_HEAD = 100
_TAIL = 90
# Phone models ("iPhone 13 Pro Max", "Galaxy S21 FE", "Pixel 7a"): the product is a slot of a template.
_MODEL = re.compile(
    r"\b(?:apple\s+|samsung\s+|google\s+)?(?:iphone|galaxy|pixel|xiaomi|redmi|poco|huawei|honor|oneplus|oppo|"
    r"motorola|moto|nokia|xperia|fairphone)\b(?:\s*(?:[a-z]{0,2}\d+[a-z+]*|pro|max|plus|mini|ultra|lite|se|fe|note|"
    r"xr|xs|x|edge|fold|flip|neo|5g)\b)*"
)
# Order ids, tracking numbers, IMEIs with letters: a token mixing letters and digits, or # + a code.
_REFERENCE = re.compile(r"#\s*[\w\-/]+|\b(?=[\w\-/]*\d)(?=[\w\-/]*[^\W\d_])[^\W_][\w\-/]{3,}")
# Every other run of digits (phone numbers, IMEIs, quantities) is one number.
_NUMBER = re.compile(r"\d(?:[\d.,'/\-]|\s(?=\d))*")
# Dates written with a month name ("12 mars", "March 12th", "12. März 2026"), in folded spelling.
_MONTHS = (
    "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "januar|februar|marz|juni|juli|oktober|dezember|"
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    "januari|februari|maart|mei|augustus|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec"
)
_MONTH_DATE = re.compile(
    rf"\b\d{{1,2}}(?: ?(?:st|nd|rd|th|er)\b|\.)? ?(?:{_MONTHS})\b\.?(?: \d{{4}}\b)?"
    rf"|\b(?:{_MONTHS})\.? \d{{1,2}}(?: ?(?:st|nd|rd|th)\b)?(?:,? \d{{4}}\b)?"
)
_DIGIT = re.compile(r"\d")
# The rest of a word from its first digit on. A pattern that starts with a digit class is searched
# in C from digit to digit; one that starts at any word start tries every position of the text.
_FROM_DIGIT = re.compile(r"\d\S*")
_DOTTED = re.compile(r"[a-z0-9]\.[a-z]")  # "shop.fr"; a sentence's full stop is followed by a space
_WORD = re.compile(r"<\w+>|\w+")
_REPEATS = re.compile(r"(<(\w+)>)(?: <\2>)+")
_PLACEHOLDER = re.compile(r"<\w+>")
# Cheap tests that say whether a costlier pattern can match at all.
_BRANDS = (
    "iphone",
    "galaxy",
    "pixel",
    "xiaomi",
    "redmi",
    "poco",
    "huawei",
    "honor",
    "oneplus",
    "oppo",
    "moto",
    "nokia",
    "xperia",
    "fairphone",
)
_MODEL_STARTS = ("apple", "samsung", "google", *_BRANDS)  # every word a _MODEL match can start with
_LETTERS = re.compile(r"[a-z]{3}")
_DATE_HINT = re.compile(r"\d[./\-]\d")
_CURRENCY_HINT = re.compile(r"[€$£]|eur|chf|pln|czk|huf|sek|dkk|ron|kc|zl|kr|ft|lei")
_REFERENCE_HINT = re.compile(r"[^\W\d_][\-/]?\d|\d[\-/]?[^\W\d_]|#")


@dataclass(frozen=True, slots=True)
class Normalised:
    """The placeholder text of a reply and how much of it is the seller's own words."""

    text: str  # lower-case words and <placeholders>, single spaces
    content_length: int  # characters of text that are not placeholders nor spaces

    @property
    def is_empty(self) -> bool:
        return not self.text


@lru_cache(maxsize=4096)
def normalise(text: str) -> Normalised:
    """Placeholder text of `text` (see the module docstring). Pure; safe to call from many threads.
    Remembered for the last texts: a rescored reply is normalised by the template check and again
    when it is recorded into the history."""
    out = _cut_signoff(unicodedata.normalize("NFKC", text).strip())
    # Greetings open the reply: only its head is searched (the big alternation is costly).
    out = _greeting_name().sub(_keep_all_but_name, out[:_HEAD]) + out[_HEAD:]
    if len(out) > _HEAD:  # a greeting moved to the end ("... dès l'envoi. Bonjour Marie 🙂")
        cut = max(_HEAD, len(out) - _TAIL)
        out = out[:cut] + _greeting_name().sub(_keep_all_but_name, out[cut:])
    out = _replace_signature(out)
    out = canonical(out).text
    # Each shared pattern runs only when a cheap test says it can match: an import normalises
    # thousands of replies a second and these regexes try every position of the text.
    if "@" in out:
        out = patterns.EMAIL.sub(" <email> ", out)
    if "://" in out:
        out = patterns.URL_WITH_SCHEME.sub(" <url> ", out)
    if "www" in out:
        out = patterns.URL_WWW.sub(" <url> ", out)
    if _DOTTED.search(out):
        out = patterns.BARE_DOMAIN.sub(" <url> ", out)
    if any(brand in out for brand in _BRANDS):
        out = _replace_models(out)
    if _DIGIT.search(out):
        # Dates, prices and ids only ever sit around digits: rewrite those windows, not the whole text.
        out = _rewrite_numeric_windows(out)
    out = " ".join(_WORD.findall(out))
    if "> <" in out:
        out = _REPEATS.sub(r"\1", out)  # "<num> <num>": a number written in groups is one number
    placeholders = _PLACEHOLDER.findall(out)
    content = len(out) - out.count(" ") - sum(len(p) for p in placeholders)
    return Normalised(text=out, content_length=content)


def _rewrite_numeric_windows(text: str) -> str:
    """Apply the date, price, id and number patterns to each run of digit-bearing words, with one
    word either side (a currency word, "le" before a date); the rest of the text is left alone."""
    pieces: list[str] = []
    done = 0
    window_start = window_end = -1
    for match in _FROM_DIGIT.finditer(text):
        word_start = match.start()
        while word_start and not text[word_start - 1].isspace():
            word_start -= 1
        start = text.rfind(" ", 0, max(0, word_start - 1)) + 1  # the word before
        end = text.find(" ", match.end() + 1)  # the word after
        end = len(text) if end < 0 else end
        if window_end >= 0 and start <= window_end + 1:
            window_end = max(window_end, end)  # overlaps the current window: grow it
            continue
        if window_end >= 0:
            pieces.append(text[done:window_start])
            pieces.append(_rewrite_window(text[window_start:window_end]))
            done = window_end
        window_start, window_end = max(start, done), end
    if window_end >= 0:
        pieces.append(text[done:window_start])
        pieces.append(_rewrite_window(text[window_start:window_end]))
        done = window_end
    pieces.append(text[done:])
    return "".join(pieces)


def _rewrite_window(window: str) -> str:
    if _LETTERS.search(window):
        window = _MONTH_DATE.sub(" <date> ", window)
    if _DATE_HINT.search(window):
        window = patterns.DATE.sub(" <date> ", window)
    if _CURRENCY_HINT.search(window):
        window = patterns.PRICE.sub(" <amount> ", window)
    if _REFERENCE_HINT.search(window):
        # Order ids are digits in one shop and letters-and-digits in the next: one placeholder for both.
        window = _REFERENCE.sub(" <num> ", window)
    return _NUMBER.sub(" <num> ", window)


def _replace_models(text: str) -> str:
    """_MODEL.sub(" <model> ", text), tried only where a maker or brand name starts (every model
    match starts there; `match` at a position keeps the text before as context for \\b)."""
    starts = sorted(i for word in _MODEL_STARTS for i in _occurrences(text, word))
    pieces: list[str] = []
    done = 0
    for start in starts:
        if start < done:
            continue
        match = _MODEL.match(text, start)
        if match is not None:
            pieces.append(text[done:start])
            pieces.append(" <model> ")
            done = match.end()
    pieces.append(text[done:])
    return "".join(pieces)


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@lru_cache(maxsize=256)  # the check cuts a reply, then its autoresponder model's notice cues cut it again
def without_signoff(text: str) -> str:
    """`text` (NFKC, stripped) without its sign-off block: what the reply itself says. The same
    closing, name and shop signature stand under every reply of a seller, automatic or not.
    Cut again while that shortens it: a closing is looked for in the later part of the text only
    (_SIGNOFF_FROM), and under a signature longer than the reply its closing line sits in the first
    part, above the name line the first cut found."""
    body = unicodedata.normalize("NFKC", text).strip()
    for _ in range(3):  # closing, name, signature: at most three layers
        shorter = _cut_signoff(body)
        if len(shorter) == len(body):
            break
        body = shorter
    return body


def _cut_signoff(text: str) -> str:
    """`text` without its sign-off block (see _SIGNOFF), when there is one."""
    begin = int(len(text) * _SIGNOFF_FROM)
    lower = fold_case(text)  # one character per character: offsets line up with `text`
    found = (_SIGNOFF.search(lower, begin), _NAME_LINE.search(text, begin), _closing_and_name(text, lower, begin))
    start = min((match.start() for match in found if match), default=0)
    return text[:start].rstrip() if start else text


def _closing_and_name(text: str, lower: str, begin: int) -> re.Match[str] | None:
    """The first closing-and-name line (_CLOSING_AND_NAME_LINE) from `begin` whose name is
    capitalised in `text`."""
    for match in _CLOSING_AND_NAME_LINE.finditer(lower, begin):
        if _CAPITALISED.fullmatch(text[match.start(1) : match.end(1)].rstrip()):
            return match
    return None


def _replace_signature(text: str) -> str:
    cut = max(0, len(text) - _TAIL)
    tail = text[cut:]
    lower = fold_case(tail)  # one character per character: offsets line up with `tail`
    match = _CLOSING_NAME.search(lower)
    if match is None or not _CAPITALISED.fullmatch(tail[match.start(1) : match.end(1)].rstrip()):
        return text
    return text[: cut + match.start(1)] + "<name>"


def _keep_all_but_name(match: re.Match) -> str:
    return match.group(0)[: match.start(1) - match.start(0)] + "<name>"
