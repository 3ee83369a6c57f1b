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

import json
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from screening.text.answer_words import ANSWER_WORDS
from screening.text.stop_words import stop_words
from screening.text.words import WORD, fold_word

_COMMON_WORDS = Path(__file__).with_name("common_words.json")


@lru_cache(maxsize=None)
def function_words(language: str) -> frozenset[str]:
    """`language`'s function words: spaCy's stop words and its answer words (empty when spaCy has
    no list for it)."""
    listed = stop_words(language)
    return listed | ANSWER_WORDS.get(language, frozenset()) if listed else frozenset()


@lru_cache(maxsize=1)
def _common_words() -> dict[str, frozenset[str]]:
    """Per language, words its replies use often (training/language/common_words.py)."""
    data = json.loads(_COMMON_WORDS.read_text(encoding="utf-8"))
    return {language: frozenset(words) for language, words in data.items()}


@lru_cache(maxsize=256)
def _distinctive(language: str, others: tuple[str, ...]) -> frozenset[str]:
    """`language`'s function words that none of `others` has among its own."""
    shared: set[str] = set()
    for other in others:
        shared |= function_words(other)
    return frozenset(function_words(language) - shared)


@lru_cache(maxsize=256)
def _written_by_others(language: str, others: tuple[str, ...]) -> frozenset[str]:
    """`language`'s function words that `others` write often as words of their own (spaCy lists
    French "retour", which is Dutch for a return): they say nothing either way."""
    written: set[str] = set()
    for other in others:
        written |= _common_words().get(other, frozenset())
    return _distinctive(language, others) & written


def function_words_deny(text: str, language: str, others: Sequence[str]) -> bool:
    """Whether `text`'s function words speak against `language`: it holds some (of `language` or
    of `others`) and none that only `language` uses, of those `others` never use. A text without
    any function word ("Leveringen tager normalt to hverdage") says nothing here: the detectors
    decide. A listed word that `others` write often ("retour" in Dutch) counts as no function word.
    False when no list of `language`'s function words is known."""
    own = function_words(language)
    if not own:
        return False
    others = tuple(sorted(set(others) - {language}))
    distinctive = _distinctive(language, others)
    neutral = _written_by_others(language, others)
    seen_any = False
    for word in WORD.findall(text):
        folded = fold_word(word)
        if folded in neutral:
            continue
        if folded in distinctive:
            return False
        seen_any = seen_any or folded in own or any(folded in function_words(other) for other in others)
    return seen_any


__all__ = ["function_words", "function_words_deny"]
