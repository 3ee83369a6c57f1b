"""Signs of a counterfeit that the buyer was told or saw (lexicon.py, counterfeit): the maker's
authenticity check failed, decorative lenses, a phone called cloned, an IMEI or serial that does
not match, parts that are not the brand's; and differences from the listing (not_as_described,
below). Sentences written for this test; each pattern also holds on the independent writers
(tests/checks/test_escalation.py audit)."""

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
    # twenty-third session: an IMEI or serial that does not match, parts that are not the brand's
    ("uk", "The IMEI in settings doesn't match the one printed on the box."),
    ("de", "Laut Werkstatt ist das Display gar nicht von Samsung."),
    ("es", "En el servicio técnico me dijeron que la batería no es de Apple."),
    ("nl", "Het serienummer in het menu komt niet overeen met de sticker."),
]


@pytest.mark.parametrize("market, text", SIGNS)
def test_a_sign_of_a_counterfeit_is_reported(check, market, text):
    assert "counterfeit" in escalation_spans(check, text, market)


@pytest.mark.parametrize("market, text", SIGNS)
def test_the_rules_alone_read_the_sign(market, text):
    hits = {hit.category for hit in RuleDetector().detect(text) if not hit.guarded and hit.score >= 0.5}
    assert "counterfeit" in hits


# Not as described, in the words buyers use (lexicon.py): the grade it was sold as beside the damage
# found, the photos that showed it clean, another model sent than the one ordered.
DIFFERENCES = [
    ("uk", "Sold as Very Good, but the frame has two deep dents and the back has a scratch."),
    ("es", "Vendido como «Excelente» y trae un golpe en la esquina y rayas en la trasera."),
    ("nl", "Omschreven als zeer goed, maar er zit een deuk in de rand."),
    ("it", "Nelle foto era pulito, dal vivo il retro è pieno di graffi."),
    ("de", "Bestellt hatte ich das Pro, bekommen habe ich ein anderes Modell."),
    ("uk", "Ordered the blue one but got a pink one."),
    ("uk", "Marked as grade A, yet there is a scuff on the frame."),
    ("it", "Avevo scelto il nero, è arrivato quello bianco."),
    ("pt", "Comprei o azul e chegou o cinzento."),
    ("uk", "Listing said battery at 92%, settings show 79%."),
    ("pl", "Przyszedł model 64 GB zamiast 128 GB."),
]


@pytest.mark.parametrize("market, text", DIFFERENCES)
def test_the_rules_read_a_difference_from_the_listing(market, text):
    hits = {hit.category for hit in RuleDetector().detect(text) if not hit.guarded and hit.score >= 0.5}
    assert "not_as_described" in hits


@pytest.mark.parametrize(
    "market, text",
    [
        ("uk", "The listing promised a case with it, but the case was missing from the parcel."),
        ("it", "Nell'annuncio il caricatore era incluso, ma nella scatola mancava."),
        ("es", "La funda que venía en el pack no estaba en la caja."),
        ("pt", "O anúncio dizia capa incluída e o telemóvel veio sem capa."),
    ],
)
def test_an_accessory_the_listing_promised_and_missing_is_a_difference(market, text):
    hits = {hit.category for hit in RuleDetector().detect(text) if not hit.guarded and hit.score >= 0.5}
    assert "not_as_described" in hits
