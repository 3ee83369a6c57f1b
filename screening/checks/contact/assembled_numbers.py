"""A phone number given in pieces over several replies, with words that tell the buyer to put them
together ("555", then "00 00 1, put it all together and call me").

split.py reads the replies joined, which finds a number cut in two between consecutive replies. A
seller who hides the pieces at the end of long sentences, with other words between them, leaves no
run of digits even in the joined text. What gives it away is the instruction: "mettez bout à bout",
"alles hintereinander schreiben", "júntalo todo", "metti insieme", "achter elkaar", "połącz",
"junta tudo", "put it together". When the new reply says so, or carries on the number ("the rest
is", "la suite", "sigue con"), the digits of the window's replies are counted: eight or more, in
at least two replies, make a phone number.

Numbers that are not a phone are left out of the count: prices, quantities with a unit (89 %,
128 GB), times and dates. Reads normalised text (lower case, accents folded).

The same words put a number together inside one reply: "zéro six, 55 50, puis 00 00", "07 then 555
then triple zero one 2", "commence par 06 55 et finit par 00 12, le milieu c'est 50 50", "0176 555,
Rest Nullen". dictated_in_pieces() reads the pieces that such words link, in the order the words give,
and phones.phone_in_pieces() judges the whole as any number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.core.types import Message
from screening.text.normalize import normalize
from screening.text.numbers import Group, NumberRun, find_number_runs, may_hold
from screening.text.patterns import DATE, ORDER_WORDS, PRICE, TIME, UNIT_NUMBER

# A phone number of the markets has 9 to 13 digits; pieces may drop the leading 0 or the prefix.
MIN_DIGITS = 8
# Only the end of an earlier reply and the start of the new one hold the pieces (split.EARLIER_TAIL).
EARLIER_TAIL = 160

# Words that carry a number on ("the rest is", "la suite", "sigue con"), in a new reply or in the
# same one ("07 55, la fin c'est 00 12").
_CARRY_ON = (
    r"(?:the )?rest is|la suite du numero|la suite c'?est|la fin c'?est|le reste c'?est|der rest (?:ist|kommt)|"
    r"weiter geht'?s mit|sigue con|el resto (?:es|va)|il resto (?:e|sono)|e per finire|e chiude con|de rest is|"
    r"reszta (?:to|jest)|o resto (?:e|sao)|"
    # the last piece announced as the last: "and to finish", "am Schluss", "para cerrar", "na koniec"
    r"and to finish|and last(?:ly)?|to finish off|et pour finir|pour terminer|am schluss|zum schluss|"
    r"und am ende|y para (?:cerrar|terminar|acabar)|y al final|e alla fine|e infine|en tot slot|"
    r"en als laatste|na koniec|a na koniec|e no (?:fim|final)|e para (?:terminar|acabar)"
)
_ASSEMBLE = re.compile(
    r"(?<![a-z])(?:"
    # en
    r"put (?:it|them|everything|all of it|the (?:pieces|bits|parts)) together|all together|together and call|"
    r"stick (?:it|them) together|join (?:it|them) up|one after the other|in one go|"
    # fr
    r"bout a bout|a la suite|mettez (?:tout )?ensemble|mets (?:tout )?ensemble|recoll\w*|rassembl\w*|assembl\w*|"
    # de
    r"zusammen ?(?:setzen|schreiben|fugen)|zusammensetz\w*|hintereinander|aneinander\w*|"
    # es
    r"junt(?:a|alo|as|ad|ar|ando)\w*|todo junto|apuntalo junto|falta el final|las ultimas cifras|"
    # it
    r"metti(?:ti)? insieme|mettete insieme|unisc\w*|ricompon\w*|tutto attaccato|di seguito|"
    # nl
    r"aan elkaar|achter elkaar|samenvoeg\w*|plak (?:ze|het) (?:aan elkaar|achter elkaar)|"
    # pl
    r"polacz\w*|zloz\w* (?:to|je|razem)|razem|po kolei|"
    # pt
    r"junt(?:e|em|a) tudo|tudo junto|tudo seguido|" + _CARRY_ON + r")(?![a-z])"
)

# --- One reply: pieces linked by words --------------------------------------------------------------
# "then", in the eight main languages: the next piece follows the one before.
_THEN = (
    r"then|after that|followed by|next|"
    r"puis|ensuite|apres ca|suivi de|"
    r"dann|danach|anschliessend|gefolgt von|"
    r"luego|despues|seguido de|a continuacion|"
    r"poi|dopo|quindi|seguito da|"
    r"dan|daarna|vervolgens|gevolgd door|"
    r"potem|nastepnie|pozniej|dalej|jeszcze|"
    r"depois|a seguir|em seguida|seguido de|"
    # the other part announced: "other half is", "zweiter Teil", "os outros seis são"
    r"(?:the )?other (?:half|bit|part)|second (?:half|bit|part)|seconde partie|deuxieme partie|zweiter teil|"
    r"segunda parte|seconda parte|tweede deel|druga czesc|os outros(?: (?:dois|tres|quatro|cinco|seis|sete|oito))?"
)
# "starts with", "ends with", "the middle is": the words put the pieces in their place, in any order.
_STARTS = (
    r"starts? (?:with|by)|starting with|begins? with|beginning with|"
    r"commence (?:par|avec)|commencant par|debute par|"
    r"fangt mit|faengt mit|beginnt mit|startet mit|"
    r"empieza (?:por|con)|comienza (?:por|con)|empezando por|"
    r"inizia (?:con|per|da)|comincia (?:con|per|da)|"
    r"begint met|start met|"
    r"zaczyna (?:sie )?(?:od|na)|"
    r"comeca (?:por|com)|comecando por|inicia (?:por|com)|"
    # the first part announced: "first bit's 07700", "erster Teil", "pierwsze trzy cyfry"
    r"first (?:bit|part|half)(?:'?s)?|premiere partie|le debut|erster teil|primera parte|prima parte|eerste deel|"
    r"pierwsz\w* (?:czesc|cyfry|trzy cyfry)|primeir[oa]s? (?:digitos|parte)"
)
_ENDS = (
    r"ends? (?:with|in|on)|ending (?:with|in)|"
    r"(?:se )?termine par|finit par|finissant par|"
    r"endet (?:mit|auf)|hort mit|hoert mit|"
    r"termina (?:en|con|por|in|per|em|com)|acaba (?:en|con|em|com)|"
    r"finisce (?:con|per|in)|"
    r"eindigt (?:op|met)|"
    r"konczy (?:sie )?(?:na|od)"
)
_MIDDLE = (
    r"middle(?: bit| part)?(?: is)?|in between|"
    r"milieu(?: c'?est| est)?|au centre|"
    r"(?:in der )?mitte(?: ist)?|dazwischen|"
    r"(?:en )?(?:el )?medio(?: es)?|en el centro|"
    r"(?:in |nel )?mezzo|al centro|"
    r"(?:in )?(?:het )?midden(?: is)?|daartussen|"
    r"(?:w )?srodku|posrodku|srodek(?: to)?|"
    r"meio(?: e)?|no meio|ao meio"
)
# Small words before the linking ones: "and", articles, "it's", German "fängt mit 06 an".
_BEFORE = (
    r"an|auf|and|et|und|y|e|en|i|a|o|in|au|am|im|al|ao|no|na|w|the|le|la|el|il|der|die|het|de|mais|but|aber|pero|"
    r"ma|maar|ale|mas|"
    r"it|ca|es|ist|is|c'?est|est"
)
# (No article after them: "dopo le sei", "depois das 18h", "después de las 6" say when, not which digits.)
_AFTER = r"c'?est|c'?e|is|it'?s|ist|es|e|jest|to|sont|sind|son|sono|zijn|sao|are|kommt|komt|viene|vem|vient|comes|va"
_SEP = r"[\s,;:\-/]"
_LINK = re.compile(
    _SEP + r"*(?:(?:" + _BEFORE + r")" + _SEP + r"+){0,3}"
    r"(?:(?P<start>" + _STARTS + r")|(?P<end>" + _ENDS + r")|(?P<middle>" + _MIDDLE + r")|"
    r"(?:" + _THEN + r"|" + _CARRY_ON + r"))"
    r"(?:" + _SEP + r"+(?:" + _AFTER + r")){0,2}" + _SEP + r"*"
)
# A cue that places the first piece ("mon num commence par 06 55").
_PLACES_FIRST = re.compile(
    r"(?<![a-z])(?:(?P<start>" + _STARTS + r")|(?P<end>" + _ENDS + r")|(?P<middle>" + _MIDDLE + r"))"
    r"(?:" + _SEP + r"+(?:" + _AFTER + r")){0,2}" + _SEP + r"*$"
)
# "the rest is zeros", "Rest Nullen", "o resto zeros": as many zeros as the number needs.
_REST_ZEROS = re.compile(
    _SEP + r"*(?:(?:" + _BEFORE + r"|" + _THEN + r")" + _SEP + r"+){0,3}"
    r"(?:rest|reste|resto|reszta|remainder)(?:"
    + _SEP
    + r"+(?:"
    + _AFTER
    + r"|all|tout|alles|todo|tutto|only))?"
    + _SEP
    + r"+(?:zeros?|zeroes|zeri|zeros|noughts|nullen|nulls?|nul|ceros|zera|zer)(?![a-z])"
)
# The words a reply gives its number with: a phone noun or an invitation to call, "mon num", "o meu nº".
_ANNOUNCES = re.compile(
    r"(?<![a-z])(?:tel|tele?phone|telefon\w*|telefoon\w*|telefono|telemovel|phone|portable|mobile?|mobil|handy|"
    r"movil|cellulare|cell|gsm|komork\w*|numero|number|nummer|numer|num|appel\w*|call|ring|anruf\w*|ruf|llam\w*|"
    r"chiam\w*|bel|zadzwon\w*|dzwon\w*|liga|ligue|sms|text|whats\s?app|contact\w*|kontakt\w*|contatt\w*|"
    r"(?:my|mon|mein|mi|mio|mijn|moj|meu) (?:no|nr|n))(?![a-z])"
)
# A number that is a reference, or a code given to the buyer (a PIN, an unlock or a promo code).
_REFERENCE = re.compile(
    r"(?<![a-z])(?:" + ORDER_WORDS + r"|code|codes|codigo|codice|kod|kodu|pin|puk|otp|password|mot de passe|"
    r"passwort|kennwort|contrasena|wachtwoord|haslo|senha)(?![a-z])"
)
_CLAUSE_END = re.compile(r"[.!?\n]")
# Pieces are close: a link longer than this is a sentence, not "puis" or "the middle is".
MAX_LINK = 40
MAX_PIECES = 8
# Bounded work: a text of a thousand dictated numbers is judged for its first ones.
MAX_DICTATED = 16
# Digits a reply needs to hold a number in pieces: "91, depois 555 e o resto zeros" has five.
MIN_PIECES_DIGITS = 4
# What a reply's pieces may make: E.164 has at most 15 digits.
MAX_DIGITS = 15
# The linking words' own words: a reply with none of them holds no number dictated in pieces (most
# replies), and is not read for one.
_LINK_WORDS = frozenset(
    "then after followed next puis ensuite apres suivi dann danach anschliessend gefolgt luego despues seguido "
    "continuacion poi dopo quindi seguito dan daarna vervolgens gevolgd potem nastepnie pozniej dalej jeszcze "
    "depois seguir seguida rest reste resto reszta remainder suite fin weiter sigue finire chiude "
    "finish last lastly finir terminer schluss ende cerrar terminar acabar final infine slot laatste koniec fim "
    "start starts starting begins beginning commence commencant debute fangt faengt beginnt startet empieza "
    "comienza empezando inizia comincia begint zaczyna comeca comecando inicia end ends ending termine finit "
    "finissant endet hort hoert termina acaba finisce eindigt konczy middle between milieu centre mitte "
    "dazwischen medio centro mezzo midden daartussen srodku posrodku srodek meio "
    # the parts announced ("first part", "other half", "zweiter Teil", "os outros")
    "first second other part half bit premiere seconde deuxieme partie debut erster zweiter teil primera "
    "segunda parte prima seconda eerste tweede deel pierwsze pierwsza druga czesc cyfry primeiros primeira "
    "outros".split()
)


@dataclass(frozen=True, slots=True)
class AssembledNumber:
    start: int  # the digits of the new reply (or its instruction) in its original text
    end: int
    digits: int
    earlier_id: str | None


def _phone_digits(folded: str, languages: tuple[str, ...]) -> list[tuple[int, int, int]]:
    """(start, end, digits) of the number runs of a normalised text that are no price, quantity,
    time or date."""
    masked = folded
    for pattern in (PRICE, UNIT_NUMBER, TIME, DATE):
        masked = pattern.sub(lambda m: " " * len(m.group(0)), masked)
    return [
        (run.start, run.end, sum(len(g.digits) for g in run.groups))
        for run in find_number_runs(masked, min_digits=1, languages=languages)
    ]


def assembled_number(
    message: Message, earlier: Sequence[Message], languages: tuple[str, ...] = ()
) -> AssembledNumber | None:
    """The number the replies give in pieces, when the new reply tells the buyer to assemble them."""
    if not earlier:
        return None
    view = normalize(message.text)
    if _ASSEMBLE.search(view.text) is None:
        return None
    own = _phone_digits(view.text, languages)
    if not own:
        return None
    total = sum(d for _, _, d in own)
    contributing = None
    for m in reversed(earlier):
        tail = normalize(m.text[max(0, len(m.text) - EARLIER_TAIL) :]).text
        digits = sum(d for _, _, d in _phone_digits(tail, languages))
        if digits:
            total += digits
            contributing = contributing or m
    if contributing is None or total < MIN_DIGITS:
        return None
    start, end = view.to_original(own[0][0], own[-1][1])
    return AssembledNumber(start, end, total, contributing.id)


@dataclass(frozen=True, slots=True)
class DictatedNumber:
    """A number read in one reply from pieces that words link: `run` holds its groups in the order
    of the number (a zero group for "the rest is zeros" last, then `rest_zeros` is True)."""

    run: NumberRun
    announced: bool  # a phone noun or an invitation to call introduces it
    rest_zeros: bool = False


def dictated_in_pieces(
    text: str, words: frozenset[str] | None = None, languages: tuple[str, ...] = ()
) -> list[DictatedNumber]:
    """Numbers given in pieces in a normalised reply, linked by "then", "the rest is", "starts with ...
    ends with ... the middle is" (eight main languages). `words`: the reply's words (the gate)."""
    if (words is not None and words.isdisjoint(_LINK_WORDS)) or not may_hold(text, MIN_PIECES_DIGITS, languages):
        return []
    runs = find_number_runs(text, min_digits=1, languages=languages)
    found: list[DictatedNumber] = []
    i = 0
    while i < len(runs) and len(found) < MAX_DICTATED:
        j, roles = _chain(text, runs, i)
        dictated = _dictated(text, runs[i : j + 1], roles)
        if dictated is not None:
            found.append(dictated)
        i = j + 1
    return found


def _chain(text: str, runs: list[NumberRun], i: int) -> tuple[int, list[int]]:
    """The last run of the chain of linked runs from run i, and each run's place in the number
    (0 beginning, 1 middle, 2 end): a run after "then" keeps the place of the one before it."""
    before = text[max(0, runs[i].start - MAX_LINK) : runs[i].start]
    first = _PLACES_FIRST.search(before)
    roles = [_role(first) if first else 0]
    j = i
    while j + 1 < len(runs) and j - i + 1 < MAX_PIECES:
        gap = text[runs[j].end : runs[j + 1].start]
        link = _LINK.fullmatch(gap) if len(gap) <= MAX_LINK else None
        if link is None:
            break
        roles.append(_role(link) if link.lastgroup else roles[-1])
        j += 1
    return j, roles


def _role(match: re.Match[str]) -> int:
    return {"start": 0, "middle": 1, "end": 2}.get(match.lastgroup or "", 0)


def _dictated(text: str, runs: list[NumberRun], roles: list[int]) -> DictatedNumber | None:
    """The number that linked runs make, or None when they are no dictated number."""
    rest = _REST_ZEROS.match(text, runs[-1].end)
    digits = sum(len(run.digits) for run in runs)
    # Eight digits in two pieces make a number (as over replies); "the rest is zeros" fills one up.
    if (len(runs) < 2 and rest is None) or not (MIN_PIECES_DIGITS if rest else MIN_DIGITS) <= digits <= MAX_DIGITS:
        return None
    clause = _clause_before(text, runs[0].start)
    if _REFERENCE.search(clause):
        return None  # "le numéro de commande commence par", "order 4711 then 2231"
    ordered = [run for _, run in sorted(zip(roles, runs), key=lambda pair: pair[0])]
    groups = [g for run in ordered for g in run.groups]
    if rest is not None:
        groups.append(Group(rest.end() - 1, rest.end(), "", spelled=True))
    announced = _ANNOUNCES.search(clause) is not None
    placed = any(roles) or _PLACES_FIRST.search(clause) is not None
    # Pieces of a plain number after "then" are as often prices or quantities ("299, then 279"):
    # only a number that shows itself as one is read, by its words, its trunk 0 or +, or spelled digits.
    shows = announced or placed or ordered[0].plus is not None or groups[0].digits.startswith("0")
    if not shows and not any(g.spelled for g in groups):
        return None
    run = NumberRun(tuple(groups), ordered[0].plus)
    return DictatedNumber(run, announced and (placed or len(runs) > 1), rest is not None)


def link_words_at(text: str) -> int:
    """How many characters of the original `text` the linking words that open it take ("puis ",
    "and then "); 0 when it opens with none."""
    view = normalize(text)
    found = _LINK.match(view.text)
    return view.to_original(0, found.end())[1] if found and found.end() else 0


def _clause_before(text: str, start: int) -> str:
    """The words before `start` in its clause, at most MAX_LINK + 20 characters."""
    window = text[max(0, start - MAX_LINK - 20) : start]
    ends = list(_CLAUSE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


__all__ = ["AssembledNumber", "DictatedNumber", "assembled_number", "dictated_in_pieces", "link_words_at"]
