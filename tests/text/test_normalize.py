"""screening.text: normalisation and number runs, and that every offset maps back to the original."""

from __future__ import annotations

import pytest

from screening.text import normalize
from screening.text.normalize import fold_accents, fold_case, fold_key, fold_latin, strip_accents
from screening.text.numbers import find_number_runs

_FOLDS = {
    "normalize": normalize,
    "fold_case": fold_case,
    "strip_accents": strip_accents,
    "fold_accents": fold_accents,
    "fold_latin": fold_latin,
    "fold_key": fold_key,
}

NORMALIZE = [
    # (original, normalised text)
    ("Bonjour", "bonjour"),  # plain ASCII: lower case only
    ("ｊｅａｎ＠ｇｍａｉｌ．ｃｏｍ", "jean@gmail.com"),  # full-width letters and punctuation
    ("gmаil.cоm", "gmail.com"),  # Cyrillic а and о
    ("zéro sześć dreißig", "zero szesc dreißig"),  # accents folded one for one; ß kept
    ("0\u200b6\u200b12", "0612"),  # zero-width characters removed
    ("1\u202f299\u00a0€", "1 299 €"),  # narrow and non-breaking spaces
    ("𝟎𝟔 ①②", "06 12"),  # mathematical and circled digits
    ("ﬁle", "file"),  # ligature expands to two letters
    ("İstanbul", "istanbul"),  # dotted capital I lowers to one letter
]


@pytest.mark.parametrize("original,expected", NORMALIZE)
def test_normalize(original, expected):
    view = normalize(original)
    assert view.text == expected
    # Every character of the normalised text maps into the original, in order.
    assert view.to_original(0, len(view.text)) == (0, len(original)) or original.endswith("\u200b")


@pytest.mark.parametrize(
    "original,needle,expected",
    [
        ("Tél : ０６ １２ ３４", "06 12 34", "０６ １２ ３４"),  # full-width digits map back
        ("a\u200bb jean@x.fr", "jean@x.fr", "jean@x.fr"),  # a removed character shifts later offsets
        ("ﬁn 06", "06", "06"),  # an expanded character shifts later offsets
    ],
)
def test_spans_map_back(original, needle, expected):
    view = normalize(original)
    start = view.text.index(needle)
    o_start, o_end = view.to_original(start, start + len(needle))
    assert original[o_start:o_end] == expected


RUNS = [
    # (text, digits of the runs found)
    ("zéro six douze trente-quatre cinquante-six soixante-dix-huit", ["0612345678"]),  # French tens
    ("quatre-vingt-dix-neuf soixante et onze", ["9971"]),  # French 99 and 71
    ("septante-deux nonante", ["7290"]),  # Belgian/Swiss French
    ("null eins sieben eins zwei", ["01712"]),  # German units
    ("siebenundzwanzig", ["27"]),  # German compound
    ("tweeëntwintig zevenentwintig", ["2227"]),  # Dutch compounds with folded ë
    ("ventotto trentuno", ["2831"]),  # Italian elided compounds
    ("treinta y cuatro", ["34"]),  # Spanish tens 'y' units
    ("trinta e quatro", ["34"]),  # Portuguese tens 'e' units
    ("dwadzieścia trzy", ["23"]),  # Polish
    ("oh seven double nine triple one", ["0799111"]),  # English oh/double/triple
    ("O6 I2 34 S6 78", ["0612345678"]),  # leetspeak with digits
    ("348 OBO 6213", ["3480806213"]),  # letters-only leet between digits
    ("+33 6 12", ["33612"]),  # leading plus kept on the run
    ("06 12, chez moi 34", ["0612", "34"]),  # an ordinary word ends a run
    ("iPhone 13, is so good", ["13"]),  # 'is', 'so' are words here, not 15 and 50
]


@pytest.mark.parametrize("text,digits", RUNS)
def test_number_runs(text, digits):
    view = normalize(text)
    assert [run.digits for run in find_number_runs(view.text)] == digits


# The folding variants (screening/text/normalize.py): the tone, relevance and autoresponder models
# were trained on features folded by fold_case/strip_accents, fold_accents and fold_latin, so these
# rows pin their output; a change here means retraining those models.
@pytest.mark.parametrize(
    "fold_name, original, expected",
    [
        ("normalize", "Straße Ołówek Søren İzmir", "straße olowek soren izmir"),  # the search view
        ("fold_case", "Straße Ołówek Søren İzmir", "straße ołówek søren izmir"),  # case only; İ keeps one char
        ("strip_accents", "débile Ołówek İ", "debile Ołowek I"),  # NFD base; ł has none
        ("fold_accents", "Straße Ołówek Søren ﬁn", "straße olowek søren fn"),  # NFKD base (ﬁ -> f), ł -> l, ø kept
        ("fold_latin", "Straße Ołówek Søren Æble", "strase olowek soren able"),  # ß, ø, æ to one ASCII letter
        ("fold_key", "Straße  ＳＴＲＡＳＳＥ", "strasse strasse"),  # full case folding, for duplicates
    ],
)
def test_folding_variants(fold_name, original, expected):
    fold = _FOLDS[fold_name]
    folded = fold(original)
    assert (folded.text if fold_name == "normalize" else folded) == expected


@pytest.mark.parametrize("fold_name", ["fold_case", "strip_accents", "fold_accents", "fold_latin"])
def test_offset_preserving_folds_keep_length(fold_name):
    # Each of these maps one character to one, so a span found in the folded text is a span of the original.
    text = "İstanbul Straße ﬁn Ołówek Æble e\u0301 ΑΘΗΝΑ"
    assert len(_FOLDS[fold_name](text)) == len(text)
