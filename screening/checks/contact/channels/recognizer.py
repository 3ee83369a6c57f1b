"""The shape of a channel recognizer: a class with a name, the named patterns it can fire (each
with its finding code, score and detail) and a method that returns its hits.

As in Presidio's recognizers, a hit says which named pattern fired (`ChannelHit.rule`), so a false
flag is traced to one pattern of one recognizer; the finding's detail names both
(`pattern=channel.<recognizer>.<pattern>`). Sentence recognizers read one sentence at a time; text recognizers
(account numbers) read the whole text once.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import ClassVar

from screening.checks.contact.channels.patterns import ChannelPatterns


@dataclass(frozen=True, slots=True)
class ChannelHit:
    code: str  # social | marketplace | payment | details_request (| phone | email: documents, hints)
    start: int
    end: int
    score: float
    detail: str
    pattern: str = ""  # which recognizer fired (its name: social, payment, ..., iban, bank_account)
    rule: str = ""  # which of its named patterns fired


@dataclass(frozen=True, slots=True)
class NamedPattern:
    """One way a recognizer finds something: its name, the finding's code, score and detail (a
    template: "{platform}" and the like are filled from the evidence)."""

    name: str
    code: str
    score: float
    detail: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a text being read, with the market's patterns and the offsets where a channel
    name was spelled letter by letter ("w h a t s a p p")."""

    text: str  # the whole text: recognizers look past the sentence's ends
    start: int
    end: int
    patterns: ChannelPatterns
    spelled: frozenset[int]


class Recognizer(ABC):
    """A recognizer's declaration: its name and its named patterns."""

    name: ClassVar[str]
    patterns: ClassVar[tuple[NamedPattern, ...]]
    _by_name: ClassVar[dict[str, NamedPattern]] = {}

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        cls._by_name = {pattern.name: pattern for pattern in getattr(cls, "patterns", ())}

    @classmethod
    def codes(cls) -> frozenset[str]:
        """The finding codes this recognizer can emit."""
        return frozenset(pattern.code for pattern in cls.patterns)

    @classmethod
    def pattern(cls, name: str) -> NamedPattern:
        try:
            return cls._by_name[name]
        except KeyError:
            declared = [p.name for p in cls.patterns]
            raise KeyError(f"{cls.__name__} declares no pattern {name!r}; it declares {declared}") from None

    @classmethod
    def hit(cls, rule: str, start: int, end: int, **fields: str) -> ChannelHit:
        """A hit of the named pattern `rule`, its detail filled with `fields`."""
        pattern = cls.pattern(rule)
        detail = pattern.detail.format(**fields) if fields else pattern.detail
        return ChannelHit(pattern.code, start, end, pattern.score, detail, cls.name, rule)


class SentenceRecognizer(Recognizer):
    """Reads one sentence at a time. Its gate (word prefixes, whole words and phrases) says cheaply
    whether a text can hold anything for it at all."""

    gate_prefixes: ClassVar[tuple[str, ...]] = ()
    gate_words: ClassVar[tuple[str, ...] | frozenset[str]] = ()
    gate_phrases: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def find(self, sentence: Sentence) -> list[ChannelHit]:
        """The hits in one sentence (offsets into the whole text)."""

    def may_hit_text(self, text: str, patterns: ChannelPatterns) -> bool:
        """Whether any sentence of `text` (as find_channels hands them over, with `patterns`) can
        hold a hit: False only when none can, so the sentences need not be read one by one."""
        return True


class TextRecognizer(Recognizer):
    """Reads the whole text once (account numbers, which may span sentence marks)."""

    @abstractmethod
    def may_hold(self, text: str) -> bool:
        """A cheap test before `find`."""

    @abstractmethod
    def find(self, text: str) -> list[ChannelHit]:
        """The hits in the text."""
