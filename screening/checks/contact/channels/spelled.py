"""Channel names spelled letter by letter to get past a filter ("w h a t s a p p", "t-e-l-e-g-r-a-m"):
joined before the recognizers read the text, and the spans of hits widened to whole words."""

from __future__ import annotations

import re
from dataclasses import replace

from screening.checks.contact import lexicon as lx
from screening.checks.contact.channels.recognizer import ChannelHit

# A channel name spelled letter by letter with one repeated separator: "s i g n a l", "w.h.a.t.s.a.p.p",
# "t-e-l-e-g-r-a-m". Bounded at 16 letters, so the scan is linear.
_SPELLED_NAME = re.compile(r"(?<![a-z0-9])[a-z](?P<sep>[ .\-_*+,|]{1,2})[a-z](?:(?P=sep)[a-z]){2,14}(?![a-z0-9])")


def join_spelled_names(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with spelled-out channel names joined ("signal" then spaces, same length, so every
    offset stays valid), and the spans that were joined."""
    spans: list[tuple[int, int]] = []
    pieces: list[str] = []
    last = 0
    for match in _SPELLED_NAME.finditer(text):
        step = len(match.group("sep")) + 1
        letters = match.group(0)[::step]
        # The longest name the run starts with: "b i z u m y listo" holds "bizum" and the word "y".
        length = next((k for k in range(len(letters), 2, -1) if letters[:k] in lx.SPELLED_CHANNEL_NAMES), 0)
        if not length:
            continue
        end = match.start() + (length - 1) * step + 1
        pieces.append(text[last : match.start()])
        pieces.append(letters[:length].ljust(end - match.start()))
        last = end
        spans.append((match.start(), end))
    if not spans:
        return text, spans
    pieces.append(text[last:])
    return "".join(pieces), spans


def whole_words(text: str, hit: ChannelHit, spelled: list[tuple[int, int]]) -> ChannelHit:
    """A span never stops inside a word ("paypal amici e fami" covers "famiglia") nor inside a
    spelled-out name (it covers "w.h.a.t.s.a.p.p", not "w.h.a.t")."""
    start, end = hit.start, hit.end
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    for s_start, s_end in spelled:
        if s_start <= start < s_end or s_start < end <= s_end:
            start, end = min(start, s_start), max(end, s_end)
    if (start, end) == (hit.start, hit.end):
        return hit
    return replace(hit, start=start, end=end)
