"""The tone check (rule R2: replies are courteous): `tone.discourteous` on seller replies.

The model is linear, so it is scored here in plain Python from a small artifact of plain data
(vocabularies, idf, weights, a sigmoid calibration and per-language thresholds) that training/
exports (training/tone/task.py). That keeps one message well under a millisecond, makes the
phrases that drove a score easy to point at, and keeps sklearn objects out of the pickle.

The feature functions below (`char_grams`, `word_grams`, `signals`) are the single definition of
the model's inputs: training/ fits its TF-IDF vectorizers with them as analyzers, so what is
trained is what runs here.

Scores: the model's calibrated probability p is rescaled per language so that the threshold
chosen on validation data (card.json `thresholds`) maps to 0.5, the policy's flag level for
`tone.*`: score = 0.5 * p / t below t, 0.5 + 0.5 * (p - t) / (1 - t) above.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from screening.checks.base import Check, CheckContext, CheckResources, register
from screening.types import Finding, Message

log = logging.getLogger(__name__)

ARTIFACT_FORMAT = "tone-linear/1"
CHAR_NGRAM_RANGE = (2, 5)
WORD_NGRAM_RANGE = (1, 2)
SIGNAL_NAMES = ("shout_ratio", "punct_run", "exclamations")
# Languages the shipped model's corpus covers (data/tone/). Other languages get their own spaCy
# blank tokenizer (or the multi-language one) and the model's default threshold.
CORPUS_LANGUAGES = ("fr", "de", "es", "it", "nl", "pl", "pt", "en")

_WORD_RE = re.compile(r"\S+")
_PUNCT_RUN_RE = re.compile(r"[!?！？]{2,}")
_LETTER_RUN_RE = re.compile(r"[^\W\d_]{3,}")
_NUMBER_RE = re.compile(r"^\d[\d.,:/ -]*$")
_WORD_CACHE_SIZE = 100_000
_EDGE_PUNCT = frozenset(",.;:'\"()-–")  # trimmed from a phrase's ends ("!!!" is kept: it is the tone)


# --- features (shared with training/) -----------------------------------------------------------


def fold(text: str) -> str:
    """Lower case with one output character per input character, so offsets stay valid.

    str.lower() can lengthen a few characters (e.g. 'İ'); those keep their first character.
    A local helper rather than screening.text.normalize on purpose: the model's features must not
    move when the shared normaliser changes, or a committed model would silently degrade.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower()[:1] or ch for ch in text)


def char_grams(text: str) -> list[str]:
    """Character n-grams inside words, each word padded with spaces (like sklearn's 'char_wb')."""
    low, high = CHAR_NGRAM_RANGE
    grams: list[str] = []
    for word in fold(text).split():
        padded = f" {word} "
        size = len(padded)
        grams += [padded[i:i + n] for n in range(low, min(high, size) + 1) for i in range(size - n + 1)]
    return grams


@functools.lru_cache(maxsize=65536)
def _token_key(token_text: str) -> str:
    token = fold(token_text)
    return "0" if _NUMBER_RE.match(token) else token


def word_grams_from_tokens(keys: Sequence[str]) -> list[str]:
    grams = list(keys)
    if WORD_NGRAM_RANGE[1] >= 2:
        grams.extend(f"{a} {b}" for a, b in zip(keys, keys[1:]))
    return grams


def signals(text: str) -> list[float]:
    """Cheap surface signals, each in 0..1 (order: SIGNAL_NAMES).

    shout_ratio: share of letters that are in all-caps runs of 3+ letters (short words such as
    "OK", "I" do not count); punct_run: longest run of !/? (2+), capped at 4; exclamations: '!'
    count capped at 5.
    """
    runs = _LETTER_RUN_RE.findall(text)
    letters = sum(map(len, runs))
    caps = sum(len(r) for r in runs if r.isupper())
    punct = [len(m) for m in _PUNCT_RUN_RE.findall(text)]
    return [
        caps / letters if letters else 0.0,
        min(max(punct), 4) / 4 if punct else 0.0,
        min(text.count("!") + text.count("！"), 5) / 5,
    ]


class Tokenizers:
    """spaCy blank tokenizers per language, made on first use (thread-safe, no downloads)."""

    def __init__(self, languages: Iterable[str] = ()):
        self._tokenizers: dict[str, Any] = {}
        self._lock = threading.Lock()
        for language in languages:
            self.get(language)

    def get(self, language: str):
        tokenizer = self._tokenizers.get(language)
        if tokenizer is None:
            with self._lock:
                tokenizer = self._tokenizers.get(language)
                if tokenizer is None:
                    import spacy

                    try:
                        tokenizer = spacy.blank(language).tokenizer
                    except ImportError:  # spaCy has no such language: the multi-language rules
                        tokenizer = self._tokenizers.get("xx") or spacy.blank("xx").tokenizer
                    self._tokenizers[language] = tokenizer
        return tokenizer

    def tokens(self, text: str, language: str) -> list[tuple[str, int, int]]:
        """(key, start, end) per non-space token; the key is folded and numbers become '0'."""
        return [(_token_key(t.text), t.idx, t.idx + len(t.text))
                for t in self.get(language)(text) if not t.is_space]

    def word_grams(self, text: str, language: str) -> list[str]:
        return word_grams_from_tokens([key for key, _, _ in self.tokens(text, language)])


# --- the model ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    weight: float


class ToneModel:
    """Scores text with an exported artifact (see module docstring for the format's meaning)."""

    def __init__(self, artifact: Mapping[str, Any], tokenizers: Tokenizers | None = None):
        if not isinstance(artifact, Mapping) or artifact.get("format") != ARTIFACT_FORMAT:
            found = artifact.get("format") if isinstance(artifact, Mapping) else type(artifact).__name__
            raise ValueError(f"tone artifact format {found!r} is not {ARTIFACT_FORMAT!r}; retrain with "
                             f"`screening train tone`")
        import numpy as np

        # Per message: gram -> (idf, weight) tuples (fast scalar lookups); per batch: gram -> column
        # and numpy arrays, so a batch is scored with a few vector operations (`probabilities`).
        self._char = {g: (float(idf), float(w)) for g, idf, w in zip(
            artifact["char"]["grams"], artifact["char"]["idf"], artifact["char"]["coef"])}
        self._word = {g: (float(idf), float(w)) for g, idf, w in zip(
            artifact["word"]["grams"], artifact["word"]["idf"], artifact["word"]["coef"])}
        self._columns = {name: ({g: i for i, g in enumerate(artifact[name]["grams"])},
                                np.asarray(artifact[name]["idf"], dtype=float),
                                np.asarray(artifact[name]["coef"], dtype=float)) for name in ("char", "word")}
        self._signal_coef = [float(w) for w in artifact["signals"]["coef"]]
        self._intercept = float(artifact["intercept"])
        self._calib_a = float(artifact["calibration"]["a"])
        self._calib_b = float(artifact["calibration"]["b"])
        # folded word -> (its character n-grams that are in the vocabulary, their columns): words
        # repeat across messages, so n-grams are built once per word. Bounded; cleared when full.
        self._word_cache: dict[str, tuple[list[str], list[int]]] = {}
        self.thresholds: dict[str, float] = {k: float(v) for k, v in artifact["thresholds"].items()}
        self.default_threshold = float(artifact["default_threshold"])
        self.languages = tuple(artifact.get("languages", CORPUS_LANGUAGES))
        self.tokenizers = tokenizers or Tokenizers(self.languages)

    # Sublinear tf-idf, l2-normalised per block, as sklearn's TfidfVectorizer(sublinear_tf=True).
    @staticmethod
    def _block(grams: Sequence[str], table: Mapping[str, tuple[float, float]]) -> "_Block":
        entries: list[tuple[str, int, float, float]] = []  # gram, count, tf-idf value, weight
        squares = dot = 0.0
        get = table.get
        for gram, count in Counter(grams).items():
            entry = get(gram)
            if entry is not None:
                value = (1.0 + math.log(count) if count > 1 else 1.0) * entry[0]
                squares += value * value
                dot += value * entry[1]
                entries.append((gram, count, value, entry[1]))
        norm = math.sqrt(squares)
        return _Block(dot / norm if norm else 0.0, norm, entries)

    def _in_vocabulary(self, word: str) -> tuple[list[str], list[int]]:
        hit = self._word_cache.get(word)
        if hit is None:
            columns = self._columns["char"][0]
            padded, low, high = f" {word} ", CHAR_NGRAM_RANGE[0], CHAR_NGRAM_RANGE[1]
            grams = [g for g in (padded[i:i + n] for n in range(low, min(high, len(padded)) + 1)
                                 for i in range(len(padded) - n + 1)) if g in columns]
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                self._word_cache.clear()
            hit = self._word_cache[word] = (grams, [columns[g] for g in grams])
        return hit

    def _char_grams_in_vocabulary(self, text: str) -> list[str]:
        grams: list[str] = []
        for word in fold(text).split():
            grams += self._in_vocabulary(word)[0]
        return grams

    def analyse(self, text: str, language: str) -> "Analysis":
        """One pass over the text: the probability, plus what `phrases` needs to explain it."""
        tokens = self.tokenizers.tokens(text, language)
        chars = self._block(self._char_grams_in_vocabulary(text), self._char)
        words = self._block(word_grams_from_tokens([key for key, _, _ in tokens]), self._word)
        signal_score = sum(w * x for w, x in zip(self._signal_coef, signals(text)))
        z = self._calib_a * (chars.score + words.score + signal_score + self._intercept) + self._calib_b
        probability = 1.0 / (1.0 + math.exp(z)) if z > -700 else 1.0
        return Analysis(text, probability, tokens, chars, words)

    def probability(self, text: str, language: str) -> float:
        """Calibrated probability that the text is discourteous (sklearn's sigmoid calibration)."""
        return self.analyse(text, language).probability

    def probabilities(self, texts: Sequence[str], languages: Sequence[str]):
        """P(discourteous) for many texts at once; equal to `probability` one by one."""
        import numpy as np

        n = len(texts)
        margin = np.full(n, self._intercept)
        for name in ("char", "word"):
            columns, idf, coef = self._columns[name]
            get = columns.get
            ids: list[int] = []
            docs: list[int] = []
            for i in range(n):
                if name == "char":
                    found = []
                    for word in fold(texts[i]).split():
                        found += self._in_vocabulary(word)[1]
                else:
                    found = [c for c in map(get, self.tokenizers.word_grams(texts[i], languages[i])) if c is not None]
                ids += found
                docs += [i] * len(found)
            if not ids:
                continue
            # Count each (doc, column) pair, then sublinear tf * idf, l2 norm per doc, dot with coef.
            keys, counts = np.unique(np.array(docs, dtype=np.int64) * len(idf) + np.array(ids, dtype=np.int64),
                                     return_counts=True)
            doc, col = keys // len(idf), keys % len(idf)
            values = (1.0 + np.log(counts)) * idf[col]
            norms = np.sqrt(np.bincount(doc, weights=values * values, minlength=n))
            dots = np.bincount(doc, weights=values * coef[col], minlength=n)
            margin += np.divide(dots, norms, out=np.zeros(n), where=norms > 0)
        margin += np.array([signals(t) for t in texts], dtype=float).reshape(n, -1) @ np.array(self._signal_coef)
        z = np.clip(self._calib_a * margin + self._calib_b, -700, 700)
        return 1.0 / (1.0 + np.exp(z))

    def predict_proba(self, texts: Sequence[str], languages: Sequence[str]):
        """(n, 2) array [P(courteous), P(discourteous)]: the generic API training/ evaluates."""
        import numpy as np

        p = self.probabilities(texts, languages)
        return np.column_stack([1.0 - p, p])

    def threshold(self, language: str) -> float:
        return self.thresholds.get(language, self.default_threshold)

    def score(self, probability: float, language: str) -> float:
        """Rescale so that the language's validated threshold maps to 0.5."""
        t = min(max(self.threshold(language), 1e-6), 1 - 1e-6)
        if probability < t:
            return 0.5 * probability / t
        return 0.5 + 0.5 * (probability - t) / (1.0 - t)

    def phrases(self, analysis: "Analysis", limit: int = 3) -> list[Phrase]:
        """The token runs whose n-grams pushed the score up most, strongest first.

        A character n-gram's contribution goes to the word it lies in (char_wb grams never cross
        words), shared among its occurrences, then to that word's tokens by length; a word n-gram's
        goes to its tokens. Only positive contributions count: they are what made it discourteous.
        """
        text, tokens = analysis.text, analysis.tokens
        if not tokens:
            return []
        # Per occurrence: a gram's share of the margin divided by how often it occurs.
        contrib = analysis.chars.positive_per_occurrence()
        word_contrib = analysis.words.positive_per_occurrence()
        weights = [0.0] * len(tokens)
        t = 0
        for match in _WORD_RE.finditer(fold(text)):
            word_weight = sum(contrib.get(g, 0.0) for g in self._in_vocabulary(match.group())[0])
            start, end = match.span()
            while t < len(tokens) and tokens[t][2] <= start:
                t += 1
            k = t
            while k < len(tokens) and tokens[k][1] < end:
                weights[k] += word_weight * (tokens[k][2] - tokens[k][1]) / (end - start)
                k += 1
        keys = [key for key, _, _ in tokens]
        for i, key in enumerate(keys):
            weights[i] += word_contrib.get(key, 0.0)
            if i + 1 < len(keys):
                bigram = word_contrib.get(f"{key} {keys[i + 1]}", 0.0)
                weights[i] += bigram / 2
                weights[i + 1] += bigram / 2
        top = max(weights)
        if top <= 0:
            return []
        # Tokens carrying at least a third of the strongest token's weight, merged into runs; a
        # run may bridge one weaker token ("vous êtes [un] abruti") so a phrase reads as a phrase.
        keep = [w >= top / 3 for w in weights]
        phrases: list[Phrase] = []
        i = 0
        while i < len(tokens):
            if not keep[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(tokens) and (keep[j + 1] or (j + 2 < len(tokens) and keep[j + 2])):
                j += 2 if not keep[j + 1] else 1
            first, last = i, j
            while first < last and text[tokens[first][1]:tokens[first][2]] in _EDGE_PUNCT:
                first += 1
            while last > first and text[tokens[last][1]:tokens[last][2]] in _EDGE_PUNCT:
                last -= 1
            phrases.append(Phrase(tokens[first][1], tokens[last][2], sum(weights[first:last + 1])))
            i = j + 1
        phrases.sort(key=lambda p: -p.weight)
        return phrases[:limit]


@dataclass(frozen=True)
class _Block:
    """One feature block of one text: its share of the margin and the grams behind it."""

    score: float
    norm: float
    entries: list[tuple[str, int, float, float]]

    def positive_per_occurrence(self) -> dict[str, float]:
        return {g: value / self.norm * weight / count for g, count, value, weight in self.entries if weight > 0}


@dataclass(frozen=True)
class Analysis:
    text: str
    probability: float
    tokens: list[tuple[str, int, int]]
    chars: _Block
    words: _Block


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
        import importlib

        try:
            module = importlib.import_module(f"spacy.lang.{language}.stop_words")
            _STOP_WORDS[language] = frozenset(module.STOP_WORDS)
        except ImportError:
            _STOP_WORDS[language] = frozenset()
    return _STOP_WORDS[language]


# --- the check ----------------------------------------------------------------------------------


@register
class ToneCheck(Check):
    """Observes discourteous wording; the policy (`tone.*` actions, R2) decides what happens."""

    name = "tone"

    def __init__(self, model: ToneModel, version: str):
        self.model = model
        self.version = version
        self.model_versions = {"tone": version}

    @classmethod
    def build(cls, resources: CheckResources) -> "ToneCheck":
        from screening.models import load_model

        # Raises ModelError naming the file if the artifact does not match its card: the service
        # does not start with a model it cannot vouch for.
        loaded = load_model(resources.models_dir, "tone")
        # Every language the policy's markets speak gets its tokenizer now, not on a first message.
        policy = resources.policy
        languages = {lang for market in policy.markets for lang in policy.for_market(market).languages}
        model = ToneModel(loaded.artifact, Tokenizers(sorted(languages | set(CORPUS_LANGUAGES))))
        log.info("tone_ready version=%s languages=%d", loaded.version, len(languages))
        return cls(model, loaded.version)

    def inspect(self, message: Message, context: CheckContext) -> list[Finding]:
        language = guess_language(message.text, context.policy.languages)
        return self._findings(self.model.analyse(message.text, language), language, context)

    def inspect_many(self, messages: Sequence[Message], contexts: Sequence[CheckContext]) -> list[list[Finding]]:
        """`inspect` for a batch: one vectorised scoring pass; spans only for what is reported."""
        languages = [guess_language(m.text, c.policy.languages) for m, c in zip(messages, contexts)]
        probabilities = self.model.probabilities([m.text for m in messages], languages)
        out: list[list[Finding]] = []
        for message, context, language, p in zip(messages, contexts, languages, probabilities):
            minimum = float(context.policy.settings_for(self.name).get("min_score", 0.5))
            if self.model.score(float(p), language) < minimum:
                out.append([])
            else:
                out.append(self._findings(self.model.analyse(message.text, language), language, context))
        return out

    def _findings(self, analysis: Analysis, language: str, context: CheckContext) -> list[Finding]:
        settings = context.policy.settings_for(self.name)
        probability = analysis.probability
        score = self.model.score(probability, language)
        if score < float(settings.get("min_score", 0.5)):
            return []
        detail = (f"discourteous wording (p={probability:.2f}, threshold {self.model.threshold(language):.2f} "
                  f"for {language}, model {self.version})")
        phrases = self.model.phrases(analysis, limit=int(settings.get("max_spans", 3)))
        if not phrases:
            return [self.finding("discourteous", score, detail=detail)]
        return [self.finding("discourteous", score, p.start, p.end, detail=detail) for p in phrases]
