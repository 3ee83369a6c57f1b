"""The tone check (rule R2: answers are courteous): `tone.discourteous` on seller replies.

view.py       what the model reads: the reply without greetings, sign-offs and quoted words
languages.py  which language a reply is in; replies in languages the model never saw are abstained on
features.py   character/word n-grams and surface signals (shared with training/)
model.py      the exported linear model, scored in plain Python, and the phrases behind a score
check.py      ToneCheck: one finding per discourteous reply, on the words that carry it
"""

from screening.checks.tone.check import ToneCheck
from screening.checks.tone.features import (
    CHAR_NGRAM_RANGE,
    SIGNAL_NAMES,
    WORD_NGRAM_RANGE,
    Tokenizers,
    char_grams,
    fold,
    signals,
    word_grams_from_tokens,
)
from screening.checks.tone.languages import guess_language
from screening.checks.tone.model import ARTIFACT_FORMAT, CORPUS_LANGUAGES, ToneModel

__all__ = [
    "ARTIFACT_FORMAT",
    "CHAR_NGRAM_RANGE",
    "CORPUS_LANGUAGES",
    "SIGNAL_NAMES",
    "WORD_NGRAM_RANGE",
    "ToneCheck",
    "ToneModel",
    "Tokenizers",
    "char_grams",
    "fold",
    "guess_language",
    "signals",
    "word_grams_from_tokens",
]
