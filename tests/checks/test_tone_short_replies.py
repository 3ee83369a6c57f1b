"""Replies of a few words have a threshold of their own (ToneModel short_threshold, chosen out of
fold by `training.tone.crossval --short`): on one to four words the n-grams are thin evidence. A
short reply's probability is put on the others' scale, so the policy keeps one flag level; longer
replies are untouched; the batch scorer and the one-by-one analysis agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from screening.checks.tone.model import ToneModel
from screening.core.model_files import load_model

MODELS = Path(__file__).resolve().parents[2] / "models"

SHORT = [
    ("de", "Mitternachtsblau."),
    ("fr", "Débrouillez-vous."),
    ("en", "Whatever, read the listing."),
    ("es", "Ya está."),
]
# Short, but an insult of the lexicon: read at the others' threshold.
INSULTING = [("es", "Ya está enviado, estafador."), ("en", "Sent, you idiot.")]
LONGER = [
    ("en", "Thanks for your message, the phone left this morning with the courier and should arrive on Friday."),
    ("fr", "Franchement, vous n'avez qu'à lire l'annonce avant de poser des questions pareilles."),
]


@pytest.fixture(scope="module")
def models():
    """The default model with a short-reply threshold set, and without one."""
    artifact = dict(load_model(MODELS, "tone").artifact)
    with_short = ToneModel({**artifact, "short_threshold": 0.8, "short_words": 4})
    without = ToneModel({**artifact, "short_threshold": None, "short_words": 0})
    return with_short, without


def test_a_short_replys_probability_is_put_on_the_others_scale(models):
    with_short, without = models
    for language, text in SHORT:
        raw = without.analyse(text, language).probability
        mapped = with_short.analyse(text, language).probability
        t = with_short.threshold(language)
        # the short threshold lands on the language's threshold; the order of replies is kept
        assert mapped == pytest.approx(with_short._from_short(raw, language))
        assert (mapped >= t) == (raw >= 0.8)
    assert with_short._from_short(0.8, "de") == pytest.approx(with_short.threshold("de"))
    assert with_short._from_short(0.0, "de") == 0.0 and with_short._from_short(1.0, "de") == pytest.approx(1.0)


def test_longer_replies_and_short_insults_are_untouched(models):
    with_short, without = models
    for language, text in LONGER + INSULTING:
        assert with_short.analyse(text, language).probability == pytest.approx(
            without.analyse(text, language).probability
        )


def test_the_batch_scorer_and_the_analysis_agree(models):
    with_short, _ = models
    texts = [t for _, t in SHORT + LONGER + INSULTING]
    languages = [lang for lang, _ in SHORT + LONGER + INSULTING]
    batch = with_short.probabilities(texts, languages)
    one_by_one = [with_short.analyse(t, lang).probability for t, lang in zip(texts, languages)]
    assert list(batch) == pytest.approx(one_by_one, abs=1e-9)


def test_greetings_do_not_make_a_reply_long(models):
    """Words are counted in what the model reads (greetings and sign-offs blanked)."""
    with_short, without = models
    text = "Bonjour, Mitternachtsblau. Cordialement"
    raw = without.analyse(text, "de").probability
    assert with_short.analyse(text, "de").probability == pytest.approx(with_short._from_short(raw, "de"))
