"""What part of a reply carries language, and where it is in the original text.

Language detectors fail on what sellers write most: short replies full of product names, numbers
and ids ("Samsung Galaxy S21 Ultra 5G 256GB" reads as German). So before detecting we
blank out what carries no language, and keep the main body, not the greeting:

1. `mask()` replaces URLs, e-mails, every token holding a digit (prices, capacities, order and
   tracking ids, model numbers), units after numbers, symbols and emoji, acronyms and product
   vocabulary from lexicon.yaml with spaces. Blanking (not deleting) keeps every character at its
   offset, so a span found in the masked text is a span of the original.
2. `main_body()` drops leading and trailing sentences made only of greetings, forms of address
   and sign-offs (plus a name), and returns the span of what is left.

The shared normaliser (screening/text/normalize.py) folds accents and case, which is exactly what
a language detector needs to see, so this module keeps its own length-preserving masking.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from screening.text.greetings import greetings as greeting_entries

DEFAULT_LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")

# Simple forms, enough to blank them out (the contact check owns the precise, disguise-aware ones).
_TLDS = "com|net|org|fr|de|es|it|nl|be|ch|at|pl|pt|uk|ie|se|fi|dk|cz|sk|gr|ro|hu|lu|eu|io|me|ly|co"
_URL = rf"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:{_TLDS})\b(?:/\S*)?"
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# A token with a digit, with what sticks to it: "256GB", "S22:n", "FR-2026-118842", "£349", "92%-os",
# but not the sentence's punctuation after it ("…suivi 6A12345678901. Thanks!" keeps its full stop).
_DIGIT_TOKEN = r"\S*\d(?:\S*[^\s.,!?;:)\]\"'»”])?"
# Units and currencies written apart from their number: "128 Go", "89 %", "399 €", "1699 zł".
_UNIT_AFTER_NUMBER = r"(?<=\d)\s+(?:gb|go|gt|tb|to|mb|mo|mah|mp|mpx|hz|w|v|mm|cm|g|kg|h|%|€|eur|euros?|zł|zl|pln|kč|czk|ft|huf|lei|ron|chf|kr|sek|dkk|nok|£|\$|usd)(?=\W|$)"
# Words of two letters or more, to find acronyms (SIM, IMEI, DHL, TTC, IVA) and brand-style mixed
# case (iPhone, eSIM, iCloud, AirPods, OnePlus): neither carries the reply's language.
_LETTER_WORD = r"\b[^\W\d_]{2,}\b"
_SEGMENT_BREAK = re.compile(r"[.!?;:,\n\r¡¿…()\[\]\"«»“”]+|\s[-–—]\s")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled lexicon.yaml (product vocabulary to blank out) and the greeting words
    (screening/text/greetings.yaml)."""

    product: re.Pattern[str]
    greetings: frozenset[str]


def _alternation(words: list[str], by_first_letter: bool = True) -> str:
    """The phrases as one alternation: longest first, so "super retina" wins over "retina"; a space
    or hyphen inside matches either.

    `by_first_letter`: the phrases sharing a first character are one branch, that character then
    the alternation of their rests in the same order ("s(?:amsung|ony)|a(?:lcatel|pple|sus)|..."),
    so `re` tests a first character once per group, not once per phrase (the product pattern
    took ~62 us on a 345-character reply, ~25 us so). The matches are the same: when every phrase
    starts with an ASCII letter or digit, no character matches two different ones of them, even
    case-insensitively (K and the Kelvin sign, s and the long s are each one letter's), so at any
    position at most one group can match, and inside it the phrases are tried in the same order;
    otherwise the flat alternation is kept. tests/test_speed_equivalence.py compares the two."""
    phrases = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    pieces = [re.escape(p).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?") for p in phrases]
    if not by_first_letter or not all(p[:1].isascii() and p[:1].isalnum() for p in phrases):
        return "|".join(pieces)
    groups: dict[str, list[str]] = {}
    for phrase, piece in zip(phrases, pieces):
        groups.setdefault(phrase[0], []).append(piece[1:])  # an ASCII letter or digit is its own escape
    return "|".join(
        first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items()
    )


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path = DEFAULT_LEXICON_PATH) -> Lexicon:
    """Read and compile a lexicon file (cached: one per process, built on first use, not at import)."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        brands, model_words = raw["brands"], raw["model_words"]
        plain = [*raw["features"], *raw["colours"]]
    except (OSError, yaml.YAMLError, KeyError, TypeError) as exc:
        raise RuntimeError(
            f"language lexicon {path} cannot be used ({type(exc).__name__}: {exc}); "
            "it needs the lists brands, model_words, features, colours"
        ) from None
    # The greeting words are the shared lexicon's "word" entries (screening/text/greetings.yaml).
    return Lexicon(
        product=_product_pattern(brands, model_words, plain),
        greetings=frozenset(str(w).lower() for w in greeting_entries("word")),
    )


def _product_pattern(
    brands: list[str], model_words: list[str], plain: list[str], by_first_letter: bool = True
) -> re.Pattern[str]:
    def alternation(words: list[str]) -> str:
        return _alternation(words, by_first_letter)

    model_tail = rf"(?:\s+(?:{alternation(model_words)}|\w*\d\w*))*"
    # Every entry starts with a word character: `(?=\w)` fails a space at once, where trying the
    # whole case-insensitive alternation there cost ~2 us a position (43 ms on 20,000 spaces).
    return re.compile(
        rf"(?<!\w)(?=\w)(?:(?:{alternation(brands)}){model_tail}|(?:{alternation(plain)}))(?!\w)", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    blank = _blank_pattern(True, True, True)
    assert blank is not None  # every alternative is wanted
    return blank, re.compile(_LETTER_WORD)


@lru_cache(maxsize=8)
def _blank_pattern(url: bool, email: bool, digit: bool) -> re.Pattern[str] | None:
    """The alternation of what `mask` blanks, without the alternatives that cannot match the text
    at hand (see `_blank_for`); None when none can. An alternative that matches nowhere in a text
    changes none of the alternation's matches there (leftmost first, in order), so the spans are
    the same; the scan is cheaper (each alternative is tried at every position)."""
    parts = [
        p for p, wanted in ((_URL, url), (_EMAIL, email), (_UNIT_AFTER_NUMBER, digit), (_DIGIT_TOKEN, digit)) if wanted
    ]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE) if parts else None


_ANY_DIGIT = re.compile(r"\d")  # the patterns' own \d (every Unicode decimal digit)
# What every match of _URL holds besides "://": "www." or a dot before one of its top-level domains
# (the same spellings, case-insensitive, the same word boundary after them). A sentence's full stop
# alone no longer makes the whole text scanned for links.
_URL_HINT = re.compile(rf"www\.|\.(?:{_TLDS})\b", re.IGNORECASE)


def _blank_for(text: str) -> re.Pattern[str] | None:
    # Each alternative's match holds what it is tested for: a link "://", "www." or ".tld", an
    # address "@" and ".", a number or a unit after one a digit.
    dot = "." in text
    url = "://" in text or (dot and _URL_HINT.search(text) is not None)
    return _blank_pattern(url, dot and "@" in text, _ANY_DIGIT.search(text) is not None)


def _blank(chars: list[str], start: int, end: int) -> None:
    chars[start:end] = " " * (end - start)


class _NoLanguageChars(dict):
    """str.translate table: symbols and emoji (So, Sk, Sm, Sc) and invisible characters (C*) become
    a space, anything else stays. Filled on first sight of a character, so the text is walked in C
    (the per-character Python loop was a third of the language check's time)."""

    _LIMIT = 65_536  # distinct characters remembered; a text of rarer ones is still right, just slower

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = " " if not ch.isalnum() and not ch.isspace() and unicodedata.category(ch)[0] in "SC" else ch
        if len(self) < self._LIMIT:
            self[code] = value
        return value


_NO_LANGUAGE_CHARS = _NoLanguageChars()


# A run of more than 64 non-space characters carries no language (no word is that long: links,
# hashes, walls of emoji or letters). It is blanked first, so the patterns below, which scan a run
# again from every start position, never scan more than 64 characters (20,000 letters without a
# space cost 4.4 s before).
_LONG_RUN = re.compile(r"\S{65,}")


def mask(text: str, lexicon: Lexicon) -> str:
    """`text` with everything that carries no language replaced by spaces (same length)."""
    letter_word = _patterns()[1]
    if len(text) > 64:
        text = _LONG_RUN.sub(lambda run: " " * len(run.group()), text)
    chars = list(text)
    blank = _blank_for(text)
    if blank is not None:
        for match in blank.finditer(text):
            _blank(chars, *match.span())
    for match in lexicon.product.finditer(text):
        _blank(chars, *match.span())
    # Acronyms only when the text is not shouted: "MERCI BEAUCOUP" is language, "SIM" is not.
    letters = "".join(filter(str.isalpha, text))
    shouted = bool(letters) and sum(map(str.isupper, letters)) > 0.5 * len(letters)
    if not shouted:
        for match in letter_word.finditer(text):
            token = match.group(0)
            if token.islower():
                continue  # most words: no capital, so neither an acronym nor mixed case
            if token.isupper() or any(c.isupper() for c in token[1:]):
                _blank(chars, *match.span())
    # Symbols and emoji and invisible characters carry no language.
    return "".join(chars).translate(_NO_LANGUAGE_CHARS)


@dataclass(frozen=True, slots=True)
class Body:
    """The main body of a reply: its span in the original text and what the detector reads."""

    start: int
    end: int
    text: str  # the masked body: same length as original[start:end]
    letters: int


def _segments(masked: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for match in _SEGMENT_BREAK.finditer(masked):
        spans.append((position, match.start()))
        position = match.end()
    spans.append((position, len(masked)))
    return [(s, e) for s, e in spans if _WORD.search(masked, s, e)]


def _is_greeting(words: list[str], greetings: frozenset[str], names: int = 2) -> bool:
    """A sentence of greeting words only, allowing up to `names` capitalised others (a name)."""
    if len(words) > 8:
        return False  # a sentence, not a greeting (tested first: it needs no word looked up)
    others = [w for w in words if w.lower() not in greetings]
    known = len(words) - len(others)
    return known > 0 and len(others) <= names and all(w[0].isupper() for w in others)


class _LazyWords(dict):
    """segment index -> its words (_WORD), found on first use."""

    def __init__(self, text: str, segments: list[tuple[int, int]]):
        super().__init__()
        self._text = text
        self._segments = segments

    def __missing__(self, index: int) -> list[str]:
        start, end = self._segments[index]
        found = self[index] = _WORD.findall(self._text, start, end)
        return found


def greeting_free_span(text: str, greetings: frozenset[str], names: int = 2) -> tuple[int, int] | None:
    """(start, end) of `text` without its leading and trailing greeting and sign-off sentences;
    None when nothing else is left. `names`: capitalised words a greeting may hold ("Bonjour
    Marie"); the tone check passes 0, since "Hello Idiot" must not pass as a greeting."""
    segments = _segments(text)
    # The words of a segment, read when the loops below reach it: they stop at the first segment
    # that is no greeting at either end, so the middle of a long reply is never split into words.
    words = _LazyWords(text, segments)
    first, last = 0, len(segments)
    while first < last and _is_greeting(words[first], greetings, names):
        first += 1
    while last > first:
        if _is_greeting(words[last - 1], greetings, names):
            last -= 1
        # A signature after a sign-off: "Cordialement, Jean Dupont".
        elif (
            names
            and last - 1 > first
            and _is_signature(words[last - 1])
            and _is_greeting(words[last - 2], greetings, names)
        ):
            last -= 2
        else:
            break
    if first >= last:
        return None
    start, end = segments[first][0], segments[last - 1][1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def main_body(text: str, lexicon: Lexicon) -> Body:
    """The reply without what carries no language and without greetings and sign-offs."""
    masked = mask(text, lexicon)
    span = greeting_free_span(masked, lexicon.greetings)
    if span is None:
        return Body(start=0, end=0, text="", letters=0)
    start, end = span
    end = _extend_to_punctuation(text, end)
    body = masked[start:end]
    return Body(start=start, end=end, text=body, letters=sum(map(str.isalpha, body)))


def is_sign_off(sentence: str, greetings: frozenset[str]) -> bool:
    """Whether a sentence is a sign-off or a signature alone: greeting words and at most two
    capitalised others ("Kind regards,", "Pozdrawiam, Anna"), or one or two capitalised words."""
    words = _WORD.findall(sentence)
    return _is_greeting(words, greetings) or _is_signature(words)


def _is_signature(words: list[str]) -> bool:
    return 0 < len(words) <= 2 and all(w[0].isupper() for w in words)


def _extend_to_punctuation(text: str, end: int) -> int:
    """Include the sentence's closing punctuation in the span ("...months." not "...months")."""
    while end < len(text) and text[end] in ".!?…":
        end += 1
    return end


def count_words(text: str) -> int:
    """Words as a reader counts them: runs of letters, numbers and ids included ("iPhone 13" = 2)."""
    # Most tokens are letters or digits only: str.isalnum answers for them without the per-character scan.
    return sum(1 for token in text.split() if token.isalnum() or any(c.isalnum() for c in token))


__all__ = [
    "Body",
    "Lexicon",
    "DEFAULT_LEXICON_PATH",
    "count_words",
    "greeting_free_span",
    "load_lexicon",
    "main_body",
    "mask",
]
