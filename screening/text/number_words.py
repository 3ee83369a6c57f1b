"""Number words of the smaller markets' languages (ca, sv, da, fi, cs, sk, ro, hu, el), accent-folded
as normalize(scripts=False) leaves them (Greek stays in Greek letters, tonos folded).

They are used only for a market that speaks the language (screening.text.numbers): many are
everyday words elsewhere (Danish "to" and "fire", Hungarian "hat" and "het", Catalan "set").
Values and compounds from each language's grammar of cardinal numbers.
"""

from __future__ import annotations

import re

# The word tables keep their hand layout (one language per entry), so ruff format leaves them.
# fmt: off

WORDS: dict[str, dict[str, int]] = {
    "ca": {"zero": 0, "u": 1, "un": 1, "una": 1, "dos": 2, "dues": 2, "tres": 3, "quatre": 4, "cinc": 5, "sis": 6,
           "set": 7, "vuit": 8, "nou": 9, "deu": 10, "onze": 11, "dotze": 12, "tretze": 13, "catorze": 14,
           "quinze": 15, "setze": 16, "disset": 17, "divuit": 18, "dinou": 19, "vint": 20, "trenta": 30,
           "quaranta": 40, "cinquanta": 50, "seixanta": 60, "setanta": 70, "vuitanta": 80, "noranta": 90},
    "sv": {"noll": 0, "ett": 1, "en": 1, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "atta": 8,
           "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
           "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50,
           "sextio": 60, "sjuttio": 70, "attio": 80, "nittio": 90, "hundra": 100},
    "da": {"nul": 0, "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
           "ni": 9, "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
           "sytten": 17, "atten": 18, "nitten": 19, "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50,
           "tres": 60, "halvfjerds": 70, "firs": 80, "halvfems": 90},
    "fi": {"nolla": 0, "yksi": 1, "yks": 1, "kaksi": 2, "kaks": 2, "kolme": 3, "nelja": 4, "viisi": 5, "viis": 5,
           "kuusi": 6, "kuus": 6, "seitseman": 7, "seittema": 7, "seitteman": 7, "kahdeksan": 8, "kaheksan": 8,
           "yhdeksan": 9, "yheksan": 9, "kymmenen": 10},
    "cs": {"nula": 0, "jedna": 1, "jeden": 1, "jedno": 1, "dva": 2, "dve": 2, "tri": 3, "ctyri": 4, "pet": 5,
           "sest": 6, "sedm": 7, "osm": 8, "devet": 9, "deset": 10, "jedenact": 11, "dvanact": 12, "trinact": 13,
           "ctrnact": 14, "patnact": 15, "sestnact": 16, "sedmnact": 17, "osmnact": 18, "devatenact": 19,
           "dvacet": 20, "tricet": 30, "ctyricet": 40, "padesat": 50, "sedesat": 60, "sedmdesat": 70,
           "osmdesat": 80, "devadesat": 90, "sto": 100},
    "sk": {"nula": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dva": 2, "dve": 2, "tri": 3, "styri": 4, "pat": 5,
           "sest": 6, "sedem": 7, "osem": 8, "devat": 9, "desat": 10, "jedenast": 11, "dvanast": 12, "trinast": 13,
           "strnast": 14, "patnast": 15, "sestnast": 16, "sedemnast": 17, "osemnast": 18, "devatnast": 19,
           "dvadsat": 20, "tridsat": 30, "styridsat": 40, "patdesiat": 50, "sestdesiat": 60, "sedemdesiat": 70,
           "osemdesiat": 80, "devatdesiat": 90, "sto": 100, "dvesto": 200, "tristo": 300, "styristo": 400,
           "patsto": 500, "seststo": 600, "sedemsto": 700, "osemsto": 800, "devatsto": 900},
    "ro": {"zero": 0, "unu": 1, "una": 1, "doi": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "sase": 6,
           "sapte": 7, "opt": 8, "noua": 9, "zece": 10, "unsprezece": 11, "doisprezece": 12, "douasprezece": 12,
           "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15, "saisprezece": 16, "saptesprezece": 17,
           "optsprezece": 18, "nouasprezece": 19, "douazeci": 20, "treizeci": 30, "patruzeci": 40,
           "cincizeci": 50, "saizeci": 60, "saptezeci": 70, "optzeci": 80, "nouazeci": 90},
    "hu": {"nulla": 0, "egy": 1, "ketto": 2, "ket": 2, "harom": 3, "negy": 4, "ot": 5, "hat": 6, "het": 7,
           "nyolc": 8, "kilenc": 9, "tiz": 10, "husz": 20, "harminc": 30, "negyven": 40, "otven": 50,
           "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90},
    "el": {"μηδεν": 0, "ενα": 1, "ενας": 1, "μια": 1, "δυο": 2, "τρια": 3, "τρεις": 3, "τεσσερα": 4,
           "τεσσερις": 4, "πεντε": 5, "εξι": 6, "επτα": 7, "εφτα": 7, "οκτω": 8, "οχτω": 8, "εννεα": 9, "εννια": 9,
           "δεκα": 10, "εντεκα": 11, "δωδεκα": 12, "εικοσι": 20, "τριαντα": 30, "σαραντα": 40, "πενηντα": 50,
           "εξηντα": 60, "εβδομηντα": 70, "ογδοντα": 80, "ενενηντα": 90, "εκατο": 100, "εκατον": 100,
           "διακοσια": 200, "τριακοσια": 300, "τετρακοσια": 400, "πεντακοσια": 500, "εξακοσια": 600,
           "επτακοσια": 700, "εφτακοσια": 700, "οκτακοσια": 800, "οχτακοσια": 800, "εννιακοσια": 900,
           "εννεακοσια": 900},
}

# Words that join tens and units written apart: Romanian "douazeci si unu", Swedish/Danish "og".
CONNECTORS = frozenset({"si", "og", "och"})
# Number words of the main languages that are everyday words of a market's language, so no number
# there: Slovak "do piatka" is "until Friday" (Polish "piątka" is the digit five).
NOT_NUMBERS = {"sk": frozenset({"piatka"})}
# Hundreds written apart from their count, never alone: Czech "dve ste", "tri sta", "pet set" (numbers
# are dictated in threes: "sedm set tricet sedm"), Romanian "doua sute", "trei sute".
COUNTED_HUNDREDS = {"cs": frozenset({"ste", "sta", "set"}), "ro": frozenset({"sute"})}

_SV_UNITS = r"(?P<u>ett|en|tva|tre|fyra|fem|sex|sju|atta|nio)"
_DA_UNITS = r"(?P<u>en|et|to|tre|fire|fem|seks|syv|otte|ni)"
_FI_UNITS = r"yksi|yks|kaksi|kaks|kolme|nelja|viisi|viis|kuusi|kuus|seitseman|kahdeksan|yhdeksan"
_HU_UNITS = r"egy|ketto|ket|harom|negy|ot|hat|het|nyolc|kilenc"
_HU_TENS = {"tizen": 10, "huszon": 20, "harminc": 30, "negyven": 40, "otven": 50, "hatvan": 60, "hetven": 70,
            "nyolcvan": 80, "kilencven": 90}
_UNIT_VALUES = {w: v for lang in ("sv", "da", "fi", "hu") for w, v in WORDS[lang].items() if v < 10}

# One word for a whole number: Swedish "attioett" (81), Danish "femoghalvfems" (5 and 90), Finnish
# "kaksikymmentakolme" (23) and "kaksitoista" (12), Hungarian "negyszazhuszonegy" (421), "tizenketto" (12).
_SV = re.compile(r"(?P<t>tjugo|trettio|fyrtio|femtio|sextio|sjuttio|attio|nittio)" + _SV_UNITS + "$")
_DA = re.compile(_DA_UNITS + r"og(?P<t>tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems)$")
_FI = re.compile(r"(?:(?P<t>" + _FI_UNITS + r")kymmenta(?P<u>" + _FI_UNITS + r")?|(?P<teen>" + _FI_UNITS + r")toista)$")
# Swedish writes hundreds in one word: "etthundratjugotre" (123), "tvahundrafemton" (215).
_SV_HUNDREDS = re.compile(r"(?P<h>ett|en|tva|tre|fyra|fem|sex|sju|atta|nio)?hundra(?P<r>[a-z]*)$")
_HU = re.compile(r"(?:(?P<h>" + _HU_UNITS + r")?szaz)?(?P<t>tizen|huszon|harminc|negyven|otven|hatvan|hetven|nyolcvan|"
                 r"kilencven)?(?P<u>" + _HU_UNITS + r")?$")
# A quick test before the parsers: every compound ends in a unit or a ten of its language.
COMPOUND_HINT = re.compile("|".join(re.sub(r"\?P<\w+>", "", p.pattern).rstrip("$") for p in (_SV, _DA))
                           + r"|hundra|kymmenta|toista|szaz|tizen|huszon|(?:harminc|negyven|otven|hatvan|hetven|nyolcvan|"
                           r"kilencven)(?:" + _HU_UNITS + ")")


# fmt: on


def compound_value(word: str, languages: frozenset[str]) -> int | None:
    """The value of a one-word compound number of one of `languages`, or None."""
    if "sv" in languages and (m := _SV.match(word)):
        return WORDS["sv"][m.group("t")] + _UNIT_VALUES[m.group("u")]
    if "sv" in languages and (m := _SV_HUNDREDS.match(word)):
        return _swedish_hundreds(m.group("h"), m.group("r"))
    if "da" in languages and (m := _DA.match(word)):
        return WORDS["da"][m.group("t")] + _UNIT_VALUES[m.group("u")]
    if "fi" in languages and (m := _FI.match(word)):
        if m.group("teen"):
            return 10 + _UNIT_VALUES[m.group("teen")]
        return 10 * _UNIT_VALUES[m.group("t")] + (_UNIT_VALUES[m.group("u")] if m.group("u") else 0)
    if (
        "hu" in languages
        and (m := _HU.match(word))
        and sum(bool(m.group(g)) for g in ("h", "t", "u")) + ("szaz" in word) >= 2
    ):
        hundreds = (_UNIT_VALUES[m.group("h")] if m.group("h") else 1) * 100 if "szaz" in word else 0
        tens = _HU_TENS[m.group("t")] if m.group("t") else 0
        return hundreds + tens + (_UNIT_VALUES[m.group("u")] if m.group("u") else 0)
    return None


def _swedish_hundreds(count: str | None, rest: str) -> int | None:
    """The value of "etthundratjugotre" (123) from its count ("ett"; one when none) and its rest."""
    below = (WORDS["sv"].get(rest) or compound_value(rest, frozenset({"sv"}))) if rest else 0
    if below is None or below >= 100:
        return None
    return 100 * (_UNIT_VALUES[count] if count else 1) + below
