"""A lexicon insult where one addresses someone is discourteous whatever the model scores
(screening/checks/tone/name_calling.py); the same word reported, negated, sworn about the
situation, or an ordinary word of the language is not a name called. Sentences written for this
test."""

from __future__ import annotations

import pytest

from screening.checks.tone.features import insult_matcher
from screening.checks.tone.name_calling import called_name
from screening.checks.tone.view import tone_view
from tests.checks.tone_findings import tone_findings_both_ways

CALLED = [
    ("en", "Refund sent, you clown.", "clown"),
    ("en", "Moron, the size is in the listing.", "Moron"),
    ("fr", "Colis parti ce matin, espèce d'abruti.", "abruti"),
    ("de", "Steht in der Beschreibung, du Trottel!", "Trottel"),
    ("es", "Pues léalo otra vez, pedazo de idiota.", "idiota"),
    ("it", "Già spedito, pagliaccio.", "pagliaccio"),
    ("nl", "Staat gewoon in de advertentie, jij sukkel.", "sukkel"),
    ("pl", "Wysłane wczoraj, ty baranie.", "baranie"),
    ("pt", "Já foi enviado, palhaço.", "palhaço"),
]

NOT_CALLED = [
    # reported from the buyer's message, to calm them
    ("en", "You called us crooks, and I understand why. The refund left this morning."),
    ("es", "Me llama estafador, lo entiendo. Le mando otro hoy."),
    # swearing about the situation, not at the buyer
    ("en", "Sorry, I forgot the charger, damn."),
    ("pl", "Kurwa, zapomniałem ładowarki, przepraszam, wyślę jutro."),
    # an insult word that is not a name given to the buyer
    ("en", "There are no stupid questions, ask me anything."),
    ("en", "Thanks, it's a great phone, the kids won't be able to fool you about the screen time."),
    # English insults that are ordinary words of the market's language
    ("fr", "Désolé pour le retard, le colis part aujourd'hui."),
    ("fr", "Le colis a du retard."),
    ("pl", "Wszystko git, dziękuję!"),
]


@pytest.mark.parametrize("language, text, name", CALLED, ids=[c[0] for c in CALLED])
def test_a_name_called_is_found_on_the_name(language, text, name):
    span = called_name(tone_view(text), language)
    assert span is not None and text[span[0] : span[1]] == name


@pytest.mark.parametrize("language, text", NOT_CALLED, ids=[f"{n[0]}-{i}" for i, n in enumerate(NOT_CALLED)])
def test_reported_sworn_or_ordinary_words_are_not_names_called(language, text):
    assert called_name(tone_view(text), language) is None


def test_english_insults_that_are_ordinary_words_elsewhere_are_not_insults_there():
    assert insult_matcher("en").search("retard") and insult_matcher("fr").search("retard") is None
    assert insult_matcher("en").search("git") and insult_matcher("pl").search("git") is None
    # only those: the rest of the English list still applies to every language
    assert insult_matcher("fr").search("idiot") and insult_matcher("pl").search("idiot")


def test_spans_keep_the_replys_offsets_when_a_letter_folds_longer():
    text = "Die Straße steht auf dem Etikett, du Trottel."
    span = called_name(tone_view(text), "de")
    assert span is not None and text[span[0] : span[1]] == "Trottel"


@pytest.mark.parametrize("language, text, name", CALLED, ids=[c[0] for c in CALLED])
def test_the_check_flags_a_name_called_one_by_one_and_in_a_batch(screener, language, text, name):
    one, batch = tone_findings_both_ways(screener, language, text)
    assert [f.code for f in one] == [f.code for f in batch] == ["tone.discourteous"]
    assert one[0].score >= 0.5 and (one[0].start, one[0].end) == (batch[0].start, batch[0].end)
