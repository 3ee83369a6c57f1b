"""A handle given in one reply after the social network was named in an earlier one.

"I post all the test videos on Insta" ... (buyer: "what's the name?") ... "@phones_xyz_official" or
"shopname, then _official after it": the second reply holds no network and the first no account,
so neither is contact alone; together they are (rule R4 across messages, split.py). A handle is an
@name, a word joined by underscores ("moviles_xyz_oficial"), or an underscore suffix to add
("_officiel", "_wien"): shapes an ordinary reply does not use. The network must be named in one
of the same seller's earlier replies of the window (split.earlier_replies), by the contact check's
own list of platforms.

The name may also be spelled out, as sellers do to keep it from a filter: its underscore or its dot
said in words between two parts ("smartfix Unterstrich hinnerk", "belfast dot mobile"), or a reply
that carries on the name given before it with such a word or a leading dot ("Punkt null sieben",
"guion bajo, don beto", ".aalst erachter").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.checks.contact.channels import platform_named
from screening.checks.contact.disguises import DOT_WORDS, UNDERSCORE_WORDS
from screening.core.types import Message
from screening.text.normalize import normalize

_HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,30}"  # @phones_xyz
    r"|(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![\w@])"  # phones_xyz_official
    r"|(?<![\w@])_[A-Za-z0-9]{2,20}(?![\w@])"  # "_officiel" to add after the shop's name
)

# Read in normalised text (lower case, accents folded). The underscore said in words joins two parts
# anywhere in the reply; a dot said in words only between two short name-like parts (ordinary
# sentences say "point" and "Punkt" too, but not between two words with nothing else around).
_SPELLED_JOIN = re.compile(
    r"(?<![\w])[a-z0-9]+\s*,?\s+(?:" + UNDERSCORE_WORDS + r")\s*,?\s+[a-z0-9]+"
    r"|(?<![\w])[a-z]{2,}[a-z0-9]*\s+(?:" + DOT_WORDS + r")\s+[a-z0-9]{2,}(?:\s+(?:" + DOT_WORDS + r")\s+[a-z0-9]+)*"
    r"(?=\s*(?:[.,!?;:]|$))"
)
# A reply that starts by carrying on the name of the one before: its next character said in words,
# or a dot or an underscore written before the next part.
# A dot word opens ordinary sentences too ("Punkt 18 Uhr...", "Point important :"): only a short
# piece that ends its clause carries a name on ("Punkt null sieben.", "dot fix.").
_CARRIES_ON = re.compile(
    r"^\W{0,3}(?:"
    r"(?:" + UNDERSCORE_WORDS + r")\s*,?\s+[a-z0-9]+"
    r"|(?:"
    + DOT_WORDS
    + r")\s+[a-z0-9]+(?:\s+(?:(?:"
    + DOT_WORDS
    + r")\s+)?[a-z0-9]+){0,3}(?=\s*(?:$|[.,!?;]|[^\w\s:]))"
    r"|[._][a-z0-9]{2,20}(?![\w@]))"
)


def _spelled_handle(text: str) -> tuple[int, int] | None:
    view = normalize(text)
    match = _CARRIES_ON.search(view.text) or _SPELLED_JOIN.search(view.text)
    return None if match is None else view.to_original(match.start(), match.end())


@dataclass(frozen=True, slots=True)
class HandleAfterPlatform:
    start: int
    end: int
    platform: str
    earlier_id: str | None


def handle_after_platform(message: Message, earlier: Sequence[Message]) -> HandleAfterPlatform | None:
    """The first handle of `message` when an earlier reply named a social network, else None."""
    handle = _HANDLE.search(message.text)
    span = (handle.start(), handle.end()) if handle is not None else _spelled_handle(message.text)
    if span is None:
        return None
    for reply in reversed(earlier):
        platform = platform_named(reply.text)
        if platform is not None:
            return HandleAfterPlatform(span[0], span[1], platform, reply.id)
    return None


__all__ = ["HandleAfterPlatform", "handle_after_platform"]
