"""PrefixGate: does a message contain any word starting with one of these prefixes?

The cheap first test before a family of expensive regexes runs: most messages mention no
messaging app, marketplace or payment method, and the helpdesk check must stay well under a
millisecond. Looking each word up by its first letters is a dictionary probe, not a scan over
every prefix.
"""

from __future__ import annotations

from typing import Iterable


class PrefixGate:
    def __init__(self, prefixes: Iterable[str] = (), words: Iterable[str] = ()):
        prefixes = tuple(prefixes)
        self._exact = frozenset(words)
        self._by_head: dict[str, tuple[str, ...]] = {}
        self._short: frozenset[str] = frozenset(p for p in prefixes if len(p) < 3)
        grouped: dict[str, list[str]] = {}
        for prefix in prefixes:
            if len(prefix) >= 3:
                grouped.setdefault(prefix[:3], []).append(prefix)
        self._by_head = {head: tuple(group) for head, group in grouped.items()}

    def opens(self, words: frozenset[str]) -> bool:
        if not words.isdisjoint(self._exact):
            return True
        by_head = self._by_head
        short = self._short
        for word in words:
            candidates = by_head.get(word[:3])
            if candidates is not None and word.startswith(candidates):
                return True
            if short and (word[:2] in short or word[:1] in short):
                return True
        return False
