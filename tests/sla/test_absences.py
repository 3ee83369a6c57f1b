"""Rule R7 at its boundaries: more than 5 business days needs at least 14 days' notice."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from screening.sla.absences import validate_absence
from screening.sla.settings import AbsenceSettings
from screening.sla.business_hours import BusinessCalendar
from screening.core.types import RecordError


@pytest.fixture(scope="module")
def calendar(policy) -> BusinessCalendar:
    return BusinessCalendar.load(policy)


@pytest.mark.parametrize(
    "market, start, end, announced, ok, business_days, announce_by",
    [
        # Exactly 5 business days (Mon-Fri): no notice needed, even announced the same day.
        ("fr", date(2026, 3, 9), date(2026, 3, 13), date(2026, 3, 9), True, 5, None),
        # 5 business days spread over 7 calendar days (Wed-Tue, a weekend inside): still no notice.
        ("fr", date(2026, 3, 11), date(2026, 3, 17), date(2026, 3, 11), True, 5, None),
        # 6 business days announced exactly 14 days before the start: ok (the boundary is included).
        ("fr", date(2026, 3, 9), date(2026, 3, 16), date(2026, 2, 23), True, 6, date(2026, 2, 23)),
        # The same absence announced 13 days before: R7 violated.
        ("fr", date(2026, 3, 9), date(2026, 3, 16), date(2026, 2, 24), False, 6, date(2026, 2, 23)),
        # 14 July makes Mon 13 - Mon 20 July five business days in France: no notice needed...
        ("fr", date(2026, 7, 13), date(2026, 7, 20), date(2026, 7, 10), True, 5, None),
        # ... but six in Germany, where the same late notice breaks R7.
        ("de", date(2026, 7, 13), date(2026, 7, 20), date(2026, 7, 10), False, 6, date(2026, 6, 29)),
        # Announced after the absence started: violated, with negative notice.
        ("fr", date(2026, 3, 9), date(2026, 3, 20), date(2026, 3, 10), False, 10, date(2026, 2, 23)),
        # A long summer absence announced well ahead: ok.
        ("fr", date(2026, 8, 3), date(2026, 8, 21), date(2026, 6, 1), True, 15, date(2026, 7, 20)),
    ],
)
def test_absence_rule(calendar, market, start, end, announced, ok, business_days, announce_by):
    result = validate_absence(calendar.for_market(market), start, end, announced)
    assert result.ok is ok
    assert result.business_days == business_days
    assert result.announce_by == announce_by
    assert result.rule == (None if ok else "R7")
    if not ok:
        # The answer names the dates the seller needs.
        assert announce_by.isoformat() in result.reason and start.isoformat() in result.reason


@pytest.mark.parametrize(
    "announced, ok",
    [
        # 22:30Z on 22 Feb is already 23 Feb in Paris: the local date counts, so this is in time.
        (datetime(2026, 2, 22, 23, 30, tzinfo=timezone.utc), True),
        # 22:30Z on 23 Feb is 24 Feb in Paris: one day late.
        (datetime(2026, 2, 23, 23, 30, tzinfo=timezone.utc), False),
    ],
)
def test_announcement_time_is_read_in_the_market_time_zone(calendar, announced, ok):
    result = validate_absence(calendar.for_market("fr"), date(2026, 3, 9), date(2026, 3, 16), announced)
    assert result.ok is ok


@pytest.mark.parametrize(
    "settings, ok",
    [
        # A market that allows 6 days without notice accepts a 6-day absence announced late.
        ({"max_business_days_without_notice": 6, "notice_days": 14}, True),
        # A market that asks for 21 days' notice refuses 14.
        ({"max_business_days_without_notice": 5, "notice_days": 21}, False),
    ],
)
def test_policy_settings_change_the_rule(calendar, settings, ok):
    result = validate_absence(
        calendar.for_market("fr"), date(2026, 3, 9), date(2026, 3, 16), date(2026, 2, 23), AbsenceSettings(**settings)
    )
    assert result.ok is ok


@pytest.mark.parametrize(
    "start, end, field",
    [
        # The end before the start is impossible: the error names `end`.
        (date(2026, 3, 16), date(2026, 3, 9), "end"),
        # More than a year is not a planned absence.
        (date(2026, 1, 1), date(2027, 6, 1), "end"),
    ],
)
def test_impossible_dates(calendar, start, end, field):
    with pytest.raises(RecordError) as error:
        validate_absence(calendar.for_market("fr"), start, end, date(2025, 12, 1))
    assert error.value.field == field
