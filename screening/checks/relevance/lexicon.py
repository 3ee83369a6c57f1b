"""Loads lexicon.yaml into one compiled pattern per list (folded, word-start anchored)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from screening.text.normalize import fold_accents

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


# The relevance model was trained on features folded this way: fold_accents, not normalize(), so
# the model's features do not move when the shared search normaliser changes.
fold = fold_accents


def _pattern(entries: list[str], whole_words: bool = False) -> re.Pattern[str]:
    # Longest first, so a phrase wins over its first word; an entry matches at a word start only,
    # and, for short function words (`whole_words`), only as the whole word ("ha" is not "happy").
    alternatives = sorted({fold(str(e)) for e in entries}, key=lambda e: (-len(e), e))
    body = "|".join(re.escape(e) for e in alternatives)
    return re.compile(rf"(?<![^\W_])(?:{body})" + (r"(?![^\W_])" if whole_words else ""))


@dataclass(frozen=True)
class Lexicon:
    topics: dict[str, re.Pattern[str]]
    interrogatives: re.Pattern[str]
    requests: re.Pattern[str]
    answer: dict[str, re.Pattern[str]]
    question_types: dict[str, re.Pattern[str]]

    def topics_in(self, folded: str) -> frozenset[str]:
        return frozenset(name for name, pattern in self.topics.items() if pattern.search(folded))


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Lexicon(
        topics={name: _pattern(entries) for name, entries in raw["topics"].items()},
        interrogatives=_pattern(raw["asks"]["interrogatives"], whole_words=True),
        requests=_pattern(raw["asks"]["requests"], whole_words=True),
        answer={name: _pattern(entries, whole_words=name == "yes_no") for name, entries in raw["answer"].items()},
        question_types={name: _pattern(entries, whole_words=True) for name, entries in raw["question_types"].items()},
    )


TOPICS = (
    "availability",
    "delivery_date",
    "tracking",
    "battery",
    "accessories",
    "network_lock",
    "warranty",
    "return",
    "refund",
    "price",
    "payment",
    "condition",
    "problem",
)

__all__ = ["LEXICON_FILE", "TOPICS", "Lexicon", "fold", "load_lexicon"]
