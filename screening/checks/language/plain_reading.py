"""Whether a reply's function words alone say which language it is written in.

Asking the n-gram detector is the language check's costliest step: about 1 ms a reply on the
service's path, most of it spent reading models far larger than the processor's caches. Yet most
replies say their language plainly: a French reply of a few sentences holds "nous", "votre",
"pour", "est" and no word only another candidate language uses. When a reply's function words
(spaCy's stop words and answer words, screening/checks/language/function_words.py) speak for one
market language against every other candidate language, clearly and with little said against it,
the detector would read that language too, and the check needs no detector.

Against each other candidate language X, a reply reads plainly as L when
- at least MIN_EVIDENCE of its words are function words of L that X does not have, and
- at most max(TOLERATED, evidence // TOLERATED_SHARE) are function words of X that L does not
  have (a long reply meets a word such as "son" or "die" that another list holds too).

The thresholds were chosen on development data only (data/language/replies, holdout, close_dev*,
conversations.tsv and the development traffic sets): none of their replies in a language outside
the market's reads plainly as a market language, while 43% of ordinary seller replies do, and
nearly every reply longer than 200 characters (where the detector costs most). A close neighbour
that is no candidate (Afrikaans on nl, Galician on es) reads plainly as the market's language here
as it does to the detector: its own words tell it apart (neighbour_words.py), and the check asks
them either way.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import Sequence

from screening.checks.language.function_words import function_words
from screening.text.words import WORD, fold_word

# Fewer words than this are read by the detector (or not judged at all): a few words prove little.
MIN_WORDS = 6
MIN_EVIDENCE = 4
TOLERATED = 2
TOLERATED_SHARE = 3


@lru_cache(maxsize=8)
def _word_languages(candidates: tuple[str, ...]) -> dict[str, frozenset[str]] | None:
    """Each function word of the candidates -> the candidate languages whose lists hold it; None
    when a candidate has no list (nothing would speak against it)."""
    if any(not function_words(language) for language in candidates):
        return None
    index: dict[str, set[str]] = {}
    for language in candidates:
        for word in function_words(language):
            index.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in index.items()}


def plainly_written_in(text: str, languages: Sequence[str], candidates: tuple[str, ...]) -> str | None:
    """The one of `languages` that `text`'s function words speak for against every other of
    `candidates` (see the module's docstring), else None. None also when any candidate has no list
    of function words."""
    words = WORD.findall(text)
    index = _word_languages(candidates) if len(words) >= MIN_WORDS and candidates else None
    if index is None:
        return None
    hits = [found for found in (index.get(fold_word(word)) for word in words) if found]
    listed = Counter(language for found in hits for language in found)
    for language in languages:
        own = [found for found in hits if language in found]
        if len(own) < MIN_EVIDENCE:
            continue
        shared = Counter(other for found in own for other in found)
        if all(
            _speaks_for(len(own) - shared[other], listed[other] - shared[other])
            for other in candidates
            if other != language
        ):
            return language
    return None


def _speaks_for(evidence: int, against: int) -> bool:
    return evidence >= MIN_EVIDENCE and against <= max(TOLERATED, evidence // TOLERATED_SHARE)


__all__ = ["plainly_written_in"]
