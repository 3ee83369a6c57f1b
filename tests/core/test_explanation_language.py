"""The explanation is written in the seller's own language (docs/formats.md §1 `locale`): the record's
locale when the market has it, else the language the reply is written in (markets of several
languages), else the market's first language; an unknown locale is refused, naming the allowed ones."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings
from screening.core.pipeline import Screener
from screening.core.policy import Policy
from screening.core.types import RecordError

POLICY = Policy.load()


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.create()


CONTACT = {
    "fr": "Appelez-moi au 06 12 34 56 78 pour la suite, merci beaucoup.",
    "nl": "Bel me gerust op 06 12 34 56 78 voor de rest, alvast bedankt en tot snel.",
    "de": "Rufen Sie mich bitte unter 06 12 34 56 78 an, dann klären wir den Rest.",
}

# (market, locale, text's language, explanation language expected)
CASES = [
    ("be", "nl", "nl", "nl"),  # the locale, a language of the market
    ("be", None, "nl", "nl"),  # no locale: the language the seller wrote in
    ("be", None, "de", "de"),
    ("be", None, "fr", "fr"),
    ("be", "de", "nl", "de"),  # the locale wins over the text
    ("be", "it", "nl", "nl"),  # a locale the market does not have: the text's language
    ("fr", "nl", "nl", "fr"),  # a market of one language: always its language
    ("ch", "it", "de", "it"),
]


@pytest.mark.parametrize(("market", "locale", "written", "expected"), CASES)
def test_the_explanation_is_in_the_writers_language(screener, market, locale, written, expected):
    record = {"id": "m", "market": market, "text": CONTACT[written], **({"locale": locale} if locale else {})}
    verdict = screener.screen(screener.message_from_record(record))
    assert verdict.action.value == "block"
    block = POLICY.for_market(market).explanations_by_language[expected].block
    assert verdict.explanation.startswith(block)


def test_a_short_reply_in_a_market_of_several_languages_falls_back_to_the_first(screener):
    verdict = screener.screen(screener.message_from_record({"market": "be", "text": "Oké!"}))
    assert verdict.explanation == POLICY.for_market("be").explanations_by_language["fr"].allow


@pytest.mark.parametrize("locale", ["xx", "EN-GB", "klingon"])
def test_an_unknown_locale_is_refused_naming_the_allowed_ones(screener, locale):
    with pytest.raises(RecordError) as raised:
        screener.message_from_record({"market": "be", "text": "Bonjour", "locale": locale})
    assert raised.value.field == "locale"
    assert "allowed:" in str(raised.value) and " nl" in str(raised.value)


def test_the_api_takes_locale_and_answers_422_for_an_unknown_one(tmp_path):
    with TestClient(create_app(Settings(history_path=tmp_path / "history.sqlite3"))) as client:
        ok = client.post(
            "/v1/screen", json={"message": {"market": "be", "locale": "nl", "text": CONTACT["fr"]}, "record": False}
        )
        assert ok.status_code == 200
        assert ok.json()["explanation"].startswith(POLICY.for_market("be").explanations_by_language["nl"].block)
        bad = client.post("/v1/screen", json={"message": {"market": "be", "locale": "zz", "text": "Hallo"}})
        assert bad.status_code == 422
        error = bad.json()["error"]
        assert "message.locale" in error["message"] and "nl" in error["message"]
