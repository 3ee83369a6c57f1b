"""Languages the detectors cannot tell from a market's language, told by their own everyday words.

Galician has no model in either detector (it reads as Spanish or Portuguese), and Afrikaans, when
it is a candidate, takes plain Dutch replies for itself (data/language/README.md). The Nordic, the
Czech-Slovak and the Ibero-Romance neighbours split the detectors' confidence on short replies:
their own spellings of everyday words settle it. Each has short function words and spellings that
the language it is told from never uses: Galician "unha", "grazas", "tamén", "xa", "hoxe";
Afrikaans "nie", "vir", "baie", "dankie", "ek", "jy". A reply on a market that speaks that
language, holding at least MIN_DISTINCT of these words (different ones: one could be a typo or a
name), is written in the neighbour.

Some letters say as much as a word: Czech writes ř, ů and ě, which Slovak never does, and Slovak
ä, ľ, ĺ, ŕ and ô, which Czech never does; Swedish writes ä and ö where Danish writes æ and ø;
Estonian õ is in no other candidate language. A word holding such a letter counts as one of the
neighbour's words (reference grammars' alphabets).

The word lists are general knowledge of the languages (grammars and frequency lists), chosen to be
absent from the language they are told from: no word that is also ordinary Spanish or Portuguese
("sempre", "adeus") or Dutch ("die", "ons", "jou", "ongelukkig", "hoekom", "gister", "nou", said in
Flanders and the Netherlands) is in them. A Scandinavian list leaves out the words its language
shares with the third Scandinavian language too ("bare", "kun", "hvis" are Danish and Norwegian):
a Norwegian reply on a Swedish market must not read as Danish. Czech and Slovak typed without
diacritics keep their own spelling ("dekuji", "zitra"; "dakujem", "zajtra"); a word that loses
what tells it apart when typed so (Slovak "hneď" typed "hned" is Czech "hned") is left out. A pair is (neighbour, the language it is told from): the
words that tell Galician from Spanish ("non", "só", "ao" are Portuguese too) are not all those that
tell it from Portuguese.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Sequence

from screening.text.normalize import fold_case

MIN_DISTINCT = 2


@dataclass(frozen=True, slots=True)
class Pair:
    """What tells `neighbour` from `against`: its words and letters that `against` never uses."""

    neighbour: str
    against: str
    words: frozenset[str]
    letters: frozenset[str] = frozenset()
    # Punctuation only the neighbour writes (Spanish ¿ and ¡): counts as one more word.
    marks: frozenset[str] = frozenset()

    def distinct_words(self, words: frozenset[str], text: str) -> int:
        found = sum(1 for word in words if word in self.words or not self.letters.isdisjoint(word))
        return found + (1 if self.marks and not self.marks.isdisjoint(text) else 0)


def _words(*texts: str) -> frozenset[str]:
    return frozenset(word for text in texts for word in text.split())


# Galician: its own spelling of everyday words (x, ñ-less "unha", "grazas", "moito"), common to
# both neighbours it is told from; against Spanish also the words it shares with Portuguese.
_GALICIAN = (
    "unha unhas ningunha algunha grazas moito moita moitos moitas tamén xa hoxe mañá aínda dispoñible "
    "dispoñibles vostede vostedes cando dous catro diñeiro pola polo polas polos túa túas nosa nosas noso "
    "nosos lle lles xeito xente traballo deica bos mellor despois atopar axuda agardar agarda mércores xoves "
    "venres luns xaneiro xuño xullo fixen fixemos enviámolo enviámosche adoita adoitan mandámosllo mandámolo "
    "calquera máis moi hai teño podo dúas inclúe inclúen sae saen coa coas"
)
# Afrikaans: no "ij" (y), s for Dutch z, -e plurals for -en, its own pronouns and negation.
_AFRIKAANS = (
    "nie vir baie dankie asseblief ek jy julle hulle môre sê hê gewees selfoon foon persent oopgesluit "
    "moontlik kanselleer aflewering afgelewer nuut nuwe slegs sodra kry gekry sal hy beskikbaar laaier "
    "boks skerm hierdie daardie sien seker selfs saam soos sodat terwyl tydens tyd dae werksdae binne "
    "sonder swart prys vyf sewe agt nege verlede netwerke kontak vandag gestuur albei pakkie "
    "sommer geheue oorspronklike oorspronklik ingesluit merkie battery"
)
# Norwegian (Bokmål and Nynorsk) spellings of everyday words ("dessverre", "takk", "noe", "mye",
# "kjøpe") that neither Danish ("desværre") nor Swedish ("tyvärr") uses.
_NORWEGIAN = (
    "dessverre fortsatt takk hei hva noe noen mye kjøpe kjøpt selge solgt gjerne ennå skjerm skjermen deg "
    "meg seg hjelpe tilbake hadde ikkje kjære veldig kveld dere våre nei åpen åpent salgs berre kva "
    "korleis frå eit litt prosent kapasitet kapasiteten syklus sykluser heilt riper ripe uke uker etter "
    "etterpå nettopp sjekke sjekket sjekker vennlig vennlige butikk nettbutikk pent tatt mottatt mottok "
    "spørsmål tjue sånn neste kjøper kjøperen greit laderen"
)
_DANISH_NOT_SWEDISH = (
    "tak ikke jeg af hvad nogen noget meget købe købt sælge solgt gerne endnu skærm skærmen hjælpe "
    "tilbage desværre stadig tager hverdage også være lige og der til sende sendt uger dage hvornår lidt "
    "tjekket modtaget oplader opladeren spørgsmål venlig venlige tusind altid os jer"
)
# Told from Norwegian only to know a Danish reply for Danish (no market speaks Norwegian): "mig",
# "dig", "lidt", "nu" where Norwegian writes "meg", "deg", "litt", "nå".
_DANISH_NOT_NORWEGIAN = (
    "lige mig dig sig af hvad nogen noget desværre købe købt sælge hjælpe tilbage endnu bliver nu lidt ud "
    "op procent kapacitet kapaciteten cykler efter uge uger modtaget modtager spørgsmål tjekke tjekket "
    "tjekker venlig venlige hurtigt pænt taget fået givet netop butik ridser tusind gerne sådan næste "
    "skærm skærmen oplader opladeren opladet"
)
_SWEDISH_NOT_DANISH = (
    "inte jag tack och är vad någon något mycket köpa köpt sälja gärna ännu skärm skärmen hjälpa tillbaka "
    "tyvärr fortfarande också fungerar finns några vill skicka skickar skickat skickade ingår månader "
    "månaders garantin bara redan sedan mellan hur varför laddare laddaren laddning leverans leveransen "
    "paket paketet kvitto idag imorgon vecka veckor dagar timmar undrar kronor fick varit blivit våra "
    "dina allt"
)
_SLOVAK_NOT_CZECH = (
    "áno ďakujem ďakujeme deň ešte telefón telefónu batéria batérie pekný pekne sme som vďaka ktorý ktorá "
    "ktoré len alebo veľmi môžete môžem ako aj iba zariadenie nie teraz inak sa čo keď prečo kedy nejaký "
    "nejaká nejaké zajtra týždeň týždňa mesiac mesiaca mesiacov tovar zásielka zásielku zásielky hneď "
    "všetko všetky niečo sú bol bola bolo boli lebo pretože preto tiež žiadny žiadne žiaľ bohužiaľ "
    "napíšte pošlite dajte kúpiť vymeniť vrátiť poslať skontrolovať skontrolujeme nabíjačka nabíjačku "
    "kábel kábla slúchadlá batériu dakujem dakujeme este mozete mozem vdaka tyzden zasielka zasielku "
    "pretoze bohuzial vsetko vsetky nieco tiez ziadny ziadne"
)
_CZECH_NOT_SLOVAK = (
    "ano děkuji děkujeme ještě jsme jsem není nebo velmi můžete můžu zařízení jak jenom jen také baterie "
    "hezký hezky teď jinak když se proč co kolik bych den telefon telefonu zítra týden týdne týdny měsíc "
    "měsíce měsíců zboží zásilka zásilku zásilky všechno všechny něco jsou byl byla bylo byly jste "
    "protože bohužel omlouváme omlouvám zkontrolujeme zkontrolovat vrátíme pošlete napište dejte koupit "
    "vyměnit výměna odeslat odeslali odesláno nabíječka nabíječku sluchátka děkuju dekuji dekujeme dekuju "
    "jeste zitra neni muzete muzu zbozi mesic tyden zasilka zasilku vsechno vsechny neco protoze bohuzel"
)
# Told from Norwegian only to know a Swedish buyer for Swedish (no market speaks Norwegian, and a
# short Swedish question often reads as Norwegian): Norwegian writes "jeg", "ikke", "og", "hva".
_SWEDISH_NOT_NORWEGIAN = (
    "jag inte och vad hur någon något mycket köpa köpt sälja gärna ännu tyvärr fortfarande också "
    "fungerar tack hej nej bara vill finns"
)
# Told from Estonian only to know a Finnish buyer for Finnish (a short Finnish question can read as
# Estonian): Finnish question words and everyday words Estonian writes otherwise ("millal",
# "aitäh", "telefon", "nüüd").
_FINNISH_NOT_ESTONIAN = (
    "onko voiko voinko milloin mikä mitä kuinka paljonko minä sinä tämä vielä myös että kanssa nyt "
    "kiitos puhelin puhelimen puhelimessa puhelimeen toimii hinta olen ovat"
)
# Estonian against Finnish: its own function words and spellings ("aitäh", "palun", "homme").
_ESTONIAN = (
    "aitäh tänan palun tere kas mis kui aga väga homme täna eile praegu veel juba ainult meie teie teile "
    "saadame aku tervis protsenti"
)
# Spanish, Catalan and Portuguese told from each other on the Iberian markets: none of these is
# written in the other two ("lo", "la", "no" are Portuguese clitics and contractions, "com", "em"
# Catalan words, "hola" Catalan).
_SPANISH_NOT_PORTUGUESE = (
    "el y muy pero gracias hoy mañana también ya aquí sí con una hay tiene tenemos puede puedo nuevo "
    "nueva bueno buena usted ustedes cuando sin mismo todavía ahora después hola"
)
_PORTUGUESE_NOT_SPANISH = (
    "não sim obrigado obrigada muito muita você vocês então hoje amanhã uma já mais também ainda até "
    "são estão temos pode posso encomenda telemóvel ecrã agora"
)
_CATALAN_NOT_PORTUGUESE = "amb els les gràcies també però avui demà molt perquè doncs tenim puc nou bon bona"

PAIRS: tuple[Pair, ...] = (
    Pair(
        "gl",
        "es",
        _words(
            _GALICIAN,
            "non só ao aos co cos foi vai ola nova novo novas novos ou sen enteiro enteira case chega chegou "
            "chegará saíu saíron podes tes che mándoche envíoche dígoche vou imos estou",
        ),
    ),
    Pair("gl", "pt", _words(_GALICIAN, "non")),
    Pair("af", "nl", _words(_AFRIKAANS)),
    Pair("nb", "da", _words(_NORWEGIAN, "blir ble")),
    Pair("nb", "sv", _words(_NORWEGIAN)),
    Pair("da", "sv", _words(_DANISH_NOT_SWEDISH), frozenset("æø")),
    Pair("da", "nb", _words(_DANISH_NOT_NORWEGIAN)),
    Pair("sv", "da", _words(_SWEDISH_NOT_DANISH), frozenset("äö")),
    Pair("sv", "nb", _words(_SWEDISH_NOT_NORWEGIAN), frozenset("äö")),
    Pair("fi", "et", _words(_FINNISH_NOT_ESTONIAN)),
    Pair("sk", "cs", _words(_SLOVAK_NOT_CZECH), frozenset("äľĺŕô")),
    Pair("cs", "sk", _words(_CZECH_NOT_SLOVAK), frozenset("řůě")),
    Pair("et", "fi", _words(_ESTONIAN), frozenset("õ")),
    Pair("es", "pt", _words(_SPANISH_NOT_PORTUGUESE), marks=frozenset("¿¡")),
    Pair("pt", "es", _words(_PORTUGUESE_NOT_SPANISH), frozenset("ãõ")),
    Pair("ca", "pt", _words(_CATALAN_NOT_PORTUGUESE)),
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def _fold_case(word: str) -> str:
    return unicodedata.normalize("NFC", fold_case(word))


def _word_set(text: str) -> frozenset[str]:
    return frozenset(_fold_case(w) for w in _WORD.findall(text))


def neighbour_language(
    text: str, market_languages: Sequence[str], acceptable: Sequence[str], min_distinct: int = MIN_DISTINCT
) -> str | None:
    """The neighbour of one of `market_languages` that `text` is written in, when it holds at least
    `min_distinct` distinctive words of a neighbour that is not `acceptable`; else None. The
    detectors' reading does not matter: they take Galician for Czech as readily as for Spanish."""
    words = _word_set(text)
    for pair in PAIRS:
        if pair.against not in market_languages or pair.neighbour in acceptable:
            continue
        if pair.distinct_words(words, text) >= min_distinct:
            return pair.neighbour
    return None


def holds_words_of(text: str, language: str, against: str, min_distinct: int = MIN_DISTINCT) -> bool:
    """Whether `text` holds `min_distinct` words that tell `language` from `against` (False when
    no such words are known for the pair)."""
    words = _word_set(text)
    return any(
        pair.distinct_words(words, text) >= min_distinct
        for pair in PAIRS
        if pair.neighbour == language and pair.against == against
    )


# Neighbours written so alike that the detectors' n-grams cannot tell them apart on a short reply:
# the Scandinavian languages among themselves, Czech and Slovak (Spanish, Portuguese and Catalan,
# Finnish and Estonian differ in most words, and the detectors read them well).
_SPELLED_ALIKE = frozenset(frozenset(pair) for pair in (("da", "nb"), ("da", "sv"), ("nb", "sv"), ("cs", "sk")))


def spelled_alike(language: str, other: str) -> bool:
    """Whether the two languages are Scandinavian neighbours, or Czech and Slovak."""
    return frozenset((language, other)) in _SPELLED_ALIKE


def is_close_pair(language: str, against: str) -> bool:
    """Whether `language` is a close neighbour of `against` told apart by its own words here."""
    return any(pair.neighbour == language and pair.against == against for pair in PAIRS)


__all__ = ["MIN_DISTINCT", "PAIRS", "Pair", "holds_words_of", "is_close_pair", "neighbour_language", "spelled_alike"]
