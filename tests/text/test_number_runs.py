"""Spelled-out numbers: the quick bound that lets a text skip the number search must count every
number word, repeats included (a phone spelled with three distinct words is still ten digits)."""

from __future__ import annotations

import pytest

from screening.text import normalize
from screening.text.numbers import find_number_runs


@pytest.mark.parametrize(
    "language, text, digits",
    [
        ("es", "Llámame al seis cero cero cinco cinco cinco cero cero cero", "600555000"),
        ("it", "chiamami: tre tre tre cinque cinque cinque quattro quattro quattro quattro", "3335554444"),
        ("de", "ruf an: null eins fünf fünf fünf fünf fünf fünf fünf fünf", "0155555555"),
    ],
)
def test_repeated_number_words_make_a_run(language, text, digits):
    plain = normalize(text).text
    words = frozenset(plain.split())
    runs = find_number_runs(plain, min_digits=8, words=words, languages=(language,))
    assert [run.digits for run in runs] == [digits]


def test_a_few_number_words_are_still_no_run():
    plain = normalize("Ich habe fünf oder sechs Fotos gemacht").text
    assert find_number_runs(plain, min_digits=8, words=frozenset(plain.split()), languages=("de",)) == []
