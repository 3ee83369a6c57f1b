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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.core.types import Message
from screening.text.normalize import normalize
from screening.text.numbers import find_number_runs
from screening.text.patterns import DATE, PRICE, TIME, UNIT_NUMBER

# A phone number of the markets has 9 to 13 digits; pieces may drop the leading 0 or the prefix.
MIN_DIGITS = 8
# Only the end of an earlier reply and the start of the new one hold the pieces (split.EARLIER_TAIL).
EARLIER_TAIL = 160

_ASSEMBLE = re.compile(
    r"(?<![a-z])(?:"
    # en
    r"put (?:it|them|everything|all of it|the (?:pieces|bits|parts)) together|all together|together and call|"
    r"stick (?:it|them) together|join (?:it|them) up|one after the other|in one go|"
    # fr
    r"bout a bout|a la suite|mettez (?:tout )?ensemble|mets (?:tout )?ensemble|recoll\w*|rassembl\w*|assembl\w*|"
    r"la suite du numero|la fin c'?est|"
    # de
    r"zusammen ?(?:setzen|schreiben|fugen)|zusammensetz\w*|hintereinander|aneinander\w*|der rest (?:ist|kommt)|"
    r"weiter geht'?s mit|"
    # es
    r"junt(?:a|alo|as|ad|ar|ando)\w*|todo junto|apuntalo junto|sigue con|el resto (?:es|va)|"
    r"falta el final|las ultimas cifras|"
    # it
    r"metti(?:ti)? insieme|mettete insieme|unisc\w*|ricompon\w*|tutto attaccato|di seguito|il resto (?:e|sono)|"
    r"e per finire|e chiude con|"
    # nl
    r"aan elkaar|achter elkaar|samenvoeg\w*|plak (?:ze|het) (?:aan elkaar|achter elkaar)|de rest is|"
    # pl
    r"polacz\w*|zloz\w* (?:to|je|razem)|razem|po kolei|reszta (?:to|jest)|"
    # pt
    r"junt(?:e|em|a) tudo|tudo junto|tudo seguido|o resto (?:e|sao)"
    r")(?![a-z])"
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


__all__ = ["AssembledNumber", "assembled_number"]
