"""A link spelled out with spaces, its name written whole ("w w w . shop-name . e s"): the run of
single letters alone would stop at the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.checks.contact_codes import contact_codes


@pytest.mark.parametrize(
    "language, text",
    [
        ("es", "Más modelos en w w w . moviles-ejemplo . e s, pásate cuando quieras."),
        ("pl", "Cennik mam na h t t p : / / serwis-przyklad . p l, tam taniej."),
        ("pt", "Veja a loja: w w w . loja-exemplo . p t"),
    ],
)
def test_a_spaced_out_link_is_a_url(screener, language, text):
    assert "contact.url" in contact_codes(screener, language, text)


@pytest.mark.parametrize(
    "language, text",
    [
        ("en", "The W W W of the listing is the platform's, nothing to click."),
        ("fr", "Note : la vitre arrière a un petit é c l a t en bas."),
    ],
)
def test_spaced_letters_without_a_domain_are_no_link(screener, language, text):
    assert "contact.url" not in contact_codes(screener, language, text)
