"""The tone model's inputs: character and word n-grams and cheap surface signals.

These functions are the single definition of the model's features: training/ fits its TF-IDF
vectorizers with them as analyzers, so what is trained is what runs here.
"""

from __future__ import annotations

import functools
import re
import threading
from pathlib import Path
from typing import Any, Iterable, Sequence

from screening.text.normalize import fold_case, strip_accents

CHAR_NGRAM_RANGE = (2, 5)
WORD_NGRAM_RANGE = (1, 2)
SIGNAL_NAMES = ("shout_ratio", "punct_run", "exclamations", "insult")
LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")

_PUNCT_RUN_RE = re.compile(r"[!?！？]{2,}")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]{3,}")
_NUMBER_RE = re.compile(r"^\d[\d.,:/ -]*$")


# The tone model was trained on features folded this way: fold_case and strip_accents, not
# normalize(), so a committed model does not silently degrade when the search normaliser changes.
fold = fold_case


def fold_for_chars(text: str, accents: bool = True) -> str:
    """What character n-grams are taken from: folded, and without accents unless `accents`
    (sellers typing fast drop them, so "debile" and "débile" should be one feature)."""
    return fold(text) if accents else strip_accents(fold(text))


def char_grams(text: str, accents: bool = True) -> list[str]:
    """Character n-grams inside words, each word padded with spaces (like sklearn's 'char_wb')."""
    low, high = CHAR_NGRAM_RANGE
    grams: list[str] = []
    for word in fold_for_chars(text, accents).split():
        padded = f" {word} "
        size = len(padded)
        grams += [padded[i : i + n] for n in range(low, min(high, size) + 1) for i in range(size - n + 1)]
    return grams


@functools.lru_cache(maxsize=65536)
def _token_key(token_text: str) -> str:
    token = fold(token_text)
    return "0" if _NUMBER_RE.match(token) else token


def word_grams_from_tokens(keys: Sequence[str]) -> list[str]:
    grams = list(keys)
    if WORD_NGRAM_RANGE[1] >= 2:
        grams.extend(f"{a} {b}" for a, b in zip(keys, keys[1:]))
    return grams


def signals(text: str, language: str = "", names: Sequence[str] = SIGNAL_NAMES) -> list[float]:
    """Cheap surface signals, each in 0..1, in the order of `names` (an artifact's own list, so
    models trained before a signal existed keep scoring the same).

    shout_ratio: share of letters that are in all-caps runs of 3+ letters (short words such as
    "OK", "I" do not count); punct_run: longest run of !/? (2+), capped at 4; exclamations: '!'
    count capped at 5; insult: words of the insult and swearing lexicon (lexicon.yaml) of the
    language and of English, capped at 2.
    """
    values = {}
    runs = _LETTER_RUN_RE.findall(text)
    letters = sum(map(len, runs))
    caps = sum(len(r) for r in runs if r.isupper())
    punct = [len(m) for m in _PUNCT_RUN_RE.findall(text)]
    values["shout_ratio"] = caps / letters if letters else 0.0
    values["punct_run"] = min(max(punct), 4) / 4 if punct else 0.0
    values["exclamations"] = min(text.count("!") + text.count("！"), 5) / 5
    if "insult" in names:
        values["insult"] = min(len(insult_matcher(language).findall(strip_accents(fold(text)))), 2) / 2
    return [values[name] for name in names]


@functools.lru_cache(maxsize=1)
def _lexicon() -> dict:
    """lexicon.yaml, parsed once per process (the pure-Python YAML parser takes ~25 ms a parse:
    once per language before, 0.34 s of a process's first replies)."""
    import yaml

    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


def _insults() -> dict:
    return _lexicon()["insults"]


def insult_entries(language: str) -> list[str]:
    """The insults of `language` and English, folded as the matcher reads them, longest first."""
    lexicon = _insults()
    ordinary = set(_lexicon().get("ordinary_words", {}).get(language, []))
    entries = (set(lexicon.get("en", [])) - ordinary) | set(lexicon.get(language, []))
    return [strip_accents(fold(str(entry))) for entry in sorted(entries, key=len, reverse=True)]


@functools.lru_cache(maxsize=64)
def insult_matcher(language: str, by_first_letter: bool = True) -> re.Pattern[str]:
    """The insults of `language` and English as one pattern, longest first. `by_first_letter`: the
    entries sharing a first letter are one branch, that letter then their rests in the same order
    (`re` tests a first letter once per group, not once per entry: ~2x faster on a reply). The
    matches are the same: the pattern is case-sensitive and every entry starts with a letter or
    digit (else the flat alternation is kept), so at any position at most one group can match, and
    inside it the entries are tried in the same order (tests/test_speed_equivalence.py)."""
    parts, firsts = [], []
    for word in insult_entries(language):
        stem = word.endswith("*")
        pattern = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
        parts.append(pattern + (r"\w*" if stem else ""))
        firsts.append(word[:1])
    if by_first_letter and all(f.isalnum() and len(re.escape(f)) == 1 for f in firsts):
        groups: dict[str, list[str]] = {}
        for first, part in zip(firsts, parts):
            groups.setdefault(first, []).append(part[1:])
        parts = [first + (f"(?:{'|'.join(rests)})" if len(rests) > 1 else rests[0]) for first, rests in groups.items()]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


_LONG_SPAN = 64
_LONG_SPAN_RE = re.compile(r"\S{%d,}" % (_LONG_SPAN + 1))
# A word, or a run of one repeated other character ("!!!", a wall of one emoji: one token, not
# 20,000).
_PLAIN_TOKEN_RE = re.compile(r"\w+|([^\w\s])\1*")


_SPACY_SPANS = 1000
_SPAN_RE = re.compile(r"\S+")


def _spacy_limit(text: str) -> int:
    """Where the first _SPACY_SPANS spans of `text` end (the whole text when it has fewer)."""
    if len(text) < 2 * _SPACY_SPANS - 1:  # too short to hold that many spans
        return len(text)
    for count, span in enumerate(_SPAN_RE.finditer(text), start=1):
        if count == _SPACY_SPANS:
            return span.end()
    return len(text)


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(_token_key(m.group()), m.start(), m.end()) for m in _PLAIN_TOKEN_RE.finditer(text, start, end)]


def _spacy_tokens(tokenizer: Any, text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    if start >= end:
        return []
    from spacy.attrs import IDX, IS_SPACE, LENGTH

    # The tokens' offsets as one array, not a Python Token object each (that was most of the
    # tone check's time); a token's text is the slice it spans (spaCy keeps the text verbatim).
    segment = text[start:end]
    return [
        (_token_key(segment[idx : idx + length]), start + idx, start + idx + length)
        for idx, length, space in tokenizer(segment).to_array([IDX, LENGTH, IS_SPACE]).tolist()
        if not space
    ]


class Tokenizers:
    """spaCy blank tokenizers per language, made on first use (thread-safe, no downloads)."""

    def __init__(self, languages: Iterable[str] = ()):
        self._tokenizers: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.languages = tuple(languages)
        for language in self.languages:
            self.get(language)

    def get(self, language: str):
        tokenizer = self._tokenizers.get(language)
        if tokenizer is None:
            with self._lock:
                tokenizer = self._tokenizers.get(language)
                if tokenizer is None:
                    import spacy

                    from screening.text.regex_cache import cached_regex_compilation

                    # French compiles one huge pattern at import (seconds): its compiled form is
                    # kept on disk, so later starts skip that work.
                    with cached_regex_compilation():
                        try:
                            tokenizer = spacy.blank(language).tokenizer
                        except ImportError:  # spaCy has no such language: the multi-language rules
                            tokenizer = self._tokenizers.get("xx") or spacy.blank("xx").tokenizer
                    self._tokenizers[language] = tokenizer
        return tokenizer

    def tokens(self, text: str, language: str) -> list[tuple[str, int, int]]:
        """(key, start, end) per non-space token; the key is folded and numbers become '0'.

        Bounded work on any text, by two caps that ordinary replies never reach:
        - spaCy's tokenizer takes prefixes and suffixes off a span (the text between two spaces)
          one at a time and searches the rest again each time: quadratic in the span's length
          (measured: 2,000 emoji 0.5 s, 20,000 over a minute). No word is that long, so a span
          longer than _LONG_SPAN characters (a wall of emoji, brackets or letters) is cut by a
          linear regex (a word, or a run of one other character) instead;
        - spaCy costs ~10-25 us per span, so only the first _SPACY_SPANS spans (a reply of
          ~6,000 characters) go through it; the rest of a longer text is cut by the same regex.
        """
        tokenizer = self.get(language)
        limit = _spacy_limit(text)
        out: list[tuple[str, int, int]] = []
        position = 0
        for span in _LONG_SPAN_RE.finditer(text, 0, limit):
            out += _spacy_tokens(tokenizer, text, position, span.start())
            out += _plain_tokens(text, span.start(), span.end())
            position = span.end()
        out += _spacy_tokens(tokenizer, text, position, limit)
        out += _plain_tokens(text, limit, len(text))
        return out

    def word_grams(self, text: str, language: str) -> list[str]:
        return word_grams_from_tokens([key for key, _, _ in self.tokens(text, language)])


# A run of letters (with the marks that follow them), a number (with its separators: "12.50",
# "3/4"), or a run of one repeated other character ("!!!", "??", one emoji). Apostrophes and
# hyphens split words ("l'ai" -> "l", "'", "ai"), which keeps elisions and compounds apart alike
# in every language.
_REGEX_TOKEN_RE = re.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+|\d+(?:[.,:/-]\d+)*|([^\w\s])\1*")
REGEX_TOKENIZER = "regex/1"
SPACY_TOKENIZER = "spacy"


@functools.lru_cache(maxsize=65536)
def _stemmed(token: str, stem: int) -> str:
    # The first `stem` letters of a longer word: "insupportable"/"insupportables" and
    # "erklärt"/"erklären" share a key; short words (most function words) stay whole.
    return token[:stem] if len(token) > stem and token.isalpha() else token


class RegexTokenizer:
    """Word tokens by one regular expression (the same in every language): linear in the text,
    no per-language state, and an order of magnitude cheaper than spaCy's rules.

    Same interface as Tokenizers (tokens, word_grams, languages); `stem` > 0 cuts words to their
    first `stem` letters (0: whole words)."""

    def __init__(self, languages: Iterable[str] = (), stem: int = 0):
        self.languages = tuple(languages)
        self.stem = int(stem)

    def get(self, language: str) -> None:  # nothing to build per language
        return None

    def tokens(self, text: str, language: str = "") -> list[tuple[str, int, int]]:
        """(key, start, end) per token; the key is folded, numbers are '0', cut to `stem` letters."""
        stem = self.stem
        if stem:
            return [(_stemmed(_token_key(m.group()), stem), m.start(), m.end()) for m in _REGEX_TOKEN_RE.finditer(text)]
        return [(_token_key(m.group()), m.start(), m.end()) for m in _REGEX_TOKEN_RE.finditer(text)]

    def word_grams(self, text: str, language: str = "") -> list[str]:
        return word_grams_from_tokens([key for key, _, _ in self.tokens(text, language)])


def make_tokenizers(kind: str, languages: Iterable[str] = (), stem: int = 0) -> "Tokenizers | RegexTokenizer":
    """The word tokenizer an artifact names (`tokenizer`: "spacy" for the first models)."""
    if kind == REGEX_TOKENIZER:
        return RegexTokenizer(languages, stem)
    if kind == SPACY_TOKENIZER and not stem:
        return Tokenizers(languages)
    raise ValueError(
        f"tone artifact tokenizer {kind!r} (stem {stem}) is not one this code scores; "
        f"retrain with `screening train tone`"
    )
