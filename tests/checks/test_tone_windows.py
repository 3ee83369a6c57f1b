"""Long replies read two sentences at a time (ToneModel windows, model 2026.12.21 on), each sentence
as the lower of its two windows (sentence_values): one rude sentence inside a long polite reply is
found and pointed at; long polite replies stay allowed; the batch scorer and the one-by-one
analysis agree."""

from __future__ import annotations

import pytest

from screening.checks.base import CheckContext
from screening.checks.tone.model import WINDOW_MIN_SENTENCES, WINDOW_MIN_WORDS, window_spans
from screening.core.types import Message

MARKET_OF = {"en": "uk"}

# (language, long reply, the rude sentence inside it)
HIDDEN = [
    (
        "fr",
        "Bonjour et merci pour votre message. Le téléphone a été contrôlé avant l'envoi : batterie à 89 %, "
        "écran d'origine, Face ID fonctionnel. Honnêtement, si vous n'arrivez pas à mettre une carte SIM, "
        "ce n'est vraiment pas mon problème. Pour toute autre question, je reste à votre disposition.",
        "pas mon problème",
    ),
    (
        "en",
        "Thanks for getting in touch. The handset passed all our checks before dispatch and the battery is "
        "at 90%. Frankly, if you had bothered to read the listing you would not be wasting my time with this. "
        "The charger is not included, but any USB-C cable will work. Let me know if anything else comes up.",
        "wasting my time",
    ),
    (
        "de",
        "Guten Tag und danke für Ihre Nachricht. Das Gerät wurde vor dem Versand geprüft, der Akku hat 88 %. "
        "Wer nicht einmal die Beschreibung lesen kann, sollte vielleicht gar nichts online kaufen. "
        "Das Ladekabel liegt bei, ein Netzteil nicht. Bei weiteren Fragen melden Sie sich gern.",
        "Beschreibung lesen",
    ),
]

POLITE = [
    (
        "fr",
        "Bonjour, merci pour votre message. Le téléphone a été contrôlé avant l'envoi et la batterie est à 89 %. "
        "Malheureusement, le chargeur n'est pas inclus, comme indiqué dans l'annonce. Je suis désolé pour ce "
        "malentendu et je reste disponible si vous avez d'autres questions. Bonne journée.",
    ),
    (
        "en",
        "Hello, and sorry to hear the parcel was late. I checked the tracking and it is now at your local depot. "
        "It should be delivered tomorrow morning. If it does not arrive by Thursday, message me here and I "
        "will open a claim with the courier straight away. Thanks for your patience.",
    ),
]


def _inspect(screener, language, text):
    market = MARKET_OF.get(language, language)
    message = Message(text=text, market=market, author="seller")
    return screener.checks["tone"].inspect(message, CheckContext(policy=screener.policy.for_market(market)))


@pytest.mark.parametrize("language, text, rude", HIDDEN, ids=[h[0] for h in HIDDEN])
def test_one_rude_sentence_in_a_long_polite_reply_is_found_and_pointed_at(screener, language, text, rude):
    findings = _inspect(screener, language, text)
    assert [f.code for f in findings] == ["tone.discourteous"]
    model = screener.checks["tone"].model
    if model.analyse(text, language).probability == model._analyse_view(model.read(text), language).probability:
        return  # the whole reply decided, not a window: its phrase is the whole's (not this test's subject)
    start, end = findings[0].start, findings[0].end
    rude_start = text.index(rude)
    sentence_start = text.rfind(".", 0, rude_start) + 1
    sentence_end = text.index(".", rude_start + len(rude))
    # the span lies in the rude sentence, not in the polite ones around it
    assert start is not None and sentence_start <= start < end <= sentence_end + 1


@pytest.mark.parametrize("language, text", POLITE, ids=[p[0] for p in POLITE])
def test_long_polite_replies_with_bad_news_stay_allowed(screener, language, text):
    assert _inspect(screener, language, text) == []


def test_the_batch_scorer_and_the_analysis_agree_on_long_replies(screener):
    model = screener.checks["tone"].model
    texts = [h[1] for h in HIDDEN] + [p[1] for p in POLITE]
    languages = [h[0] for h in HIDDEN] + [p[0] for p in POLITE]
    batch = model.probabilities(texts, languages)
    one_by_one = [model.analyse(t, lang).probability for t, lang in zip(texts, languages)]
    assert list(batch) == pytest.approx(one_by_one, abs=1e-9)
    # windows decided most of the hidden ones: without them the rudeness scores lower
    assert (
        sum(
            model.analyse(t, lang).probability > model._analyse_view(model.read(t), lang).probability
            for t, lang in zip(texts, languages)
        )
        >= 2
    )


def test_short_replies_have_no_windows():
    assert window_spans("Thanks. It ships today. Battery is at 91%.") == []
    long = " ".join(["This is one ordinary sentence of the reply."] * WINDOW_MIN_SENTENCES) + " word" * WINDOW_MIN_WORDS
    assert len(window_spans(long)) >= WINDOW_MIN_SENTENCES - 1


@pytest.mark.parametrize(
    "closing",
    [
        "\nKind regards,\nAnna",
        "\nPozdrawiam,\nVendeur1566",
        "\nMet vriendelijke groet,",
        "\nCordialement,\nJean Dupont",
    ],
)
def test_the_last_sentence_is_not_paired_with_the_sign_off(closing):
    body = (
        "The parcel was insured, so I am opening a claim with the carrier right away. The battery was "
        "replaced last month and is at 100%. No unlock code is needed, the phone has been reset to "
        "factory settings. Could you tell me whether the problem also happens in airplane mode?"
    )
    with_closing = window_spans(body + closing)
    # The same windows as the reply without its sign-off: the last one ends on the last sentence.
    assert with_closing == window_spans(body)
    assert (body + closing)[with_closing[-1][0] : with_closing[-1][1]].endswith("airplane mode?")


def test_a_rude_last_sentence_before_the_sign_off_is_still_in_a_window():
    text = (
        "The parcel was insured, so I am opening a claim with the carrier right away. The battery was "
        "replaced last month and is at 100%. No unlock code is needed, the phone has been reset to "
        "factory settings. Read the listing next time instead of wasting my time.\nRegards,\nMark"
    )
    assert any(text[a:b].endswith("wasting my time.") for a, b in window_spans(text))


@pytest.mark.parametrize(
    "whole, window, decides",
    [
        (0.05, 0.60, False),  # the reply reads courteous, a middling window: one of many, by accident
        (0.05, 0.85, False),  # ... a fairly rude one too (a sincere "good question" read as sarcasm)
        (0.05, 0.95, True),  # ... a clearly rude window still decides
        (0.30, 0.60, True),  # the reply already leans rude: the window decides as before
        (0.60, 0.55, False),  # a window below the whole never lowers it
    ],
)
def test_a_window_decides_over_a_courteous_whole_only_when_clearly_rude(whole, window, decides):
    from screening.checks.tone.model import WHOLE_COURTEOUS, WINDOW_ALONE, _window_decides

    assert WHOLE_COURTEOUS < 0.3 and 0.85 < WINDOW_ALONE <= 0.95  # the rows above sit on either side
    assert _window_decides(whole, window) is decides


@pytest.mark.parametrize(
    "windows, sentences",
    [
        # two windows, three sentences: the middle one is read by both, the edges by one each
        ([0.9, 0.2], [0.9, 0.2, 0.2]),
        # a rude middle sentence reads rude in both of its windows: it keeps the lower of the two
        ([0.1, 0.8, 0.9, 0.2], [0.1, 0.1, 0.8, 0.2, 0.2]),
        # one window high, its neighbours low: a pair that reads rude only together
        ([0.1, 0.95, 0.1], [0.1, 0.1, 0.1, 0.1]),
        ([0.4], [0.4]),
        ([], []),
    ],
)
def test_each_sentence_reads_as_the_lower_of_its_two_windows(windows, sentences):
    from screening.checks.tone.model import sentence_values

    assert sentence_values(windows) == sentences


def test_a_sentence_span_is_where_its_two_windows_overlap():
    from screening.checks.tone.model import sentence_span

    text = "One sentence here. Two sentences here. Three sentences here. Four sentences here, with more words."
    spans = window_spans(text + " pad" * WINDOW_MIN_WORDS)
    assert text[slice(*sentence_span(spans, 1))].strip() == "Two sentences here."
    assert text[slice(*sentence_span(spans, 2))].strip() == "Three sentences here."
    assert sentence_span(spans, 0) == spans[0] and sentence_span(spans, len(spans)) == spans[-1]
