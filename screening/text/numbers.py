"""Numbers as people write them to dodge filters: digits with any separators, leetspeak digits
(O->0, I/l/|->1, S->5, B->8) and numbers spelled out in words in fr, de, es, it, nl, pl, pt, en,
mixed freely ("06 douze 34 cinquante-six 78"), the way people dictate them: a digit repeated by a
word or a count ("double six", "vijf keer nul", "trois zéros"), groups said as hundreds ("neuf cent
nonante-neuf", "six hundred and twelve", "zweihundertzwölf").

find_number_runs() works on a normalised view (lower case, accents folded: see normalize.py) and
returns each run of number-like tokens as groups of digits with their spans in that view, so a
caller can try whole runs or sub-runs as phone numbers and map findings back to the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from screening.text import number_words

# Words are written accent-folded (normalize() folds é->e, ś->s, ł->l ...), both spellings where
# the folding leaves two (dreißig/dreissig).
# The word tables keep their hand layout (one language per entry), so ruff format leaves them.
# fmt: off
_WORDS: dict[str, dict[str, int]] = {
    "fr": {"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
           "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90},
    "en": {"zero": 0, "oh": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
           "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
           "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
           "eighty": 80, "ninety": 90},
    "de": {"null": 0, "eins": 1, "ein": 1, "eine": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "funf": 5,
           "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12,
           "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "funfzehn": 15, "sechzehn": 16, "siebzehn": 17,
           "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreissig": 30, "dreißig": 30, "vierzig": 40,
           "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90},
    "es": {"cero": 0, "uno": 1, "una": 1, "un": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
           "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14,
           "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20,
           "veintiuno": 21, "veintiun": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24,
           "veinticinco": 25, "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
           "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
           "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
           "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900},
    "it": {"zero": 0, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
           "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
           "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, "venti": 20,
           "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70, "ottanta": 80,
           "novanta": 90, "cento": 100, "duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500,
           "seicento": 600, "settecento": 700, "ottocento": 800, "novecento": 900},
    "nl": {"nul": 0, "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
           "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
           "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90},
    "pl": {"zero": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4,
           "piec": 5, "szesc": 6, "siedem": 7, "osiem": 8, "dziewiec": 9, "dziesiec": 10, "jedenascie": 11,
           "dwanascie": 12, "trzynascie": 13, "czternascie": 14, "pietnascie": 15, "szesnascie": 16,
           "siedemnascie": 17, "osiemnascie": 18, "dziewietnascie": 19, "dwadziescia": 20,
           "trzydziesci": 30, "czterdziesci": 40, "piecdziesiat": 50, "szescdziesiat": 60,
           "siedemdziesiat": 70, "osiemdziesiat": 80, "dziewiecdziesiat": 90,
           # Polish numbers are read in groups of three ("pięćset dwanaście ..." = 512 ...).
           "sto": 100, "dwiescie": 200, "trzysta": 300, "czterysta": 400, "piecset": 500, "szescset": 600,
           "siedemset": 700, "osiemset": 800, "dziewiecset": 900,
           # Digits are also dictated by their names ("piątka piątka piątka, zero zero zero").
           "jedynka": 1, "dwojka": 2, "trojka": 3, "czworka": 4, "piatka": 5, "szostka": 6, "siodemka": 7,
           "osemka": 8, "dziewiatka": 9},
    "pt": {"zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6,
           "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14,
           "quatorze": 14, "quinze": 15, "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17,
           "dezoito": 18, "dezanove": 19, "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40,
           "cinquenta": 50, "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "cento": 100,
           "duzentos": 200, "duzentas": 200, "trezentos": 300, "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600,
           "setecentos": 700, "oitocentos": 800, "novecentos": 900,
           # Brazilians dictate six as "meia" (from "meia dúzia"), so that it is not heard as "três"
           "meia": 6},
}
# fmt: on
SPELLED_LANGUAGES = tuple(_WORDS) + tuple(number_words.WORDS)

# Words that join tens and units when written apart: "trente et un", "treinta y uno", "trinta e um",
# "twenty and one" is rare but harmless.
_CONNECTORS = frozenset({"et", "y", "e", "und", "and", "en", "i"})
# A word before a digit that repeats it: "double seven" (77), "triple zero", "doppio zero", "duplo
# zero", "podwójne zero".
# fmt: off
_REPEATS = {"double": 2, "triple": 3, "treble": 3, "doppel": 2, "doppelte": 2, "doppio": 2, "triplo": 3,
            "doble": 2, "dubbel": 2, "dubbele": 2, "duplo": 2, "podwojne": 2, "potrojne": 3}
# fmt: on
# A count, a "times" word and a digit: "vijf keer nul" (00000), "dwa razy siedem" (77), "deux fois
# zéro", "zwei mal die drei", "tre volte cinque", "tres veces cero", "duas vezes o sete".
_TIMES = frozenset({"times", "fois", "mal", "keer", "maal", "razy", "volte", "veces", "vezes"})
# The same with the count in the word: "zweimal die Null", "driemaal de vijf".
_COUNTED_TIMES = {"zweimal": 2, "dreimal": 3, "viermal": 4, "funfmal": 5, "fuenfmal": 5, "tweemaal": 2, "driemaal": 3}
# The article some put between a repetition and its digit ("drie keer de vijf", "zweimal die Null",
# "trois fois le cinq", "duas vezes o sete"); read only right after a repetition word, since every
# one of them is an everyday word ("o" is also a leetspeak zero).
_ARTICLES = frozenset({"de", "die", "der", "le", "la", "il", "lo", "el", "o", "the"})
# Plural zeros after a count: "trois zéros", "drei Nullen", "drie nullen", "trzy zera", "pięć zer",
# "tres ceros", "tre zeri", "três zeros", "two noughts". (Not the plurals of the Polish digit names:
# "trzy piątki temu" is three Fridays ago.)
_ZEROS = frozenset({"zeros", "zeroes", "noughts", "nullen", "zera", "zer", "ceros", "zeri"})
# A hundred said apart from its count: "six cent douze" (612), "deux cents", "neuf cent nonante-neuf",
# "zwei hundert", "twee honderd", "six hundred and twelve"; alone it is 100 ("cent vingt-trois").
# French "cents" only follows a count ("deux cents"), so alone it is no number ("50 cents").
_HUNDREDS = frozenset({"cent", "cents", "hundred", "hundert", "honderd"})
# Words that mean nothing without a count word (2-9) just before them: alone they end a run.
_AFTER_COUNT = _TIMES | _ZEROS | {"cents"}
# "plus trente-trois ..." for +33.
_PLUS_WORDS = frozenset({"plus", "piu", "mas", "mais"})

_UNITS = r"(?P<u>ein|zwei|zwo|drei|vier|funf|fuenf|sechs|sieben|acht|neun)"
# German "siebenundzwanzig" (7+20), Dutch "zevenentwintig", "tweeentwintig" (ë folded),
# Italian "ventitre", "trentotto" (vowel elided before uno/otto).
_COMPOUNDS = (
    re.compile(_UNITS + r"und(?P<t>zwanzig|dreissig|dreißig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)$"),
    re.compile(
        r"(?P<u>een|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|een)"
        r"(?P<t>twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$"
    ),
    re.compile(
        r"(?P<t>venti|vent|trenta|trent|quaranta|quarant|cinquanta|cinquant|sessanta|sessant|"
        r"settanta|settant|ottanta|ottant|novanta|novant)(?P<u>uno|due|tre|quattro|cinque|sei|sette|otto|nove)$"
    ),
)
_IT_HUNDREDS = re.compile(
    r"(?P<h>cento|duecento|trecento|quattrocento|cinquecento|seicento|settecento|ottocento|novecento)"
    r"(?P<r>[a-z]{3,})$"
)
# German and Dutch write a hundred with its count and the rest as one word: "zweihundert",
# "hundertzwölf", "neunhundertneunundneunzig", "tweehonderd", "honderdeenentwintig". Nine letters at
# least: the bare "hundert"/"honderd" is a word of _HUNDREDS; "hundertprozentig", "honderden" (hundreds)
# have no rest that is a number, so they are none.
_DE_NL_HUNDREDS = re.compile(
    r"(?=[a-zß]{9})(?P<h>ein|zwei|zwo|drei|vier|funf|fuenf|sechs|sieben|acht|neun|een|twee|drie|vijf|zes|zeven|negen)?"
    r"(?:hundert|honderd)(?:(?:und|en)(?=[a-zß]))?(?P<r>[a-zß]*)$"
)
# One regex for the cheap "could this word be a compound number" test (group names stripped).
_COMPOUND_ANY = re.compile(
    "|".join("(?:" + re.sub(r"\?P<\w+>", "", c.pattern) + ")" for c in (*_COMPOUNDS, _IT_HUNDREDS, _DE_NL_HUNDREDS))
)
_LEET = str.maketrans({"o": "0", "i": "1", "l": "1", "|": "1", "s": "5", "b": "8"})
_LEET_TOKEN = re.compile(r"[0-9oilsb|]+")
_TOKEN = re.compile(r"[a-z0-9|ßα-ως]+")
# What may stand between two tokens of one number: spaces, dots, dashes, slashes, brackets.
# A pictograph between two groups is a separator too ("340 🔹 00 🔹 11", "92 ✳️ 000"): sellers put
# emoji where a filter expects spaces or dots.
SEPARATOR_SYMBOLS = "\u2022\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff"
_SYMBOL_GAP = r"\s*[" + SEPARATOR_SYMBOLS + r"]\ufe0f?\s*"
_GAP = re.compile(r"[\s.\-/()_]{0,4}|" + _SYMBOL_GAP)
_WORD_GAP = re.compile(r"\s*[,;:]?\s*|[\s.\-/()_]{0,4}|" + _SYMBOL_GAP)

# Longest run looked at as one unit; longer runs (tables of numbers) are cut into windows.
MAX_RUN_GROUPS = 24
# Number-like tokens read per text. A 20,000-character wall of digit groups has ~7,000; reading
# them all costs ~100 ms in Python, and the phone search only looks at a few hundred windows anyway.
MAX_NUMBER_TOKENS = 1000


@dataclass(frozen=True, slots=True)
class Group:
    """Consecutive digits of a run, from one token or a spelled compound ("soixante-dix-huit")."""

    start: int
    end: int
    digits: str
    spelled: bool = False
    leet: bool = False


@dataclass(frozen=True, slots=True)
class NumberRun:
    groups: tuple[Group, ...]
    plus: int | None = None  # view offset of a leading '+' (or "plus"), if any

    @property
    def start(self) -> int:
        return self.plus if self.plus is not None else self.groups[0].start

    @property
    def end(self) -> int:
        return self.groups[-1].end

    @property
    def digits(self) -> str:
        return "".join(g.digits for g in self.groups)

    @property
    def obfuscated(self) -> bool:
        return any(g.spelled or g.leet for g in self.groups)


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    kind: str  # "digits" | "word" | "leet" | "conn" | "repeat" | "plus"
    value: int | str


@lru_cache(maxsize=32)
def _lexicon(extra: frozenset[str] = frozenset()) -> dict[str, int]:
    """The eight main languages' number words, and those of the `extra` smaller-market languages
    (their words take precedence: Danish "to" is 2 in a Danish market; Slovak "piatka" is no number)."""
    merged: dict[str, int] = {}
    for lang in sorted(extra):
        merged.update(number_words.WORDS[lang])
    for words in _WORDS.values():
        for word, value in words.items():
            merged.setdefault(word, value)
    for lang in extra:
        for word in number_words.NOT_NUMBERS.get(lang, ()):
            merged.pop(word, None)
    return merged


def _extra(languages: tuple[str, ...] | None) -> frozenset[str]:
    return frozenset(languages or ()).intersection(number_words.WORDS)


@lru_cache(maxsize=32)
def _counted_hundreds(extra: frozenset[str]) -> frozenset[str]:
    """The `extra` languages' hundreds said only after their count (Czech "pet set")."""
    return frozenset().union(*(number_words.COUNTED_HUNDREDS.get(lang, ()) for lang in extra))


def _word_value(word: str, extra: frozenset[str] = frozenset()) -> int | None:
    value = _lexicon(extra).get(word)
    if value is not None:
        return value
    if extra and len(word) >= 7:
        value = number_words.compound_value(word, extra)
        if value is not None:
            return value
    hundreds = _IT_HUNDREDS.match(word)
    if hundreds:
        rest = hundreds.group("r")
        # "centottanta": the elided vowel of "cento" comes back before "ottanta"/"otto"/"undici".
        value = (
            _word_value(rest, extra) or _word_value("o" + rest, extra) if rest[0] in "ou" else _word_value(rest, extra)
        )
        return _lexicon(extra)[hundreds.group("h")] + value if value and value < 100 else None
    hundreds = _DE_NL_HUNDREDS.match(word)
    if hundreds:
        count = _lexicon()[hundreds.group("h")] if hundreds.group("h") else 1
        rest = _word_value(hundreds.group("r"), extra) if hundreds.group("r") else 0
        return 100 * count + rest if rest is not None and rest < 100 else None
    for pattern in _COMPOUNDS:
        match = pattern.match(word)
        if match:
            unit = _lexicon().get(match.group("u"), 0)
            tens = (
                _lexicon().get(match.group("t"))
                or _lexicon().get(match.group("t") + "a")
                or _lexicon().get(match.group("t") + "i")
                or 0
            )
            return tens + unit if tens else None
    return None


def _classify(text: str, start: int, end: int, extra: frozenset[str] = frozenset()) -> _Token | None:
    word = text[start:end]
    if word.isdigit():
        return _Token(start, end, "digits", word)
    value = _word_value(word, extra)
    if value is not None:
        return _Token(start, end, "word", value)
    if word in _CONNECTORS or (extra and word in number_words.CONNECTORS):
        return _Token(start, end, "conn", 0)
    if word in _REPEATS:
        return _Token(start, end, "repeat", _REPEATS[word])
    if word in _HUNDREDS or (extra and word in _counted_hundreds(extra)):
        return _Token(start, end, "hundred", 100)
    if word in _TIMES or word in _COUNTED_TIMES:
        return _Token(start, end, "times", _COUNTED_TIMES.get(word, 0))
    if word in _ZEROS:
        return _Token(start, end, "zeros", 0)
    if word in _PLUS_WORDS:
        return _Token(start, end, "plus", 0)
    # "348 OBO 6213", "60B lS B5": a letters-only leet token counts only between number tokens
    # (find_number_runs passes it here only inside a run, and a run never ends on one).
    if len(word) <= 4 and _LEET_ONLY.fullmatch(word):
        return _Token(start, end, "leetword", word.translate(_LEET))
    # Leetspeak only where a real digit shows the token is a number: "O6", "S6", "I2" yes, "is" no.
    # At least a quarter real digits: "OlO1", "SS1", "9763S747"; words like "oil", "bis" have none.
    if (
        len(word) <= 12
        and _LEET_TOKEN.fullmatch(word)
        and sum(c.isdigit() for c in word) * 4 >= len(word) > 0
        and any(c.isdigit() for c in word)
    ):
        return _Token(start, end, "leet", word.translate(_LEET))
    return None


def _compose(tokens: list[_Token]) -> list[Group]:
    """Turn a run's tokens into digit groups: tens+units, French 70-99, "double seven"."""
    groups: list[Group] = []
    i = 0
    while i < len(tokens):
        group, i = _group_at(tokens, i)
        if group is not None:
            groups.append(group)
    return groups


def _group_at(tokens: list[_Token], i: int) -> tuple[Group | None, int]:
    """The group that starts at token i (None for a connector or "plus" that joins nothing), and
    the index of the token after it."""
    tok = tokens[i]
    if tok.kind in ("digits", "leet", "leetword"):
        return Group(tok.start, tok.end, str(tok.value), leet=tok.kind != "digits"), i + 1
    if tok.kind == "repeat" or (tok.kind == "times" and tok.value):  # "double sept", "zweimal die Null"
        k = _after_article(tokens, i + 1)
        digit = _digit_at(tokens, k)
        if digit is not None:
            return Group(tok.start, tokens[k].end, digit * int(tok.value), spelled=True), k + 1
        return None, i + 1
    if tok.kind not in ("word", "hundred"):
        return None, i + 1
    follower = tokens[i + 1].kind if i + 1 < len(tokens) else None
    if follower in ("times", "zeros"):
        counted = _counted(tokens, i, follower)
        if counted is not None:
            return counted
    value, end, j = int(tok.value), tok.end, i + 1
    if 1 <= value <= 9 and follower == "hundred":  # "six cent", "two hundred", "zwei hundert"
        value, end, j = value * 100, tokens[j].end, j + 1
    value, end, j = _french_tens(tokens, value, end, j)
    value, end, j = _hundreds(tokens, value, end, j)
    if tok.kind == "hundred" and j == i + 1:
        return None, j  # "kein Cent", "a hundred quid": a hundred said alone is no digit group
    value, end, j = _tens_and_unit(tokens, value, end, j)
    return Group(tok.start, end, str(value), spelled=True), j


def _kind_at(tokens: list[_Token], k: int) -> str | None:
    return tokens[k].kind if k < len(tokens) else None


def _digit_at(tokens: list[_Token], k: int) -> str | None:
    """The digit a token says on its own ("sept", "7", "oh"), or None."""
    if k >= len(tokens) or tokens[k].kind not in ("word", "digits"):
        return None
    digit = str(tokens[k].value)
    return digit if len(digit) == 1 else None


def _after_article(tokens: list[_Token], k: int) -> int:
    """k, or the index after it when token k is an article ("drie keer de vijf")."""
    return k + 1 if _kind_at(tokens, k) == "article" else k


def _counted(tokens: list[_Token], i: int, follower: str) -> tuple[Group, int] | None:
    """A spelled count and the digit it repeats (`follower` is the kind of the token after it):
    "vijf keer nul" (00000), "dwa razy siedem" (77), "zwei mal die drei" (33), "trois zéros" (000);
    with the index after it."""
    count = _digit_at(tokens, i) if tokens[i].kind == "word" else None
    if count is None or count in "01":
        return None
    if follower == "zeros":
        return Group(tokens[i].start, tokens[i + 1].end, "0" * int(count), spelled=True), i + 2
    k = _after_article(tokens, i + 2)
    digit = _digit_at(tokens, k)
    if digit is None:
        return None
    return Group(tokens[i].start, tokens[k].end, digit * int(count), spelled=True), k + 1


# A spelled number read so far: its value, the end of its last word, the index of the next token.
_Reading = tuple[int, int, int]


def _word_at(tokens: list[_Token], k: int) -> int | None:
    return tokens[k].value if k < len(tokens) and tokens[k].kind == "word" else None  # type: ignore[return-value]


def _unit_at(tokens: list[_Token], k: int) -> int | None:
    """A unit 1-9 at token k that belongs to the number before it: not the count of a repetition
    or of a hundred after it ("trente, deux fois zéro", "trente, deux cent douze")."""
    if k >= len(tokens) or tokens[k].kind != "word":
        return None
    unit = int(tokens[k].value)
    if not 1 <= unit <= 9 or (k + 1 < len(tokens) and tokens[k + 1].kind in ("times", "zeros", "hundred")):
        return None
    return unit


def _teen_at(tokens: list[_Token], k: int) -> tuple[int, int] | None:
    """A value 10-19 starting at token k ("onze", or "dix" "sept"), with the index after it."""
    first = _word_at(tokens, k)
    if first is None or not 10 <= first <= 19:
        return None
    second = _word_at(tokens, k + 1)
    if first == 10 and second is not None and 7 <= second <= 9:
        return 10 + second, k + 2
    return first, k + 1


def _after_connector(tokens: list[_Token], j: int) -> int:
    """j, or the index after it when token j is a connector ("trente et un", "quatrocentos e oito")."""
    return j + 1 if j < len(tokens) and tokens[j].kind == "conn" else j


def _french_tens(tokens: list[_Token], value: int, end: int, j: int) -> _Reading:
    """French 17-19 and 70-99: "dix-sept", "quatre-vingt(s)", "soixante et onze", "soixante-dix-huit",
    "quatre-vingt-onze", "quatre-vingt-trois"."""
    if value == 4 and _word_at(tokens, j) == 20:  # quatre-vingt(s)
        value, end, j = 80, tokens[j].end, j + 1
    if value == 60 and j + 1 < len(tokens) and tokens[j].kind == "conn" and _word_at(tokens, j + 1) == 11:
        return 71, tokens[j + 1].end, j + 2  # soixante et onze
    if value not in (10, 60, 80):
        return value, end, j
    teen = _teen_at(tokens, j) if value != 10 else None
    after = _word_at(tokens, j)
    if value == 10 and after is not None and 7 <= after <= 9:  # dix-sept
        return 10 + after, tokens[j].end, j + 1
    if teen is not None:  # soixante-dix-huit, quatre-vingt-onze
        return value + teen[0], tokens[teen[1] - 1].end, teen[1]
    unit = _unit_at(tokens, j)
    if value == 80 and unit is not None:  # quatre-vingt-trois
        return 80 + unit, tokens[j].end, j + 1
    return value, end, j


def _below_hundred(tokens: list[_Token], k: int) -> _Reading | None:
    """A value 1-99 spelled from token k on ("douze", "nonante-neuf", "soixante-dix-huit",
    "twenty one", "czterdziesci piec"), or None."""
    first = _word_at(tokens, k)
    if first is None or not 1 <= first <= 99 or (first <= 9 and _unit_at(tokens, k) is None):
        return None
    value, end, j = _french_tens(tokens, first, tokens[k].end, k + 1)
    return _tens_and_unit(tokens, value, end, j)


def _hundreds(tokens: list[_Token], value: int, end: int, j: int) -> _Reading:
    """Hundreds and what follows: "trzysta czterdziesci piec" = 345, "quatrocentos e oito" = 408,
    "neuf cent nonante-neuf" = 999, "six hundred and twelve" = 612."""
    if not (value >= 100 and value % 100 == 0):
        return value, end, j
    k = _after_connector(tokens, j)
    # The rest follows at once ("neuf cent nonante-neuf", "six hundred and twelve"); after a comma it is
    # the next group of a dictation ("deux cents, douze, trente-quatre").
    if k >= len(tokens) or not _close_by(tokens, end, j, k):
        return value, end, j
    rest = _below_hundred(tokens, k)
    if rest is None:
        return value, end, j
    # "oh seven seven hundred one two three": a lone unit followed by another, with no "and" before
    # it, is the first of digits said one by one, not the hundred's last digit.
    if k == j and rest[0] <= 9 and _unit_at(tokens, rest[2]) is not None:
        return value, end, j
    return value + rest[0], rest[1], rest[2]


def _close_by(tokens: list[_Token], end: int, j: int, k: int) -> bool:
    """Whether tokens j to k follow one another from `end` on with at most one character (a space or
    a hyphen) before each."""
    for tok in tokens[j : k + 1]:
        if tok.start - end > 1:
            return False
        end = tok.end
    return True


def _tens_and_unit(tokens: list[_Token], value: int, end: int, j: int) -> _Reading:
    """Tens and a unit, joined or not: "vingt-trois", "treinta y uno", "twenty one"."""
    if 20 <= value < 100 and value % 10 == 0:
        k = _after_connector(tokens, j)
        unit = _unit_at(tokens, k)
        if unit is not None:
            return value + unit, tokens[k].end, k + 1
    return value, end, j


@lru_cache(maxsize=32)
def _number_words(extra: frozenset[str] = frozenset()) -> frozenset[str]:
    """Every alphabetic token that can belong to a number, for a cheap first test."""
    more = number_words.CONNECTORS | _counted_hundreds(extra) if extra else frozenset()
    return (
        frozenset(_lexicon(extra))
        | _CONNECTORS
        | frozenset(_REPEATS)
        | _PLUS_WORDS
        | _HUNDREDS
        | _AFTER_COUNT
        | frozenset(_COUNTED_TIMES)
        | more
    )


def _compound(word: str, extra: frozenset[str]) -> bool:
    """Whether a long word may be a one-word compound number."""
    return _COMPOUND_ANY.match(word) is not None or (
        bool(extra) and number_words.COMPOUND_HINT.search(word) is not None
    )


_WORD = re.compile(r"[a-zα-ως]+")
_LEET_ONLY = re.compile(r"[oilsb|]+")
# Linear on any text: a letter run is tried from its first letter only (look-behind) and never
# given back (possessive `*+`, `++`); without that, 20,000 "b" cost 3 s (every start position
# rescanned the rest of the run). Same matches as the plain patterns: the classes either side of
# a possessive part are disjoint, and a match cannot start inside a run where its start failed.
_LEET_BETWEEN = re.compile(r"\d[\s.\-/]++[oilsb|]{1,4}[\s.\-/]++\d")
_MIXED = re.compile(r"(?<![oilsb|])[oilsb|]++\d|\d[oilsb|]+")


def _may_hold(text: str, min_digits: int, extra: frozenset[str] = frozenset()) -> bool:
    """A quick upper bound: can the text hold a run of `min_digits` digits at all?"""
    if min_digits <= 1:
        return True
    digits = sum(text.count(d) for d in "0123456789")
    if digits >= min_digits:
        return True
    digits += 2 * len(_MIXED.findall(text))  # leetspeak tokens hide digits behind letters: "6O6 2O9"
    digits += 3 * len(_LEET_BETWEEN.findall(text))  # and letters-only ones between digits: "348 OBO 6213"
    if digits >= min_digits:
        return True
    tokens = _WORD.findall(text)
    known = _number_words(extra)
    # Every number word counts, repeats included: "tre tre tre cinque cinque cinque zero zero zero
    # zero" is ten digits from three distinct words.
    spelled = [t for t in tokens if t in known]
    words = set(spelled)
    if digits + 2 * len(spelled) >= min_digits or any(len(w) >= 7 for w in words):
        return True
    # One-word compounds ("eenenveertig", "femoghalvfems") hold two or three digits each.
    if not words and not extra:
        return False  # a compound alone ("zweiundzwanzig Euro") is no phone number
    return any(len(w) >= 7 and _compound(w, extra) for w in tokens)


def may_hold(text: str, min_digits: int, languages: tuple[str, ...] | None = None) -> bool:
    """A quick upper bound: can the normalised text hold `min_digits` digits, written or spelled?"""
    return _may_hold(text, min_digits, _extra(languages))


# Number words that are also everyday words ("un", "en", "one", "ein"): alone they never make a
# phone number, so a text whose only number words are these is read digits-first (fast path).
_WEAK_NUMBER_WORDS = frozenset(
    {
        "un",
        "une",
        "uno",
        "una",
        "um",
        "uma",
        "ein",
        "eine",
        "een",
        "one",
        "en",
        "e",
        "y",
        "i",
        "et",
        "und",
        "and",
        "o",
        "oh",
        "a",
        "due",
        "sei",
        "tre",
        "otto",
        "nove",
        "elf",
        "acht",
        "vier",
        "six",
        "sept",
        "neuf",
        "dos",
        "tres",
        "null",
        "nul",
        "plus",
        "mas",
        "mais",
        "piu",
        "double",
        "zero",
        "cero",
        "dez",
        "sto",
    }
    # Everyday words that count or multiply a digit word beside them ("zweimal", "keer", "cent").
    | frozenset(_COUNTED_TIMES)
    | _HUNDREDS
    | _AFTER_COUNT
    | frozenset().union(*number_words.COUNTED_HUNDREDS.values())
)
# The weak words that are digits: one alone is an everyday word ("sei", "sept", "due", "null"), but two
# in a row, or one before a digit, are a number dictated digit by digit ("zero otto uno / 555 / 00 00",
# "zéro sept neuf", "zéro 6 12 ..."), which the fast path would cut down to its digits.
_WEAK_DIGITS = frozenset(
    {"zero", "cero", "null", "nul", "due", "sei", "tre", "otto", "nove", "six", "sept", "neuf", "dos", "tres"}
    | {"elf", "acht", "vier", "dez"}
)
_WEAK_DIGIT = "|".join(sorted(_WEAK_DIGITS))
_WEAK_DIGITS_DICTATED = re.compile(
    r"(?<![a-z])(?:" + _WEAK_DIGIT + r")[\s,.\-/]{1,3}(?:\d|(?:" + _WEAK_DIGIT + r")(?![a-z]))"
)
# Fast path: only tokens with a digit, and short leetspeak-only tokens (kept only inside a run).
_DIGIT_TOKEN = re.compile(r"(?<![a-z|])[a-z|]*+\d[a-z0-9|]*|(?<![a-z0-9])[oilsb|]{1,4}(?![a-z0-9])")


def find_number_runs(
    text: str, min_digits: int = 1, words: frozenset[str] | None = None, languages: tuple[str, ...] | None = None
) -> list[NumberRun]:
    """Runs of number-like tokens in a normalised text, each as digit groups with view offsets.

    Only tokens that can be part of a number are looked at; two of them belong to one run when
    the text between them is a separator (space, dot, dash, slash, bracket; a comma next to a
    spelled word), so an ordinary word between them ends the run. `languages` (the market's) add
    the number words of the smaller markets' languages (screening.text.number_words).
    """
    runs: list[NumberRun] = []
    extra = _extra(languages)
    if not _may_hold(text, min_digits, extra):
        return runs
    current: list[_Token] = []

    def close() -> None:
        runs.extend(_runs_of(text, current, min_digits))
        current.clear()

    known = _number_words(extra)
    after_count = _AFTER_COUNT | _counted_hundreds(extra) if extra else _AFTER_COUNT
    seen = 0
    for match in _token_pattern(text, words, known, extra).finditer(text):
        word = match.group()
        # Inlined _number_token(): this loop sees every word of every message.
        if (
            word.isalpha()
            and word not in known
            and (len(word) < 7 or not _compound(word, extra))
            and not (current and len(word) <= 4 and _LEET_ONLY.fullmatch(word))
            and not (current and word in _ARTICLES and current[-1].kind in ("times", "repeat"))
        ):
            continue
        seen += 1
        if seen > MAX_NUMBER_TOKENS:
            break
        if word.isdigit():
            token: _Token | None = _Token(match.start(), match.end(), "digits", word)
        elif current and current[-1].kind in ("times", "repeat") and word in _ARTICLES:
            token = _Token(match.start(), match.end(), "article", 0)  # "drie keer de vijf"
        else:
            token = _classify(text, match.start(), match.end(), extra)
        if token is None or (token.kind == "digits" and len(word) > 15):
            # A word that is no number, or a digit string too long to be a phone (E.164 has at
            # most 15 digits: IMEIs with check digit, barcodes, InPost ids), ends the run.
            close()
            continue
        if current:
            last = current[-1]
            gap = text[last.end : token.start]
            wordy = last.kind != "digits" or token.kind != "digits"
            if not (_GAP.fullmatch(gap) or (wordy and _WORD_GAP.fullmatch(gap))) or (
                last.kind in ("times", "article") and not _repeated_digit(gap, token)
            ):
                close()
        if (
            token.kind in ("times", "zeros", "hundred")
            and word in after_count
            and not (current and current[-1].kind == "word" and 2 <= int(current[-1].value) <= 9)
        ):
            close()  # "mal", "keer", "zeros", "cents" with no count before them are no number
            continue
        if not current and token.kind in ("conn", "article", "leetword"):
            # A run never starts with these: "the middle is 123" is no "15123" (a letters-only leet
            # token counts only between number tokens).
            continue
        current.append(token)
    close()
    return [run for run in runs if any(g.digits for g in run.groups)]


def _repeated_digit(gap: str, token: _Token) -> bool:
    """Whether `token`, after a "times" word or its article, is what they repeat: the article or a
    digit ("drie keer de vijf"); anything else ends the run there ("twee keer per dag"), the "times"
    word dropped. Spaces only ("cinco veces, una por cada" is no 11111), and no spelled one: after
    "keer", "fois", "mal", "een"/"un"/"eine" is the article ("drie keer een bericht")."""
    if token.kind == "article":
        return True
    digit = token.kind in ("word", "digits") and len(str(token.value)) == 1
    return digit and gap.strip(" -") == "" and not (token.kind == "word" and token.value == 1)


def _token_pattern(
    text: str, words: frozenset[str] | None, known: frozenset[str], extra: frozenset[str]
) -> re.Pattern[str]:
    """Every token, or only those with a digit (and short leetspeak ones) when the text's `words`
    hold no number word that could start a spelled number (the fast path)."""
    if words is None:
        return _TOKEN
    strong = words.intersection(known).difference(_WEAK_NUMBER_WORDS)
    if strong or any(len(w) >= 7 and _compound(w, extra) for w in words if w.isalpha()):
        return _TOKEN
    if not words.isdisjoint(_WEAK_DIGITS) and _WEAK_DIGITS_DICTATED.search(text):
        return _TOKEN  # "zero otto uno / 555", "zéro sept neuf": everyday words, dictated in a row
    return _DIGIT_TOKEN


def _runs_of(text: str, current: list[_Token], min_digits: int) -> list[NumberRun]:
    """The runs of the tokens read since the last break: trailing joiners dropped, a leading '+'
    (or "plus") kept as the run's start, long runs cut into windows of MAX_RUN_GROUPS groups."""
    end = len(current)
    while end and current[end - 1].kind in ("conn", "plus", "repeat", "leetword", "times", "article"):
        end -= 1
    if not end:
        return []
    plus = None
    body = current[:end]
    if body[0].kind == "plus":
        plus, body = body[0].start, body[1:]
    else:
        j = body[0].start - 1
        while j >= 0 and text[j] == " ":
            j -= 1
        if j >= 0 and text[j] == "+":
            plus = j
    body = [t for t in body if t.kind != "plus"]
    if not body:
        return []
    groups = _compose(body)
    hundreds = sum(1 for t in body if t.kind == "hundred" or (t.kind == "word" and int(t.value) >= 100))
    runs = []
    for n, part in enumerate(_cut_lists(groups) if hundreds >= 3 else [groups]):
        for k in range(0, len(part), MAX_RUN_GROUPS):
            chunk = tuple(part[k : k + MAX_RUN_GROUPS])
            if sum(len(g.digits) for g in chunk) >= min_digits:
                runs.append(NumberRun(chunk, plus if n == k == 0 else None))
    return runs


def _cut_lists(groups: list[Group]) -> list[list[Group]]:
    """The groups, cut between round hundreds spelled three or more in a row: "deux cents, trois cents,
    quatre cents" or "dwieście, trzysta, czterysta" list prices; a dictated number has at most two
    in a row ("oh seven seven hundred, nine hundred, triple zero")."""
    round_ = [g.spelled and len(g.digits) == 3 and g.digits[0] != "0" and g.digits.endswith("00") for g in groups]
    cuts: list[int] = []
    i = 0
    while i < len(groups):
        j = i
        while j < len(groups) and round_[j]:
            j += 1
        if j - i >= 3:
            cuts.extend(range(i + 1, j))
        i = max(j, i + 1)
    if not cuts:
        return [groups]
    bounds = [0, *cuts, len(groups)]
    return [groups[a:b] for a, b in zip(bounds, bounds[1:])]
