"""The business-hour clock per market (rules R1, R6, R7): weekends, public holidays, time zones, DST."""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from screening.sla.business_hours import BusinessCalendar, BusinessClock, CalendarError
from screening.core.policy import Policy


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def calendar(policy: Policy) -> BusinessCalendar:
    return BusinessCalendar.load(policy)


@pytest.mark.parametrize(
    "market, start, end, hours",
    [
        # Same working day: plain elapsed time.
        ("fr", "2026-03-03T08:00", "2026-03-03T17:30", 9.5),
        # Friday 15:00 Paris -> Monday 15:00 Paris: the weekend does not count.
        ("fr", "2026-03-06T14:00", "2026-03-09T14:00", 24.0),
        # Message sent on Saturday: the clock starts on Monday 00:00 local (23:00Z Sunday in winter).
        ("fr", "2026-03-07T10:00", "2026-03-09T10:00", 11.0),
        # 14 July (Fête nationale, a Tuesday in 2026) is skipped in France...
        ("fr", "2026-07-13T10:00", "2026-07-15T10:00", 24.0),
        # ... but not in Germany, where the same two days are 48 business hours.
        ("de", "2026-07-13T10:00", "2026-07-15T10:00", 48.0),
        # 3 October (Tag der Deutschen Einheit, a Friday in 2025) is skipped in Germany...
        ("de", "2025-10-02T10:00", "2025-10-06T10:00", 24.0),
        # ... but counts in France (Thursday 12:00 -> Monday 12:00 local = 12 + 24 + 12).
        ("fr", "2025-10-02T10:00", "2025-10-06T10:00", 48.0),
        # Regional holidays: Good Friday and Easter Monday are bank holidays in England (uk uses
        # subdivision ENG): only Tuesday 00:00-13:00 BST counts...
        ("uk", "2026-04-03T12:00", "2026-04-07T12:00", 13.0),
        # ... and in canton Zurich (ch uses subdivision ZH): Good Friday and Easter Monday both skipped.
        ("ch", "2026-04-02T10:00", "2026-04-07T10:00", 24.0),
        # Spring DST (29 March 2026, a Sunday): 12:00Z is 13:00 CET on Friday and 14:00 CEST on Monday,
        # so 11 + 14 business hours.
        ("fr", "2026-03-27T12:00", "2026-03-30T12:00", 25.0),
        # Autumn DST (25 October 2026): Friday 14:00 CEST -> Monday 13:00 CET = 10 + 13 hours.
        ("fr", "2026-10-23T12:00", "2026-10-26T12:00", 23.0),
        # US (New York, DST on 8 March 2026): Friday 19:00 EST -> Monday 20:00 EDT = 5 + 20 hours.
        ("us", "2026-03-07T00:00", "2026-03-10T00:00", 25.0),
        # Negative when the end comes first (the caller decides what that means).
        ("fr", "2026-03-09T14:00", "2026-03-06T14:00", -24.0),
    ],
)
def test_business_hours_between(calendar, market, start, end, hours):
    assert calendar.for_market(market).business_hours(utc(start), utc(end)) == pytest.approx(hours)


@pytest.mark.parametrize(
    "market, start, end, hours",
    [
        # 23:00Z Friday is still Friday in London (1 h left) ...
        ("uk", "2026-03-06T23:00", "2026-03-07T10:00", 1.0),
        # ... already Saturday in Paris (nothing counts) ...
        ("fr", "2026-03-06T23:00", "2026-03-07T10:00", 0.0),
        # ... and Friday 18:00 in New York (6 h left of Friday).
        ("us", "2026-03-06T23:00", "2026-03-07T10:00", 6.0),
        # Athens is UTC+2: Monday starts at 22:00Z Sunday.
        ("gr", "2026-03-08T21:00", "2026-03-09T00:00", 2.0),
    ],
)
def test_time_zone_of_the_market_decides_the_day(calendar, market, start, end, hours):
    assert calendar.for_market(market).business_hours(utc(start), utc(end)) == pytest.approx(hours)


@pytest.mark.parametrize(
    "market, start, hours, deadline",
    [
        # Friday 15:00 Paris + 24 business hours = Monday 15:00 Paris.
        ("fr", "2026-03-06T14:00", 24, "2026-03-09T14:00"),
        # Monday before 14 July: the deadline jumps over the holiday to Wednesday.
        ("fr", "2026-07-13T10:00", 24, "2026-07-15T10:00"),
        # Thursday before 3 October 2025 in Germany: Monday.
        ("de", "2025-10-02T10:00", 24, "2025-10-06T10:00"),
        # Sent on Saturday: 24 business hours = all of Monday, due Tuesday 00:00 local.
        ("fr", "2026-03-07T10:00", 24, "2026-03-09T23:00"),
        # Across the spring DST weekend: Friday 13:00 CET + 24 = Monday 13:00 CEST (11:00Z).
        ("fr", "2026-03-27T12:00", 24, "2026-03-30T11:00"),
        # Zero hours: the start itself.
        ("fr", "2026-03-03T08:00", 0, "2026-03-03T08:00"),
        # Across a year boundary (1 January is a holiday): Wednesday 31 Dec 2025 12:00 -> Friday 2 Jan 12:00.
        ("fr", "2025-12-31T11:00", 24, "2026-01-02T11:00"),
    ],
)
def test_deadline(calendar, market, start, hours, deadline):
    clock = calendar.for_market(market)
    assert clock.add_business_hours(utc(start), hours) == utc(deadline)
    # The inverse holds: the deadline is exactly `hours` business hours after the start.
    assert clock.business_hours(utc(start), utc(deadline)) == pytest.approx(hours)


@pytest.mark.parametrize(
    "hours, start, end, expected",
    [
        # Office hours 09:00-18:00: Monday 17:00 -> Tuesday 10:00 Paris is 1 + 1 hours.
        (("09:00-18:00",), "2026-03-02T16:00", "2026-03-03T09:00", 2.0),
        # A lunch break does not count: 11:00-15:00 local with 12:30-13:30 off is 3 hours.
        (("09:00-12:30", "13:30-18:00"), "2026-03-02T10:00", "2026-03-02T14:00", 3.0),
        # Outside the windows nothing counts.
        (("09:00-18:00",), "2026-03-02T18:00", "2026-03-02T22:00", 0.0),
    ],
)
def test_working_hours_windows(hours, start, end, expected):
    clock = BusinessClock("fr", "Europe/Paris", "FR", hours=hours)
    assert clock.business_hours(utc(start), utc(end)) == pytest.approx(expected)


@pytest.mark.parametrize(
    "start, end, expected",
    [
        # With every day a working day, the spring DST day lasts 23 hours of real time...
        ("2026-03-28T23:00", "2026-03-29T22:00", 23.0),
        # ... and the autumn one 25.
        ("2026-10-24T22:00", "2026-10-25T23:00", 25.0),
    ],
)
def test_dst_day_length_counts_real_time(start, end, expected):
    clock = BusinessClock("fr", "Europe/Paris", "FR", days=("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    assert clock.business_hours(utc(start), utc(end)) == pytest.approx(expected)


@pytest.mark.parametrize(
    "market, day, working",
    [
        ("fr", date(2026, 7, 14), False),  # Fête nationale
        ("de", date(2026, 7, 14), True),  # an ordinary Tuesday in Germany
        ("de", date(2025, 10, 3), False),  # Tag der Deutschen Einheit
        ("fr", date(2026, 3, 7), False),  # Saturday
        ("uk", date(2026, 4, 6), False),  # Easter Monday, England
        ("es", date(2026, 10, 12), False),  # Fiesta Nacional de España
    ],
)
def test_working_day(calendar, market, day, working):
    assert calendar.for_market(market).is_working_day(day) is working


def test_tables_grow_for_far_years(calendar):
    # Asking about 2010 after 2026 widens the table; both answers stay right.
    clock = calendar.for_market("fr")
    assert clock.business_hours(utc("2026-03-06T14:00"), utc("2026-03-09T14:00")) == pytest.approx(24.0)
    assert clock.business_hours(utc("2010-07-13T10:00"), utc("2010-07-15T10:00")) == pytest.approx(24.0)
    assert clock.business_hours(utc("2026-03-06T14:00"), utc("2026-03-09T14:00")) == pytest.approx(24.0)


@pytest.mark.parametrize(
    "content, message",
    [
        # Unknown day name: the error names the file and the allowed names.
        ("defaults: {days: [mon, funday], hours: ['00:00-24:00']}\n", "funday"),
        # A window that ends before it starts.
        ("defaults: {days: [mon], hours: ['18:00-09:00']}\n", "18:00-09:00"),
        # A market the policy does not know.
        ("defaults: {days: [mon]}\nmarkets: {xx: {subdivision: A}}\n", "unknown markets xx"),
        # A subdivision the holidays library does not know.
        ("defaults: {days: [mon]}\nmarkets: {fr: {subdivision: NOPE}}\n", "NOPE"),
    ],
)
def test_bad_config_stops_with_file_name(policy, tmp_path: Path, content, message):
    path = tmp_path / "business_hours.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CalendarError) as error:
        BusinessCalendar.load(policy, path)
    assert str(path) in str(error.value) and message in str(error.value)
