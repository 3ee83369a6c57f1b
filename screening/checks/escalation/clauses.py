"""The clauses of a statement: where a buyer joins two problems in one sentence.

"The sound crackles and you won't take it back", "I asked to send it back because the camera stays
black, you offer a voucher": each clause tells its own problem. The model, reading the sentence
whole, splits its probability between the categories (they compete in one softmax), so neither may
reach its threshold. EscalationCheck reads each clause alone too, once a message escalates
(check.py, `_clause_evidence`).

A clause ends at a comma, semicolon, colon or dash, or before a word that joins two statements
(and, but, because, while... in the eight languages). Clauses of fewer than MIN_CLAUSE_WORDS words
are left out: "and then", "ok" carry no problem and their few n-grams read as anything.
"""

from __future__ import annotations

import re

from screening.text.normalize import normalize

# Words joining two statements, per language, written against normalize() output (lower case,
# accents folded).
# Only words that open a clause: "with", "for" also join a noun ("a phone with a scratch"), which
# would cut a problem in two.
_JOINERS = {
    "en": r"and|but|because|since|while|whereas|although|though|yet|so|plus|also|then",
    "fr": r"et|mais|parce que|car|puisque|alors que|tandis que|pourtant|donc|puis|en plus",
    "de": r"und|aber|weil|da|obwohl|wahrend|doch|also|dann|sondern|trotzdem",
    "es": r"y|e|pero|porque|ya que|aunque|mientras|pues|asi que|luego|ademas",
    "it": r"e|ed|ma|perche|poiche|anche se|mentre|pero|quindi|poi|inoltre",
    "nl": r"en|maar|omdat|want|terwijl|hoewel|dus|toen|daarna|bovendien",
    "pl": r"i|a|ale|bo|poniewaz|chociaz|choc|mimo ze|wiec|potem|a potem",
    "pt": r"e|mas|porque|pois|embora|enquanto|entao|depois|alem disso",
}
_PUNCTUATION = r"\s*[,;:]\s*|\s+[-–—]\s+"
# Per language: the joiners are short words that mean something else in the others ("en" is "in"
# in Spanish and French, "a" is "to"), so a message whose language is unknown is cut at its
# punctuation only.
_BOUNDARIES = {
    language: re.compile(_PUNCTUATION + r"|\s+(?=(?:" + words + r")\b)", re.IGNORECASE)
    for language, words in _JOINERS.items()
}
_PUNCTUATION_ONLY = re.compile(_PUNCTUATION)
MIN_CLAUSE_WORDS = 3


def clause_spans(text: str, start: int, end: int, language: str | None) -> list[tuple[int, int]]:
    """The clauses of `text[start:end]`, as spans of `text`, each of at least MIN_CLAUSE_WORDS
    words; `language` chooses the joining words (None: punctuation only). A statement that is one
    clause gives one span (itself)."""
    boundaries = _BOUNDARIES.get(language or "", _PUNCTUATION_ONLY)
    view = normalize(text[start:end])
    spans = []
    position = 0
    for boundary in boundaries.finditer(view.text):
        if boundary.start() > position:
            spans.append(view.to_original(position, boundary.start()))
        position = boundary.end()
    if position < len(view.text):
        spans.append(view.to_original(position, len(view.text)))
    return [(start + a, start + b) for a, b in spans if len(text[start + a : start + b].split()) >= MIN_CLAUSE_WORDS]
