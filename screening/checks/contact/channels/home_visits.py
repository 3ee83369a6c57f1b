"""Home deliveries by the seller: "your address? I'll bring it round and you pay me at the door"
(the patterns are in screening.checks.contact.visits)."""

from __future__ import annotations

from typing import ClassVar

from screening.checks.contact.channels.recognizer import ChannelHit, NamedPattern, Sentence, SentenceRecognizer
from screening.checks.contact.visits import GATE_PREFIXES, GATE_WORDS, find_visits


class HomeVisitRecognizer(SentenceRecognizer):
    name = "visits"
    patterns: ClassVar[tuple[NamedPattern, ...]] = (
        NamedPattern(
            "address_for_visit", "details_request", 0.86, "asks for the buyer's address for a hand-over in person"
        ),
        NamedPattern("paid_at_door", "payment", 0.86, "payment at a hand-over in person, outside the platform"),
    )
    gate_prefixes = GATE_PREFIXES
    gate_words = GATE_WORDS

    def find(self, sentence: Sentence) -> list[ChannelHit]:
        text, s_start, p = sentence.text, sentence.start, sentence.patterns
        return [
            ChannelHit(code, start, end, score, detail, self.name, rule)
            for rule, code, start, end, score, detail in find_visits(text, s_start, sentence.end)
            if not p.negated(text, max(s_start, start - 30), start)
        ]
