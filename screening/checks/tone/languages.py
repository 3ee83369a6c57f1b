"""Which language a reply is in, cheaply, for the tone model's tokenizer and its abstentions."""

from __future__ import annotations

from typing import Sequence

from screening.checks.tone.features import fold
from screening.text.stop_words import stop_words


def guess_language(text: str, candidates: Sequence[str]) -> str:
    """Pick among a market's languages by stop-word hits (cheap; the language check is the judge)."""
    if len(candidates) == 1:
        return candidates[0]
    words = [w.strip(".,;:!?¿¡'\"()") for w in fold(text).split()]
    best, best_hits = candidates[0], -1
    for language in candidates:
        stop_words = _stop_words(language)
        hits = sum(1 for w in words if w in stop_words)
        if hits > best_hits:
            best, best_hits = language, hits
    return best


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
