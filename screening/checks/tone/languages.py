"""Which language a reply is in, cheaply, for the tone model's tokenizer and its abstentions."""

from __future__ import annotations

from typing import Sequence

from screening.checks.tone.features import fold


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


_STOP_WORDS: dict[str, frozenset[str]] = {}


def _stop_words(language: str) -> frozenset[str]:
    if language not in _STOP_WORDS:
        _STOP_WORDS[language] = _spacy_stop_words(language)
    return _STOP_WORDS[language]


def _spacy_stop_words(language: str) -> frozenset[str]:
    """spaCy's STOP_WORDS of `language` (empty when spaCy has none), read from its
    spacy/lang/<language>/stop_words.py without importing spaCy: `import spacy.lang.xx.stop_words`
    first imports the whole of spaCy (and thinc), 1-2 s and ~100 MB on the first reply a process
    scores (a sixth of bench rescore's 5,000 messages). Those files are one literal set each, with
    no import, so running the file gives the module's STOP_WORDS (tests/test_speed_equivalence.py
    compares them with the imported modules)."""
    import importlib.util
    from pathlib import Path

    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        spec = None
    if spec is None or not spec.submodule_search_locations or not language.isidentifier():
        return frozenset()
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "lang" / language / "stop_words.py"
        if path.is_file():
            namespace: dict = {"__name__": f"spacy.lang.{language}.stop_words", "__file__": str(path)}
            exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - spaCy's own file
            return frozenset(namespace.get("STOP_WORDS", ()))
    return frozenset()


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
