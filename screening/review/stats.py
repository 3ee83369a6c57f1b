"""Figures the review console shows: a seller's rates per code over time, and how often each
check agrees with the moderators (per code and market). Pure functions over store rows."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable, Sequence

from screening.evaluation.metrics import Counts
from screening.review.reviews import QueuedVerdict, Review, check_of
from screening.core.types import Message


@dataclass(frozen=True)
class SellerRates:
    weeks: list[datetime]  # the Monday (00:00 UTC) starting each week, oldest first
    screened: list[int]  # the seller's messages screened each week
    counts: dict[str, list[int]]  # code -> messages flagged or blocked with it, per week
    confirmed: dict[str, int]  # code -> decisions that held it true (all weeks)
    overridden: dict[str, int]  # code -> decisions that found it wrong (all weeks)

    def rates(self, code: str) -> list[float | None]:
        return [c / n if n else None for c, n in zip(self.counts[code], self.screened)]


def week_start(moment: datetime) -> datetime:
    day = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return day - timedelta(days=day.weekday())


def seller_rates(
    verdicts: Sequence[QueuedVerdict], sent: Iterable[Message], reviews: Iterable[Review], now: datetime, weeks: int
) -> SellerRates:
    """Per week, the seller's screened messages (its recorded history plus the queued verdicts not
    in it, e.g. blocked ones) and how many carried each code."""
    first = week_start(now) - timedelta(weeks=weeks - 1)
    starts = [first + timedelta(weeks=i) for i in range(weeks)]

    def slot(moment: datetime) -> int | None:
        index = (moment - first).days // 7
        return index if 0 <= index < weeks else None

    ids: dict[str, datetime] = {m.id: m.sent_at for m in sent if m.author == "seller"}
    for verdict in verdicts:
        ids.setdefault(verdict.message.id, verdict.message.sent_at)
    screened = [0] * weeks
    for moment in ids.values():
        if (i := slot(moment)) is not None:
            screened[i] += 1
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    for verdict in verdicts:
        i = slot(verdict.message.sent_at)
        if i is not None:
            for code in verdict.codes:
                counts[code][i] += 1
    confirmed: dict[str, int] = defaultdict(int)
    overridden: dict[str, int] = defaultdict(int)
    for review in reviews:
        for code in review.verdict_codes:
            (confirmed if code in review.codes else overridden)[code] += 1
    return SellerRates(starts, screened, dict(sorted(counts.items())), dict(confirmed), dict(overridden))


@dataclass(frozen=True)
class Agreement:
    check: str
    code: str
    market: str
    reviews: int  # decisions where the check or the moderator named the code
    agreed: int  # both named it
    false_flags: int  # the check named it, the moderator did not
    missed: int  # the moderator named it, the check did not
    model_versions: str

    @property
    def precision(self) -> float | None:
        return self._counts.precision_or(None)

    @property
    def recall(self) -> float | None:
        return self._counts.recall_or(None)

    @property
    def _counts(self) -> Counts:
        """The moderator's decision is the truth: agreed = tp, false flags = fp, missed = fn."""
        return Counts(tp=self.agreed, fp=self.false_flags, fn=self.missed)

    @property
    def rate(self) -> float | None:
        return self.agreed / self.reviews if self.reviews else None


def agreement(reviews: Iterable[Review]) -> list[Agreement]:
    """Per (code, market): decisions naming the code on either side, and how they agreed. The
    latest decision on a message counts (a second opinion replaces the first)."""
    latest: dict[str, Review] = {}
    for review in reviews:
        latest[review.message_id] = review  # reviews come oldest first
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    versions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for review in latest.values():
        for code in set(review.codes) | set(review.verdict_codes):
            key = (code, review.market)
            cell = cells[key]
            if code in review.codes and code in review.verdict_codes:
                cell[0] += 1
            elif code in review.verdict_codes:
                cell[1] += 1
            else:
                cell[2] += 1
            version = review.model_versions.get(check_of(code))
            if version:
                versions[key].add(version)
    return [
        Agreement(
            check_of(code),
            code,
            market,
            sum(cell),
            cell[0],
            cell[1],
            cell[2],
            ", ".join(sorted(versions[(code, market)])) or "rules",
        )
        for (code, market), cell in sorted(cells.items())
    ]


__all__ = ["Agreement", "SellerRates", "agreement", "seller_rates", "week_start"]
