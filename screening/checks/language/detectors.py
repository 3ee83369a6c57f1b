"""Language detectors behind one small interface, so the check and the benchmark compare them alike.

Both are restricted to the candidate languages (the languages of every market, plus any extra
ones the policy names), and both return relative confidences over those candidates that sum to 1.
Nothing is loaded at import: `make_detector()` builds one, once, when the check is built.

- lingua (lingua-language-detector): rule filters + n-gram models, good on short text. High
  accuracy mode uses 1- to 5-grams on texts under 120 characters; low accuracy mode trigrams only.
- langdetect (port of Google's language-detection): naive Bayes on character n-grams with random
  sampling, so it is seeded (seed 0) to be deterministic.

Measured on data/language/ (see data/language/README.md and bench/bench_language.py).
"""

from __future__ import annotations

import importlib.metadata
from typing import Iterable, Protocol

DETECTORS = ("lingua", "langdetect")
LINGUA_ACCURACY = ("low", "high")


class Detector(Protocol):
    name: str
    version: str
    # The candidate languages (ISO 639-1, sorted): every code `confidences` may answer.
    languages: tuple[str, ...]

    def confidences(self, text: str) -> dict[str, float]:
        """ISO 639-1 code -> relative confidence over the candidates (empty: no language found)."""


class LinguaDetector:
    def __init__(self, languages: Iterable[str], accuracy: str = "low", preload: bool = True):
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        codes = sorted(set(languages))
        unknown = [c for c in codes if not hasattr(IsoCode639_1, c.upper())]
        if unknown:
            raise ValueError(f"lingua has no language for code(s) {', '.join(unknown)}")
        if accuracy not in LINGUA_ACCURACY:
            raise ValueError(f"lingua accuracy must be one of {', '.join(LINGUA_ACCURACY)}, got {accuracy!r}")
        languages_ = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
        # Never single-language mode: the check compares languages' confidences, so at least two
        # candidates.
        if len(languages_) < 2:
            raise ValueError("lingua needs at least two candidate languages")
        builder = LanguageDetectorBuilder.from_languages(*languages_)
        if accuracy == "low":
            builder = builder.with_low_accuracy_mode()
        if preload:
            # Load every model now, at start, so the first messages are not slow.
            builder = builder.with_preloaded_language_models()
        self._detector = builder.build()
        self._codes = {language: language.iso_code_639_1.name.lower() for language in languages_}
        self.languages = tuple(codes)
        self.name = f"lingua-{accuracy}"
        self.version = (
            f"lingua-language-detector {importlib.metadata.version('lingua-language-detector')} ({accuracy} accuracy)"
        )

    def confidences(self, text: str) -> dict[str, float]:
        values = self._detector.compute_language_confidence_values(text)
        return {self._codes[v.language]: v.value for v in values if v.value > 0.0}

    def confidences_many(self, texts: list[str]) -> list[dict[str, float]]:
        """`confidences` of each text, the texts spread over lingua's native threads (the same
        computation per text, so the same values)."""
        if len(texts) < 2:
            return [self.confidences(text) for text in texts]
        return [
            {self._codes[v.language]: v.value for v in values if v.value > 0.0}
            for values in self._detector.compute_language_confidence_values_in_parallel(texts)
        ]


_LANGDETECT_ALIASES = {"nb": "no", "nn": "no"}


class LangdetectDetector:
    def __init__(self, languages: Iterable[str], seed: int = 0):
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        # langdetect has one Norwegian ("no") for Bokmål and Nynorsk: both map to it, and it answers
        # as the first of them asked for (either is a language no market speaks).
        self._to_langdetect = {c: _LANGDETECT_ALIASES.get(c, c) for c in sorted(set(languages))}
        self.languages = tuple(self._to_langdetect)
        self._from_langdetect: dict[str, str] = {}
        for code, name in self._to_langdetect.items():
            self._from_langdetect.setdefault(name, code)
        factory = DetectorFactory()
        factory.load_profile(PROFILES_DIRECTORY)
        factory.set_seed(seed)
        missing = sorted(set(self._from_langdetect) - set(factory.get_lang_list()))
        if missing:
            raise ValueError(f"langdetect has no profile for {', '.join(missing)}")
        self._factory = factory
        # A prior of zero for every other language restricts langdetect to the candidates.
        self._prior = {code: 1.0 for code in self._from_langdetect}
        self.name = "langdetect"
        self.version = f"langdetect {importlib.metadata.version('langdetect')} (seed {seed})"

    def confidences(self, text: str) -> dict[str, float]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory.create()
        detector.set_prior_map(self._prior)
        detector.append(text)
        try:
            probabilities = detector.get_probabilities()
        except LangDetectException:  # no usable feature in the text
            return {}
        return {self._from_langdetect[p.lang]: p.prob for p in probabilities if p.lang in self._from_langdetect}


def make_detector(name: str, languages: Iterable[str], *, accuracy: str = "low") -> Detector:
    """Build the named detector over `languages` (done once, when the check is built)."""
    if name == "lingua":
        return LinguaDetector(languages, accuracy=accuracy)
    if name == "langdetect":
        return LangdetectDetector(languages)
    raise ValueError(f"unknown language detector {name!r}; allowed: {', '.join(DETECTORS)}")


__all__ = ["DETECTORS", "Detector", "LangdetectDetector", "LinguaDetector", "make_detector"]
