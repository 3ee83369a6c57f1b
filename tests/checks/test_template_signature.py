"""A shop signature with no closing formula above it (rule R5, screening/checks/template/signature.py).

Rows written for this test: a small shop signs every reply with a paragraph of its name, street,
a slogan and its warranty, straight under the text. Short, different answers under it are not
canned replies; a canned reply under it still is; and a canned reply laid out as a greeting, a
blank line and its text keeps its last paragraph (no earlier reply shows it under other text).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from screening import Policy
from screening.checks.template.fingerprint import fingerprint
from screening.checks.template.signature import last_paragraph, signed_under_other_text
from tests.checks.template_history import codes_after

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
REPEATED = "template.repeated"

SIGNATURE = {
    "uk": "Harbour Phones | 12 Quay Street, Whitby\nFamily shop since 1997 – honest advice, fair prices\n"
    "24 months' warranty on every refurbished phone",
    "de": "Handy-Stube Kern · Lange Straße 8, Oldenburg\nFamilienbetrieb seit 1991 – ehrlich beraten\n"
    "24 Monate Garantie auf alle aufbereiteten Handys",
    "pl": "Telefony Zając – ul. Długa 14, Gdańsk\nFirma rodzinna od 1999 roku · uczciwa rada, uczciwa cena\n"
    "24 miesiące gwarancji na każdy odnowiony telefon",
}
# Short answers to different questions, each under the signature.
ANSWERS = {
    "uk": [
        "Yes, we still have one in grey, 128 GB.",
        "The case is 9 pounds, we can add it to the parcel.",
        "Thanks a lot, enjoy the new phone!",
        "It works with any network, it is unlocked.",
    ],
    "de": [
        "Ja, eins ist noch da, in Grau mit 128 GB.",
        "Die Hülle kostet 9 Euro, wir legen sie gern bei.",
        "Vielen Dank und viel Freude mit dem Handy!",
        "Es läuft in jedem Netz, ohne Simlock.",
    ],
    "pl": [
        "Tak, mamy jeszcze jeden, szary, 128 GB.",
        "Etui kosztuje 39 zł, możemy je dołożyć do paczki.",
        "Dziękujemy i życzymy udanego użytkowania!",
        "Działa w każdej sieci, nie ma simlocka.",
    ],
}
CANNED = {
    "uk": [
        "Hello! Every phone we sell is tested on 30 points, cleaned and reset, and ships within one working "
        "day by Royal Mail with tracking. The battery is always above 85%.",
        "Hi! Every phone we sell is tested on 30 points, cleaned and reset. It ships within one working day "
        "by Royal Mail, tracked, and the battery is always above 85%.",
        "Good morning! Every phone we sell is tested on 30 points, cleaned and reset, and ships within one "
        "working day with Royal Mail tracking. Battery always above 85%.",
    ],
    "de": [
        "Hallo! Jedes Handy wird bei uns an 30 Punkten geprüft, gereinigt und zurückgesetzt und geht "
        "innerhalb eines Werktages mit DHL raus. Der Akku liegt immer über 85 %.",
        "Guten Tag! Jedes Handy wird bei uns an 30 Punkten geprüft, gereinigt und zurückgesetzt. Es geht "
        "innerhalb eines Werktages mit DHL raus, der Akku liegt immer über 85 %.",
        "Hallo zusammen! Jedes Handy wird bei uns an 30 Punkten geprüft, gereinigt und zurückgesetzt und "
        "geht innerhalb eines Werktages per DHL raus. Akku immer über 85 %.",
    ],
    "pl": [
        "Dzień dobry! Każdy telefon sprawdzamy w 30 punktach, czyścimy i resetujemy, a wysyłka idzie w "
        "ciągu jednego dnia roboczego kurierem InPost. Bateria zawsze powyżej 85%.",
        "Witam! Każdy telefon sprawdzamy w 30 punktach, czyścimy i resetujemy. Wysyłka w ciągu jednego "
        "dnia roboczego kurierem InPost, bateria zawsze powyżej 85%.",
        "Dzień dobry! Każdy telefon sprawdzamy w 30 punktach, czyścimy i resetujemy, wysyłamy w ciągu "
        "jednego dnia roboczego kurierem InPost. Bateria zawsze powyżej 85%.",
    ],
}


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


def _signed(market: str, text: str) -> str:
    return f"{text}\n\n{SIGNATURE[market]}"


@pytest.mark.parametrize("market", list(SIGNATURE))
def test_short_answers_under_one_signature_are_not_repeated(policy: Policy, market: str) -> None:
    first, second, courtesy, last = (_signed(market, answer) for answer in ANSWERS[market])
    assert REPEATED not in codes_after(policy, market, [first, second], last)
    assert REPEATED not in codes_after(policy, market, [first, second, last], courtesy)


@pytest.mark.parametrize("market", list(SIGNATURE))
def test_a_canned_reply_under_the_signature_is_still_repeated(policy: Policy, market: str) -> None:
    one, two, three = (_signed(market, text) for text in CANNED[market])
    other = _signed(market, ANSWERS[market][0])  # the signature is seen under another text too
    assert REPEATED in codes_after(policy, market, [other, one, two], three)


@pytest.mark.parametrize("market", list(SIGNATURE))
def test_a_canned_reply_after_a_greeting_paragraph_keeps_its_text(policy: Policy, market: str) -> None:
    # "Hello Anna,\n\n<the canned text>": the last paragraph is the canned text itself. No earlier
    # reply ends with it under another text, so it is compared whole.
    text = CANNED[market][0].split("! ", 1)[1]
    uses = [f"{greeting},\n\n{text}" for greeting in ("Hello Anna", "Hello Tom", "Hello Eva")]
    assert REPEATED in codes_after(policy, market, uses[:2], uses[2])


@pytest.mark.parametrize(
    "text, has_last",
    [
        ("One paragraph only.", False),
        ("Yes, we still have one.\n\nHarbour Phones, Whitby", True),
        ("Yes, we still have one.\n  \nHarbour Phones, Whitby\n\n", True),  # blank line with spaces, trailing blanks
        ("\n\nHarbour Phones, Whitby", False),  # nothing above the paragraph
    ],
)
def test_last_paragraph(text: str, has_last: bool) -> None:
    last = last_paragraph(text, fingerprint(text)[0].text)
    assert (last is not None) is has_last
    if last is not None:
        assert fingerprint(text)[0].text == f"{last.body.text} {last.block}"
        assert last.cut_from(f"other words {last.block}") == "other words"
        assert last.cut_from("other words entirely") is None


def test_a_signature_needs_another_text_above_it() -> None:
    signed = _signed("uk", ANSWERS["uk"][0])
    last = last_paragraph(signed, fingerprint(signed)[0].text)
    assert last is not None
    same = fingerprint(_signed("uk", ANSWERS["uk"][0]))[0].text
    other = fingerprint(_signed("uk", ANSWERS["uk"][1]))[0].text
    assert not signed_under_other_text(last, [same])  # the same text above it: could be a canned reply
    assert signed_under_other_text(last, [same, other])
    assert not signed_under_other_text(last, [fingerprint(ANSWERS["uk"][1])[0].text])  # not signed at all
