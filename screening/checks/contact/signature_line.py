"""A shop's signature line under a reply, with no closing above it: "ReCell Direct | seller since
2019 | every device tested on 40 points", "De Telefoonschuur · Deventer · ma-za 10-17 uur".

The offer model reads what the seller says, not who they are (contact/__init__.py, body_end): such
a line names the shop, its town and its promises, which reads to the model like an invitation to
the shop. placeholders.without_signoff cuts a sign-off that begins with a closing ("Best regards");
this finds the signature set apart as the reply's last paragraph, short parts joined by separators.
A channel written in it is still the rules' to find: they read the whole text.
"""

from __future__ import annotations

import re

# A separator between spaces: a middle dot, a bullet, a bar, a dash.
_SEPARATOR = re.compile(r"\s+[·•|–—\-]\s+")
MAX_LINES = 3
MAX_PART_WORDS = 8  # "every device tested on 40 points" has 6
MIN_PARTS = 3  # the shop and at least two more: "Name · Town · since 1998"


def signature_line_start(text: str) -> int | None:
    """Where the signature paragraph begins in `text`, or None when its last paragraph is none."""
    end = len(text.rstrip())
    cut = text.rfind("\n\n", 0, end)
    if cut == -1:
        cut = text.rfind("\n", 0, end)
    if cut == -1:
        return None  # one paragraph: no signature set apart
    start = cut + len(text[cut:end]) - len(text[cut:end].lstrip())
    lines = [line.strip() for line in text[start:end].split("\n") if line.strip()]
    if not lines or len(lines) > MAX_LINES or "?" in text[start:end]:
        return None
    signed = False
    for line in lines:
        parts = _SEPARATOR.split(line)
        if any(len(part.split()) > MAX_PART_WORDS for part in parts):
            return None  # a sentence, not a signature's part
        signed = signed or len(parts) >= MIN_PARTS
    return start if signed else None
