"""A one-pass test that rules out a group of Python regexes before they are searched one by one.

Python's `re` tries a pattern at every position of the text, and a pattern that opens on a long
alternation (`(?<![a-z])(?:virement|bank transfer|...)`) costs tens of microseconds on a 350-character
reply even when nothing matches. RE2 (google-re2) compiles a set of patterns into one automaton that
reads the text once. It has no look-arounds or back-references, so each pattern is handed to it
*relaxed*: every assertion (look-ahead, look-behind, `\\b`, `^`, `$`) dropped, a back-reference read
as any text, a class read as a class at least as wide. A relaxed pattern matches every string whose
characters the original consumes in some match, so:

    no relaxed pattern matches the text  =>  no original pattern matches the text, nor any part of it
                                             searched with pos/endpos (its consumed characters are
                                             a substring of the text).

The converse does not hold, so a "maybe" is always followed by the real search: a prefilter can
only skip work, never change a result.

Character classes: a class of characters and ranges is read as it is. A class with a category
(`\\w`, `\\d`, `\\s`, their negations) is exact over ASCII and lets every other character through:
RE2's Unicode tables follow a newer Unicode than Python 3.11's `re`, and a class of every letter
made the payment patterns' automaton twenty times slower to build. Replies are mostly ASCII once
normalised, so little is lost (tests/text/test_prefilter.py checks the construction).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants as C  # type: ignore[attr-defined]  # the parser's opcodes
from re import _parser  # type: ignore[attr-defined]

import re2

_NON_ASCII = r"\x{80}-\x{10FFFF}"
# Python's own reading of each category, asked of one ASCII character at a time.
_CATEGORY_TESTS = {
    category: re.compile(f"[{escape}]")
    for category, escape in (
        (C.CATEGORY_WORD, r"\w"),
        (C.CATEGORY_NOT_WORD, r"\W"),
        (C.CATEGORY_DIGIT, r"\d"),
        (C.CATEGORY_NOT_DIGIT, r"\D"),
        (C.CATEGORY_SPACE, r"\s"),
        (C.CATEGORY_NOT_SPACE, r"\S"),
    )
}
_ANY = r"[\x{0}-\x{10FFFF}]"
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_COUNTED = 4  # repetitions counted exactly up to this many (see _item)


class Unsupported(ValueError):
    """A pattern this module does not relax (case-insensitive, or a construct it does not know)."""


def relaxed(pattern: re.Pattern[str]) -> str:
    """RE2 syntax for a pattern that matches whatever `pattern` consumes (module docstring)."""
    if pattern.flags & re.IGNORECASE:
        raise Unsupported("case-insensitive patterns are not relaxed")
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return _sequence(parsed, bool(pattern.flags & re.DOTALL))


def _char(code: int) -> str:
    if code < 128 and chr(code).isalnum():
        return chr(code)  # readable when a relaxed pattern is printed
    return rf"\x{{{code:x}}}"


def _sequence(items, dotall: bool) -> str:
    return "".join(_item(op, av, dotall) for op, av in items)


def _item(op, av, dotall: bool) -> str:
    if op is C.LITERAL:
        return _char(av)
    if op is C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is C.ANY:
        return _ANY if dotall else r"[^\n]"
    if op is C.IN:
        return _class(av)
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(branch, dotall) for branch in av[1]) + ")"
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags & re.IGNORECASE:
            raise Unsupported("a case-insensitive group")
        inner_dotall = (dotall or bool(add_flags & re.DOTALL)) and not del_flags & re.DOTALL
        return "(?:" + _sequence(inner, inner_dotall) + ")"
    if op is C.ATOMIC_GROUP:
        return "(?:" + _sequence(av, dotall) + ")"
    if op in _REPEATS:
        low, high, inner = av
        body = "(?:" + _sequence(inner, dotall) + ")"
        if high is not C.MAXREPEAT and high <= _COUNTED:
            return body + f"{{{low},{high}}}"
        # A long count ("[^.!?\\n]{0,25}") is read as "at least min(low, _COUNTED)": wider, and
        # the automaton no longer tracks up to 25 positions of it at once, which made a set of the
        # contact patterns 40 times slower to warm up.
        low = min(low, _COUNTED)
        return body + ("*" if low == 0 else "+" if low == 1 else f"{{{low},}}")
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return ""  # an assertion consumes nothing: dropping it only widens
    if op is C.GROUPREF:
        return _ANY + "*"
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        return "(?:" + _sequence(yes, dotall) + "|" + (_sequence(no, dotall) if no else "") + ")"
    raise Unsupported(f"opcode {op}")


def _class(items) -> str:
    negated = bool(items) and items[0][0] is C.NEGATE
    members = items[1:] if negated else items
    if all(op in (C.LITERAL, C.RANGE) for op, _ in members):
        # Characters and ranges: RE2 reads them as Python does.
        parts = "".join(_char(av) if op is C.LITERAL else f"{_char(av[0])}-{_char(av[1])}" for op, av in members)
        return f"[^{parts}]" if negated else f"[{parts}]"
    # With a category (\w, \d, \s or their negations): exact over ASCII, and every other
    # character let through (RE2's Unicode tables are not Python's; a class of every letter also
    # made the payment patterns' automaton 20 times slower to build).
    ascii_codes = [code for code in range(128) if _in_class(code, members) != negated]
    return "[" + _ranges(ascii_codes) + _NON_ASCII + "]"


def _ranges(codes: list[int]) -> str:
    """Sorted code points as RE2 class items, runs written as ranges."""
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(_char(codes[i]) if i == j else f"{_char(codes[i])}-{_char(codes[j])}")
        i = j + 1
    return "".join(out)


def _in_class(code: int, members) -> bool:
    char = chr(code)
    for op, av in members:
        if op is C.LITERAL and av == code:
            return True
        if op is C.RANGE and av[0] <= code <= av[1]:
            return True
        if op is C.CATEGORY:
            if av not in _CATEGORY_TESTS:
                raise Unsupported(f"category {av}")
            if _CATEGORY_TESTS[av].match(char):
                return True
        elif op not in (C.LITERAL, C.RANGE):
            raise Unsupported(f"class member {op}")
    return False


class Prefilter:
    """Which of a group of patterns may match a text, in one pass. A pattern that cannot be relaxed
    is always a "maybe"; so is every pattern when RE2 cannot build the set's automaton."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        options = re2.Options()
        # The automaton of a few dozen long alternations needs more than RE2's 8 MB default; RE2
        # takes it as it builds states, and a set past it drops its states and goes on.
        options.max_mem = 32 << 20
        options.log_errors = False
        self._always: list[int] = []
        self._indices: list[int] = []  # the set's index -> the pattern's
        automaton = re2.Set.SearchSet(options)
        for i, pattern in enumerate(patterns):
            try:
                automaton.Add(relaxed(pattern))
            except (Unsupported, re2.error):
                self._always.append(i)
                continue
            self._indices.append(i)
        self._set: re2.Set | None = None
        if not self._indices:
            return
        automaton.Add(_SENTINEL)  # the last index: seen in the probe, or the set does not work
        try:
            automaton.Compile()
        except re2.error:
            automaton = None
        if automaton is None or len(self._indices) not in (automaton.Match(_PROBE) or ()):
            # RE2 reports a search it could not finish (its automaton out of memory) as no match:
            # a set that cannot find its own sentinel is never trusted.
            self._always = list(range(len(patterns)))
            self._indices = []
            return
        self._set = automaton

    def candidates(self, text: str) -> frozenset[int]:
        """The patterns (their indices) that may match `text` or a part of it."""
        if self._set is None:
            return frozenset(self._always)
        found = self._set.Match(text) or ()
        indices = self._indices
        return frozenset([indices[i] for i in found if i < len(indices)] + self._always)

    def may_match(self, text: str) -> bool:
        """Whether any of the patterns may match `text` or a part of it."""
        if self._always:
            return True
        matched = self._set.Match(text) if self._set is not None else None
        return matched is not None and any(i < len(self._indices) for i in matched)


# A string no reply holds (were one to hold it, the sentinel's index is left out of every answer).
_PROBE = "\x00\x00prefilter-probe\x00\x00"
_SENTINEL = r"\x{0}\x{0}prefilter-probe\x{0}\x{0}"


# (id of the owner, name) -> (owner, its prefilter); see prefilter_of.
_BY_OWNER: dict[tuple[int, str], tuple[object, Prefilter]] = {}


def prefilter_of(owner: object, name: str, patterns: Callable[[], Sequence[re.Pattern[str]]]) -> Prefilter:
    """The prefilter called `name` of a long-lived object (a market's ChannelPatterns), built on first
    use from `patterns()`. Kept by the owner's identity: hashing a compiled pattern hashes its whole
    program each time, and the owners hold dicts (unhashable)."""
    key = (id(owner), name)
    kept = _BY_OWNER.get(key)
    if kept is None or kept[0] is not owner:
        kept = _BY_OWNER[key] = (owner, Prefilter(patterns()))
    return kept[1]
