"""A sentence that ends "??" or "?!" without a question word is outrage at what the buyer found,
not a question about a topic: what it names counts as reported (rules.RuleDetector.outraged).
A question word keeps it a question. Sentences written for this test."""

from __future__ import annotations

import pytest

from screening.checks.escalation.rules import RuleDetector


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A battery warning about an unknown part??", True),
        ("Une coque d'une autre marque dans la boîte ?!", True),
        ("Android auf einem iPhone?!", True),
        ("Is it unlocked??", False),  # a question word: still a question
        ("Wann kommt das Paket?!", False),
        ("Still available?", False),  # one question mark: a question
        ("Nothing works!", False),  # no question mark at all
    ],
)
def test_outrage_is_told_from_a_question(sentence, expected):
    assert RuleDetector().outraged(sentence) is expected


def test_an_outraged_sentence_is_a_statement_for_the_rules():
    detector = RuleDetector()
    assert detector.statement_end("Android auf einem iPhone?!") == len("Android auf einem iPhone?!")
    assert detector.statement_end("Is it unlocked??") == 0
