"""A first-character gate for a large alternation of phrases.

`re` tries every alternative at every position of a text: a pattern of a hundred phrases, each
opening with `\\b`, costs a hundred attempts per character, and most texts hold none of them.
`gated` puts a lookahead of the characters a match can begin with in front of the pattern
(`\\b(?=[abd...])` when they follow a `\\b` in the pattern): positions inside a word, or that
hold none of them, fail at once. The matches are the same, since
every match begins with one of those characters (tests/test_fast_paths.py compares them on all of
data/). The characters are read off the parsed pattern; a pattern whose first characters cannot be
read (a leading class like `\\w`, a case-insensitive flag, an alternative that may match nothing)
is compiled as it is.
"""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]


class _Unknown(Exception):
    """The first characters of a (sub)pattern cannot be listed."""


def _first(items, bounded: bool = False) -> tuple[set[tuple[str, bool]], bool]:
    """(character, after a word boundary) pairs a match of the parsed (sub)pattern can begin with,
    and whether it can be empty. `bounded`: a `\\b` came before on this path. Other zero-width
    assertions are stepped over (the gate asks for less, never more, than the pattern)."""
    found: set[tuple[str, bool]] = set()
    for op, av in items:
        if op is _c.AT:
            bounded = bounded or av is _c.AT_BOUNDARY
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.LITERAL:
            return found | {(chr(av), bounded)}, False
        if op is _c.IN:
            for kind, value in av:
                if kind is _c.LITERAL:
                    found.add((chr(value), bounded))
                elif kind is _c.RANGE and value[1] - value[0] < 256:
                    found |= {(chr(x), bounded) for x in range(value[0], value[1] + 1)}
                else:
                    raise _Unknown(kind)
            return found, False
        if op is _c.SUBPATTERN:
            branches, optional = [av[3]], False
        elif op is _c.BRANCH:
            branches, optional = av[1], False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            branches, optional = [av[2]], av[0] == 0
        else:
            raise _Unknown(op)
        can_be_empty = optional
        for branch in branches:
            firsts, empty = _first(branch, bounded)
            found |= firsts
            can_be_empty = can_be_empty or empty
        if not can_be_empty:
            return found, False
    return found, True


def _class(characters: set[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(characters)) + "]"


def gate(pattern: str) -> str | None:
    """The lookahead that every match of `pattern` passes, or None when it cannot be worked out:
    `\\b(?=[...])` for the characters that follow a word boundary on their path, `(?=[...])` for
    the others."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        found, can_be_empty = _first(parsed)
    except _Unknown:
        return None
    if can_be_empty or not found:
        return None
    after_boundary = {ch for ch, bounded in found if bounded}
    anywhere = {ch for ch, bounded in found if not bounded}
    parts = ([rf"\b(?={_class(after_boundary)})"] if after_boundary else []) + (
        [f"(?={_class(anywhere)})"] if anywhere else []
    )
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def gated(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled behind its gate, when one can be worked out."""
    found = gate(pattern)
    return re.compile(pattern if found is None else f"{found}(?:{pattern})")


__all__ = ["gate", "gated"]
