"""A shop's signature that no closing formula introduces, told apart by the seller's history.

placeholders.py cuts a sign-off block that starts with a closing ("Best regards", "Met
vriendelijke groet"...). Many small shops put their signature straight under the text instead, as a
last paragraph of several lines: the shop's name and street, "family business since 1998", the
warranty. Under a one-line answer ("Yes, we still have one in grey.") such a signature is most of
the placeholder text, so two unrelated short answers of the shop looked like near-duplicates.

Whether a last paragraph is a signature cannot be read from the reply alone (a canned reply may
also be laid out as a greeting, a blank line and its text). The history tells: a signature ends
the seller's earlier replies under other text. When it does, the repeated check compares the
replies without it, and the reply's own words are what `min_length` counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.checks.template.placeholders import Normalised, normalise
from screening.checks.template.similarity import word_overlap

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# Below this word-stem Jaccard two texts are different texts (an answer and a canned reply share
# more: tests/checks/test_template_signature.py).
DIFFERENT_TEXT = 0.3


@dataclass(frozen=True, slots=True)
class LastParagraph:
    body: Normalised  # the reply before its last paragraph, as placeholder text
    block: str  # the last paragraph's placeholder text: the suffix of the whole reply's

    def cut_from(self, norm: str) -> str | None:
        """`norm` without the block at its end, or None when it does not end with it."""
        if norm == self.block:
            return ""
        if norm.endswith(" " + self.block):
            return norm[: -len(self.block) - 1]
        return None


def last_paragraph(text: str, normalised: str) -> LastParagraph | None:
    """The reply's body and last paragraph, when it has a paragraph before the last one and the
    body's placeholder text begins the whole reply's (placeholders are read per window of text, so
    a cut through one would not)."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text.rstrip()))
    if not breaks:
        return None
    body_text = text[: breaks[-1].start()]
    if not body_text.strip():
        return None
    body = normalise(body_text)
    if not body.text or not normalised.startswith(body.text + " "):
        return None
    block = normalised[len(body.text) + 1 :]
    return LastParagraph(body, block) if block else None


def signed_under_other_text(last: LastParagraph, earlier_norms: Sequence[str]) -> bool:
    """Whether one of the seller's earlier replies ends with the same last paragraph under a
    different text: then the paragraph is the shop's signature, not part of what the reply says."""
    for norm in earlier_norms:
        rest = last.cut_from(norm)
        if rest is not None and word_overlap(last.body.text, rest).jaccard < DIFFERENT_TEXT:
            return True
    return False
