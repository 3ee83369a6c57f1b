"""TextView: a string derived from an original text, with the way back to original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True, slots=True)
class TextView:
    """`text` derived from an original of `original_length` characters.

    `origin[i]` is the offset in the original of `text[i]`; None means the identity map (the common
    case: plain text needs no rewriting, so no list is built).
    """

    text: str
    origin: tuple[int, ...] | None
    original_length: int

    @classmethod
    def identity(cls, text: str) -> "TextView":
        return cls(text, None, len(text))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open span [start, end) of `text` to a span of the original."""
        if self.origin is None:
            return start, end
        if end <= start:
            point = self.origin[start] if start < len(self.origin) else self.original_length
            return point, point
        return self.origin[start], self.origin[end - 1] + 1

    def rewrite(self, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]) -> "TextView":
        """Replace each match of `pattern` by `replace(match)` (None keeps the match unchanged).

        Replacement characters map to the matched range: the first to its start, the last to its
        end, so a finding over a replacement covers everything it replaced in the original.
        """
        pieces: list[str] = []
        origin: list[int] = []
        source = self.origin if self.origin is not None else range(len(self.text))
        position = 0
        changed = False
        for match in pattern.finditer(self.text):
            new = replace(match)
            if new is None or new == match.group(0):
                continue
            start, end = match.span()
            if end == start:
                continue
            changed = True
            pieces.append(self.text[position:start])
            origin.extend(source[position:start])
            pieces.append(new)
            if len(new) == end - start:
                origin.extend(source[start:end])
            else:
                last = len(new) - 1
                origin.extend(
                    source[end - 1] if i == last else source[min(start + i, end - 1)] for i in range(len(new))
                )
            position = end
        if not changed:
            return self
        pieces.append(self.text[position:])
        origin.extend(source[position:])
        return TextView("".join(pieces), tuple(origin), self.original_length)
