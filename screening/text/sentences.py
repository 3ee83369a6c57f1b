"""Sentence spans of a message, for checks that score sentences one at a time.

A sentence ends at a run of . ! ? ; or a line break (and before Spanish ¿ ¡). Linear in the text;
abbreviations ("approx. 3 days") split a sentence too, which costs nothing here: the checks score
each piece and the whole message, and keep the best.
"""

from __future__ import annotations

import re

_END = re.compile(r"[.!?;\n…]+|(?=[¿¡])")
_LETTER = re.compile(r"[^\W\d_]")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence with at least one letter, surrounding white space and
    the terminator excluded, in order."""
    spans = []
    position = 0
    for match in _END.finditer(text + "\n"):
        start, end = position, match.start()
        position = match.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and _LETTER.search(text, start, end):
            spans.append((start, end))
    return spans


__all__ = ["sentence_spans"]
