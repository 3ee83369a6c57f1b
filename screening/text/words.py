"""Words of a text as the word-list checks compare them: letters (an apostrophe inside), folded."""

from __future__ import annotations

import re
import unicodedata

from screening.text.normalize import fold_case

# A run of letters, with one inner apostrophe ("l'écran", "it’s"); digits and "_" end a word.
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def fold_word(word: str) -> str:
    """Lower case (fold_case), composed accents (NFC) and a straight apostrophe: one spelling per word."""
    return unicodedata.normalize("NFC", fold_case(word)).replace("’", "'")


__all__ = ["WORD", "fold_word"]
