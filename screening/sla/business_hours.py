"""The business-hour clock of a market (rules R1, R6: reply within 24 business hours; R7: business days).

A market's clock knows its time zone (policy.yaml `timezone`), its public holidays (the `holidays`
library, national or a subdivision, policy.yaml `region` + config/business_hours.yaml) and its
working days and hours (config/business_hours.yaml). Working hours are local wall-clock windows;
what is counted is real elapsed time inside them, so a 00:00-24:00 working day on a daylight-saving
change lasts 23 or 25 hours.

How it is fast: per market, a table of days (built lazily for the years asked about) holds each
day's working windows as UTC epoch seconds and the cumulative business seconds before the day.
The business time between two instants is then the difference of two look-ups (`_cumulative`), and
a deadline is a bisect in the cumulative column (`add_business_hours`).
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import holidays as holidays_lib
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

if TYPE_CHECKING:  # pragma: no cover - typing only
    from screening.core.policy import Policy

DEFAULT_CONFIG_PATH = Path(__file__).parent.parent / "config" / "business_hours.yaml"
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Tables are built this many years either side of the first year asked about, then widened on demand.
_YEAR_MARGIN = 2
# The table a clock keeps is never wider than this many years (~1 MB per market): a request that
# needs more (records are limited to 2000-2100, screening.core.types.TIME_RANGE) gets a table built for
# it alone and dropped after. Before this bound one request with a year 9990 kept +510 MB.
_MAX_KEPT_YEARS = 12
# The few last wider tables, for all markets together (each at most ~105 years, ~9 MB), so the
# messages of one request that span decades do not rebuild theirs for every pair.
_WIDE_TABLES_KEPT = 2
_WIDE_TABLES: "OrderedDict[tuple[BusinessClock, int, int], _Table]" = OrderedDict()
_WIDE_LOCK = threading.Lock()


class CalendarError(RuntimeError):
    """The business-hours config cannot be used; the message names the file and the problem."""


# --- config file schema (pydantic at the edge) -------------------------------------------------


def _parse_window(text: str) -> tuple[int, int]:
    """'09:00-18:00' -> (540, 1080) minutes after local midnight; 24:00 is the end of the day."""
    try:
        start_text, end_text = (part.strip() for part in text.split("-"))
        start = _minutes(start_text)
        end = _minutes(end_text)
    except ValueError:
        raise ValueError(f"{text!r} is not a window such as '09:00-18:00'") from None
    if not 0 <= start < end <= 24 * 60:
        raise ValueError(f"{text!r}: the start must come before the end, within 00:00-24:00")
    return start, end


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    value = int(hours) * 60 + int(minutes)
    if int(minutes) >= 60 or value > 24 * 60:
        raise ValueError(text)
    return value


class _Schedule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: list[str] | None = None
    hours: list[str] | None = None
    subdivision: str | None = Field(default=None, description="holidays subdivision, e.g. ZH, ENG")

    @field_validator("days")
    @classmethod
    def _known_days(cls, value: list[str] | None) -> list[str] | None:
        if value is not None:
            unknown = [d for d in value if d not in DAY_NAMES]
            if unknown:
                raise ValueError(f"unknown day(s) {unknown}; use {', '.join(DAY_NAMES)}")
        return value

    @field_validator("hours")
    @classmethod
    def _windows(cls, value: list[str] | None) -> list[str] | None:
        if value is not None:
            windows = sorted(_parse_window(w) for w in value)
            for (_, end), (start, _) in zip(windows, windows[1:]):
                if start < end:
                    raise ValueError("working-hour windows overlap")
        return value


class _CalendarFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    defaults: _Schedule
    markets: dict[str, _Schedule] = {}


# --- the clock ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Table:
    first_year: int
    last_year: int
    base_ordinal: int
    cumulative: tuple[float, ...]  # business seconds before day i; one extra entry = total
    windows: tuple[tuple[tuple[float, float], ...], ...]  # day i's working windows, UTC epoch seconds


class BusinessClock:
    """Business time of one market. Thread-safe; build once and reuse (tables are cached)."""

    def __init__(
        self,
        market: str,
        tz: str,
        country: str,
        subdivision: str | None = None,
        days: Iterable[str] = DAY_NAMES[:5],
        hours: Iterable[str] = ("00:00-24:00",),
    ):
        self.market = market
        self.timezone = tz
        self.country = country
        self.subdivision = subdivision
        try:
            self._tz = ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise CalendarError(f"market {market}: unknown time zone {tz!r}") from None
        try:
            holidays_lib.country_holidays(country, subdiv=subdivision, years=2026)
        except NotImplementedError as exc:
            raise CalendarError(f"market {market}: no public holidays for {country}/{subdivision}: {exc}") from None
        self.working_weekdays = frozenset(DAY_NAMES.index(d) for d in days)
        self.windows = tuple(sorted(_parse_window(w) for w in hours))
        self._holidays: Any = None
        self._table: _Table | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"BusinessClock(market={self.market!r}, tz={self.timezone!r}, holidays={self.country}/{self.subdivision})"
        )

    # -- days --

    def holiday(self, day: date) -> str | None:
        """The public holiday's name on `day`, or None."""
        holidays = self._holidays
        if holidays is None or day.year not in holidays.years:
            self._table_for(day.year)
            holidays = self._holidays
            if day.year not in holidays.years:  # a year outside the kept table
                holidays = holidays_lib.country_holidays(self.country, subdiv=self.subdivision, years=day.year)
        return holidays.get(day)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.working_weekdays and self.holiday(day) is None

    def working_days(self, first: date, last: date) -> list[date]:
        """The working days from `first` to `last`, both included."""
        out = []
        day = first
        while day <= last:
            if self.is_working_day(day):
                out.append(day)
            day += timedelta(days=1)
        return out

    def add_working_days(self, day: date, count: int) -> date:
        """The `count`-th working day after `day` (count >= 1), or before it (count <= -1)."""
        step = timedelta(days=1 if count >= 0 else -1)
        left = abs(count)
        while left:
            day += step
            if self.is_working_day(day):
                left -= 1
        return day

    def local_date(self, moment: datetime) -> date:
        return _aware(moment).astimezone(self._tz).date()

    # -- hours --

    def business_seconds(self, start: datetime, end: datetime) -> float:
        """Business seconds from `start` to `end` (negative when `end` comes first)."""
        start_epoch, end_epoch = _aware(start).timestamp(), _aware(end).timestamp()
        start_day, end_day = self._day(start_epoch), self._day(end_epoch)
        table = self._table_for(start_day.year, end_day.year)
        return self._cumulative(table, end_day, end_epoch) - self._cumulative(table, start_day, start_epoch)

    def business_hours(self, start: datetime, end: datetime) -> float:
        return self.business_seconds(start, end) / 3600.0

    def add_business_hours(self, start: datetime, hours: float) -> datetime:
        """The instant when `hours` business hours have passed since `start` (the reply deadline)."""
        if hours < 0:
            raise ValueError("hours must be >= 0")
        epoch = _aware(start).timestamp()
        day = self._day(epoch)
        table = self._table_for(day.year)
        target = self._cumulative(table, day, epoch) + hours * 3600.0
        while target > table.cumulative[-1]:
            if table.last_year > day.year + 100:
                raise ValueError(f"market {self.market} has no working hours within a century of {start}")
            table = self._table_for(day.year, table.last_year + 1)
            target = self._cumulative(table, day, epoch) + hours * 3600.0
        # First day whose end (cumulative[i + 1]) reaches the target, then walk its windows.
        i = max(0, bisect.bisect_left(table.cumulative, target, lo=1) - 1)
        left = target - table.cumulative[i]
        for window_start, window_end in table.windows[i]:
            length = window_end - window_start
            if left <= length:
                return datetime.fromtimestamp(window_start + left, tz=timezone.utc)
            left -= length
        # Only reached through float rounding on the last window.
        return datetime.fromtimestamp(table.windows[i][-1][1], tz=timezone.utc)

    def _day(self, epoch: float) -> date:
        return datetime.fromtimestamp(epoch, tz=self._tz).date()

    @staticmethod
    def _cumulative(table: "_Table", day: date, epoch: float) -> float:
        """Business seconds from the start of `table` to `epoch` (which falls on local `day`)."""
        i = day.toordinal() - table.base_ordinal
        total = table.cumulative[i]
        for window_start, window_end in table.windows[i]:
            if epoch <= window_start:
                break
            total += min(epoch, window_end) - window_start
        return total

    # -- tables --

    def _table_for(self, *years: int) -> _Table:
        """A table covering `years`. Tables are immutable and only ever widened; the cumulative
        origin moves when one grows at the front, so a computation reads all its values from the
        one table object this returns."""
        low, high = min(years), max(years)
        table = self._table
        if table is not None and table.first_year <= low and high <= table.last_year:
            return table
        with self._lock:
            table = self._table
            if table is not None and table.first_year <= low and high <= table.last_year:
                return table
            first = min(low - _YEAR_MARGIN, table.first_year if table else low)
            last = max(high + _YEAR_MARGIN, table.last_year if table else high)
            if last - first + 1 > _MAX_KEPT_YEARS:
                # Too wide to keep: start again around the years asked about.
                first, last = low - _YEAR_MARGIN, high + _YEAR_MARGIN
            wide = last - first + 1 > _MAX_KEPT_YEARS
            if wide:
                with _WIDE_LOCK:
                    for (clock, w_first, w_last), kept in _WIDE_TABLES.items():
                        if clock is self and w_first <= low and high <= w_last:
                            _WIDE_TABLES.move_to_end((clock, w_first, w_last))
                            return kept
            holidays = holidays_lib.country_holidays(
                self.country, subdiv=self.subdivision, years=range(first, last + 1)
            )
            built = self._build(first, last, holidays)
            if not wide:
                self._holidays, self._table = holidays, built
                return built
            with _WIDE_LOCK:
                _WIDE_TABLES[(self, first, last)] = built
                while len(_WIDE_TABLES) > _WIDE_TABLES_KEPT:
                    _WIDE_TABLES.popitem(last=False)
            return built

    def _build(self, first_year: int, last_year: int, holidays: Any) -> _Table:
        day = date(first_year, 1, 1)
        end = date(last_year, 12, 31)
        cumulative = [0.0]
        windows: list[tuple[tuple[float, float], ...]] = []
        while day <= end:
            if day.weekday() in self.working_weekdays and day not in holidays:
                day_windows = tuple((self._epoch(day, s), self._epoch(day, e)) for s, e in self.windows)
            else:
                day_windows = ()
            windows.append(day_windows)
            cumulative.append(cumulative[-1] + sum(e - s for s, e in day_windows))
            day += timedelta(days=1)
        return _Table(first_year, last_year, date(first_year, 1, 1).toordinal(), tuple(cumulative), tuple(windows))

    def _epoch(self, day: date, minutes: int) -> float:
        if minutes >= 24 * 60:  # 24:00 is the next day's local midnight
            day, minutes = day + timedelta(days=1), minutes - 24 * 60
        local = datetime.combine(day, time(minutes // 60, minutes % 60), tzinfo=self._tz)
        return local.timestamp()


class BusinessCalendar:
    """The clocks of all markets: policy.yaml (time zone, country) + business_hours.yaml (days, hours)."""

    def __init__(self, clocks: Mapping[str, BusinessClock], source: str = ""):
        self._clocks = dict(clocks)
        self.source = source

    @classmethod
    def load(cls, policy: "Policy", path: str | Path | None = None) -> "BusinessCalendar":
        path = Path(path) if path else DEFAULT_CONFIG_PATH
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            config = _CalendarFile.model_validate(raw)
        except FileNotFoundError:
            raise CalendarError(f"business-hours file {path} does not exist") from None
        except yaml.YAMLError as exc:
            raise CalendarError(f"business-hours file {path} is not valid YAML: {exc}") from None
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
            raise CalendarError(f"business-hours file {path} is invalid: {problems}") from None
        unknown = sorted(set(config.markets) - policy.markets)
        if unknown:
            raise CalendarError(
                f"business-hours file {path} names unknown markets {', '.join(unknown)}; "
                f"known: {', '.join(sorted(policy.markets))}"
            )
        clocks = {}
        for market in sorted(policy.markets):
            market_policy = policy.for_market(market)
            own = config.markets.get(market, _Schedule())
            try:
                clocks[market] = BusinessClock(
                    market,
                    market_policy.timezone,
                    market_policy.region,
                    subdivision=own.subdivision or config.defaults.subdivision,
                    days=own.days or config.defaults.days or DAY_NAMES[:5],
                    hours=own.hours or config.defaults.hours or ("00:00-24:00",),
                )
            except CalendarError as exc:
                raise CalendarError(f"business-hours file {path}: {exc}") from None
        return cls(clocks, source=str(path))

    @property
    def markets(self) -> frozenset[str]:
        return frozenset(self._clocks)

    def for_market(self, market: str) -> BusinessClock:
        try:
            return self._clocks[market]
        except KeyError:
            raise KeyError(f"unknown market {market!r}; known markets: {', '.join(sorted(self._clocks))}") from None


def _aware(moment: datetime) -> datetime:
    # Naive times are UTC (docs/formats.md §1).
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


__all__ = ["BusinessCalendar", "BusinessClock", "CalendarError", "DAY_NAMES"]
