"""Replies made only of answer and courtesy words: "No.", "Oui, merci !", "Hallo, ja?", "OK 👍 256".

On one to four words the tone model's n-grams are weak evidence, and a short plain answer is
what a helpdesk sends all day: of such replies in the tone corpus (data/tone), writers labelled
252 courteous and 10 discourteous (a bare "No." or "Ok." that some of them read as curt). A reply
whose words are all answer words (yes, no, thanks, OK: screening/text/answer_words.py), greeting
and courtesy words (screening/text/greetings.yaml) or the answers to thanks ("A usted", "You
too"), beside numbers, emoji and punctuation, is not scored. Shouting ("NEIN!!!") and a bare
"and?" are still scored: capitals, repeated "!" and the conjunctions are not plain.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from screening.text.answer_words import ANSWER_WORDS
from screening.text.greetings import greetings
from screening.text.normalize import fold_case

MAX_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Greeting-lexicon words that only join others ("have a nice day and ..."): alone with "ok" they
# ask "and?".
_JOINERS = frozenset("and und et y e en ou oder or".split())
_OK = frozenset({"ok", "okay", "oké", "okej", "okey"})
# The answers to thanks: "A usted.", "You too!", "Ebenso.", "Wzajemnie."
_THANKS_RETURNED = frozenset(
    "you too likewise same usted ti vosotros igualmente ebenso gleichfalls ihnen dir également "
    "toi altrettanto lei anche jij jou eveneens insgelijks wzajemnie nawzajem você tambem também".split()
)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", fold_case(word)).replace("’", "'")


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    words = set(greetings("word")) | _OK | _THANKS_RETURNED
    for answers in ANSWER_WORDS.values():
        words |= answers
    return frozenset(_fold(w) for w in words) - _JOINERS


def is_plain_answer(text: str) -> bool:
    """Whether `text` is a plain answer: 1 to MAX_WORDS words, all answer or courtesy words, no
    shouting."""
    words = _WORD.findall(text)
    if not words or len(words) > MAX_WORDS or text.count("!") >= 2:
        return False
    if any(len(w) >= 3 and w.isupper() for w in words) and not all(_fold(w) in _OK for w in words):
        return False
    plain = _plain_words()
    return all(_fold(w) in plain for w in words)


__all__ = ["MAX_WORDS", "is_plain_answer"]
