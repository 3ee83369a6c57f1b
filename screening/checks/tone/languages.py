"""Which language a reply is in, cheaply, for the tone model's tokenizer and its abstentions."""

from __future__ import annotations

import re
from typing import Sequence

from screening.checks.tone.features import fold
from screening.text.stop_words import stop_words


# Spelling only Catalan uses among the markets' languages written beside it (Spain: es, ca):
# "any", "eny", "uny" (Spanish writes ñ; its "iny" of "inyección" is left out), the "l·l", a word
# ending in -ix or -tx. A short reply
# without any stop word (a colour and "companyia", say) is told apart by it.
_CATALAN_SPELLING = re.compile(r"\w*[aeu]ny\w*|l·l|\w+(?:ix|tx)\b", re.IGNORECASE)
_SPELLING = {"ca": _CATALAN_SPELLING}


def guess_language(text: str, candidates: Sequence[str]) -> str:
    """Pick among a market's languages by stop-word hits (cheap; the language check is the judge);
    on a tie, a language's own spelling (_SPELLING) decides, else the market's first language."""
    if len(candidates) == 1:
        return candidates[0]
    words = [w.strip(".,;:!?¿¡'\"()") for w in fold(text).split()]
    hits = {language: sum(1 for w in words if w in _stop_words(language)) for language in candidates}
    top = max(hits.values())
    tied = [language for language in candidates if hits[language] == top]
    if len(tied) > 1:
        for language in tied:
            spelling = _SPELLING.get(language)
            if spelling is not None and spelling.search(text):
                return language
    return tied[0]


def _stop_words(language: str) -> frozenset[str]:
    return stop_words(language)


def resolve_language(text: str, market_languages: Sequence[str], trained: Sequence[str]) -> str | None:
    """The language to score `text` in: the market's language it reads as, when the model was
    trained on it; else a trained language the text clearly reads as (an English reply in the
    Swedish market); else None (abstain)."""
    guess = guess_language(text, market_languages)
    if guess in trained:
        return guess
    words = [w.strip(".,;:!?¿¡'\"()") for w in fold(text).split()]
    own_hits = sum(1 for w in words if w in _stop_words(guess))
    best, best_hits = None, max(own_hits, 1)
    for language in trained:
        hits = sum(1 for w in words if w in _stop_words(language))
        if hits > best_hits:
            best, best_hits = language, hits
    return best
