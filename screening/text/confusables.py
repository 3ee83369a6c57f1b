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

_ASCII_TARGET = re.compile(r"[a-z0-9@.]")
_NAMED_LATIN = re.compile(r"^(?:LATIN LETTER SMALL CAPITAL|MODIFIER LETTER (?:SMALL|CAPITAL)|LATIN SMALL LETTER|"
                          r"LATIN CAPITAL LETTER) ([A-Z])(?: WITH .*)?$")
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


_TOKEN_WITH_NON_ASCII = re.compile(r"[^\s]*[^\x00-\x7f][^\s]*")
_LATIN_HINT = re.compile(r"[a-z0-9@]")


def fold_lookalikes(text: str) -> str:
    """`text` (already normalize()d: lower case) with look-alikes folded in the tokens that imitate
    Latin; same length as `text`."""
    if text.isascii():
        return text
    table = lookalike_table()
    if text.translate(table) == text:
        return text  # nothing to fold (one pass in C): the common case for accented text

    def fold(match: re.Match[str]) -> str:
        token = match.group(0)
        folded = token.translate(table)
        if _LATIN_HINT.search(token) or all(ord(c) < 0x80 or unicodedata.name(c, "").startswith(("LATIN", "MODIFIER"))
                                            for c in token if not c.isascii()):
            return folded if len(folded) == len(token) else token
        return token

    return _TOKEN_WITH_NON_ASCII.sub(fold, text)
