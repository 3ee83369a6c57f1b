import pytest

from screening.text.sentences import sentence_spans


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("...!!", []),
        ("Hello", ["Hello"]),
        ("  Hello.  The screen flickers!! And?", ["Hello", "The screen flickers", "And"]),
        ("first line\nsecond line\n\n", ["first line", "second line"]),
        ("¿Hola? ¡Qué pasa! vale", ["¿Hola", "¡Qué pasa", "vale"]),
        ("Wait… what; really", ["Wait", "what", "really"]),
        ("12.5 . 3", []),  # no letters: nothing to score
    ],
)
def test_sentence_spans(text, expected):
    assert [text[start:end] for start, end in sentence_spans(text)] == expected


def test_sentence_spans_are_linear_on_long_runs():
    text = "a." * 20000 + "!" * 20000
    assert len(sentence_spans(text)) == 20000
