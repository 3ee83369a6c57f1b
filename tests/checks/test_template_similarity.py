"""Shingle overlap (screening/checks/template/similarity.py): the packed representation counts
exactly what sets of SHINGLE-character strings count."""

from __future__ import annotations

import pytest

from screening.checks.template.similarity import SHINGLE, overlap, shingles


def _as_strings(normalised: str) -> frozenset[str]:
    """The definition: the set of SHINGLE-character pieces, placeholders left out."""
    text = " ".join(w for w in normalised.split(" ") if w and not w.startswith("<"))
    if not text:
        return frozenset()
    return frozenset(text[i : i + SHINGLE] for i in range(max(1, len(text) - SHINGLE + 1)))


def _expected(a: str, b: str) -> tuple[float, float]:
    sa, sb = _as_strings(a), _as_strings(b)
    if not sa or not sb:
        return 0.0, 0.0
    shared = len(sa & sb)
    return shared / min(len(sa), len(sb)), shared / (len(sa) + len(sb) - shared)


@pytest.mark.parametrize(
    "a, b",
    [
        ("merci pour votre commande", "votre commande merci pour"),  # sentences swapped: Latin only, packed
        ("l’iphone est expedie", "l’iphone est parti"),  # a curly quote (U+2019) does not fit 12 bits
        ("prix 20 € ttc", "prix 30 € ttc"),  # the euro sign either side
        ("日本語のテキストです", "日本語のテキスト"),  # a whole text beyond U+1000
        ("l’ipho", "l'iphone"),  # the same word with either apostrophe: not the same shingles
        ("abc", "abc"),  # shorter than a shingle: the text is its one piece
        ("abcd", "abcde"),  # one short, one exactly a shingle
        ("<num> <email>", "merci"),  # placeholders only: nothing to compare
        ("", "merci beaucoup"),  # empty text
        ("aaaaaaaaaaaaaaa", "aaaaaa"),  # repeated pieces count once
        ("ελληνικό κείμενο εδώ", "ελληνικό κείμενο"),  # Greek fits 12 bits
    ],
)
def test_overlap_counts_what_string_sets_count(a: str, b: str) -> None:
    found = overlap(shingles(a), shingles(b))
    assert (found.containment, found.jaccard) == _expected(a, b)
    assert len(shingles(a)) == len(_as_strings(a))
