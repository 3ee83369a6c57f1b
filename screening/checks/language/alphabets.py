"""Which letters beyond a-z each candidate language writes with, to veto impossible detections.

N-gram detectors confuse close neighbours on short text (Danish "skærmen" read as Swedish with
0.98 confidence by lingua's low accuracy mode, data/language/README.md). A letter the detected
language never uses settles it: the check then abstains rather than flag. Only a veto on flags,
so a loanword ("Café" in German) can at worst cost a flag, never cause one.

Letters from each language's standard orthography (including common accented loans, e.g. é in
Swedish, Danish and Dutch); Greek is checked by script.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_EXTRA_LETTERS = {
    "en": "é",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "de": "äöüßé",
    "es": "áéíñóúü",
    "ca": "àçéèíïòóúü",
    "it": "àèéìíîòóùú",
    "nl": "áéèëíïóöúü",
    "pl": "ąćęłńóśźż",
    "pt": "áâãàçéêíóôõú",
    "sv": "åäöé",
    "da": "æøåé",
    "nb": "æøåéòôó",
    "fi": "äöåšž",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "ro": "ăâîșțşţ",
    "hu": "áéíóöőúüű",
}


@lru_cache(maxsize=None)
def _allowed(language: str) -> frozenset[str] | None:
    extra = _EXTRA_LETTERS.get(language)
    return None if extra is None else frozenset("abcdefghijklmnopqrstuvwxyz" + extra)


def written_with_alphabet_of(language: str, text: str) -> bool:
    """False when `text` has a Latin letter `language` never writes, or is not Greek for el."""
    if language == "el":
        letters = [c for c in text.lower() if c.isalpha()]
        return sum("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in letters) > len(letters) / 2
    allowed = _allowed(language)
    if allowed is None:  # a language we know no alphabet for: no veto
        return True
    for ch in text.lower():
        if ch.isalpha() and ch not in allowed and ("\u00c0" <= ch <= "\u024f"):
            return False
    return True


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    # Unicode names start with the script: "CYRILLIC SMALL LETTER A", "CJK UNIFIED IDEOGRAPH-624B".
    return unicodedata.name(ch, "UNKNOWN").split(" ")[0].split("-")[0]


def foreign_script(text: str) -> str | None:
    """The script of most of `text`'s letters when it is one no candidate language is written in
    (all of them are Latin, or Greek for el): "CYRILLIC", "CJK", "ARABIC"... else None."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if not ("a" <= ch.lower() <= "z" or "\u00c0" <= ch <= "\u024f"):
                script = _script(ch)
                if script not in ("LATIN", "GREEK"):
                    counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count > letters / 2 else None


__all__ = ["foreign_script", "written_with_alphabet_of"]
