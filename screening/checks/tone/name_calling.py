"""A name called at the buyer: an insult of the lexicon in the place where one addresses someone.

The tone model weighs every word against thousands of others; in a short reply ("Sent yesterday,
crook.") a single insult after a neutral fact can stay under the threshold, yet nobody reads it as
anything but rude. This rule needs no score: the insult must stand where a name stands when one
speaks to someone -
- alone at the end of a sentence, after a comma ("…, crook.", "…, espèce d'abruti !");
- alone at the start of a sentence, before a comma ("Idiot, read the listing.");
- right after "you" in the reply's language ("you clown", "du Trottel", "jij sukkel").
It reads the tone model's view (view.py): an insult the seller reports from the buyer's message,
to calm them, has already been blanked out there. Swear words said about the situation ("…,
damn.", "Merde, j'ai oublié") are interjections, not names, and are left to the model.
"""

from __future__ import annotations

import functools
import re

from screening.checks.tone.features import fold, insult_matcher
from screening.text.normalize import strip_accents

# What may stand between the comma and a final name: the second person, and the words that make a
# name of an insult in each language ("espèce de", "pedazo de", "pezzo di", "kawał"), and a few
# adjectives ("stupid", "sale", "maldito"). Folded and without accents, as the text is read.
_ADDRESS = (
    r"you|you bloody|you stupid|you absolute|you utter|you little|you big"
    r"|espece d['’]|espece de|sale|pauvre|gros|grand|petit|bande d['’]|bande de|tu|toi"
    r"|du|sie|du blode|du dumme|du alter|so ein|sie alter"
    r"|pedazo de|so|usted|menudo|maldito|vaya"
    r"|pezzo di|brutto|razza di|sei un"
    r"|jij|je|u|stomme|vuile|gore|vieze|jou"
    r"|ty|ty stary|pan|pani|kawal"
    r"|seu|sua|voce|grande|pedaco de|seu grande"
)
# Between "you" and the name, only words that make it stronger: "you little …", "du alter …".
_INTENSIFIERS = (
    r"bloody|stupid|absolute|utter|little|big|fucking|dumb|old|silly"
    r"|dumme|dummer|blode|bloder|alte|alter|elender|verdammter|kleiner"
    r"|stomme|vuile|gore|vieze|domme|ouwe|kleine"
    r"|glupi|stary|cholerny|maly"
)
# Swearing about the situation, not a name: "…, damn.", "Kurwa, zapomniałem." (kept out of the
# final and initial positions; inside a rude reply the model still reads them).
_INTERJECTIONS = frozenset(
    # one entry per comma: some are phrases ("fait chier", "puta que pariu")
    ", ".join(
        [
            "damn, dammit, goddamn, shit, shite, crap, fuck, fucking, bloody, wtf, ffs, effing, frigging, friggin",
            "bugger, merde, putain, bordel, fait chier, fais chier, ptn",
            "scheiss, scheisse, verdammt, verdammt nochmal, kacke, verflucht",
            "mierda, joder, cono, hostia, ostia, carajo, me cago, cojones, pollas",
            "cazzo, merda, minchia, porca, porco dio, porcodio, cazzi, palle",
            "verdomme, godverdomme, godver, gvd, kut, klote, kolere, tering, kanker, tyfus",
            "kurwa, kurde, cholera, gowno, do dupy",
            "porra, caralho, foda-se, fodeu, cacete, puta que pariu, pqp, bosta",
        ]
    ).split(", ")
)


@functools.lru_cache(maxsize=64)
def _patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    insult = insult_matcher(language).pattern  # (?<!\w)(?:…)(?!\w), on folded accentless text
    name = f"(?P<name>{insult})"
    final = re.compile(rf",\s*(?:(?:{_ADDRESS})\s*)?{name}\s*(?:[.!?…]+|$)")
    initial = re.compile(rf"(?:^|[.!?…]\s+){name}\s*,")
    addressed = re.compile(rf"(?<!\w)(?:you|du|jij|ty)\s+(?:(?:{_INTENSIFIERS})\s+)?{name}")
    return final, initial, addressed


def fold_in_place(text: str, keep_case: bool = False) -> str:
    """`text` folded (unless `keep_case`) and without accents character by character, so every
    offset stays the text's (a character whose fold is longer, "ß" -> "ss", is kept as it is)."""
    out = []
    for char in text:
        folded = strip_accents(char if keep_case else fold(char))
        out.append(folded if len(folded) == 1 else char)
    return "".join(out)


def has_insult(text: str, language: str) -> bool:
    """Whether `text` holds a word of the insult lexicon at all (the cheap test first)."""
    return insult_matcher(language).search(strip_accents(fold(text))) is not None


def called_name(view: str, language: str) -> tuple[int, int] | None:
    """(start, end) of a lexicon insult addressed to the reader of `view`, or None. `view` is
    what the tone model reads (same length as the reply, so the span is the reply's)."""
    if not has_insult(view, language):
        return None  # most replies: no insult at all
    folded = fold_in_place(view)
    for pattern in _patterns(language):
        for match in pattern.finditer(folded):
            start, end = match.span("name")
            if folded[start:end] not in _INTERJECTIONS:
                return start, end
    return None


__all__ = ["called_name", "fold_in_place", "has_insult"]
