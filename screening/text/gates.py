"""Cheap first tests: does a message contain any word starting with one of these prefixes?

Most messages mention no messaging app, marketplace or payment method, and the helpdesk check must
stay well under a millisecond, so each family of expensive regexes runs only when one of its words
is present. Looking a word up by its first letters is a dictionary probe, not a scan over every
prefix; PrefixIndex answers for several families in one pass over the words.
"""

from __future__ import annotations

from typing import Iterable, Mapping


_WORDS_REMEMBERED = 100_000  # per index: a few MB of short strings


class PrefixIndex:
    """Named families of prefixes (and exact words); `families_in(words)` says which are present."""

    def __init__(self, families: Mapping[str, tuple[Iterable[str], Iterable[str]]]):
        self._by_head: dict[str, list[tuple[str, str]]] = {}
        self._short: dict[str, set[str]] = {}
        self._exact: dict[str, set[str]] = {}
        self._word_families: dict[str, frozenset[str]] = {}
        for name, (prefixes, words) in families.items():
            for word in words:
                self._exact.setdefault(word, set()).add(name)
            for prefix in prefixes:
                if len(prefix) < 3:
                    self._short.setdefault(prefix, set()).add(name)
                else:
                    self._by_head.setdefault(prefix[:3], []).append((prefix, name))

    def families_in(self, words: frozenset[str]) -> set[str]:
        # A family is present when one word opens it, so the families of a text are the union of
        # its words' families; words recur across messages, so each word's are worked out once
        # (bounded; cleared when full). `_families_of` is the set-at-once answer, run on one word.
        found: set[str] = set()
        known = self._word_families
        for word in words:
            families = known.get(word)
            if families is None:
                if len(known) >= _WORDS_REMEMBERED:
                    known.clear()
                families = known[word] = frozenset(self._families_of(frozenset((word,))))
            if families:
                found |= families
        return found

    def _families_of(self, words: frozenset[str]) -> set[str]:
        found: set[str] = set()
        # Set intersections run in C; the per-word Python work is one slice per word.
        for word in words.intersection(self._exact):
            found |= self._exact[word]
        heads = {word[:3] for word in words}
        matched = heads.intersection(self._by_head)
        if matched:
            words_by_head: dict[str, list[str]] = {}
            for word in words:
                if word[:3] in matched:
                    words_by_head.setdefault(word[:3], []).append(word)
            for head in matched:
                for prefix, name in self._by_head[head]:
                    if name not in found and any(w.startswith(prefix) for w in words_by_head[head]):
                        found.add(name)
        if self._short:
            for head in {word[:2] for word in words}.union(word[:1] for word in words).intersection(self._short):
                found |= self._short[head]
        return found


class PrefixGate(PrefixIndex):
    """A single family: `opens(words)` is True when one of its words is present."""

    def __init__(self, prefixes: Iterable[str] = (), words: Iterable[str] = ()):
        super().__init__({"gate": (tuple(prefixes), tuple(words))})

    def opens(self, words: frozenset[str]) -> bool:
        return bool(self.families_in(words))
