"""Bounded expansion of RRULEs on the local calendar, one day at a time.

dateutil's rrule walks to the year 9999 before giving up on a rule that never matches
(``FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31`` takes seconds), so a hostile or broken file could hang
the import. Here the walk is over days, from DTSTART to the end of a bounded window, and
stops at a count limit: the time it takes is bounded by the window whatever the rule says.
Only the parts roster and appointment feeds use are understood; anything else is refused.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shiftplanner.core.text import Template, Text

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_KNOWN_PARTS = frozenset(
    {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYDAY", "BYMONTH", "BYMONTHDAY", "WKST"}
)


class RecurrenceError(ValueError):
    """A rule this reader cannot expand with certainty; the message says which part.

    `text` is the message as a template and arguments, for the app to say in its language.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(text.render())
        self.text = text


UNSUPPORTED_PART = Template("repeat rule part {part} is not supported")
UNSUPPORTED_FREQUENCY = Template('repeat frequency "{frequency}" is not supported for rosters')
TOO_MANY_REPEATS = Template("repeats more than {limit} times")
NOT_A_WHOLE_NUMBER = Template('{name} "{value}" is not a whole number')
NUMBER_OUT_OF_RANGE = Template("{name} {number} is out of range ({low} to {high})")
UNTIL_NOT_A_DATE = Template('UNTIL "{value}" is not a date')
NOT_A_WEEKDAY = Template('"{text}" is not a weekday (MO to SU)')
ORDINAL_ZERO = Template('BYDAY "{text}" has ordinal 0')
MONTH_DAY_ZERO = Template("BYMONTHDAY 0 does not exist")
MORE_THAN_ONE_RULE = Template("more than one RRULE")
RULE_UNREADABLE = Template("the RRULE cannot be read")


@dataclass(frozen=True, slots=True)
class _ByDay:
    weekday: int
    ordinal: int | None


@dataclass(frozen=True, slots=True)
class Rule:
    """A parsed RRULE, limited to what rosters and appointment feeds use."""

    frequency: str
    interval: int
    count: int | None
    until: date | datetime | None
    by_day: tuple[_ByDay, ...]
    by_month: tuple[int, ...]
    by_month_day: tuple[int, ...]
    week_start: int

    @classmethod
    def parse(cls, parts: Mapping[str, Sequence[object]]) -> Rule:
        """A rule from icalendar's vRecur mapping (upper-case keys, lists of values).

        Raises:
            RecurrenceError: an unknown frequency or part, or a value out of range.
        """
        unknown = sorted(set(parts) - _KNOWN_PARTS)
        if unknown:
            raise RecurrenceError(Text.of(UNSUPPORTED_PART, part=unknown[0]))
        frequency = str(_one(parts, "FREQ", "")).upper()
        if frequency not in _FREQUENCIES:
            raise RecurrenceError(Text.of(UNSUPPORTED_FREQUENCY, frequency=frequency))
        return cls(
            frequency=frequency,
            interval=_number(_one(parts, "INTERVAL", 1), "INTERVAL", 1, 1000),
            count=_count(parts),
            until=_until(parts),
            by_day=tuple(_by_day(str(v)) for v in parts.get("BYDAY", ())),
            by_month=tuple(_number(v, "BYMONTH", 1, 12) for v in parts.get("BYMONTH", ())),
            by_month_day=tuple(_month_day(v) for v in parts.get("BYMONTHDAY", ())),
            week_start=_weekday(str(_one(parts, "WKST", "MO"))),
        )

    def days(self, first: date, last: date, limit: int) -> Iterator[date]:
        """The dates of occurrences from `first` (DTSTART's date, always one) up to `last`.

        Raises:
            RecurrenceError: more than `limit` occurrences.
        """
        end = last if self.until is None else min(last, _until_day(self.until))
        produced = 0
        day = first
        while day <= end and (self.count is None or produced < self.count):
            if day == first or self._matches(day, first):
                produced += 1
                if produced > limit:
                    raise RecurrenceError(Text.of(TOO_MANY_REPEATS, limit=limit))
                yield day
            day += timedelta(days=1)

    def _matches(self, day: date, first: date) -> bool:
        if self.by_month and day.month not in self.by_month:
            return False
        if not self._in_interval(day, first):
            return False
        if self.by_month_day and not _month_day_matches(day, self.by_month_day):
            return False
        if self.by_day:
            return any(_day_matches(day, b, self._ordinal_scope()) for b in self.by_day)
        return self._default_match(day, first)

    def _in_interval(self, day: date, first: date) -> bool:
        if self.frequency == "DAILY":
            return (day - first).days % self.interval == 0
        if self.frequency == "WEEKLY":
            weeks = (_week_start(day, self.week_start) - _week_start(first, self.week_start)).days
            return (weeks // 7) % self.interval == 0
        if self.frequency == "MONTHLY":
            months = (day.year - first.year) * 12 + day.month - first.month
            return months % self.interval == 0
        return (day.year - first.year) % self.interval == 0

    def _ordinal_scope(self) -> str:
        return "YEAR" if self.frequency == "YEARLY" and not self.by_month else "MONTH"

    def _default_match(self, day: date, first: date) -> bool:
        """Without BYDAY: the parts DTSTART implies for the frequency (RFC 5545 §3.3.10)."""
        if self.frequency == "WEEKLY":
            return day.weekday() == first.weekday()
        if self.frequency == "MONTHLY":
            return bool(self.by_month_day) or day.day == first.day
        if self.frequency == "YEARLY":
            month_ok = bool(self.by_month) or day.month == first.month
            return month_ok and (bool(self.by_month_day) or day.day == first.day)
        return True


def _one(parts: Mapping[str, Sequence[object]], key: str, default: object) -> object:
    values = parts.get(key)
    return values[0] if values else default


def _number(value: object, name: str, low: int, high: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        raise RecurrenceError(Text.of(NOT_A_WHOLE_NUMBER, name=name, value=str(value))) from None
    if not low <= number <= high:
        raise RecurrenceError(
            Text.of(NUMBER_OUT_OF_RANGE, name=name, number=number, low=low, high=high)
        )
    return number


def _count(parts: Mapping[str, Sequence[object]]) -> int | None:
    value = _one(parts, "COUNT", None)
    return None if value is None else _number(value, "COUNT", 1, 1_000_000)


def _until(parts: Mapping[str, Sequence[object]]) -> date | datetime | None:
    value = _one(parts, "UNTIL", None)
    if value is None or isinstance(value, date):
        return value
    raise RecurrenceError(Text.of(UNTIL_NOT_A_DATE, value=str(value)))


def _until_day(until: date | datetime) -> date:
    """The last date an occurrence can fall on; a UTC UNTIL may be the next local day."""
    if isinstance(until, datetime):
        return until.date() + timedelta(days=1 if until.tzinfo is not None else 0)
    return until


def _weekday(text: str) -> int:
    if text.upper() not in _WEEKDAYS:
        raise RecurrenceError(Text.of(NOT_A_WEEKDAY, text=text))
    return _WEEKDAYS.index(text.upper())


def _by_day(text: str) -> _ByDay:
    head, weekday = text[:-2].strip(), text[-2:]
    if not head:
        return _ByDay(_weekday(weekday), None)
    ordinal = _number(head.lstrip("+"), "BYDAY", -53, 53)
    if ordinal == 0:
        raise RecurrenceError(Text.of(ORDINAL_ZERO, text=text))
    return _ByDay(_weekday(weekday), ordinal)


def _month_day(value: object) -> int:
    number = _number(value, "BYMONTHDAY", -31, 31)
    if number == 0:
        raise RecurrenceError(Text.of(MONTH_DAY_ZERO))
    return number


def _week_start(day: date, week_start: int) -> date:
    return day - timedelta(days=(day.weekday() - week_start) % 7)


def _month_day_matches(day: date, wanted: tuple[int, ...]) -> bool:
    length = calendar.monthrange(day.year, day.month)[1]
    return day.day in wanted or (day.day - length - 1) in wanted


def _day_matches(day: date, by_day: _ByDay, scope: str) -> bool:
    if day.weekday() != by_day.weekday:
        return False
    if by_day.ordinal is None:
        return True
    if scope == "YEAR":
        index = (day.timetuple().tm_yday - 1) // 7 + 1
        length = 366 if calendar.isleap(day.year) else 365
        from_end = (length - day.timetuple().tm_yday) // 7 + 1
    else:
        index = (day.day - 1) // 7 + 1
        from_end = (calendar.monthrange(day.year, day.month)[1] - day.day) // 7 + 1
    return by_day.ordinal in (index, -from_end)


def occurrence_starts(rule: Rule, start: datetime, last: date, limit: int) -> Iterator[datetime]:
    """Naive local start of each occurrence: DTSTART's wall time on each matching date.

    A UNTIL in UTC is left for the caller, who knows the zone; a local one is applied here.
    """
    clock: time = start.time()
    until = rule.until if isinstance(rule.until, datetime) and rule.until.tzinfo is None else None
    for day in rule.days(start.date(), last, limit):
        local = datetime.combine(day, clock)
        if until is None or local <= until:
            yield local
