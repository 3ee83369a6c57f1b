"""Loads lexicon.yaml into one compiled pattern per list (folded, word-start anchored)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_FILE = Path(__file__).with_name("lexicon.yaml")


def fold(text: str) -> str:
    """Lower case without accents, one output character per input character (offsets stay valid).

    A local helper rather than screening.text.normalize on purpose (as in the tone check): the
    model's features must not move when the shared normaliser changes."""
    out = []
    for ch in text.lower():
        if ord(ch) < 128:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFKD", ch)
        # ł has no decomposition; keep it as l so "przesyłka" and "przesylka" read alike.
        out.append("l" if ch == "ł" else (base[0] if base and base[0].isalnum() else ch))
    folded = "".join(out)
    return folded if len(folded) == len(text) else "".join(c.lower()[:1] or c for c in text)


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
