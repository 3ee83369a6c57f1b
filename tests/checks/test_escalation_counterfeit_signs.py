"""Signs of a counterfeit that the buyer was told or saw (lexicon.py, counterfeit): the maker's
authenticity check failed, decorative lenses, a phone called cloned. Sentences written for this
test; each pattern also holds on the independent writers (tests/checks/test_escalation.py audit)."""

from __future__ import annotations

import pytest

from screening import Policy
from screening.checks.base import CheckResources
from screening.checks.escalation.check import EscalationCheck
from screening.checks.escalation.rules import RuleDetector
from tests.checks.escalation_codes import escalation_spans


@pytest.fixture(scope="module")
def check() -> EscalationCheck:
    return EscalationCheck.build(CheckResources(policy=Policy.load()))


SIGNS = [
    ("uk", "The repair centre says it failed the maker's authenticity check, so they won't touch it."),
    ("fr", "Au dos, deux objectifs sont purement décoratifs ; seul le troisième fonctionne."),
    ("it", "Il tecnico dice che è un telefono clonato, dentro di Samsung non c'è niente."),
]


@pytest.mark.parametrize("market, text", SIGNS)
def test_a_sign_of_a_counterfeit_is_reported(check, market, text):
    assert "counterfeit" in escalation_spans(check, text, market)


@pytest.mark.parametrize("market, text", SIGNS)
def test_the_rules_alone_read_the_sign(market, text):
    hits = {hit.category for hit in RuleDetector().detect(text) if not hit.guarded and hit.score >= 0.5}
    assert "counterfeit" in hits
