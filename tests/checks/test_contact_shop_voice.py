"""A shop writes "nous": "merci de nous communiquer votre numéro", "téléphonez à l'atelier". The
buyer's details asked for, or a call to the shop asked for, in the first person plural. Sentences
written for this test."""

from __future__ import annotations

import pytest

from screening.core.policy import Policy
from tests.checks.contact_codes import contact_rule_codes as rule_codes


@pytest.fixture(scope="module")
def policy() -> Policy:
    return Policy.load()


@pytest.mark.parametrize(
    "market, text, code",
    [
        (
            "fr",
            "Afin de préparer la facture, merci de nous transmettre votre adresse électronique",
            "contact.details_request",
        ),
        ("be", "Pourriez-vous nous indiquer votre numéro de portable pour la livraison ?", "contact.details_request"),
        ("ch", "Communiquez-nous votre courriel et nous vous enverrons les photos", "contact.details_request"),
        ("fr", "Pour un devis rapide, téléphonez à l'atelier avant midi", "contact.phone"),
        ("lu", "Vous pouvez aussi nous téléphoner demain matin", "contact.phone"),
    ],
)
def test_a_shop_asking_in_the_plural_is_found(policy, market, text, code):
    assert code in rule_codes(policy, market, text)


@pytest.mark.parametrize(
    "market, text",
    [
        ("fr", "Le numéro de suivi vous sera communiqué quand le colis part"),
        ("fr", "Merci de nous indiquer votre numéro de commande, nous vérifions tout de suite"),
        ("be", "Le transporteur vous téléphonera avant de passer"),
    ],
)
def test_a_reference_or_a_third_party_is_no_contact(policy, market, text):
    assert rule_codes(policy, market, text) == set()
