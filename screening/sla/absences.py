"""Rule R7: a planned absence of more than 5 business days is announced at least two weeks ahead.

`validate_absence` answers ok, or the violated rule with the dates that matter (how many business
days the absence lasts in the seller's market, and the last day it could have been announced).
The numbers come from the policy (`settings.absences`), so a market can change them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from screening.core.types import RecordError
from screening.sla.business_hours import BusinessClock
from screening.sla.settings import AbsenceSettings

RULE = "R7"


@dataclass(frozen=True, slots=True)
class AbsenceAnswer:
    """The answer for one absence notice."""

    ok: bool
    market: str
    start: date
    end: date
    announced_on: date
    business_days: int
    notice_required: bool
    announce_by: date | None  # last day the notice could be given; None when no notice is needed
    notice_days_given: int
    rule: str | None  # "R7" when violated
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "market": self.market,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "announced_on": self.announced_on.isoformat(),
            "business_days": self.business_days,
            "notice_required": self.notice_required,
            "announce_by": self.announce_by.isoformat() if self.announce_by else None,
            "notice_days_given": self.notice_days_given,
            "rule": self.rule,
            "reason": self.reason,
        }


def validate_absence(
    clock: BusinessClock,
    start: date,
    end: date,
    announced_on: date | datetime,
    settings: AbsenceSettings | None = None,
) -> AbsenceAnswer:
    """Check an absence from `start` to `end` (both included, the seller's local dates) announced on
    `announced_on` against rule R7. Raises RecordError naming the field for impossible input."""
    settings = settings or AbsenceSettings()
    max_days = settings.max_business_days_without_notice
    notice_days = settings.notice_days
    if isinstance(announced_on, datetime):
        announced_on = clock.local_date(announced_on)
    if end < start:
        raise RecordError("end", f"{end.isoformat()} is before start {start.isoformat()}; end is the last day away")
    if (end - start).days > 366:
        raise RecordError("end", "an absence longer than a year is not a planned absence; check the dates")
    business_days = len(clock.working_days(start, end))
    notice_given = (start - announced_on).days
    needs_notice = business_days > max_days
    if not needs_notice:
        return AbsenceAnswer(
            True,
            clock.market,
            start,
            end,
            announced_on,
            business_days,
            False,
            None,
            notice_given,
            None,
            f"{business_days} business day(s), at most {max_days} need no notice",
        )
    announce_by = start - timedelta(days=notice_days)
    if announced_on <= announce_by:
        return AbsenceAnswer(
            True,
            clock.market,
            start,
            end,
            announced_on,
            business_days,
            True,
            announce_by,
            notice_given,
            None,
            f"{business_days} business days, announced {notice_given} days ahead (at least {notice_days} required)",
        )
    return AbsenceAnswer(
        False,
        clock.market,
        start,
        end,
        announced_on,
        business_days,
        True,
        announce_by,
        notice_given,
        RULE,
        f"an absence of {business_days} business days ({start.isoformat()} to {end.isoformat()}) "
        f"must be announced at least {notice_days} days before it starts, by "
        f"{announce_by.isoformat()}; it was announced on {announced_on.isoformat()} "
        f"({notice_given} days ahead)",
    )


__all__ = ["AbsenceAnswer", "validate_absence"]
