"""The parts of an automatic notice a reply names, as features of the autoresponder model.

An automatic reply is made of a few parts whatever its wording: the seller is not available (away,
closed, on holiday), an answer will come later (tomorrow, as soon as possible), the message was
received, service hours, a ticket; it routes every buyer alike ("if it is about delivery, see your
orders") and speaks of messages in general. An individual answer that promises a later one says
first what the seller will do about this buyer's question ("I'll ask the workshop"): a part that
counts against a notice. notice_cues.yaml lists how the 17 market languages say each part. A reply's cues are the parts it names and each pair of them ("unavailable+later"): one
feature per part or pair in every language, so that a notice written in a seller's own words,
whose character n-grams the model has rarely seen, still reads as a notice (autoresponder_model.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any, Mapping, Sequence

from screening.checks.template.autoresponder import fold

CUES_FILE = Path(__file__).with_name("notice_cues.yaml")
CUE_PREFIX = "§cue:"  # cannot be a character n-gram of a word: "§" is no word character


def _entries(part: Mapping[str, Sequence[object]]) -> list[str]:
    return sorted({str(e) for entries in part.values() for e in entries}, key=len, reverse=True)


def _entry_body(entry: str) -> tuple[list[str], bool]:
    """The entry's folded words and whether its last word is a prefix."""
    return fold(entry.rstrip("*")).replace("’", "'").split(), entry.endswith("*")


@lru_cache(maxsize=1)
def _raw() -> dict[str, Mapping[str, Sequence[object]]]:
    import yaml

    return dict(yaml.safe_load(CUES_FILE.read_text(encoding="utf-8"))["cues"])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Each part's entries as one Python pattern: the reference the RE2 set must agree with."""

    def entry(text: str) -> str:
        words, prefix = _entry_body(text)
        body = r"[\s\-]+".join(re.escape(w) for w in words)
        return body if prefix else body + r"(?![^\W_])"

    return {
        part: re.compile(r"(?<![^\W_])(?:" + "|".join(entry(e) for e in _entries(languages)) + ")")
        for part, languages in _raw().items()
    }


# RE2 has no look-around: the character before an entry and the one after a whole word are read
# instead (a search only asks whether a part is named, so what a match consumes does not matter).
_RE2_NOT_WORD = r"[^\pL\pN]"


@lru_cache(maxsize=1)
def _re2_set() -> tuple[list[str], Any] | None:
    """One RE2 automaton for every part: the parts a text names in one pass over it, about a
    hundred times faster than the Python patterns on a reply. None when RE2 cannot build it."""
    import re2

    def part_pattern(entries: list[str]) -> str:
        # Whole words share one "what follows" class: a class per entry makes the automaton ten
        # times slower to build.
        whole: list[str] = []
        prefixes: list[str] = []
        for text in entries:
            words, prefix = _entry_body(text)
            (prefixes if prefix else whole).append(r"[\s\-]+".join(re2.escape(w) for w in words))
        alternatives = [f"(?:{'|'.join(whole)})(?:$|{_RE2_NOT_WORD})"] if whole else []
        alternatives += prefixes
        return f"(?:^|{_RE2_NOT_WORD})(?:" + "|".join(alternatives) + ")"

    options = re2.Options()
    options.log_errors = False
    # A few thousand entries: more than RE2's 8 MB default program memory.
    options.max_mem = 64 << 20
    automaton = re2.Set.SearchSet(options)
    parts = list(_raw())
    try:
        for part in parts:
            automaton.Add(part_pattern(_entries(_raw()[part])))
        automaton.Compile()
    except re2.error:
        return None
    return parts, automaton


def notice_parts(folded: str) -> frozenset[str]:
    """The parts of a notice an accent-folded, lower-case text names."""
    compiled = _re2_set()
    if compiled is None:
        return reference_notice_parts(folded)
    parts, automaton = compiled
    return frozenset(parts[i] for i in automaton.Match(folded) or ())


def reference_notice_parts(folded: str) -> frozenset[str]:
    """notice_parts with Python's patterns (the reference; tests compare the two)."""
    return frozenset(part for part, pattern in _patterns().items() if pattern.search(folded))


def cue_features(folded: str) -> frozenset[str]:
    """The model's cue features of a folded text: each part named, and each pair of them."""
    parts = sorted(notice_parts(folded.replace("’", "'")))
    return frozenset([CUE_PREFIX + p for p in parts] + [f"{CUE_PREFIX}{a}+{b}" for a, b in combinations(parts, 2)])


def all_cue_features() -> list[str]:
    """Every cue feature there can be, in a fixed order (a trained model's columns)."""
    parts = sorted(_raw())
    return [CUE_PREFIX + p for p in parts] + [f"{CUE_PREFIX}{a}+{b}" for a, b in combinations(parts, 2)]


__all__ = ["CUES_FILE", "CUE_PREFIX", "all_cue_features", "cue_features", "notice_parts", "reference_notice_parts"]
