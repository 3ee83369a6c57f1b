"""The tone model: a linear model over n-gram TF-IDF features, scored in plain Python.

The model is linear, so it is scored here from a small artifact of plain data (vocabularies, idf,
weights, a sigmoid calibration and thresholds) that training/ exports (training/tone/task.py).
That keeps one message well under a millisecond, makes the phrases that drove a score easy to
point at, and keeps sklearn objects out of the pickle.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left
from itertools import chain
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any, Mapping, Sequence

from screening.checks.tone.features import (
    CHAR_NGRAM_RANGE,
    SIGNAL_NAMES,
    SPACY_TOKENIZER,
    RegexTokenizer,
    Tokenizers,
    fold,
    fold_for_chars,
    insult_entries,
    insult_matcher,
    make_tokenizers,
    signals,
    word_grams_from_tokens,
)
from screening.checks.tone.view import VIEW_NAME, greeting_words, tone_view
from screening.checks.language.cleaner import is_sign_off
from screening.text.normalize import strip_accents

ARTIFACT_FORMAT = "tone-linear/2"
# tone-linear/1: one hyperplane, spaCy tokens. /2 adds `tokenizer` and `stem` (word tokens), and
# `classes` with `combine` (one hyperplane per kind of discourtesy).
READABLE_FORMATS = ("tone-linear/1", ARTIFACT_FORMAT)
# binary: the one hyperplane's margin; max: the highest of the classes' margins (each class a
# detector of one kind of discourtesy against courteous replies).
COMBINE_RULES = ("binary", "max")
# Languages the first models' corpus covered; newer artifacts list their own (`languages`).
CORPUS_LANGUAGES = ("fr", "de", "es", "it", "nl", "pl", "pt", "en")

_WORD_RE = re.compile(r"\S+")
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")  # a word, for counting a short reply's words
# Longest word read for character n-grams (the language check likewise ignores runs over 64).
MAX_WORD_CHARS = 64
_WORD_CACHE_SIZE = 100_000
_NO_COLUMNS = ()
# A text's (char, word) feature columns, one int64 entry per occurrence of a gram.
_Columns = tuple[Any, Any]
_EDGE_PUNCT = frozenset(",.;:'\"()-–")  # trimmed from a phrase's ends ("!!!" is kept: it is the tone)


@dataclass(frozen=True)
class Phrase:
    start: int
    end: int
    weight: float


# A long reply is read two sentences at a time too (windows), so that one rude sentence inside a
# polite reply is not diluted by the rest. The more windows a reply has, the more chances one of
# them reads rude by accident: long helpful replies (menu paths, "try another cable", the law
# explained) were flagged by a middling window while the reply as a whole read plainly courteous.
# So when the whole reads courteous (below WHOLE_COURTEOUS), a window decides only when it is
# itself clearly rude (WINDOW_ALONE, on the whole's scale). Chosen on the writers' long replies
# (data/tone/dev/writers d54-d59: courteous flagged 60 -> 35 of 1,360, long replies with one rude
# sentence 267 -> 260 of 288) and the development traffic sets traffic_13 and traffic_15. Raised
# from 0.8 to 0.9 with the writers of sincere "good question", "a simple process", "see for
# yourself" (d54-d65: courteous flagged 45 -> 33 of 2,704, rude caught 549 -> 546 of 608; seller
# replies of traffic_11/13/15/19 flagged 7 -> 4 of 1,200): a two-sentence window holding such a
# phrase read 0.8-0.96 inside replies that read courteous as a whole.
WHOLE_COURTEOUS = 0.15
WINDOW_ALONE = 0.9


def sentence_values(windows: Sequence[float]) -> list[float]:
    """What the windows (consecutive sentence pairs, in order) say of each sentence: the lower of
    the two windows that hold it, the first and the last sentence having one. A rude sentence reads
    rude in both of its windows; a pair that reads rude only together (an instruction next to an
    apology, each harmless) does not make either sentence rude. Leave-writers-out on the writers'
    long replies (training.tone.crossval folds, 3,763 courteous and 3,903 discourteous replies with
    windows): courteous flagged 2.98% -> 2.50%, discourteous caught 0.701 -> 0.679."""
    if len(windows) < 2:
        return list(windows)
    inner = [min(a, b) for a, b in zip(windows, windows[1:])]
    return [windows[0], *inner, windows[-1]]


def sentence_span(spans: Sequence[tuple[int, int]], sentence: int) -> tuple[int, int]:
    """(start, end) of sentence `sentence` of the windows `spans` (see `sentence_values`); the
    first and the last sentence are given as their window."""
    if sentence == 0:
        return spans[0]
    if sentence >= len(spans):
        return spans[-1]
    return spans[sentence][0], spans[sentence - 1][1]


def _counted(keys):
    """np.unique(keys, return_counts=True), sorted by numpy's stable sort: the keys come in runs,
    one per doc and ascending from doc to doc, which its radix and merge passes take twice as fast
    as the quicksort np.unique uses (a third of this model's time on a rescore batch)."""
    import numpy as np

    keys = np.sort(keys, kind="stable")
    first = np.flatnonzero(np.diff(keys, prepend=keys[:1] - 1))
    return keys[first], np.diff(first, append=len(keys))


def _window_decides(whole: float, window: float) -> bool:
    return window > whole and (whole >= WHOLE_COURTEOUS or window >= WINDOW_ALONE)


def _onto(probability: float, own: float, target: float) -> float:
    """`probability` read against threshold `own`, put on the scale whose threshold is `target`:
    linear below and above it, so 0 and 1 stay where they are and the order of replies is kept
    (as `ToneModel.score` maps the threshold to 0.5)."""
    own = min(max(own, 1e-6), 1 - 1e-6)
    if probability < own:
        return target * probability / own
    return target + (1.0 - target) * (probability - own) / (1.0 - own)


class ToneModel:
    """Scores text with an exported artifact (see module docstring for the format's meaning)."""

    def __init__(self, artifact: Mapping[str, Any], tokenizers: Tokenizers | None = None):
        found = artifact.get("format") if isinstance(artifact, Mapping) else type(artifact).__name__
        if found not in READABLE_FORMATS:
            raise ValueError(
                f"tone artifact format {found!r} is not {ARTIFACT_FORMAT!r}; retrain with `screening train tone`"
            )
        import numpy as np

        # One hyperplane per class (`classes`: kinds of discourtesy, each against courteous replies)
        # or, in binary artifacts (every tone-linear/1), one. Stored per gram as a row of weights
        # (n_grams x n_classes).
        self.classes = tuple(artifact.get("classes") or ("discourteous",))
        self.combine = str(artifact.get("combine", "binary"))
        if self.combine not in COMBINE_RULES:
            raise ValueError(
                f"tone artifact combine rule {self.combine!r} is not one of {COMBINE_RULES}; "
                f"retrain with `screening train tone`"
            )
        k = 1 if self.combine == "binary" else len(self.classes)

        def weights(values) -> "np.ndarray":
            return np.asarray(values, dtype=float).reshape(k, -1).T.copy()

        # gram -> column, idf per column and weights per column (n_grams x n_classes); both a
        # message and a batch are scored from columns with a few numpy operations.
        self._columns = {
            name: (
                {g: i for i, g in enumerate(artifact[name]["grams"])},
                np.asarray(artifact[name]["idf"], dtype=float),
                weights(artifact[name]["coef"]),
            )
            for name in ("char", "word")
        }
        self._grams = {name: list(artifact[name]["grams"]) for name in ("char", "word")}  # column -> gram
        self._k = k
        self._signal_weights = weights(artifact["signals"]["coef"])  # (n_signals, k)
        self._signal_names = tuple(artifact["signals"].get("names", SIGNAL_NAMES[:3]))
        self._intercepts = np.asarray(artifact["intercept"], dtype=float).reshape(k)
        self._calib_a = float(artifact["calibration"]["a"])
        self._calib_b = float(artifact["calibration"]["b"])
        # folded word -> (its character n-grams that are in the vocabulary, their columns): words
        # repeat across messages, so n-grams are built once per word. Bounded; cleared when full.
        self._word_cache: dict[str, tuple[list[str], list[int]]] = {}
        self.thresholds: dict[str, float] = {k: float(v) for k, v in artifact["thresholds"].items()}
        self.default_threshold = float(artifact["default_threshold"])
        self.languages = tuple(artifact.get("languages", CORPUS_LANGUAGES))
        # Models trained on the view (greetings and quotes blanked, view.py) are scored on it too.
        view = artifact.get("view")
        if view not in (None, VIEW_NAME):
            raise ValueError(f"tone artifact view {view!r} is not {VIEW_NAME!r}; retrain with `screening train tone`")
        self.view = view
        # Character n-grams with or without accents (artifacts before the option kept them).
        self.accents = bool(artifact.get("accents", True))
        self.prior = artifact.get("prior")
        # Long replies are also read two sentences at a time (windows): one rude sentence inside a
        # long polite reply is diluted among the polite ones when the reply is read whole. None: no
        # windows (models before 2026.12.21).
        window = artifact.get("window_threshold")
        self.window_threshold = None if window is None else float(window)
        # A reply of at most `short_words` words (in the view) counts as discourteous from its own
        # probability: on so few words the n-grams are thin evidence ("Mitternachtsblau."), while
        # the longer replies keep the language's threshold. None: one threshold (models before
        # 2026.12.25).
        short = artifact.get("short_threshold")
        self.short_threshold = None if short is None else float(short)
        self.short_words = int(artifact.get("short_words") or 0)
        # Word tokens: spaCy's blank tokenizers (tone-linear/1) or one regular expression.
        self.tokenizer = str(artifact.get("tokenizer", SPACY_TOKENIZER))
        self.stem = int(artifact.get("stem", 0))
        self.tokenizers: Tokenizers | RegexTokenizer
        if self.tokenizer == SPACY_TOKENIZER and tokenizers is not None and not self.stem:
            self.tokenizers = tokenizers
        else:
            self.tokenizers = make_tokenizers(self.tokenizer, self.languages, self.stem)

    def release_caches(self) -> None:
        self._word_cache.clear()
        self.tokenizers = make_tokenizers(self.tokenizer, self.tokenizers.languages, self.stem)

    def _combined(self, margins):
        """One decision value from the classes' margins (see COMBINE_RULES)."""
        return margins[..., 0] if self._k == 1 else margins.max(axis=-1)

    def _direction(self, margins) -> int | None:
        """The class whose hyperplane decided one text's score (None: binary), for `phrases`."""
        return None if self._k == 1 else int(margins.argmax())

    # Sublinear tf-idf, l2-normalised per block, as sklearn's TfidfVectorizer(sublinear_tf=True).
    def _block(self, columns: Sequence[int], name: str) -> "_Block":
        import numpy as np

        _, idf, matrix = self._columns[name]
        counted = Counter(columns)
        if not counted:
            return _Block(np.zeros(self._k), 0.0, _NO_COLUMNS, _NO_COLUMNS, _NO_COLUMNS, matrix, self._grams[name])
        found = np.fromiter(counted.keys(), dtype=np.int64, count=len(counted))
        counts = np.fromiter(counted.values(), dtype=float, count=len(counted))
        values = (1.0 + np.log(counts)) * idf[found]
        norm = math.sqrt(float(values @ values))
        return _Block(values @ matrix[found] / norm, norm, found, counts, values, matrix, self._grams[name])

    def _in_vocabulary(self, word: str) -> tuple[list[str], list[int]]:
        hit = self._word_cache.get(word)
        if hit is None:
            columns = self._columns["char"][0]
            padded, low, high = f" {word} ", CHAR_NGRAM_RANGE[0], CHAR_NGRAM_RANGE[1]
            grams = [
                g
                for g in (
                    padded[i : i + n]
                    for n in range(low, min(high, len(padded)) + 1)
                    for i in range(len(padded) - n + 1)
                )
                if g in columns
            ]
            if len(self._word_cache) >= _WORD_CACHE_SIZE:
                self._word_cache.clear()
            hit = self._word_cache[word] = (grams, [columns[g] for g in grams])
        return hit

    def _char_columns(self, text: str) -> list[int]:
        columns: list[int] = []
        for word in fold_for_chars(text, self.accents).split():
            # A "word" longer than any word (a wall of leet letters, a long link) is read for its
            # first characters only: its n-grams past them would cost time, not tone.
            columns += self._in_vocabulary(word[:MAX_WORD_CHARS])[1]
        return columns

    def read(self, text: str) -> str:
        """What the model reads of `text` (same length, so offsets are the original's)."""
        return tone_view(text) if self.view else text

    def analyse(self, text: str, language: str) -> "Analysis":
        """One pass over what the model reads: the probability, plus what `phrases` needs to explain it.
        A long reply whose sentence, as its windows of two sentences read it (`sentence_values`),
        reads more discourteous than the whole is explained by that sentence (its probability put
        on the whole's scale: `_from_window`)."""
        view = self.read(text)
        if self.view and not _LETTER.search(view):
            # Only greetings, emoji, numbers or invisible characters: nothing to judge.
            empty = self._block((), "char")
            return Analysis(view, 0.0, [], empty, empty)
        whole = self._analyse_view(view, language)
        if self._is_short(view, language):
            return replace(whole, probability=self._from_short(whole.probability, language))
        spans = window_spans(view) if self.window_threshold is not None else []
        if not spans:
            return whole
        # Windows are scored as their own text (cheap, as _with_windows does); only the one that
        # decides is analysed again in place, blanked around, so its phrases keep the reply's offsets.
        found = self._view_probabilities([view[start:end] for start, end in spans], [language] * len(spans))
        values = sentence_values([float(p) for p in found])
        best = max(range(len(values)), key=values.__getitem__)
        probability = self._from_window(values[best], language)
        if not _window_decides(whole.probability, probability):
            return whole
        start, end = sentence_span(spans, best)
        if probability >= self.threshold(language) and best in (0, len(spans)):
            # the first or last sentence: its one window decided, so which of its two sentences
            start, end = self._rudest_sentence(view, (start, end), language)
        in_place = " " * start + view[start:end] + " " * (len(view) - end)
        return replace(self._analyse_view(in_place, language), probability=probability)

    def _rudest_sentence(self, view: str, window: tuple[int, int], language: str) -> tuple[int, int]:
        """Of a deciding window's two sentences, the one that reads more discourteous alone: the
        finding points there, not at a polite sentence that shares the window (the window's
        probability still decides; a sentence alone is too thin to decide, not to explain)."""
        start, end = window
        sentences = [
            (start + m.start(), start + m.end())
            for m in _SENTENCE.finditer(view[start:end])
            if _LETTER.search(m.group(0))
        ]
        if len(sentences) < 2:
            return window
        found = self._view_probabilities([view[a:b] for a, b in sentences], [language] * len(sentences))
        return sentences[int(found.argmax())]

    def _is_short(self, view: str, language: str) -> bool:
        """A reply of at most `short_words` words, unless one of them is an insult or a swear word
        of the lexicon: "Ya está enviado, estafador." is as rude in four words as in forty."""
        if self.short_threshold is None or len(_LETTERS.findall(view)) > self.short_words:
            return False
        return insult_matcher(language).search(strip_accents(fold(view))) is None

    def _from_short(self, probability: float, language: str) -> float:
        """A short reply's probability on the scale of the others (its own threshold maps to the
        language's)."""
        assert self.short_threshold is not None
        return _onto(probability, self.short_threshold, self.threshold(language))

    def _from_window(self, probability: float, language: str) -> float:
        """A window's probability on the whole reply's scale (the window threshold maps to the
        language's)."""
        assert self.window_threshold is not None
        return _onto(probability, self.window_threshold, self.threshold(language))

    def _analyse_view(self, text: str, language: str) -> "Analysis":
        import numpy as np

        tokens = self.tokenizers.tokens(text, language)
        chars = self._block(self._char_columns(text), "char")
        get = self._columns["word"][0].get
        words = self._block(
            [c for c in map(get, word_grams_from_tokens([key for key, _, _ in tokens])) if c is not None], "word"
        )
        margins = (
            chars.score
            + words.score
            + self._intercepts
            + np.asarray(signals(text, language, self._signal_names)) @ self._signal_weights
        )
        z = self._calib_a * float(self._combined(margins)) + self._calib_b
        probability = 1.0 / (1.0 + math.exp(z)) if z > -700 else 1.0
        return Analysis(text, probability, tokens, chars, words, self._direction(margins))

    def probability(self, text: str, language: str) -> float:
        """Calibrated probability that the text is discourteous (sklearn's sigmoid calibration)."""
        return self.analyse(text, language).probability

    def probabilities(self, texts: Sequence[str], languages: Sequence[str]):
        """P(discourteous) for many texts at once; equal to `probability` one by one."""
        import numpy as np

        views = [self.read(t) for t in texts]
        if self.view:
            judged = [i for i, view in enumerate(views) if _LETTER.search(view)]
            if len(judged) < len(views):  # nothing to judge in the others (see analyse)
                out = np.zeros(len(views))
                if judged:
                    out[judged] = self._with_windows([views[i] for i in judged], [languages[i] for i in judged])
                return out
        return self._with_windows(views, languages)

    def _with_windows(self, views: Sequence[str], languages: Sequence[str]):
        """The views' probabilities, each the higher of the whole and its rudest sentence as its
        windows read it (`sentence_values`), a short view's put on the others' scale (see analyse). The views and their windows are scored in one
        `_view_probabilities` pass (its numpy work has a fixed cost per call; each text's value
        comes from that text's own grams alone, so it does not depend on its batch), and a
        window's grams are read off its view's words and tokens (`_view_and_windows`) instead of
        tokenising each window again."""
        owners: list[int] = []
        texts: list[str] = list(views)
        columns: list[_Columns] = []
        window_columns: list[_Columns] = []
        names = self._signal_names
        rows = [signals(view, language, names) for view, language in zip(views, languages)]
        window_rows: list[list[float]] = []
        for i, view in enumerate(views):
            spans = window_spans(view) if self.window_threshold is not None else []
            whole, windows = self._view_and_windows(view, spans, languages[i])
            columns.append(whole)
            window_columns += windows
            owners += [i] * len(spans)
            window_texts = [view[start:end] for start, end in spans]
            texts += window_texts
            if spans and not any(rows[i]) and _signals_none_in_parts(view, languages[i]):
                window_rows += [[0.0] * len(names)] * len(spans)
            else:
                window_rows += [signals(text, languages[i], names) for text in window_texts]
        found = self._view_probabilities(
            texts,
            [*languages, *(languages[i] for i in owners)],
            columns=columns + window_columns,
            signal_rows=rows + window_rows,
        )
        out = found[: len(views)]
        if self.short_threshold is not None:
            for i, view in enumerate(views):
                if self._is_short(view, languages[i]):
                    out[i] = self._from_short(float(out[i]), languages[i])
        per_view: dict[int, list[float]] = {}
        for i, probability in zip(owners, found[len(views) :]):
            per_view.setdefault(i, []).append(float(probability))
        for i, window_probabilities in per_view.items():
            window = self._from_window(max(sentence_values(window_probabilities)), languages[i])
            if _window_decides(float(out[i]), window):
                out[i] = max(out[i], window)
        return out

    def _text_columns(self, text: str, language: str) -> "_Columns":
        """The (char, word) feature columns of one text, one entry per occurrence."""
        import numpy as np

        get = self._columns["word"][0].get
        words = [c for c in map(get, self.tokenizers.word_grams(text, language)) if c is not None]
        return np.array(self._char_columns(text), dtype=np.int64), np.array(words, dtype=np.int64)

    def _view_and_windows(
        self, view: str, spans: Sequence[tuple[int, int]], language: str
    ) -> tuple["_Columns", list["_Columns"]]:
        """The view's columns and each window's, the windows' read off the view's own words and
        tokens. Exact, not approximate: a window's character grams are taken from the view's words
        only when folding the window gives the same words, and its word grams from the view's
        tokens only when no token crosses the window's edges (the regex tokenizer's tokens are
        maximal runs, so the window's are then exactly the view's inside it); any other window is
        tokenised on its own (tests/test_fast_paths.py compares both ways on all of data/)."""
        import numpy as np

        if not spans or not isinstance(self.tokenizers, RegexTokenizer):
            return self._text_columns(view, language), [self._text_columns(view[a:b], language) for a, b in spans]
        folded = fold_for_chars(view, self.accents)
        words = [(m.start(), m.group()) for m in _WORD_RE.finditer(folded)]
        per_word = [self._in_vocabulary(word[:MAX_WORD_CHARS])[1] for _, word in words]
        chars = np.fromiter(chain.from_iterable(per_word), dtype=np.int64)
        # Word i's columns are chars[offsets[i]:offsets[i + 1]].
        offsets = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum([len(found) for found in per_word], out=offsets[1:])
        tokens = self.tokenizers.tokens(view, language)
        keys = [key for key, _, _ in tokens]
        get = self._columns["word"][0].get
        unigrams = np.array([get(key, -1) for key in keys], dtype=np.int64)
        bigrams = np.array([get(f"{a} {b}", -1) for a, b in zip(keys, keys[1:])], dtype=np.int64)
        whole_words = np.concatenate([unigrams, bigrams])
        word_starts = [start for start, _ in words]
        token_starts = [start for _, start, _ in tokens]
        same_length = len(folded) == len(view)
        windows = []
        for a, b in spans:
            first, last = bisect_left(word_starts, a), bisect_left(word_starts, b)
            t0, t1 = bisect_left(token_starts, a), bisect_left(token_starts, b)
            inside = (t0 == 0 or tokens[t0 - 1][2] <= a) and (t1 == 0 or tokens[t1 - 1][2] <= b)
            same_words = (
                same_length
                and inside
                and [word for _, word in words[first:last]] == fold_for_chars(view[a:b], self.accents).split()
            )
            if not same_words:
                windows.append(self._text_columns(view[a:b], language))
                continue
            grams = np.concatenate([unigrams[t0:t1], bigrams[t0 : max(t0, t1 - 1)]])
            windows.append((chars[offsets[first] : offsets[last]], grams[grams >= 0]))
        return (chars, whole_words[whole_words >= 0]), windows

    def _view_probabilities(
        self,
        texts: Sequence[str],
        languages: Sequence[str],
        columns: Sequence["_Columns"] | None = None,
        signal_rows: Sequence[Sequence[float]] | None = None,
    ):
        """P(discourteous) of each text; `columns` and `signal_rows`: their (char, word) columns and
        their surface signals, when already known."""
        import numpy as np

        n = len(texts)
        if not n:
            return np.zeros(0)
        if columns is None:
            columns = [self._text_columns(text, language) for text, language in zip(texts, languages)]
        margin = np.tile(self._intercepts, (n, 1))  # (n, classes)
        for block, name in enumerate(("char", "word")):
            _, idf, coef = self._columns[name]
            found = [doc_columns[block] for doc_columns in columns]
            ids = np.concatenate(found)
            if not len(ids):
                continue
            docs = np.repeat(np.arange(n, dtype=np.int64), [len(f) for f in found])
            # Count each (doc, column) pair (sorted by doc, then column), then sublinear tf * idf,
            # l2 norm per doc, and each doc's rows of weights summed in one reduceat: a bincount
            # per class cost 2 x 11 numpy calls whatever the batch's size.
            keys, counts = _counted(docs * len(idf) + ids)
            doc, col = keys // len(idf), keys % len(idf)
            values = (1.0 + np.log(counts)) * idf[col]
            present = np.flatnonzero(np.diff(doc, prepend=-1))  # first entry of each doc that has any
            norms = np.sqrt(np.add.reduceat(values * values, present))
            # The rows of weights are gathered a run of whole docs at a time: a rescore batch holds
            # ~500,000 (doc, gram) entries, and their rows at once took ~80 MB.
            for first, last in _runs_of_docs(present, len(doc), _GATHERED_ENTRIES):
                starts = present[first:last]
                end = present[last] if last < len(present) else len(doc)
                rows = values[starts[0] : end, None] * coef[col[starts[0] : end]]
                margin[doc[starts]] += np.add.reduceat(rows, starts - starts[0], axis=0) / norms[first:last, None]
        if signal_rows is None:
            signal_rows = [signals(t, lang, self._signal_names) for t, lang in zip(texts, languages)]
        margin += np.array(signal_rows, dtype=float).reshape(n, -1) @ self._signal_weights
        z = np.clip(self._calib_a * self._combined(margin) + self._calib_b, -700, 700)
        return 1.0 / (1.0 + np.exp(z))

    def kind(self, analysis: "Analysis") -> str | None:
        """The kind of discourtesy (a class name) whose hyperplane decided `analysis`, if the model
        has one per kind and a kind's, not the all-kinds one, decided."""
        if analysis.direction is None:
            return None
        name = self.classes[analysis.direction]
        return None if name == "discourteous" else name

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
        contrib = analysis.chars.positive_per_occurrence(analysis.direction)
        word_contrib = analysis.words.positive_per_occurrence(analysis.direction)
        weights = [0.0] * len(tokens)
        t = 0
        for match in _WORD_RE.finditer(fold_for_chars(text, self.accents)):
            word_weight = sum(contrib.get(g, 0.0) for g in self._in_vocabulary(match.group()[:MAX_WORD_CHARS])[0])
            start, end = match.span()
            while t < len(tokens) and tokens[t][2] <= start:
                t += 1
            k = t
            while k < len(tokens) and tokens[k][1] < end:
                weights[k] += word_weight * (tokens[k][2] - tokens[k][1]) / (end - start)
                k += 1
        keys = [key for key, _, _ in tokens]
        # Only tokens that begin a contributing bigram are paired (the others add 0): on a long
        # text most tokens are not, and building every pair cost ~1 us per token.
        firsts = {gram.split(" ", 1)[0] for gram in word_contrib if " " in gram}
        for i, key in enumerate(keys):
            weights[i] += word_contrib.get(key, 0.0)
            if key in firsts and i + 1 < len(keys):
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
            while first < last and text[tokens[first][1] : tokens[first][2]] in _EDGE_PUNCT:
                first += 1
            while last > first and text[tokens[last][1] : tokens[last][2]] in _EDGE_PUNCT:
                last -= 1
            phrases.append(Phrase(tokens[first][1], tokens[last][2], sum(weights[first : last + 1])))
            i = j + 1
        phrases.sort(key=lambda p: -p.weight)
        return phrases[:limit]


@dataclass(frozen=True)
class _Block:
    """One feature block of one text: its share of each class's margin and the grams behind it."""

    score: Any  # one value per class
    norm: float
    columns: Any  # the block's columns present in the text
    counts: Any  # their counts
    values: Any  # their tf-idf values (before the l2 norm)
    matrix: Any  # the block's (n_grams, n_classes) weights
    grams: list[str]  # column -> gram

    def positive_per_occurrence(self, direction: int | None = None) -> dict[str, float]:
        """gram -> its positive share of the deciding margin per occurrence; `direction` names the
        class whose hyperplane decided when there are classes (None: the only one)."""
        if not self.norm:
            return {}
        weights = self.matrix[self.columns, direction or 0]
        share = self.values / self.norm * weights / self.counts
        return {
            self.grams[c]: float(v) for c, v, w in zip(self.columns.tolist(), share.tolist(), weights.tolist()) if w > 0
        }


# Windows: a reply of at least WINDOW_MIN_WORDS words and WINDOW_MIN_SENTENCES sentences is also
# read as each pair of consecutive sentences. A pair, not one sentence: a short sentence read
# alone is noisier than the reply (one sentence at a time was tried, data/tone/README.md).
WINDOW_MIN_WORDS = 30
WINDOW_MIN_SENTENCES = 3
MAX_WINDOWS = 40  # bounded work: a reply of hundreds of sentences is read for its first ones
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")


def _signals_none_in_parts(view: str, language: str) -> bool:
    """Whether a view whose surface signals are all zero has none in any of its windows either.
    A window is whole sentences of the view, so its letter runs, runs of '!?' and '!' are the
    view's own (a sentence ends after its '.!?…' or before a line break, never inside a run of
    letters), and an insult found in it is found in the view: unless an entry of the lexicon ends
    in a sign, whose '(?!\\w)' could hold at a window's end and not in the view, or the view holds
    a capital sigma, whose lower case depends on the letters after it (Python's Final_Sigma)."""
    return "\u03a3" not in view and not _insult_ends_in_sign(language)


@functools.lru_cache(maxsize=64)
def _insult_ends_in_sign(language: str) -> bool:
    return any(not entry.rstrip("*")[-1:].isalnum() for entry in insult_entries(language))


_GATHERED_ENTRIES = 32_768  # (doc, gram) entries whose rows of weights are gathered at once (~3 MB)


def _runs_of_docs(present, entries: int, size: int) -> list[tuple[int, int]]:
    """[first, last) ranges of docs (indices into `present`, the first entry of each doc) whose
    entries together stay near `size`, a doc never split."""
    import numpy as np

    if entries <= size:
        return [(0, len(present))]
    cuts = np.searchsorted(present, np.arange(size, entries, size))
    bounds = sorted({0, *cuts.tolist(), len(present)})
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def window_spans(view: str) -> list[tuple[int, int]]:
    """(start, end) of each window of a view: two consecutive sentences."""
    if len(view.split()) < WINDOW_MIN_WORDS:
        return []
    sentences = []
    for match in _SENTENCE.finditer(view):
        if _LETTER.search(match.group(0)):
            sentences.append((match.start(), match.end()))
            if len(sentences) > MAX_WINDOWS:
                break
    if len(sentences) <= MAX_WINDOWS:
        # The reply's last sentence is not paired with the sign-off and name under it: such a
        # window is that sentence alone, read on the windows' scale (a lone sentence is noisier
        # than a pair, see above). The whole view keeps them.
        while len(sentences) > 1 and is_sign_off(view[slice(*sentences[-1])], greeting_words()):
            sentences.pop()
    if len(sentences) < WINDOW_MIN_SENTENCES:
        return []
    return [(start, end) for (start, _), (_, end) in zip(sentences, sentences[1:])]


@dataclass(frozen=True)
class Analysis:
    text: str
    probability: float
    tokens: list[tuple[str, int, int]]
    chars: _Block
    words: _Block
    direction: int | None = None  # see ToneModel._direction
