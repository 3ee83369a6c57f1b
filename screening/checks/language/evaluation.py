"""The language check's evaluation data (data/language/) and its measures: flags on correct and
wrong-language replies, detector accuracy by length, speed.

Used by bench/bench_language.py (figures for the README) and by the tests (targets as asserts).

- Replies: data/language/replies/<lang>.tsv, one `kind<TAB>text` per line, labelled by the file's
  language. Split fixed before any tuning: line 1, 4, 7, ... of each file is `dev` (thresholds were
  chosen on it), every other line is `test`. The first design was measured once on `test`; what it
  got wrong there shaped the second design, so `test` is development data too now.
- Holdout: data/language/holdout/<lang>.tsv, written after that first test run and before the
  second design, never looked at while designing: the figures reported in the README.
- Conversations: data/language/conversations.tsv and conversations_holdout.tsv (same history),
  `market, buyer text, reply, expected, note`.
"""

from __future__ import annotations

import csv
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from screening.evaluation.metrics import binary_counts

DATA_DIR = Path(__file__).resolve().parents[3] / "data" / "language"
# A market whose (first) language is the reply's, to screen a reply "at home".
HOME_MARKET = {
    "fr": "fr",
    "de": "de",
    "es": "es",
    "ca": "es",
    "it": "it",
    "nl": "nl",
    "pl": "pl",
    "pt": "pt",
    "en": "uk",
    "sv": "se",
    "da": "dk",
    "fi": "fi",
    "cs": "cz",
    "sk": "sk",
    "ro": "ro",
    "hu": "hu",
    "el": "gr",
}
LENGTH_BUCKETS = ((0, 9), (10, 19), (20, 39), (40, 79), (80, 10**9))


@dataclass(frozen=True, slots=True)
class Reply:
    id: str
    language: str
    kind: str  # short | product | mixed | greeting | normal
    split: str  # dev | test
    text: str


@dataclass(frozen=True, slots=True)
class Conversation:
    id: str
    market: str
    buyer_text: str | None
    reply: str
    expected: str  # allow | flag
    note: str


SPLITS = ("dev", "test", "holdout")


def load_replies(data_dir: Path = DATA_DIR, split: str | None = None) -> list[Reply]:
    """Replies of one split (dev, test, holdout), or of dev and test when `split` is None."""
    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; allowed: {', '.join(SPLITS)}")
    folder = "holdout" if split == "holdout" else "replies"
    replies: list[Reply] = []
    for path in sorted((data_dir / folder).glob("*.tsv")):
        language = path.stem
        for index, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            kind, text = line.split("\t", 1)
            row_split = "holdout" if folder == "holdout" else ("dev" if index % 3 == 1 else "test")
            prefix = "h-" if folder == "holdout" else ""
            replies.append(Reply(f"{prefix}{language}-{index:03d}", language, kind, row_split, text))
    return [r for r in replies if split is None or r.split == split]


def load_conversations(data_dir: Path = DATA_DIR, holdout: bool = False) -> list[Conversation]:
    rows: list[Conversation] = []
    name = "conversations_holdout.tsv" if holdout else "conversations.tsv"
    with open(data_dir / name, encoding="utf-8", newline="") as handle:
        for index, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row or row[0].startswith("#"):
                continue
            market, buyer, reply, expected, note = row
            rows.append(
                Conversation(
                    f"{'hc' if holdout else 'c'}-{index:03d}",
                    market,
                    None if buyer == "-" else buyer,
                    reply,
                    expected,
                    note,
                )
            )
    return rows


def bucket_of(letters: int) -> str:
    for low, high in LENGTH_BUCKETS:
        if low <= letters <= high:
            return f"{low}-{high}" if high < 10**9 else f"{low}+"
    raise ValueError(letters)


@dataclass
class Counts:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else float("nan")

    def __str__(self) -> str:
        return f"{100 * self.rate:.1f}% ({self.right}/{self.total})" if self.total else "-"


def detector_accuracy(
    confidences: Callable[[str], dict[str, float]], bodies: Iterable[tuple[Reply, str, int]]
) -> tuple[dict[str, Counts], dict[str, Counts]]:
    """Top-1 accuracy of a detector on cleaned bodies, by length bucket and by language (>= 20 letters)."""
    by_bucket: dict[str, Counts] = defaultdict(Counts)
    by_language: dict[str, Counts] = defaultdict(Counts)
    for reply, body, letters in bodies:
        values = confidences(body) if letters else {}
        guess = max(values, key=values.__getitem__) if values else None
        by_bucket[bucket_of(letters)].add(guess == reply.language)
        if letters >= 20:
            by_language[reply.language].add(guess == reply.language)
    return by_bucket, by_language


def timed(function: Callable[[], object], repeat: int = 1) -> float:
    """Median seconds of `repeat` calls."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def precision_recall(pairs: Sequence[tuple[bool, bool]]) -> tuple[float, float, int, int, int]:
    """(predicted, expected) flags -> precision, recall, true positives, false positives, false
    negatives; an empty class counts as perfect (1.0), as the language benchmark has always printed."""
    counts = binary_counts([e for _, e in pairs], [p for p, _ in pairs])
    return counts.precision_or(1.0), counts.recall_or(1.0), counts.tp, counts.fp, counts.fn


__all__ = [
    "Conversation",
    "Counts",
    "DATA_DIR",
    "HOME_MARKET",
    "Reply",
    "SPLITS",
    "bucket_of",
    "detector_accuracy",
    "load_conversations",
    "load_replies",
    "precision_recall",
    "timed",
]
