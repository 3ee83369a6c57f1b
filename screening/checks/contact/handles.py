"""A handle given in one reply after the social network was named in an earlier one.

"I post all the test videos on Insta" ... (buyer: "what's the name?") ... "@phones_xyz_official" or
"shopname, then _official after it": the second reply holds no network and the first no account,
so neither is contact alone; together they are (rule R4 across messages, split.py). A handle is an
@name, a word joined by underscores ("moviles_xyz_oficial"), or an underscore suffix to add
("_officiel", "_wien"): shapes an ordinary reply does not use. The network must be named in one
of the same seller's earlier replies of the window (split.earlier_replies), by the contact check's
own list of platforms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from screening.checks.contact.channels import platform_named
from screening.core.types import Message

_HANDLE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{2,30}"  # @phones_xyz
    r"|(?<![\w@.])[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?![\w@])"  # phones_xyz_official
    r"|(?<![\w@])_[A-Za-z0-9]{2,20}(?![\w@])"  # "_officiel" to add after the shop's name
)


@dataclass(frozen=True, slots=True)
class HandleAfterPlatform:
    start: int
    end: int
    platform: str
    earlier_id: str | None


def handle_after_platform(message: Message, earlier: Sequence[Message]) -> HandleAfterPlatform | None:
    """The first handle of `message` when an earlier reply named a social network, else None."""
    handle = _HANDLE.search(message.text)
    if handle is None:
        return None
    for reply in reversed(earlier):
        platform = platform_named(reply.text)
        if platform is not None:
            return HandleAfterPlatform(handle.start(), handle.end(), platform, reply.id)
    return None


__all__ = ["HandleAfterPlatform", "handle_after_platform"]
