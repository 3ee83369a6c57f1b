"""Replies made only of answer and courtesy words: "No.", "Oui, merci !", "Hallo, ja?", "OK 👍 256".

On one to four words the tone model's n-grams are weak evidence, and a short plain answer is
what a helpdesk sends all day: of such replies in the tone corpus (data/tone), writers labelled
252 courteous and 10 discourteous (a bare "No." or "Ok." that some of them read as curt). A reply
whose words are all answer words (yes, no, thanks, OK: screening/text/answer_words.py), greeting
and courtesy words (screening/text/greetings.yaml), the answers to thanks ("A usted", "You
too") or words of pleasure ("Super", "wat leuk"), beside numbers, emoji and punctuation, is not
scored. Shouting ("NEIN!!!") and a bare
"and?" are still scored: capitals, repeated "!" and the conjunctions are not plain.
"""

from __future__ import annotations

from itertools import islice
from functools import lru_cache

from screening.text.answer_words import ANSWER_WORDS
from screening.text.greetings import greetings
from screening.text.words import WORD, fold_word

MAX_WORDS = 4
# Greeting-lexicon words that only join others ("have a nice day and ..."): alone with "ok" they
# ask "and?".
_JOINERS = frozenset("and und et y e en ou oder or".split())
_OK = frozenset({"ok", "okay", "oké", "okej", "okey"})
# The answers to thanks: "A usted.", "You too!", "Ebenso.", "Wzajemnie."
_THANKS_RETURNED = frozenset(
    "you too likewise same usted ti vosotros igualmente ebenso gleichfalls ihnen dir également "
    "toi altrettanto lei anche jij jou eveneens insgelijks wzajemnie nawzajem você tambem também".split()
)


# Words of pleasure or approval ("Super, danke!", "Perfetto, grazie"): a
# reply of a few of them beside thanks is as plain as "OK". In the tone corpus, 133 replies are
# plain with them and not without, all labelled courteous by their writers.
_PLEASANTRIES = frozenset(
    "great lovely glad nice perfect super awesome brilliant cool wonderful fantastic excellent happy top "
    "leuk fijn mooi prima geweldig genial perfecto estupendo fantastico bien parfait génial chouette "
    "toll perfekt klasse wunderbar schön perfetto ottimo benissimo bello bene świetnie doskonale "
    "idealnie fajnie miło ótimo perfeito excelente fantástico maravilha".split()
)
# "How nice", "wat leuk", "que bom", "wie schön": an exclamation only before a pleasantry (a bare
# "What?" asks, curtly).
_EXCLAIMING = frozenset("how what wat que qué wie che jak como".split())
# "Ah", "oh", Flemish "amai": only beside a pleasantry ("Oh, super!"); alone, "Oh." can be a sneer.
# Not "wow": "Wow, great." is sarcasm as often as joy.
_INTERJECTIONS = frozenset("ah oh ooh aw aww amai ach och".split())


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    words = set(greetings("word")) | _OK | _THANKS_RETURNED | _PLEASANTRIES
    for answers in ANSWER_WORDS.values():
        words |= answers
    return frozenset(fold_word(w) for w in words) - _JOINERS


@lru_cache(maxsize=1)
def _pleasantries() -> frozenset[str]:
    return frozenset(fold_word(w) for w in _PLEASANTRIES)


def is_plain_answer(text: str) -> bool:
    """Whether `text` is a plain answer: 1 to MAX_WORDS words, all answer or courtesy words, no
    shouting."""
    # One word more than allowed is enough to say no: a long text is not read to its end.
    words = [match.group() for match in islice(WORD.finditer(text), MAX_WORDS + 1)]
    if not words or len(words) > MAX_WORDS or text.count("!") >= 2:
        return False
    if any(len(w) >= 3 and w.isupper() for w in words) and not all(fold_word(w) in _OK for w in words):
        return False
    plain = _plain_words()
    folded = [fold_word(w) for w in words]
    pleased = any(word in _pleasantries() for word in folded)
    return all(
        word in plain or (word in _EXCLAIMING and following in _pleasantries()) or (word in _INTERJECTIONS and pleased)
        for word, following in zip(folded, [*folded[1:], ""])
    )


__all__ = ["MAX_WORDS", "is_plain_answer"]
