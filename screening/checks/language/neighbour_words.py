"""Languages the detectors cannot tell from a market's language, told by their own everyday words.

Galician has no model in either detector (it reads as Spanish or Portuguese), and Afrikaans, when
it is a candidate, takes plain Dutch replies for itself (data/language/README.md). The Nordic and
the Czech-Slovak neighbours split the detectors' confidence on short replies: their own spellings of
everyday words settle it. Both have short
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

from screening.text.normalize import fold_case

MIN_DISTINCT = 2


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# neighbour -> (the market languages the detectors confuse it with, its distinctive words: none of
# them an ordinary word of those market languages)
NEIGHBOUR_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "gl": (
        frozenset({"es", "pt"}),
        _words(
            "unha unhas ningunha algunha grazas moito moita moitos moitas tamén xa hoxe mañá aínda dispoñible "
            "dispoñibles vostede vostedes cando dous catro diñeiro pola túa túas nosa nosas noso nosos lle lles "
            "xeito xente traballo deica bos mellor despois atopar axuda agardar agarda mércores xoves venres luns "
            "xaneiro xuño xullo fixen fixemos enviámolo enviámosche adoita adoitan mandámosllo mandámolo"
        ),
    ),
    "af": (
        frozenset({"nl"}),
        _words(
            "nie vir baie dankie asseblief ek jy julle hulle môre sê hê gewees selfoon foon persent oopgesluit "
            "moontlik kanselleer aflewering afgelewer nuut nuwe slegs sodra kry gekry sal hy beskikbaar laaier "
            "boks skerm"
        ),
    ),
    # Norwegian (Bokmål) on the Danish and Swedish markets: its spellings of everyday words
    # ("dessverre", "takk", "noe", "mye", "kjøpe") differ from both ("desværre"/"tyvärr"...).
    "nb": (
        frozenset({"da", "sv"}),
        _words(
            "dessverre fortsatt takk hei hva noe noen mye kjøpe kjøpt selge solgt gjerne ennå skjerm skjermen "
            "deg meg seg hjelpe tilbake ble hadde ikkje kjære veldig kveld dere våre"
        ),
    ),
    "da": (
        frozenset({"sv"}),
        _words(
            "tak ikke jeg af hvad nogen noget meget købe købt sælge solgt gerne endnu skærm skærmen hjælpe "
            "tilbage desværre stadig tager hverdage også være lige"
        ),
    ),
    "sv": (
        frozenset({"da"}),
        _words(
            "inte jag tack och är vad någon något mycket köpa köpt sälja gärna ännu skärm skärmen hjälpa "
            "tillbaka tyvärr fortfarande också"
        ),
    ),
    "sk": (
        frozenset({"cs"}),
        _words(
            "áno ďakujem ďakujeme deň ešte telefón telefónu batéria batérie pekný pekne sme som vďaka ktorý "
            "ktorá ktoré len alebo veľmi môžete môžem ako aj iba zariadenie nie"
        ),
    ),
    "cs": (
        frozenset({"sk"}),
        _words(
            "ano děkuji děkujeme ještě jsme jsem není nebo velmi můžete můžu zařízení jak jenom jen také baterie "
            "hezký hezky"
        ),
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _fold_case(word: str) -> str:
    return unicodedata.normalize("NFC", fold_case(word))


def neighbour_language(
    text: str, market_languages: Sequence[str], acceptable: Sequence[str], min_distinct: int = MIN_DISTINCT
) -> str | None:
    """The neighbour of one of `market_languages` that `text` is written in, when it holds at least
    MIN_DISTINCT distinctive words of a neighbour that is not `acceptable`; else None. The
    detectors' reading does not matter: they take Galician for Czech as readily as for Spanish."""
    words = {_fold_case(w) for w in _WORD.findall(text)}
    for neighbour, (markets, distinctive) in NEIGHBOUR_WORDS.items():
        if markets.isdisjoint(market_languages) or neighbour in acceptable:
            continue
        if len(words & distinctive) >= min_distinct:
            return neighbour
    return None


__all__ = ["MIN_DISTINCT", "NEIGHBOUR_WORDS", "neighbour_language"]
