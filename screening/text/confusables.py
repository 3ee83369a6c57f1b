"""Look-alike characters folded to the Latin letter or digit they imitate, after Unicode's
confusables data (UTS #39 confusables.txt, as shipped and maintained by the `confusable-homoglyphs`
package) and the Unicode names of Latin small capitals and modifier letters ("ᴊᴇᴀɴ@ɢᴍᴀɪʟ.ᴄᴏᴍ",
"jean@hօtmail.com" with an Armenian o).

fold_lookalikes() keeps the length of the text (one character for one), so a view's offsets stay
valid. Only tokens that show they imitate Latin are folded: a token with ASCII letters, digits or
an @, or one written only in Latin-script look-alikes (small capitals). A word wholly in Greek,
Cyrillic or Armenian is a word of that language and is left alone.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import deque
from functools import lru_cache
from importlib import resources

from screening.text.translate_tables import kept_as_is

_ASCII_TARGET = re.compile(r"[a-z0-9@.]")
_NAMED_LATIN = re.compile(
    r"^(?:LATIN LETTER SMALL CAPITAL|MODIFIER LETTER (?:SMALL|CAPITAL)|LATIN SMALL LETTER|"
    r"LATIN CAPITAL LETTER) ([A-Z])(?: WITH .*)?$"
)
# Depth of the walk through the confusables graph: ᴊ is listed beside Cherokee ꭻ, which is listed beside J.
_MAX_HOPS = 3


@lru_cache(maxsize=1)
def lookalike_table() -> dict[int, str]:
    """Code point -> the lower-case ASCII letter, digit, '@' or '.' it imitates. Built on first use."""
    data = json.loads(resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8"))
    graph: dict[str, set[str]] = {}
    for char, entries in data.items():
        for entry in entries:
            graph.setdefault(char, set()).add(entry["c"])
            graph.setdefault(entry["c"], set()).add(char)
    table: dict[int, str] = {}
    for char in graph:
        if len(char) != 1 or char.isascii():
            continue
        target = _nearest_ascii(char, graph)
        if target is not None:
            table[ord(char)] = target
    # Latin small capitals and modifier letters named after their letter (IPA, phonetic extensions,
    # Latin Extended-D: "ꜰ" is LATIN LETTER SMALL CAPITAL F).
    for code in (*range(0x80, 0x2C00), *range(0xA720, 0xA800), *range(0xAB30, 0xAB70)):
        char = chr(code)
        match = _NAMED_LATIN.match(unicodedata.name(char, ""))
        if match and code not in table:
            table[code] = match.group(1).lower()
    return table


@lru_cache(maxsize=1)
def _lookalike_translation() -> dict[int, str]:
    return kept_as_is(lookalike_table())


def _nearest_ascii(char: str, graph: dict[str, set[str]]) -> str | None:
    seen = {char}
    queue = deque([(char, 0)])
    while queue:
        current, hops = queue.popleft()
        if hops >= _MAX_HOPS:
            continue
        found = sorted(c.lower() for c in graph.get(current, ()) if len(c) == 1 and _ASCII_TARGET.fullmatch(c.lower()))
        if found:
            return found[0]
        for neighbour in graph.get(current, ()):
            if neighbour not in seen and len(neighbour) == 1:
                seen.add(neighbour)
                queue.append((neighbour, hops + 1))
    return None


# Letters of scripts with Latin look-alikes (Greek, Cyrillic, Armenian, Georgian, Cherokee, Coptic).
_FOREIGN_RUN = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u10a0-\u10ff\u13a0-\u13ff\u1f00-\u1fff\u2c80-\u2cff\uab70-\uabbf]+"
)
_LATIN_NEIGHBOUR = re.compile(r"[a-z0-9@._\-]")


def _joined(folded: str, index: int, step: int) -> bool:
    """Whether the character at `index`, beside a run, joins it to Latin: a letter, digit or '@', or a
    dot or dash followed (in the direction `step`) by one ("ѕіtе.com"); a full stop ending a Greek
    sentence ("... μετρητά.") joins nothing."""
    if not _LATIN_NEIGHBOUR.match(folded, index):
        return False
    if folded[index] not in ".-_":
        return True
    beyond = index + step
    return (
        0 <= beyond < len(folded) and _LATIN_NEIGHBOUR.match(folded, beyond) is not None and folded[beyond] not in ".-_"
    )


def fold_lookalikes(text: str) -> str:
    """`text` (already normalize()d: lower case) with look-alikes folded; same length as `text`.

    The whole text is translated at once (in C); then each run of Greek, Cyrillic... letters that
    stands alone (no Latin letter, digit, '@' or '.' joined to it) gets its own letters back: it is
    a word of that language ("καλημέρα"), where "wһаtѕарр" or "jean@hօtmail" imitate Latin.
    Latin small capitals ("ʙɪᴢᴜᴍ") are always folded: no language writes words in them.
    """
    if text.isascii():
        return text
    folded = text.translate(_lookalike_translation())
    if folded == text:
        return text  # nothing to fold: the common case for accented text
    pieces: list[str] = []
    last = 0
    size = len(text)
    for run in _FOREIGN_RUN.finditer(text):
        start, end = run.span()
        if (start > 0 and _joined(folded, start - 1, -1)) or (end < size and _joined(folded, end, 1)):
            continue
        pieces.append(folded[last:start])
        pieces.append(text[start:end])
        last = end
    if not pieces:
        return folded
    pieces.append(folded[last:])
    return "".join(pieces)
