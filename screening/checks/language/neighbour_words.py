"""Languages the detectors cannot tell from a market's language, told by their own everyday words.

Galician has no model in either detector (it reads as Spanish or Portuguese), and Afrikaans, when
it is a candidate, takes plain Dutch replies for itself (data/language/README.md). Both have short
function words and spellings that the market language never uses: Galician "unha", "grazas",
"tamén", "xa", "hoxe"; Afrikaans "nie", "vir", "baie", "dankie", "ek", "jy". A reply on a market
that speaks the neighbour's confusable language, holding at least MIN_DISTINCT of these words
(different ones: one could be a typo or a name), is written in the neighbour.

The word lists are general knowledge of the languages (grammars and frequency lists), chosen to be
absent from the market languages they neighbour: no word that is also ordinary Spanish or
Portuguese ("non", "só", "sempre", "adeus") or Dutch ("die", "ons", "jou", "ongelukkig", "hoekom",
said in Flanders) is in them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

MIN_DISTINCT = 2

# neighbour -> (the market languages the detectors confuse it with, its distinctive words)
NEIGHBOUR_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "gl": (
        frozenset({"es", "pt"}),
        frozenset(
            {
                "unha",
                "unhas",
                "ningunha",
                "algunha",
                "grazas",
                "moito",
                "moita",
                "moitos",
                "moitas",
                "tamén",
                "xa",
                "hoxe",
                "mañá",
                "aínda",
                "dispoñible",
                "dispoñibles",
                "vostede",
                "vostedes",
                "cando",
                "dous",
                "catro",
                "diñeiro",
                "pola",
                "túa",
                "túas",
                "nosa",
                "nosas",
                "noso",
                "nosos",
                "lle",
                "lles",
                "xeito",
                "xente",
                "traballo",
                "deica",
                "bos",
                "mellor",
                "despois",
                "atopar",
                "axuda",
                "agardar",
                "agarda",
                "mércores",
                "xoves",
                "venres",
                "luns",
                "xaneiro",
                "xuño",
                "xullo",
                "fixen",
                "fixemos",
                "enviámolo",
                "enviámosche",
                "adoita",
                "adoitan",
                "mandámosllo",
                "mandámolo",
            }
        ),
    ),
    "af": (
        frozenset({"nl"}),
        frozenset(
            {
                "nie",
                "vir",
                "baie",
                "dankie",
                "asseblief",
                "ek",
                "jy",
                "julle",
                "hulle",
                "môre",
                "sê",
                "hê",
                "gewees",
                "selfoon",
                "foon",
                "persent",
                "oopgesluit",
                "moontlik",
                "kanselleer",
                "aflewering",
                "afgelewer",
                "nuut",
                "nuwe",
                "slegs",
                "sodra",
                "kry",
                "gekry",
                "sal",
                "hy",
                "beskikbaar",
                "laaier",
                "boks",
                "skerm",
            }
        ),
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _fold_case(word: str) -> str:
    return unicodedata.normalize("NFC", word.lower())


def neighbour_language(text: str, market_languages: Sequence[str], acceptable: Sequence[str]) -> str | None:
    """The neighbour of one of `market_languages` that `text` is written in, when it holds at least
    MIN_DISTINCT distinctive words of a neighbour that is not `acceptable`; else None. The
    detectors' reading does not matter: they take Galician for Czech as readily as for Spanish."""
    words = {_fold_case(w) for w in _WORD.findall(text)}
    for neighbour, (markets, distinctive) in NEIGHBOUR_WORDS.items():
        if markets.isdisjoint(market_languages) or neighbour in acceptable:
            continue
        if len(words & distinctive) >= MIN_DISTINCT:
            return neighbour
    return None


__all__ = ["MIN_DISTINCT", "NEIGHBOUR_WORDS", "neighbour_language"]
