"""Whether a short reply's function words speak against the language a detector reads it as.

On a reply of a few words the detectors' n-grams are weak evidence: "No, solo una guida rapida."
reads as Spanish and "ja, preis ist in chf" as Dutch, although every word is ordinary Italian or
German. A language shows itself in its function words (articles, pronouns, prepositions,
conjunctions: spaCy's stop-word lists, screening/text/stop_words.py). A short reply that really is
in another language almost always holds one that none of the market's languages use ("the", "por",
"het", "und"); one made only of words the market's languages share with it does not say which
language it is in, and a wrong flag is worse than none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from screening.text.answer_words import ANSWER_WORDS
from screening.text.stop_words import stop_words
from screening.text.words import WORD, fold_word


@lru_cache(maxsize=None)
def function_words(language: str) -> frozenset[str]:
    """`language`'s function words: spaCy's stop words and its answer words (empty when spaCy has
    no list for it)."""
    listed = stop_words(language)
    return listed | ANSWER_WORDS.get(language, frozenset()) if listed else frozenset()


@lru_cache(maxsize=256)
def _distinctive(language: str, others: tuple[str, ...]) -> frozenset[str]:
    """`language`'s function words that none of `others` has among its own."""
    shared: set[str] = set()
    for other in others:
        shared |= function_words(other)
    return frozenset(function_words(language) - shared)


def function_words_deny(text: str, language: str, others: Sequence[str]) -> bool:
    """Whether `text`'s function words speak against `language`: it holds some (of `language` or
    of `others`) and none that only `language` uses, of those `others` never use. A text without
    any function word ("Leveringen tager normalt to hverdage") says nothing here: the detectors
    decide. False when no list of `language`'s function words is known."""
    own = function_words(language)
    if not own:
        return False
    others = tuple(sorted(set(others) - {language}))
    distinctive = _distinctive(language, others)
    seen_any = False
    for word in WORD.findall(text):
        folded = fold_word(word)
        if folded in distinctive:
            return False
        seen_any = seen_any or folded in own or any(folded in function_words(other) for other in others)
    return seen_any


__all__ = ["function_words", "function_words_deny"]
