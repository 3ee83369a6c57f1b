"""What the tone model reads: the reply with its greetings, sign-offs and quoted words blanked out.

Two things in a reply say nothing about the seller's own tone:
- greeting and sign-off sentences ("Bonjour,", "Thanks!", "Mit freundlichen Grüßen"): they are
  in polite and rude replies alike, and in short replies they were all a model had to go on, so
  it learned "short and greeting" instead of "rude" (the language check's greeting lexicon,
  screening/checks/language/lexicon.yaml, is the one list of them);
- words in quotation marks: a seller who quotes the buyer's anger to calm it down ("You say we
  are 'crooks'; I understand...") is reporting speech, not insulting anyone.
Both are replaced by spaces, so the view has the text's length and every offset in it is an
offset of the original (docs/formats.md §2 spans). A reply that is only greetings has an empty view:
nothing to judge.
"""

from __future__ import annotations

import re
from functools import lru_cache

from screening.checks.language.cleaner import greeting_free_span, load_lexicon

VIEW_NAME = "no-greetings-no-quotes/1"  # recorded in the artifact: a model is trained on one view

# Paired quotation marks of the markets' languages. Straight and curly single quotes only when
# they open after a space and close before one, so apostrophes ("l'ai", "don't") never pair up.
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"'
    r"|“[^”\n]{1,300}”|„[^“”\n]{1,300}[“”]|«[^»\n]{1,300}»|»[^«\n]{1,300}«|‚[^‘’\n]{1,300}[‘’]"
    r"|(?<!\w)'[^'\n]{1,300}'(?!\w)|(?<!\w)‘[^’\n]{1,300}’(?!\w)"
)


@lru_cache(maxsize=1)
def _greetings() -> frozenset[str]:
    return load_lexicon().greetings


def tone_view(text: str) -> str:
    """`text` with quoted passages and leading/trailing greeting sentences as spaces (same length)."""
    chars = None
    for match in _QUOTED.finditer(text):
        if chars is None:
            chars = list(text)
        for i in range(match.start(), match.end()):
            chars[i] = " "
    view = "".join(chars) if chars is not None else text
    # No names allowed inside a greeting here: "Hello Idiot" must stay in the view.
    span = greeting_free_span(view, _greetings(), names=0)
    if span is None:
        return " " * len(text)
    start, end = span
    # Keep the closing punctuation: "!!!" and "?!" after the last word are tone (shouting).
    while end < len(view) and view[end] in ".!?…！？":
        end += 1
    if start == 0 and end >= len(view.rstrip()):
        return view
    return " " * start + view[start:end] + " " * (len(view) - end)


__all__ = ["VIEW_NAME", "tone_view"]
