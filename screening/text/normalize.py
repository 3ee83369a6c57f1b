"""normalize(): the one canonical form the checks search in, mapped back to the original.

What it folds, and why:
- NFKC compatibility forms: full-width letters and digits (ｊｅａｎ＠ｇｍａｉｌ), mathematical
  bold/italic letters, circled digits: all used to slip past filters.
- Homoglyphs: Cyrillic and Greek letters that look Latin ("gmаil" with a Cyrillic а), after the
  Unicode confusables list (unicode.org/Public/security/latest/confusables.txt), Latin targets only.
- Diacritics, one character for one (é->e, ł->l, ś->s), so lexicons are written once without
  accents and "zéro"/"zero", "sześć"/"szesc" match alike.
- Exotic spaces, dashes, dots and at-signs to their ASCII form; zero-width characters removed.
- Lower case.
Plain ASCII text takes a fast path with no offset map at all (the identity).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from screening.text.translate_tables import kept_as_is
from screening.text.view import TextView

# Lookalikes of Latin letters (from confusables.txt, the ones seen in the wild in spam).
_HOMOGLYPHS = {
    # Cyrillic
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "А": "a",
    "В": "b",
    "Е": "e",
    "К": "k",
    "М": "m",
    "Н": "h",
    "О": "o",
    "Р": "p",
    "С": "c",
    "Т": "t",
    "Х": "x",
    "І": "i",
    "Ј": "j",
    "Ѕ": "s",
    # Greek
    "α": "a",
    "ο": "o",
    "ρ": "p",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ε": "e",
    "Α": "a",
    "Β": "b",
    "Ε": "e",
    "Ζ": "z",
    "Η": "h",
    "Ι": "i",
    "Κ": "k",
    "Μ": "m",
    "Ν": "n",
    "Ο": "o",
    "Ρ": "p",
    "Τ": "t",
    "Υ": "y",
    "Χ": "x",
    # Latin letters with no decomposition
    "ł": "l",
    "Ł": "l",
    "đ": "d",
    "Đ": "d",
    "ø": "o",
    "Ø": "o",
    "ı": "i",
    "İ": "i",
    "ħ": "h",
    "ŀ": "l",
    "ɡ": "g",
    "ɑ": "a",
    # Punctuation used as separators in disguised contacts
    "＠": "@",
    "﹫": "@",
    "ⓐ": "@",
    "Ⓐ": "@",
    "·": ".",
    "⋅": ".",
    "。": ".",
    "｡": ".",
    "․": ".",
    "‧": ".",
    "∙": ".",
    "•": ".",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "―": "-",
    "−": "-",
    "﹣": "-",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u205f": " ",
    "\u3000": " ",
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "’": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
}
# Invisible characters inserted to break up words and numbers.
# Also the emoji variation selector and the keycap mark: "0️⃣6️⃣" is 0 U+FE0F U+20E3 6 U+FE0F U+20E3.
_REMOVED = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\ufe0f\ufe0e\u20e3"

# Ranges worth precomputing: Latin supplements, Greek, Cyrillic, punctuation, letterlike and
# number forms, enclosed alphanumerics, CJK punctuation, half/full-width forms, math alphanumerics.
_RANGES = (
    (0x80, 0x250),
    (0x370, 0x530),
    (0x2000, 0x2070),
    (0x20D0, 0x20F0),
    (0x2100, 0x2500),
    (0x2460, 0x2500),
    (0x3000, 0x3040),
    (0xFB00, 0xFB07),
    (0xFE50, 0xFE70),
    (0xFF00, 0xFFF0),
    (0x1D400, 0x1D800),
)


# Greek and Cyrillic letters: words of Greek and Bulgarian... sellers, as well as look-alikes of Latin.
_OTHER_SCRIPTS = re.compile("[\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff]")


def _fold_char(ch: str, scripts: bool = True) -> str:
    if ch in _REMOVED:
        return ""
    if ch in _HOMOGLYPHS and (scripts or not _OTHER_SCRIPTS.match(ch)):
        return _HOMOGLYPHS[ch]
    folded = unicodedata.normalize("NFKC", ch)
    if folded != ch:
        return "".join(_fold_char(c, scripts) if c != ch else c for c in folded)
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if len(decomposed) > 1 and base.isascii() and base.isalpha():
        return base.lower()
    if len(decomposed) > 1 and not scripts and base.isalpha() and _OTHER_SCRIPTS.match(base):
        return base.lower()  # Greek tonos and dialytika folded like Latin accents: "τηλέφωνο" -> "τηλεφωνο"
    if unicodedata.category(ch) == "Nd":  # digits of other scripts
        return str(unicodedata.digit(ch))
    return ch.lower()


@lru_cache(maxsize=2)
def _tables(scripts: bool = True) -> tuple[dict[int, str], re.Pattern[str]]:
    """Built on first use, not at import (about 10,000 characters, a few milliseconds)."""
    table: dict[int, str] = {}
    expanding: list[str] = []
    chars = {chr(c) for lo, hi in _RANGES for c in range(lo, hi)} | set(_HOMOGLYPHS) | set(_REMOVED)
    for ch in chars:
        folded = _fold_char(ch, scripts)
        if folded != ch:
            table[ord(ch)] = folded
        if len(folded) != 1:
            expanding.append(re.escape(ch))
    return table, re.compile("[" + "".join(sorted(expanding)) + "]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def normalize(text: str, scripts: bool = True) -> TextView:
    """The canonical form of `text` with its map back to the original's offsets.

    scripts=False keeps Greek and Cyrillic letters (accents folded) instead of reading them as Latin
    look-alikes: for a caller that folds look-alikes by context (screening.text.confusables), so a
    Greek word stays Greek and "gmаil" with a Cyrillic а still reads as Latin."""
    if text.isascii():
        return TextView(text.lower(), None, len(text))
    table, expanding = _tables(scripts)
    if not expanding.search(text):
        # Only the non-ASCII characters need a look-up: a regex finds their runs in C, where
        # str.translate on the whole text would probe the table once per character (5x slower on
        # typical text); each run is translated at once (one call per character cost ~1 us each
        # on a text of 20,000 emoji).
        folded = _NON_ASCII.sub(lambda m: m.group().translate(table), text).lower()
        if len(folded) == len(text):
            return TextView(folded, None, len(text))
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = table.get(ord(ch), ch).lower()
        out.append(folded)
        origin.extend([index] * len(folded))
    return TextView("".join(out), tuple(origin), len(text))


# --- Folding variants ----------------------------------------------------------------------------
#
# normalize() above is the fold the checks search in. The functions below are the other folds the
# code base uses, kept here so that each is written once and their differences can be read side by
# side. They differ on purpose, and must not be merged without retraining:
#
#   variant          used by                                          'ß'   'É'  'ł'  'ø'  'İ'
#   normalize        contact, escalation, language (search view)      ß     e    l    o    i
#   fold_case        tone model features, template placeholders,      ß     é    ł    ø    i
#                    language neighbour words
#   strip_accents    tone model features (after fold_case)            ß     E    ł    ø    I
#   fold_accents     relevance model features and lexicon             ß     e    l    ø    i
#   fold_latin       template autoresponder phrases and model         s     e    l    o    İ
#   fold_key         training: review/corpus duplicate key            ss    é    ł    ø    i̇
#
# - The tone, relevance and autoresponder models were trained on features built with fold_case /
#   strip_accents, fold_accents and fold_latin respectively: any change to those three moves the
#   models' scores, so they are frozen (tests/text/test_normalize.py pins them) and normalize() may
#   evolve without touching them.
# - fold_case, strip_accents, fold_accents and fold_latin keep one output character per input
#   character, so a match's offsets in the folded text are offsets in the original.
# - fold_key is a comparison key, never mapped back: full Unicode case folding (ß -> ss) so two
#   spellings of a text count as one duplicate.


def fold_case(text: str) -> str:
    """Lower case with one output character per input character, so offsets stay valid: the one
    character whose lower case is longer ('İ' -> 'i̇') keeps the first character of it ('i')."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)


def strip_accents(text: str) -> str:
    """Without combining marks, one character per character ("débile" -> "debile"): the base of
    a letter's canonical decomposition (NFD). Letters without one (ł, ø, ß) are kept."""
    if text.isascii():
        return text
    return text.translate(_UNACCENTED)


class _UnaccentedTable(dict):
    """str.translate table of `_unaccented`, filled on first sight of a character: the text is
    walked in C (joining the per-character calls cost ~15 us on a 300-character reply)."""

    _LIMIT = 65_536  # distinct characters remembered; a text of rarer ones is still right, just slower

    def __missing__(self, code: int) -> str:
        value = _unaccented(chr(code))
        if len(self) < self._LIMIT:
            self[code] = value
        return value


_UNACCENTED = _UnaccentedTable()


@lru_cache(maxsize=8192)
def _unaccented(ch: str) -> str:
    # One character at a time, cached: normalising every character of a 20,000-character text
    # again for each message cost ~20 ms.
    base = unicodedata.normalize("NFD", ch)[:1]
    return base if base.isalpha() else ch


def fold_accents(text: str) -> str:
    """Lower case without accents, one output character per input character: the base of each
    letter's compatibility decomposition (NFKD; the ligature 'ﬁ' reads as 'f'), and ł -> l so "przesyłka" and
    "przesylka" read alike. A text whose lower case is longer falls back to fold_case."""
    out = []
    for ch in text.lower():
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("l" if ch == "ł" else (base[0] if base and base[0].isalnum() else ch))
    folded = "".join(out)
    return folded if len(folded) == len(text) else fold_case(text)


def _latin_char(char: str) -> str:
    """One character, lower-cased and without accents; always exactly one character."""
    folded = unicodedata.normalize("NFD", char.lower())[:1] or char
    return {"ø": "o", "æ": "a", "ß": "s", "ł": "l", "đ": "d", "ı": "i"}.get(folded, folded)


@lru_cache(maxsize=1)
def _latin_table() -> dict[int, str]:
    # Latin, Greek and Latin-extended letters: the scripts of the markets' languages.
    table = {code: _latin_char(chr(code)) for code in range(0x00C0, 0x0530) if len(chr(code).lower()) == 1}
    table.update({code: chr(code + 32) for code in range(ord("A"), ord("Z") + 1)})
    return table


def fold_latin(text: str) -> str:
    """Lower case without accents, same length as `text` (so offsets carry over), for the letters
    of the markets' scripts (U+00C0-U+052F) only; the Latin letters without a decomposition read
    as their nearest ASCII letter (ø->o, æ->a, ß->s, ł->l, đ->d, ı->i)."""
    return text.translate(_latin_translation())


@lru_cache(maxsize=1)
def _latin_translation() -> dict[int, str]:
    return kept_as_is(_latin_table())


def fold_key(text: str) -> str:
    """A comparison key: compatibility forms (NFKC), full case folding (ß -> ss) and runs of
    white space as one space. Not offset-preserving; for finding duplicates, never for spans."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())
