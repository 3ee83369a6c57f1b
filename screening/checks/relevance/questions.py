"""Does a buyer message ask anything? A buyer who asked nothing cannot be ignored (the check abstains).

A message asks when it has a question mark, a request ("let me know", "bitte schicken Sie"), a
question word opening one of its sentences, or reports a problem (a complaint calls for an answer
even without "?"). Word lists: lexicon.yaml (`asks`, topic `problem`).
"""

from __future__ import annotations

import re

from screening.checks.relevance.lexicon import Lexicon, fold, load_lexicon

# Sentence starts: the text's start, or after . ! ? ; : or a line break (and spaces, quotes, dashes).
_SENTENCE_START = re.compile(r"(?:^|[.!?;:\n¿¡])[\s\"'«»“”„\-–]*")
_QUESTION_MARKS = ("?", "？", "¿")
_AFTER_COMMA = re.compile(r",\s*")


def asks(text: str, lexicon: Lexicon | None = None) -> bool:
    if any(mark in text for mark in _QUESTION_MARKS):
        return True
    lexicon = lexicon or load_lexicon()
    folded = fold(text)
    if lexicon.requests.search(folded) or lexicon.topics["problem"].search(folded):
        return True
    return any(lexicon.interrogatives.match(folded, m.end()) for m in _SENTENCE_START.finditer(folded))


def question_types(text: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The kinds of question a buyer message asks: when, how_much, which, how, where, why (a
    question word opening a sentence), yes_no (a question without one: "Is it unlocked?")."""
    lexicon = lexicon or load_lexicon()
    folded = fold(text)
    starts = [m.end() for m in _SENTENCE_START.finditer(folded)]
    # Only the question word that opens a sentence (after a greeting: "Bonjour, quand ...") asks.
    starts += [m.end() for m in _AFTER_COMMA.finditer(folded)]
    found = {
        name
        for name, pattern in lexicon.question_types.items()
        if any(pattern.match(folded, start) for start in starts)
    }
    if not found and any(mark in text for mark in _QUESTION_MARKS):
        found.add("yes_no")
    return frozenset(found)


__all__ = ["asks", "question_types"]
