"""Each fast path answers as the plain code it replaced, on every text of data/ and on hostile ones.

The plain versions are kept here, as they were, so that a later change to a fast path is compared
with what it must equal, not with itself. (tests/test_speed_equivalence.py holds the earlier rounds'
checks, and the verdicts of whole runs; bench/verdict_fingerprint.py the labelled sets' verdicts.)
"""

from __future__ import annotations

import json
import math
import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from screening.checks.language import cleaner
from screening.text.normalize import _unaccented, fold_case, strip_accents

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = [
    "",
    " ",
    "no digits, no dot",
    "Fin.",
    "www.shop.fr",
    "WWW.SHOP.FR/page",
    "voir shop.COM ou shop.comb",
    "https://" + "a" * 80,
    "hxxp://example",
    "a.b.c.de/x?y=1",
    "site: d-e.fr/page?x=1, mail a.b+c@d-e.fr",
    "x.co.uk et .fr seul",
    "iPhone eSIM SIM IMEI DHL OK a A Ab aB",
    "ǅemal ǈubljana ǋ",  # titlecase letters: neither upper nor lower case
    "İstanbul ΣΊΣΥΦΟΣ ß ẞ ﬁn",
    "Ⅻ ⅻ Ⓐⓑ",  # letter-like numbers and symbols with a case
    "١٢٣ ٤٥٦ 12 GB",
    "débile DÉBILE déjà-vu naïve Ærø Øst Łódź",
    "e\u0301te\u0301",  # decomposed accents
    "_ __ a_b 9_9 -- !! ?",
    "x" * 70 + "1",
]


@lru_cache(maxsize=1)
def data_texts() -> tuple[str, ...]:
    """Every distinct `text` of every JSONL file under data/, then the hostile ones."""
    texts: dict[str, None] = {}
    for path in sorted(ROOT.glob("data/**/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") if line.strip() else None
                if isinstance(text, str):
                    texts.setdefault(text, None)
    assert len(texts) > 10_000, "data/ not found"
    return (*texts, *HOSTILE)


# --- language: count_words, mask's acronym loop and its link gate -----------------------------


def _plain_count_words(text: str) -> int:
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def _plain_mask(text: str, lexicon) -> str:
    """cleaner.mask as it was: the whole alternation (links looked for in every text with a dot)
    and every word of two letters or more tested for capitals."""
    letter_word = re.compile(cleaner._LETTER_WORD)
    if len(text) > 64:
        text = cleaner._LONG_RUN.sub(lambda run: " " * len(run.group()), text)
    chars = list(text)
    dot = "." in text
    blank = cleaner._blank_pattern(
        dot or "://" in text, dot and "@" in text, cleaner._ANY_DIGIT.search(text) is not None
    )
    if blank is not None:
        for match in blank.finditer(text):
            cleaner._blank(chars, *match.span())
    for match in lexicon.product.finditer(text):
        cleaner._blank(chars, *match.span())
    letters = "".join(filter(str.isalpha, text))
    shouted = bool(letters) and sum(map(str.isupper, letters)) > 0.5 * len(letters)
    if not shouted:
        for match in letter_word.finditer(text):
            token = match.group(0)
            if token.isupper() or (not token.islower() and any(c.isupper() for c in token[1:])):
                cleaner._blank(chars, *match.span())
    return "".join(chars).translate(cleaner._NO_LANGUAGE_CHARS)


def test_count_words_counts_as_the_plain_loop():
    for text in data_texts():
        assert cleaner.count_words(text) == _plain_count_words(text), text


def test_mask_blanks_as_the_plain_mask():
    lexicon = cleaner.load_lexicon()
    for text in data_texts():
        assert cleaner.mask(text, lexicon) == _plain_mask(text, lexicon), text


def test_link_gate_opens_for_every_text_with_a_link():
    # The gate is a necessary condition: wherever the link pattern matches, the gate opens.
    url = re.compile(cleaner._URL, re.IGNORECASE)
    for text in data_texts():
        if url.search(text):
            assert "://" in text or cleaner._URL_HINT.search(text), text


# --- strip_accents -----------------------------------------------------------------------------


def _plain_strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(map(_unaccented, text))


def test_strip_accents_as_the_plain_join():
    for text in data_texts():
        for variant in (text, fold_case(text)):
            assert strip_accents(variant) == _plain_strip_accents(variant), variant


# --- template: the autoresponder model, a reply and its body read together ----------------------


@pytest.fixture(scope="module")
def autoresponder_model():
    from screening.checks.template.autoresponder_model import AutoresponderModel
    from screening.core.model_files import load_model

    return AutoresponderModel(load_model(ROOT / "models", "template").artifact)


def _plain_probability(model, text: str, cue_text: str | None = None) -> float:
    """The model's probability the plain way; the notice cues read from `cue_text` (the body the
    check hands over beside the reply, which names the same parts) when given."""
    from screening.checks.template.autoresponder_model import cues, words

    known: dict[str, float] = {}
    for word in words(text):
        known.update(model._known(word))
    grams = math.fsum(known.values()) / math.sqrt(len(known)) if known else 0.0
    notice = math.fsum(model._cue_weights.get(cue, 0.0) for cue in cues(text if cue_text is None else cue_text))
    margin = grams + notice + model._intercept
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, margin))))


def test_autoresponder_reads_a_reply_and_its_body_as_one_by_one(autoresponder_model):
    from screening.checks.template.check import _automatic_probability
    from screening.checks.template.placeholders import without_signoff

    model = autoresponder_model
    for text in data_texts():
        body = without_signoff(text)
        whole = _plain_probability(model, text)
        assert model.probability(text) == whole, text
        if not body or len(body) == len(text.strip()):
            alone = whole  # no sign-off block: the plain code read the reply only
        else:
            alone = _plain_probability(model, body)
            whole = _plain_probability(model, text, body)
            assert model.probability_pair(text, body) == (whole, alone), text
        # The plain _automatic_probability: the reply's own probability once it reaches the
        # threshold, else the higher of the reply's and its body's.
        for threshold in (model.threshold(), 0.0, 1.0):
            expected = whole if whole >= threshold else max(whole, alone)
            assert _automatic_probability(model, text, threshold) == expected, text


# --- greetings: words read only for the segments the loops reach --------------------------------


def _plain_is_greeting(words: list[str], greetings: frozenset[str], names: int = 2) -> bool:
    known = sum(w.lower() in greetings for w in words)
    others = [w for w in words if w.lower() not in greetings]
    return known > 0 and len(others) <= names and all(w[0].isupper() for w in others) and len(words) <= 8


def _plain_greeting_free_span(text: str, greetings: frozenset[str], names: int = 2) -> tuple[int, int] | None:
    segments = cleaner._segments(text)
    words = [cleaner._WORD.findall(text, s, e) for s, e in segments]
    first, last = 0, len(segments)
    while first < last and _plain_is_greeting(words[first], greetings, names):
        first += 1
    while last > first:
        if _plain_is_greeting(words[last - 1], greetings, names):
            last -= 1
        elif (
            names
            and last - 1 > first
            and cleaner._is_signature(words[last - 1])
            and _plain_is_greeting(words[last - 2], greetings, names)
        ):
            last -= 2
        else:
            break
    if first >= last:
        return None
    start, end = segments[first][0], segments[last - 1][1]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def test_greeting_free_span_as_the_plain_loops():
    lexicon = cleaner.load_lexicon()
    greetings = lexicon.greetings
    for text in data_texts():
        for variant in (text, cleaner.mask(text, lexicon)):
            for names in (2, 0):
                expected = _plain_greeting_free_span(variant, greetings, names)
                assert cleaner.greeting_free_span(variant, greetings, names) == expected, variant


# --- tone: the reported-speech pattern skips words that begin with no alternative's letter -------


def test_reporting_gate_holds_every_first_letter_of_the_pattern():
    from re import _parser  # type: ignore[attr-defined]

    from screening.checks.tone import view

    gate = f"(?=[{view._REPORTING_FIRST_LETTERS}])"
    plain = view._REPORTING.pattern.replace(gate, "", 1)
    assert plain != view._REPORTING.pattern
    from screening.text.regex_gates import _first

    firsts, can_be_empty = _first(_parser.parse(plain))
    letters = {letter for letter, _ in firsts}
    assert not can_be_empty
    assert {letter.lower() for letter in letters} <= set(view._REPORTING_FIRST_LETTERS)
    # The same matches, in the texts as written and shouted (the pattern is case-insensitive:
    # "ſ" and the Kelvin sign fold to letters too, in the gate's class as in the alternatives).
    plain_pattern = re.compile(plain)
    for text in (*data_texts(), "ſie sagen, Kelvin: KALL ME", "YOU SAID crooks, Tu Dis escrocs"):
        for variant in (text, text.upper()):
            found = [m.span() for m in view._REPORTING.finditer(variant)]
            assert found == [m.span() for m in plain_pattern.finditer(variant)], variant


# --- contact: the families a text's words open, worked out word by word -------------------------


def test_prefix_gates_open_as_for_the_whole_set():
    from screening.checks.contact import _WORDS
    from screening.checks.contact.channels import _gates
    from screening.checks.contact.emails import _PROVIDER_GATE
    from screening.text import normalize
    from screening.text.gates import PrefixIndex

    # Short prefixes (one and two letters) and one-letter words, which the index keeps apart.
    small = PrefixIndex({"a": (("w", "zz", "whats"), ("ig",)), "b": (("wh", "tel"), ("w",))})
    indexes = (_gates(), _PROVIDER_GATE, small)
    for text in data_texts():
        words = frozenset(_WORDS.findall(normalize(text, scripts=False).text))
        for index in indexes:
            assert index.families_in(words) == index._families_of(words), text
    for words in (frozenset(), frozenset({"w"}), frozenset({"wha", "z", "zz"}), frozenset({"whatsapp", "ig", "t"})):
        for index in indexes:
            assert index.families_in(words) == index._families_of(words), words


# --- contact: the payment recognizer reads a sentence only when a hit pattern matches in it ------


@lru_cache(maxsize=1)
def data_records() -> tuple[tuple[str, str], ...]:
    """(text, market) of every distinct text of data/ with a market, then the hostile texts in fr."""
    records: dict[tuple[str, str], None] = {}
    for path in sorted(ROOT.glob("data/**/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line) if line.strip() else {}
                if isinstance(record.get("text"), str) and isinstance(record.get("market"), str):
                    records.setdefault((record["text"], record["market"]), None)
    return (*records, *((text, "fr") for text in HOSTILE))


@lru_cache(maxsize=1)
def data_sentences() -> tuple:
    """Every sentence of every text of data/ as find_channels hands it to a recognizer (the text
    normalised, spelled names joined), with the patterns of the text's market."""
    from screening.checks.contact.channels.patterns import market_patterns
    from screening.checks.contact.channels.recognizer import Sentence
    from screening.checks.contact.channels.spelled import join_spelled_names
    from screening.core.policy import Policy
    from screening.text import normalize

    policy = Policy.load()
    sentences = []
    for text, market in data_records():
        try:
            languages = tuple(policy.for_market(market).languages)
        except Exception:  # noqa: BLE001 - a market the policy does not know: the default languages
            languages = ("en",)
        patterns = market_patterns(languages, ("swapiphone",))
        plain, spelled = join_spelled_names(normalize(text, scripts=False).text)
        spelled_starts = frozenset(start for start, _ in spelled)
        for found in patterns.sentence.finditer(plain):
            sentences.append(Sentence(plain, found.start(), found.end(), patterns, spelled_starts))
    return tuple(sentences)


def test_payment_sentences_without_a_hit_pattern_have_no_hit():
    # `find` returns early when no hit pattern matches in the sentence: the full reading must then
    # find nothing either, in every sentence of every text, with the markets' own languages.
    from screening.checks.contact.channels import payments

    recognizer = payments.PaymentRecognizer()
    skipped = 0
    original = payments._may_hit
    for sentence in data_sentences():
        if original(sentence):
            continue
        skipped += 1
        payments._may_hit = lambda _sentence: True
        try:
            assert recognizer.find(sentence) == [], sentence.text[sentence.start : sentence.end]
        finally:
            payments._may_hit = original
    assert skipped > 10_000


def test_payment_texts_without_a_hit_pattern_have_no_sentence_with_one():
    # find_channels skips the payment recognizer for a text where no hit pattern matches anywhere:
    # every sentence where one matches must be in a text where one matches.
    from screening.checks.contact.channels import payments

    read = 0
    for sentence in data_sentences():
        if payments._may_hit(sentence):
            read += 1
            assert payments._may_hit_text(sentence.text, sentence.patterns), sentence.text[
                sentence.start : sentence.end
            ]
    assert read > 1_000


def test_direct_order_texts_hold_every_pattern_a_sentence_of_them_holds():
    # find_channels skips the direct-order recognizer for a text whose prefilter rules out what each
    # of its readings needs: every such pattern that matches in a sentence must be a candidate of
    # the sentence's whole text.
    from screening.checks.contact.channels import direct_orders
    from screening.text.prefilter import prefilter_of

    matched = 0
    for sentence in data_sentences():
        text, p = sentence.text, sentence.patterns
        needed = direct_orders._needed(p)
        maybe = prefilter_of(p, "direct", lambda p=p: direct_orders._needed(p)).candidates(text)
        for i, pattern in enumerate(needed):
            if pattern.search(text, sentence.start, sentence.end) is not None:
                matched += 1
                assert i in maybe, (i, text[sentence.start : sentence.end])
    assert matched > 1_000


def _plain_social_find(recognizer, sentence) -> list:
    from screening.checks.contact.channels.social import _SentenceFacts

    text, s_start, s_end, p = sentence.text, sentence.start, sentence.end, sentence.patterns
    facts = _SentenceFacts(
        sentence,
        invitations=list(p.invite.finditer(text, s_start, s_end)),
        question_mark="?" in text[s_start : min(len(text), s_end + 1)],
    )
    hits = []
    for match in p.platforms.finditer(text, s_start, s_end):
        hit = recognizer._mention(facts, match)
        if hit is not None:
            hits.append(hit)
    return hits


def test_social_recognizer_finds_as_the_plain_reading():
    from screening.checks.contact.channels.social import SocialRecognizer

    recognizer = SocialRecognizer()
    found = 0
    for sentence in data_sentences():
        hits = recognizer.find(sentence)
        assert hits == _plain_social_find(recognizer, sentence), sentence.text[sentence.start : sentence.end]
        found += bool(hits)
    assert found > 100


# --- translate tables that keep the characters they leave alone ---------------------------------


def test_translate_tables_kept_as_is_translate_as_the_plain_ones():
    from screening.text import normalize
    from screening.text.confusables import _lookalike_translation, lookalike_table
    from screening.text.normalize import _latin_table, fold_latin
    from screening.text.translate_tables import kept_as_is

    emoji = "Merci 😀👍🏽 ça va ? Ω ω ß ẞ \U0010fffd \ud800"
    for text in (*data_texts(), emoji):
        assert fold_latin(text) == text.translate(_latin_table()), text
        for variant in (text, normalize(text, scripts=False).text):
            assert variant.translate(_lookalike_translation()) == variant.translate(lookalike_table()), variant
    # Entries of every kind str.translate takes: a string, an ordinal, None (deleted).
    mapping = {ord("a"): "b", ord("c"): ord("d"), ord("e"): None, ord("é"): "E"}
    table = kept_as_is(mapping)
    for text in (emoji, "acceéz", "", "\x00\x7f\x80"):
        assert text.translate(table) == text.translate(mapping), text


# --- tone: a reply's windows read off its own words and tokens ---------------------------------


@pytest.fixture(scope="module")
def tone_model():
    from screening.checks.tone.model import ToneModel
    from screening.core.model_files import load_model

    return ToneModel(load_model(ROOT / "models", "tone").artifact)


def _sorted_columns(columns) -> tuple[list[int], list[int]]:
    import numpy as np

    return sorted(np.asarray(columns[0]).tolist()), sorted(np.asarray(columns[1]).tolist())


def test_tone_windows_read_off_the_view_have_the_grams_of_the_window_alone(tone_model):
    """Each window's character and word grams, taken from its reply's words and tokens, are the
    ones the window tokenised on its own has (the plain code); so are the whole reply's."""
    from screening.checks.tone.model import window_spans

    model = tone_model
    extra = [
        "Prix 12.50 euros. Livraison 3.5 jours. Merci beaucoup pour votre commande. " * 3,
        "ΟΔΟΣ.ΚΑΙ σας ευχαριστούμε πολύ. İstanbul ΣΊΣΥΦΟΣ. Merci!！ Encore une phrase ici. " * 3,
        "Hello.World again and again. e.g. this one.and that one... Yes!!! No?? Fine. " * 3,
    ]
    checked = windows = 0
    for text in (*data_texts(), *extra):
        view = model.read(text)
        spans = window_spans(view)
        if not spans:
            continue
        for language in ("fr", "de"):
            whole, found = model._view_and_windows(view, spans, language)
            assert _sorted_columns(whole) == _sorted_columns(model._text_columns(view, language)), text
            for (start, end), columns in zip(spans, found, strict=True):
                plain = model._text_columns(view[start:end], language)
                assert _sorted_columns(columns) == _sorted_columns(plain), (text, start, end)
                windows += 1
        checked += 1
    assert checked > 1_000 and windows > 5_000


def test_tone_inspect_scores_as_the_full_analysis(tone_model):
    """`inspect` scores a reply through the batch path (whole and windows in one pass); that
    probability is the full analysis's (the plain path), to rounding."""
    model = tone_model
    texts = [t for t in data_texts() if 20 <= len(t) <= 2000][::7]
    assert len(texts) > 1_000
    for language in ("fr", "en"):
        batch = model.probabilities(texts, [language] * len(texts))
        for text, probability in zip(texts, batch):
            assert probability == pytest.approx(model.analyse(text, language).probability, abs=1e-9), text


# --- hashed n-grams: each distinct n-gram looked up once ----------------------------------------


def _plain_hashed_row(features, text: str):
    """HashedTfidf.one as it was: every occurrence looked up, then counted per feature."""
    import numpy as np

    from screening.text.hashed_ngrams import gram_hashes

    hashes = gram_hashes(text, *features.ngram_range, word_high=features.word_ngram_high)
    if not len(hashes) or not features.size:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    positions = np.minimum(np.searchsorted(features._sorted, hashes), features.size - 1)
    known = features._sorted[positions] == hashes
    if not known.any():
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    found, counts = np.unique(features._feature[positions[known]], return_counts=True)
    values = (1.0 + np.log(counts)) * features._idf[found]
    values /= np.linalg.norm(values) or 1.0
    return found, values


def _plain_hashed_matrix(features, texts):
    """HashedTfidf.many as it was: the batch's n-grams hashed in one numpy pass, every occurrence
    looked up in the vocabulary."""
    import numpy as np
    from scipy import sparse

    from screening.text.hashed_ngrams import batch_hashes, word_gram_hashes

    hashes, owner = batch_hashes(texts, *features.ngram_range)
    if features.word_ngram_high >= 2:
        words, word_owner = word_gram_hashes(texts, features.word_ngram_high)
        hashes, owner = np.concatenate([hashes, words]), np.concatenate([owner, word_owner])
    positions = np.minimum(np.searchsorted(features._sorted, hashes), features.size - 1)
    known = features._sorted[positions] == hashes
    counts = sparse.coo_matrix(
        (np.ones(int(known.sum())), (owner[known], features._feature[positions[known]])),
        shape=(len(texts), features.size),
    ).tocsr()
    counts.data = (1.0 + np.log(counts.data)) * features._idf[counts.indices]
    norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
    return sparse.diags(1.0 / np.where(norms > 0, norms, 1.0)) @ counts


@pytest.mark.parametrize("task", ["contact", "escalation"])
def test_hashed_rows_as_the_plain_look_up(task):
    from screening.core.model_files import load_model
    from screening.text.hashed_ngrams import HashedTfidf

    artifact = load_model(ROOT / "models", task).artifact
    features = HashedTfidf(
        artifact["hashes"], artifact["idf"], artifact["ngram_range"], int(artifact.get("word_ngram_high", 0))
    )
    for text in data_texts()[::3]:
        found, values = features.one(text)
        plain_found, plain_values = _plain_hashed_row(features, text)
        assert found.tolist() == plain_found.tolist(), text
        assert values.tolist() == plain_values.tolist(), text
    # The batch path, in batches of every size up to a rescore's (words already remembered and not).
    texts = data_texts()
    for size in (1, 2, 7, 256):
        for start in range(0, min(len(texts), 4 * size), size):
            batch = texts[start : start + size]
            fast, plain = features.many(batch), _plain_hashed_matrix(features, batch)
            assert fast.shape == plain.shape
            assert fast.indptr.tolist() == plain.indptr.tolist(), batch
            assert fast.indices.tolist() == plain.indices.tolist(), batch
            assert fast.data.tolist() == plain.data.tolist(), batch


def test_a_few_texts_are_scored_by_the_offer_model_as_by_its_sparse_pass():
    """A reply's sentences (up to _ONE_BY_ONE) are scored one by one, as a single reply is; the
    probabilities are the sparse pass's (summed in another order: equal to 1e-12) and the sentence
    the contact check picks is the same."""
    import numpy as np

    from screening.checks.contact import offer_sentence
    from screening.checks.contact.offer_model import _ONE_BY_ONE, ContactOfferModel
    from screening.core.model_files import load_model
    from screening.text.sentences import sentence_spans

    model = ContactOfferModel(load_model(ROOT / "models", "contact").artifact)
    picked = 0
    for text in data_texts()[::7]:
        spans = sentence_spans(text)
        if not 2 <= len(spans) <= _ONE_BY_ONE:
            continue
        sentences = [text[a:b] for a, b in spans]
        one_by_one = model.offer_probabilities(sentences)
        sparse = 1.0 / (1.0 + np.exp(-(model._features.many(sentences) @ model._offer_coef + model._offer_intercept)))
        assert np.allclose(one_by_one, sparse, rtol=0, atol=1e-12), text
        assert offer_sentence(model, text) == spans[int(np.argmax(sparse))], text
        picked += 1
    assert picked > 1000


def test_a_few_texts_are_scored_by_the_escalation_model_as_by_its_sparse_pass():
    """Up to _DENSE_UP_TO texts (a buyer message's clauses) are scored one by one; the probabilities
    are the sparse pass's, to 1e-12."""
    import numpy as np

    from screening.checks.escalation.model import _DENSE_UP_TO, EscalationModel
    from screening.core.model_files import load_model

    model = EscalationModel(load_model(ROOT / "models", "escalation").artifact)
    texts = data_texts()[::5]
    for size in (2, 5, _DENSE_UP_TO):
        for start in range(0, 200 * size, size):
            batch = list(texts[start : start + size])
            logits = model._intercept + model._features.many(batch) @ model._coef_t
            sparse = np.exp(logits - logits.max(axis=1, keepdims=True))
            sparse /= sparse.sum(axis=1, keepdims=True)
            assert np.allclose(model.predict_proba(batch), sparse, rtol=0, atol=1e-12), batch


def test_hashed_rows_stay_exact_while_the_word_memory_is_cleared_by_other_threads(monkeypatch):
    """The service screens on several threads: one thread clearing the remembered words (full)
    while another reads a reply must neither fail nor change that reply's row."""
    import threading

    import screening.text.hashed_ngrams as hashed
    from screening.core.model_files import load_model

    monkeypatch.setattr(hashed, "_WORDS_REMEMBERED", 7)  # cleared every few words
    switch = sys.getswitchinterval()
    artifact = load_model(ROOT / "models", "contact").artifact
    features = hashed.HashedTfidf(
        artifact["hashes"], artifact["idf"], artifact["ngram_range"], int(artifact.get("word_ngram_high", 0))
    )
    texts = data_texts()[:400]
    expected = [_plain_hashed_row(features, text) for text in texts]
    failures: list[str] = []

    def read_all(order):
        for i in order:
            try:
                found, values = features.one(texts[i])
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                failures.append(f"{type(error).__name__} on text {i}")
                return
            if found.tolist() != expected[i][0].tolist() or values.tolist() != expected[i][1].tolist():
                failures.append(f"row of text {i} differs")

    forward, backward = list(range(len(texts))), list(range(len(texts) - 1, -1, -1))
    threads = [threading.Thread(target=read_all, args=((forward if k % 2 else backward) * 3,)) for k in range(4)]
    sys.setswitchinterval(1e-6)  # the threads take turns every few bytecodes
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switch)
    assert failures == []
    assert len(features._word_columns) <= 7 + max(len(t.split()) for t in texts)


def test_tone_windows_of_a_reply_without_signals_have_none(tone_model):
    """A reply whose surface signals are all zero is read as having none in its windows (they are
    not computed again): on every text of data/, each window's own signals are zero then."""
    from screening.checks.tone.features import signals
    from screening.checks.tone.model import _signals_none_in_parts, window_spans

    names = tone_model._signal_names
    extra = [
        "Bonjour. Hello.World again and again here. Un deux trois quatre cinq six sept huit. " * 3,
        "MERCI. Ceci est une phrase ordinaire ici. Et une autre phrase ordinaire encore ici. " * 3,
    ]
    gated = 0
    for text in (*data_texts(), *extra):
        view = tone_model.read(text)
        spans = window_spans(view)
        for language in ("fr", "en", "pl"):
            if not spans or any(signals(view, language, names)) or not _signals_none_in_parts(view, language):
                continue
            for start, end in spans:
                assert not any(signals(view[start:end], language, names)), (text, start, end)
            gated += 1
    assert gated > 1_000


# --- tone: the rude phrases behind their first-character gate ----------------------------------


def test_rude_phrase_patterns_behind_their_gate_match_as_without_it():
    from screening.checks.tone import rude_phrases
    from screening.checks.tone.features import fold
    from screening.checks.tone.name_calling import fold_in_place

    for language in ("fr", "de", "en", "es", "it", "nl", "pl", "pt"):
        gated = rude_phrases._pattern(language)
        assert gated is not None and gated.pattern.startswith(("(?:\\b(?=[", "\\b(?=[")), language
        plain = re.compile(rude_phrases.phrases_source(language))
        for text in data_texts():
            for read in (
                strip_accents(text) if language == "de" else strip_accents(fold(text)),
                fold_in_place(text, keep_case=language == "de"),
            ):
                got = [(m.span(), m.lastgroup) for m in gated.finditer(read)]
                assert got == [(m.span(), m.lastgroup) for m in plain.finditer(read)], (language, text)


def test_a_gate_is_given_up_where_the_first_characters_cannot_be_listed():
    from screening.text.regex_gates import gate, gated

    assert gate(r"\w+ now") is None  # a class of thousands of characters
    assert gate(r"(?i)\bhello\b") is None  # case-insensitive: the parsed letters are one case
    assert gate(r"(?:abc)?x?") is None  # may match nothing
    assert gate(r"\b(?:ab|cd)|!x") == r"(?:\b(?=[ac])|(?=[!]))"
    for text in ("ab cd !x xab ab!x", "zzz"):
        pattern = r"\b(?:ab|cd)|!x"
        assert [m.span() for m in gated(pattern).finditer(text)] == [m.span() for m in re.finditer(pattern, text)]


# --- relevance: a reply's character n-gram columns, kept per word ------------------------------


def _plain_reply_char_columns(reply: str) -> set[int]:
    from screening.checks.relevance import features as f

    grams = []
    low, high = f.CHAR_NGRAMS
    for word in f._WORD.findall(f.fold(reply)):
        padded = f" {word} "
        for n in range(low, high + 1):
            grams += [f"c:{padded[i : i + n]}" for i in range(max(len(padded) - n + 1, 1))]
    return {f._hash(gram) for gram in grams}


def test_relevance_reply_grams_per_word_are_the_plain_hashed_grams():
    from screening.checks.relevance import features as f

    compared = 0
    for text in data_texts()[::20]:
        plain = _plain_reply_char_columns(text)
        hashed = f.pair_features("?", text, blocks=("reply_chars",)).hashed
        assert set(hashed) == plain, text[:80]
        if plain:
            assert all(math.isclose(v, 1.0 / math.sqrt(len(plain))) for v in hashed.values())
            compared += 1
    assert compared > 5_000
