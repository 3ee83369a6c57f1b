"""A channel the seller turns down, and another site named to warn against it or to compare its
price with the one here, are no offers; an offer beside a "no problem" still is. The offer model
stands down on these replies too (screening/checks/contact/__init__.py, _EXCUSED). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from screening.checks.contact.channels import turned_down
from screening.text.normalize import normalize
from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        # a question the seller answers no to in the next sentence
        ("es", "¿Pagarte por Revolut? No, lo siento, todo por la web."),
        ("pl", "Przelew na prywatne konto? Niestety nie, tylko przez stronę."),
        # turned down in the same sentence
        ("fr", "Lydia en direct c'est non, désolé, tout passe par le site."),
        ("it", "Su Vinted no, grazie, lo vendo solo qui."),
        ("de", "Überweisung aufs Konto geht leider nicht, bitte über den Kaufen-Knopf."),
        ("en", "A Telegram chat might be faster for you, but I prefer we stay in the chat here."),
        ("pt", "Combinar pelo OLX não é permitido, fica tudo por aqui."),
        # another site named to warn against it, or its price compared with the one here
        ("fr", "Sur Vinted il y en a des moins chers, mais sans facture ni garantie."),
        ("es", "En Amazon está a 420 €, aquí te sale por 379 € con garantía."),
        ("nl", "Op Marktplaats vind je ze goedkoper, maar let op: vaak met een namaakscherm."),
    ],
)
def test_a_channel_turned_down_or_warned_against_is_no_offer(screener, language, text):
    assert contact_codes(screener, language, text) == []


@pytest.mark.parametrize(
    "language, text, code",
    [
        # "no problem" answers yes
        ("en", "Telegram? No problem, message me there for the video.", "contact.social"),
        # a lower price there that sends the buyer to it
        ("it", "Su Subito lo trovi a meno, cercalo col mio nome.", "contact.marketplace"),
    ],
)
def test_an_offer_beside_a_yes_is_still_found(screener, language, text, code):
    assert code in contact_codes(screener, language, text)


def test_only_a_question_is_answered_by_the_next_sentence():
    assert turned_down(normalize("Bizum").text, normalize("Nee, liever hier.").text, asked=True)
    assert not turned_down(normalize("Bizum is handig").text, normalize("Nee, liever hier.").text, asked=False)
    assert not turned_down(normalize("Signal").text, normalize("No problem, write me there.").text, asked=True)
