"""The language check's shortcut: a reply whose function words plainly say its language skips the
n-gram detector (screening/checks/language/plain_reading.py), and the check answers as it did
when it asked the detector every time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening import Policy, Screener
from screening.checks.base import CheckContext
from screening.checks.language.plain_reading import plainly_written_in
from screening.core.policy import DEFAULT_POLICY_PATH

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = tuple(sorted("ca cs da de el en es et fi fr hr hu it nb nl pl pt ro sk sl sv".split()))


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        (
            "Bonjour, nous avons bien reçu votre message. Le téléphone est testé et nous vous l'envoyons demain.",
            ("fr",),
            "fr",
        ),
        (
            "Hallo, wir haben das Handy gestern geprüft und es ist in einem sehr guten Zustand, der Akku hält lange.",
            ("de",),
            "de",
        ),
        # A multi-language market: whichever of its languages the words speak for.
        ("Bedankt voor uw bericht, wij hebben het toestel voor u nagekeken en het is in orde.", ("fr", "nl"), "nl"),
        # Another language than the market's: nothing to say for the market's.
        ("Thank you for your message, we checked the phone and it is in very good condition.", ("fr",), None),
        # A market greeting over a body in English: the English words speak against French.
        (
            "Bonjour ! The warranty covers the battery and the screen for twelve months from the day you get it.",
            ("fr",),
            None,
        ),
        # Too few words to prove anything.
        ("Oui, il est là.", ("fr",), None),
        # Close neighbours: a Slovak reply does not read plainly as Czech, nor a Norwegian one as Danish.
        ("Dobrý deň, telefón som včera otestoval a batéria je v poriadku, môžem ho poslať ešte dnes.", ("cs",), None),
        ("Hei! Ja, telefonen er fortsatt ledig. Du kan hente den på lørdag hvis det passer deg.", ("da",), None),
    ],
)
def test_plainly_written_in(text, languages, expected):
    assert plainly_written_in(text, languages, CANDIDATES) == expected


def test_a_candidate_without_function_words_turns_the_shortcut_off():
    text = "Bonjour, nous avons bien reçu votre message et nous vous répondons dans la journée."
    assert plainly_written_in(text, ("fr",), CANDIDATES) == "fr"
    assert plainly_written_in(text, ("fr",), (*CANDIDATES, "xx")) is None


@pytest.fixture(scope="module")
def language_check():
    screener = Screener.create(Policy.load(DEFAULT_POLICY_PATH), models_dir=ROOT / "models", only=["language"])
    return screener, screener.checks["language"]


def _development_conversations(limit: int):
    """Seller replies of development traffic sets, each with its conversation's earlier messages."""
    from screening.evaluation import read_labelled

    records = []
    for name in ("traffic_dev", "traffic_dev4", "traffic_9", "traffic_13"):
        records.extend(item.record for item in read_labelled(ROOT / "data" / name / "messages.jsonl"))
    return sorted(records, key=lambda r: (r["conversation_id"], r["sent_at"]))[:limit]


def _findings(check, message, context, *, shortcut: bool, candidates):
    check._candidates = candidates if shortcut else ()
    check.release_caches()
    found = [(f.code, f.start, f.end, round(f.score, 6)) for f in check.inspect(message, context)]
    return found


def test_the_shortcut_answers_as_the_detector_on_development_traffic(language_check):
    screener, check = language_check
    candidates = check._candidates
    assert candidates, "the lingua detector names its candidate languages"
    by_conversation: dict[str, list] = {}
    shortcuts = 0
    try:
        for record in _development_conversations(2400):
            message = screener.message_from_record(record)
            earlier = tuple(by_conversation.setdefault(message.conversation_id, []))
            by_conversation[message.conversation_id].append(message)
            if message.author != "seller":
                continue
            policy = screener.policy.for_market(message.market)
            context = CheckContext(policy=policy, conversation=earlier)
            with_shortcut = _findings(check, message, context, shortcut=True, candidates=candidates)
            without = _findings(check, message, context, shortcut=False, candidates=candidates)
            assert with_shortcut == without, message.text
            shortcuts += plainly_written_in(message.text, policy.languages, candidates) is not None
    finally:
        check._candidates = candidates
    # The shortcut is taken, on a good share of ordinary replies (else this test proves nothing).
    assert shortcuts > 300


def test_wrong_language_replies_of_the_language_data_are_still_flagged(language_check):
    """Every reply of data/language/close_dev* that the check flags with the detector asked every
    time, it flags with the shortcut too."""
    screener, check = language_check
    candidates = check._candidates
    compared = 0
    try:
        for name in ("close_dev", "close_dev2", "close_dev3"):
            rows = [json.loads(line) for line in (ROOT / "data/language" / name / "messages.jsonl").open()]
            for row in rows:
                if row["author"] != "seller":
                    continue
                record = {
                    k: row[k] for k in ("id", "conversation_id", "seller_id", "market", "author", "sent_at", "text")
                }
                message = screener.message_from_record(record)
                context = CheckContext(policy=screener.policy.for_market(message.market), conversation=())
                without = _findings(check, message, context, shortcut=False, candidates=candidates)
                assert _findings(check, message, context, shortcut=True, candidates=candidates) == without
                compared += bool(without)
    finally:
        check._candidates = candidates
    assert compared > 50
