"""The speed work changes no verdict: the shortcuts answer as the plain code did.

- `mask` scans with only the alternatives that can match the text (cleaner._blank_for): the same
  blanks as the whole alternation, on every text of data/ and on hostile ones;
- ordered batches (`screen_in_order`, the rescore path: `inspect_batch` of every check, the language
  detector's remembered bodies) give the verdicts of `screen` one by one, on a sample of ordinary
  traffic with its conversations and history, the same bodies read twice included;
- the rescore of a process that rescored before (its checks kept, a fresh history) writes what a
  fresh process writes.
bench/verdict_fingerprint.py checks the whole labelled sets the same way.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from screening.checks.language import cleaner

ROOT = Path(__file__).resolve().parents[1]


def _full_mask(text: str, lexicon) -> str:
    """cleaner.mask with the whole alternation, as it was before the pruning."""
    blank = re.compile(
        "|".join(f"(?:{p})" for p in (cleaner._URL, cleaner._EMAIL, cleaner._UNIT_AFTER_NUMBER, cleaner._DIGIT_TOKEN)),
        re.IGNORECASE,
    )
    original = cleaner._blank_for
    cleaner._blank_for = lambda _text: blank
    try:
        return cleaner.mask(text, lexicon)
    finally:
        cleaner._blank_for = original


def _data_texts(limit_per_file: int = 400) -> list[str]:
    texts = []
    for path in sorted(ROOT.glob("data/*/sealed/messages.jsonl")) + [ROOT / "data/traffic/messages.jsonl"]:
        with path.open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if i >= limit_per_file:
                    break
                texts.append(json.loads(line)["text"])
    return texts


HOSTILE = [
    "",
    "no digits, no dot",
    "mail me: jean@gmail",
    "jean@gmail.com",
    "jean [at] gmail [dot] com",
    "http://example",
    "HTTP://EXAMPLE.COM/x",
    "www.shop.fr",
    "WWW.SHOP.FR",
    "prix 399 € ou 1699 zł",
    "٣٤٥ ٦٧٨",
    "iPhone13Pro256GB",
    "a.b",
    "@",
    "...",
    "x" * 70 + "1",
    "https://" + "a" * 80,
    "Appelez le 06 12 34 56 78.",
    "12 GB",
    "GB 12",
    "e-mail: a.b+c@d-e.fr, site: d-e.fr/page?x=1",
]


def test_mask_with_pruned_alternatives_blanks_the_same():
    lexicon = cleaner.load_lexicon()
    for text in _data_texts() + HOSTILE:
        assert cleaner.mask(text, lexicon) == _full_mask(text, lexicon), text


@pytest.fixture(scope="module")
def traffic_sample():
    from screening.evaluation import read_labelled

    items = read_labelled(ROOT / "data" / "traffic" / "messages.jsonl")
    return items[:600]


def _ordered(screener, items):
    from screening.evaluation.runner import in_sent_order

    return in_sent_order(screener, items)


def _key(verdict):
    return (
        verdict.id,
        verdict.action,
        tuple((f.code, f.start, f.end, round(f.score, 6), f.detail) for f in verdict.findings),
        verdict.rules,
        verdict.explanation,
    )


def test_ordered_batches_answer_as_one_by_one(traffic_sample):
    from screening.evaluation.runner import evaluation_screener
    from screening.core.types import Action

    def recorder(history):
        return lambda message, verdict: history.add([message]) if verdict.action is not Action.BLOCK else None

    screener, history = evaluation_screener()
    items = _ordered(screener, traffic_sample)
    record = recorder(history)
    single = []
    for message, context in items:
        verdict = screener.screen(message, conversation=context)
        record(message, verdict)
        single.append(_key(verdict))

    screener, history = evaluation_screener()
    record = recorder(history)
    batched = []
    for start in range(0, len(items), 64):
        batched += [_key(v) for v in screener.screen_in_order(items[start : start + 64], record=record)]
    assert batched == single

    # Again with every body already remembered by the language check (a seller's template sent
    # again), and after its caches were released.
    screener, history = evaluation_screener()
    for message, context in items:
        screener.screen(message, conversation=context)
    screener.release_caches()
    screener.screen_in_order(items[:64])
    screener, history = evaluation_screener()
    record = recorder(history)
    language = screener.checks["language"]
    for message, _ in items:
        if message.author == "seller":
            language.written_language(message.text, ("fr", "nl"))
    again = []
    for start in range(0, len(items), 64):
        again += [_key(v) for v in screener.screen_in_order(items[start : start + 64], record=record)]
    assert again == single


def test_a_second_rescore_in_one_process_writes_what_the_first_did(tmp_path):
    from bench.bench_template import synthetic_history
    from screening.batch.rescore import rescore
    from screening.batch.rescore_partition import ScreenerSpec, process_state

    source = tmp_path / "history.jsonl"
    synthetic_history(source, 300, 12)
    from screening.batch.rescore_partition import _PROCESS_STATE

    spec = ScreenerSpec()
    outputs, checks = [], []
    for run in range(2):
        target = tmp_path / f"verdicts-{run}.jsonl"
        rescore(None, source, target, progress=False, spec=spec)
        outputs.append(
            [{k: v for k, v in json.loads(line).items() if k != "elapsed_ms"} for line in target.open(encoding="utf-8")]
        )
        (state,) = _PROCESS_STATE.values()
        checks.append(state.screener.checks)
    assert outputs[0] == outputs[1]
    assert checks[0]["tone"] is checks[1]["tone"]  # the models were kept
    assert checks[0]["template"] is not checks[1]["template"]  # over the second run's own history
    assert process_state  # the entry point the engines use
    assert any(v["action"] != "allow" for v in outputs[0])  # templates repeated: the history was read


def test_tone_stop_words_read_without_spacy_are_spacys():
    """The tone check reads spaCy's stop-word files without importing spaCy: the same sets as the
    imported modules, for every language a market speaks or the model was trained on."""
    import importlib

    from screening.text.stop_words import stop_words as _spacy_stop_words
    from screening.checks.tone.model import CORPUS_LANGUAGES
    from screening.core.policy import Policy

    policy = Policy.load()
    languages = {lang for market in policy.markets for lang in policy.for_market(market).languages}
    for language in sorted(languages | set(CORPUS_LANGUAGES) | {"nb", "xx", "zz"}):
        try:
            expected = frozenset(importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS)
        except ImportError:
            expected = frozenset()
        assert _spacy_stop_words(language) == expected, language


def test_product_pattern_grouped_by_first_letter_matches_as_the_flat_one(tmp_path):
    """cleaner._alternation groups the lexicon's phrases by first letter: the product pattern finds
    the same spans as the flat alternation (and mask blanks the same) on every text of data/, on
    bench rescore's synthetic replies and on hostile ones (case folds outside ASCII included)."""
    import yaml

    from bench.bench_template import synthetic_history

    raw = yaml.safe_load(cleaner.DEFAULT_LEXICON_PATH.read_text(encoding="utf-8"))
    args = (raw["brands"], raw["model_words"], [*raw["features"], *raw["colours"]])
    grouped, flat = cleaner._product_pattern(*args), cleaner._product_pattern(*args, by_first_letter=False)
    lexicon = cleaner.load_lexicon()
    assert lexicon.product.pattern == grouped.pattern != flat.pattern
    synthetic_history(tmp_path / "h.jsonl", 400, 20)
    synthetic = [json.loads(line)["text"] for line in (tmp_path / "h.jsonl").open(encoding="utf-8")]
    phrases = [str(p) for p in (*args[0], *args[1], *args[2])]
    hostile = HOSTILE + [
        " ".join(phrases),
        " ".join(p.upper() for p in phrases),
        "-".join(phrases),
        "ſamsung \u212aodak İPHONE ıphone SAMSUNG galaxy s23 ultra 5g Pixel 8 pro",
        "iPhone 13 Pro Max 256GB, Galaxy-S21 ultra; redmi note 12 pro+",
    ]
    for text in _data_texts(10_000) + synthetic + hostile:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], text
        assert cleaner.mask(text, lexicon) == cleaner.mask(text, cleaner.Lexicon(flat, lexicon.greetings)), text


def test_insult_pattern_grouped_by_first_letter_finds_what_the_flat_one_finds():
    """The tone check's insult pattern groups its entries by first letter: the same matches as the
    flat alternation, for every language, on the texts of data/ and on the entries themselves."""
    from screening.checks.tone.features import _insults, fold, insult_matcher, strip_accents
    from screening.checks.tone.model import CORPUS_LANGUAGES
    from screening.core.policy import Policy

    policy = Policy.load()
    languages = {lang for market in policy.markets for lang in policy.for_market(market).languages}
    entries = [strip_accents(fold(str(e))).rstrip("*") for words in _insults().values() for e in words]
    texts = [strip_accents(fold(t)) for t in _data_texts(10_000) + HOSTILE]
    texts += [" ".join(entries), " ".join(e + "s" for e in entries), ", ".join(entries) + "!!", "x".join(entries)]
    for language in sorted(languages | set(CORPUS_LANGUAGES)):
        grouped, flat = insult_matcher(language), insult_matcher(language, by_first_letter=False)
        assert grouped.pattern != flat.pattern
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], (
                language,
                text,
            )
