"""spaCy's stop-word lists (a language's most frequent function words), read without spaCy."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def stop_words(language: str) -> frozenset[str]:
    """spaCy's STOP_WORDS of `language` (empty when spaCy has none), lower case, read from its
    spacy/lang/<language>/stop_words.py without importing spaCy: `import spacy.lang.xx.stop_words`
    first imports the whole of spaCy (and thinc), 1-2 s and ~100 MB on the first reply a process
    scores. Those files are one literal set each, with no import, so running the file gives the
    module's STOP_WORDS (tests/test_speed_equivalence.py compares them with the imported modules)."""
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


__all__ = ["stop_words"]
