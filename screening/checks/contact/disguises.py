"""Undoing the disguises people put on e-mail addresses and links, before matching them.

"[at]", "(at)", "{at}", " at ", and the word for @ in each market language (arobase, chez,
Klammeraffe, chiocciola, arroba, małpa, apenstaartje, snabel-a, kukac, zavináč); "[dot]", " dot ",
"point", "punkt", "punto", "kropka", "ponto", "punt"; letters spaced out ("j e a n @ g m a i l").
Homoglyphs and full-width forms are already folded by normalize(). Every rewrite keeps the map
back to the original text (TextView.rewrite).
"""

from __future__ import annotations

import re

from screening.text.numbers import SEPARATOR_SYMBOLS
from screening.text.patterns import TLD_PATTERN
from screening.text.view import TextView

AT_WORDS = (
    r"at|arobase|arobas|chez|klammeraffe|affenschwanz|chiocciola|arroba|malpa|apenstaartje|apestaartje|"
    r"snabel-?a|kukac|zavinac|zavinac|papaki|παπακι|arond|arrova|miuku|at-sign|atsign|at sign"
)
DOT_WORDS = r"dot|point|punkt|punto|kropka|ponto|punt|stip|piste|tecka|bodka|pont|punctum|punct|teleia|τελεια"
# The underscore said in words between two parts of a name: "tienda guion bajo xyz".
UNDERSCORE_WORDS = (
    r"underscore|tiret bas|unterstrich|guion bajo|trattino basso|laag streepje|liggend streepje|"
    r"podkreslnik|podkreslenie|sublinhado|underline"
)
_SPELLED_UNDERSCORE = re.compile(r"(?<=[a-z0-9])\s+(?:" + UNDERSCORE_WORDS + r")\s+(?=[a-z0-9])")
_UNDERSCORE_TRIGGERS = (
    "underscore",
    "tiret bas",
    "unterstrich",
    "guion bajo",
    "trattino basso",
    "streepje",
    "podkresl",
    "sublinhado",
    "underline",
)
# Everyday words that stand for @ only between brackets: Romanian "(la)".
_BRACKET_ONLY_AT = r"la"
# Webmail providers: "jean.dupont75 sur gmail" names an address without writing it.
PROVIDERS = (
    r"gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me\.com|aol|gmx|web\.de|t-online|"
    r"freenet|orange|wanadoo|free|sfr|laposte|libero|virgilio|tiscali|alice|wp\.pl|wp|onet|interia|o2|xs4all|"
    r"sapo|proton(?:mail)?|ziggo|kpnmail|telenet|skynet|bluewin|seznam|centrum|citromail|freemail"
)

_BRACKETED_AT = re.compile(
    r"[\[\(\{<]\s*(?:"
    + AT_WORDS
    + "|"
    + _BRACKET_ONLY_AT
    + r"|@|a)\s*[\]\)\}>]|(?<=[a-z0-9])[-_](?:at)[-_](?=[a-z0-9])"
)
_BRACKETED_DOT = re.compile(
    r"[\[\(\{<]\s*(?:" + DOT_WORDS + r"|\.)\s*[\]\)\}>]|(?<=[a-z0-9])[-_](?:dot)[-_](?=[a-z0-9])"
)
# Four or more single characters separated by single spaces: "j e a n @ g m a i l . c o m".
_SPACED_OUT = re.compile(r"(?<!\S)[a-z0-9@._\-](?: [a-z0-9@._\-]){3,}(?!\S)")
# A link spelled out with spaces, its name written whole: "w w w . shop-name . e s",
# "h t t p : / / shop-name . p l". The run of single letters alone would stop at the name.
_SPACED_LINK = re.compile(
    r"(?<![a-z0-9])(?:h ?t ?t ?p ?s? ?: ?/ ?/ ?(?:w ?w ?w ?\. ?)?|w ?w ?w ?\. ?)[a-z0-9\-]+"
    r"(?: ?\. ?[a-z0-9\-]{2,})*? ?\. ?[a-z](?: ?[a-z]){1,3}(?![a-z0-9])"
)
# Punctuation spaced out after the letters ("d k –") is not part of them: such a run is joined up to its
# last letter or digit. Bounded (80 single characters), so a long run of spaced punctuation stays linear.
_SPACED_TAIL = re.compile(r"(?: [._\-])+$")
_SPACED_BEFORE_TAIL = re.compile(
    r"(?<!\S)[a-z0-9@._\-](?: [a-z0-9@._\-]){2,80}? [a-z0-9](?=(?: [._\-]){1,3}(?!\S)(?! [a-z0-9@._\-](?!\S)))"
)
_DOT = r"(?:\s?\.\s?|\s+(?:" + DOT_WORDS + r")\s+)"
# "jean at gmail dot com", "jean arobase gmail point fr", "jean@gmail dot com".
_WORDY_EMAIL = re.compile(
    r"(?<![a-z0-9._%+\-])(?P<local>[a-z0-9][a-z0-9._%+\-]{0,63}(?:\s+(?:"
    + DOT_WORDS
    + r")\s+[a-z0-9][a-z0-9_%+\-]{0,30}){0,3})"
    r"(?:\s*@\s*|\s+(?:" + AT_WORDS + r")\s+)"
    r"(?P<domain>[a-z0-9][a-z0-9\-]{0,62}(?:"
    + _DOT
    + r"[a-z0-9\-]{1,63})*?)"
    + _DOT
    + r"(?P<tld>"
    + TLD_PATTERN
    + r")\b"
)
# "monshop point fr", "www point monshop point de": a domain with its dots spelled out.
_WORDY_DOMAIN = re.compile(
    r"(?<![a-z0-9.])(?P<label>[a-z0-9][a-z0-9\-]{2,62})(?:\s+(?:"
    + DOT_WORDS
    + r")\s+(?P<mid>[a-z0-9][a-z0-9\-]{1,62}))?"
    r"\s+(?:" + DOT_WORDS + r")\s+(?P<tld>" + TLD_PATTERN + r")\b"
)
# "sanz-reacondicionados . es": a dot with spaces around it, between a hyphenated or long label and a TLD.
_SPACED_DOT_DOMAIN = re.compile(
    r"(?<![a-z0-9.])(?P<label>[a-z0-9]+-[a-z0-9\-]+|[a-z0-9]{6,})\s\.\s(?P<tld>" + TLD_PATTERN + r")\b"
)
_NO_SPACES = (
    r"no spaces?(?: obviously)?|without (?:the |any )?spaces?|zonder (?:de )?spaties|sem (?:os )?espacos|"
    r"sin (?:los )?espacios|senza (?:gli )?spazi|ohne (?:die )?leerzeichen|sans (?:les )?espaces|bez spacji"
)
_NO_SPACES_SAID = re.compile(r"(?<![a-z])(?:" + _NO_SPACES + r")(?![a-z])")
_RUN_BEFORE_NO_SPACES = re.compile(
    # each piece needs its separator and starts a word, so a long text is never split every possible way
    r"(?<![a-z0-9@_])(?P<run>[a-z0-9@_]{1,40}(?:(?: ?[.\-] ?| )[a-z0-9@_]{1,40}){1,11})(?P<tail>\s*[(,\-]?\s*(?:"
    + _NO_SPACES
    + r"))(?![a-z])"
)
# "refurbhandy 🔴 at", "bit 🔹 ly / x": a pictograph where the dot of a domain was (the seller's legend
# says so: "🔴 = dot"). Emoji between words are everyday ("ancora 😊 se lo vuoi"), so the ending must
# close the clause or open a path, after a label of four or more characters or a shortener's.
_ANY_SYMBOL = re.compile(r"[" + SEPARATOR_SYMBOLS + r"]")
_SYMBOL_DOT_DOMAIN = re.compile(
    r"(?<![a-z0-9.@\-])(?P<label>[a-z0-9][a-z0-9\-]{3,62}|bit)\s*[" + SEPARATOR_SYMBOLS + r"]\ufe0f?\s*"
    r"(?P<tld>" + TLD_PATTERN + r")(?=\s*(?:$|[.,;:!?)(\n]|/|slash|barra))"
)
# "mobilservis-olomouc cz", "imgur com / a / x": a space where the dot of a domain was. Only TLDs that
# are no everyday word ("de", "es", "it", "nl", "be", "at" are), before a clause end or a path, after
# a label that looks like a domain's (hyphen or digit) or beside a word for a website (_WEB_WORD).
_SPACE_FOR_DOT = re.compile(
    r"(?<![a-z0-9.@\-])(?P<label>[a-z0-9]+(?:-[a-z0-9]+)+|[a-z0-9]{5,})\s(?P<tld>com|net|org|eu|cz|sk|dk|hu|ro|gr|pl|ch|"
    r"se|fi|shop|store|online)(?=\s*(?:$|[.,;:!?)(/\u2013\-]))(?P<path>\s?/\s?[a-z0-9_\-]+(?:\s?/\s?[a-z0-9_\-]+)*)?"
)
# At a word's start: "hésiterais" and "position" hold no site ("l'iPhone SE" after them is no domain).
_WEB_WORD = re.compile(
    r"(?<![a-z])(?:web|site|shop|stran|sivu|sivuill|hjemmeside|hemsida|honlap|oldal|link|σελιδ|url|www|eshop|"
    r"butik|obchod|kauppa|magazin|botiga|tienda|loja|boutique|winkel|sklep|online-?shop|onlineshop)"
)
# Words that can stand before "point fr" without being a domain ("le point fr").
_NOT_LABELS = frozenset(
    {
        "les",
        "une",
        "des",
        "mon",
        "ton",
        "son",
        "the",
        "das",
        "der",
        "die",
        "het",
        "een",
        "this",
        "that",
        "ce",
        "cet",
        "cette",
        "dem",
        "den",
        "ein",
        "eine",
        "del",
        "los",
        "las",
    }
)


_WORD = re.compile(r"[a-zα-ως]+")
_AT_WORD_SET = frozenset(w for w in re.findall(r"[a-zα-ως]+", AT_WORDS + "|" + _BRACKET_ONLY_AT))
_DOT_WORD_SET = frozenset(re.findall(r"[a-zα-ως]+", DOT_WORDS))


_SPACED_QUICK = re.compile(r"(?<!\S)\S \S \S \S(?!\S)")


def _has_spaced_letters(text: str) -> bool:
    return _SPACED_QUICK.search(text) is not None


def deobfuscate(view: TextView, words: frozenset[str] | None = None, written: str | None = None) -> TextView:
    """Undo the e-mail and URL disguises: bracketed at/dot, spaced-out letters, spelled at/dot.
    `written`: the message as written, whose separators normalisation read as dots (see
    _spaced_dot_domain).

    Each rewrite runs only when its trigger is in the text (a bracket, a run of single letters,
    an at- or dot-word): most messages have none, and the helpdesk check must stay sub-millisecond.
    """
    original = view
    text = view.text
    if any(c in text for c in "[({<") or "_at_" in text or "-at-" in text or "_dot_" in text or "-dot-" in text:
        view = view.rewrite(_BRACKETED_AT, lambda m: "@")
        view = view.rewrite(_BRACKETED_DOT, lambda m: ".")
    if "w w w" in view.text or "h t t p" in view.text:
        view = view.rewrite(_SPACED_LINK, lambda m: m.group(0).replace(" ", ""))
    if _has_spaced_letters(view.text):
        tailed: list[bool] = []
        view = view.rewrite(_SPACED_OUT, lambda m: _join_spaced(m, tailed))
        if tailed:
            view = view.rewrite(_SPACED_BEFORE_TAIL, lambda m: m.group(0).replace(" ", ""))
    if any(trigger in view.text for trigger in _UNDERSCORE_TRIGGERS):
        view = view.rewrite(_SPELLED_UNDERSCORE, lambda m: "_")
    if words is None or view is not original:
        words = frozenset(_WORD.findall(view.text))
    if "@" in view.text or not words.isdisjoint(_AT_WORD_SET):
        view = view.rewrite(_WORDY_EMAIL, _wordy_to_address)
    if not words.isdisjoint(_DOT_WORD_SET):
        spelled = view.text
        view = view.rewrite(_WORDY_DOMAIN, lambda m: _wordy_to_domain(m, spelled))
    if " . " in view.text:
        spaced = view
        view = view.rewrite(_SPACED_DOT_DOMAIN, lambda m: _spaced_dot_domain(m, spaced, written))
    if _NO_SPACES_SAID.search(view.text):
        # "w w w renew cell outlet . c o m (no spaces obviously)": the seller asks for the spaces
        # to be dropped; the words before the instruction are read as written together.
        view = view.rewrite(_RUN_BEFORE_NO_SPACES, lambda m: m.group("run").replace(" ", "") + m.group("tail"))
    if _ANY_SYMBOL.search(view.text):
        view = view.rewrite(_SYMBOL_DOT_DOMAIN, lambda m: f"{m.group('label')}.{m.group('tld')}")
    if _SPACE_FOR_DOT.search(view.text):
        text = view.text
        view = view.rewrite(_SPACE_FOR_DOT, lambda m: _space_to_domain(m, text))
    return view


# A middle dot or bullet written between spaces separates the parts of a shop's signature ("40 puntos
# de control · de lunes a sábado", "Handy-Eck · Bremen"); normalisation reads it as a dot.
_SEPARATOR_DOTS = frozenset("·•∙⋅‧")


def _spaced_dot_domain(match: re.Match[str], view: TextView, written: str | None) -> str:
    """ "sanz-reacondicionados . es" as a domain, unless its dot was a separator in `written`."""
    if written is not None:
        dot = match.end("label") + 1
        o_start, o_end = view.to_original(dot, dot + 1)
        if written[o_start:o_end] in _SEPARATOR_DOTS:
            return match.group(0)
    return f"{match.group('label')}.{match.group('tld')}"


# "look at scott-tech.co.uk", "chez orange.fr": everyday words for @ need more evidence.
_AMBIGUOUS_AT = re.compile(r"\s(?:at|chez|at sign)\s")
_ADDRESS_LIKE = re.compile(r"[._\d\-]")


def _wordy_to_address(match: re.Match[str]) -> str | None:
    between = match.string[match.end("local") : match.start("domain")]
    # "anna punkt weber at web punkt de": the local part keeps its spelled dots (it is the name).
    local = re.sub(_DOT, ".", match.group("local"))
    domain = re.sub(_DOT, ".", match.group("domain"))
    if (
        _AMBIGUOUS_AT.fullmatch(between)
        and not _ADDRESS_LIKE.search(local)
        and not re.match(r"(?:" + PROVIDERS + r")$", f"{domain}.{match.group('tld')}")
        and not re.match(PROVIDERS, domain)
    ):
        return None
    return f"{local}@{domain}.{match.group('tld')}"


# "point de", "punto de", "ponto de", "punt de" are everyday phrases in French, Spanish, Portuguese and
# Catalan ("a cualquier punto de la Península", "point de retrait"), and so are English "point at",
# "point to", "point it", "point me" ("a pickup point at checkout", "point me to the listing"):
# followed by another word they are a place or a verb, not a domain spelled out, unless a word for a
# website comes just before ("visit our site, monshop point at and ...").
_POINT_OF = re.compile(r"\s+(?:(?:point|punto|ponto|punt)\s+de|point\s+(?:at|to|it|me|us|so|be))\s+[^\W\d_]")


def _wordy_to_domain(match: re.Match[str], text: str) -> str | None:
    if match.group("label") in _NOT_LABELS:
        return None
    if _POINT_OF.match(text, match.end("mid") if match.group("mid") else match.end("label")) and not (
        _WEB_WORD.search(text, max(0, match.start() - 80), match.start())
    ):
        return None
    middle = f".{match.group('mid')}" if match.group("mid") else ""
    return f"{match.group('label')}{middle}.{match.group('tld')}"


def _space_to_domain(match: re.Match[str], text: str) -> str | None:
    label = match.group("label")
    if label.isdigit():
        return None  # "12345 com" is a number and a word
    shaped = "-" in label or any(ch.isdigit() for ch in label) or match.group("path")
    if not shaped and not _WEB_WORD.search(text, max(0, match.start() - 80), match.start()):
        return None
    path = (match.group("path") or "").replace(" ", "")
    return f"{label}.{match.group('tld')}{path}"


def _join_spaced(match: re.Match[str], tailed: list[bool]) -> str | None:
    run = match.group(0)
    if _SPACED_TAIL.search(run):
        tailed.append(True)  # joined by _SPACED_BEFORE_TAIL, which leaves the tail out
        return None
    return run.replace(" ", "")
