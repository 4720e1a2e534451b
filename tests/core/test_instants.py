"""Wall-clock to instant conversion and real durations, around the US DST changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from shiftplanner.core.instants import (
    UnknownZoneError,
    day_bounds,
    hours_text,
    is_ambiguous,
    is_nonexistent,
    parse_clock,
    real_hours,
    to_instant,
    zone,
)

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
SPRING_2026 = date(2026, 3, 8)
FALL_2026 = date(2026, 11, 1)


@pytest.mark.parametrize(
    ("day", "clock", "zone_name", "expected_utc"),
    [
        (date(2026, 3, 7), time(9), NEW_YORK, datetime(2026, 3, 7, 14, tzinfo=UTC)),
        (SPRING_2026, time(9), NEW_YORK, datetime(2026, 3, 8, 13, tzinfo=UTC)),
        # In the gap: 02:30 does not exist and moves forward by the gap to 03:30 EDT.
        (SPRING_2026, time(2, 30), NEW_YORK, datetime(2026, 3, 8, 7, 30, tzinfo=UTC)),
        # The repeated hour: 01:30 happens twice; the first (EDT) occurrence counts.
        (FALL_2026, time(1, 30), NEW_YORK, datetime(2026, 11, 1, 5, 30, tzinfo=UTC)),
        (FALL_2026, time(9), NEW_YORK, datetime(2026, 11, 1, 14, tzinfo=UTC)),
        (SPRING_2026, time(22), MANILA, datetime(2026, 3, 8, 14, tzinfo=UTC)),
    ],
)
def test_to_instant(day: date, clock: time, zone_name: str, expected_utc: datetime) -> None:
    assert to_instant(day, clock, zone_name) == expected_utc


def test_gap_and_repeated_hour_are_recognised() -> None:
    assert is_nonexistent(SPRING_2026, time(2, 30), NEW_YORK)
    assert not is_nonexistent(SPRING_2026, time(3, 30), NEW_YORK)
    assert is_ambiguous(FALL_2026, time(1, 30), NEW_YORK)
    assert not is_ambiguous(FALL_2026, time(2, 30), NEW_YORK)
    assert not is_ambiguous(SPRING_2026, time(2, 30), NEW_YORK)


@pytest.mark.parametrize(
    ("start_day", "end_day", "expected"),
    [(date(2026, 3, 7), date(2026, 3, 8), 8.0), (date(2026, 10, 31), FALL_2026, 10.0)],
)
def test_real_hours_across_a_change_night(start_day: date, end_day: date, expected: float) -> None:
    """A 20:00 → 05:00 duty in New York is 8 h in spring and 10 h in fall, not 9 h."""
    start = datetime.combine(start_day, time(20), tzinfo=zone(NEW_YORK))
    end = datetime.combine(end_day, time(5), tzinfo=zone(NEW_YORK))
    assert real_hours(start, end) == expected


def test_day_bounds_span_whole_home_dates() -> None:
    start, end = day_bounds(date(2026, 3, 2), date(2026, 3, 8), MANILA)
    assert start == datetime(2026, 3, 1, 16, tzinfo=UTC)
    assert end == datetime(2026, 3, 8, 16, tzinfo=UTC)


@pytest.mark.parametrize(
    "name", ["America/NewYork", "", " Asia/Manila", "../etc/passwd", "Mars/Base"]
)
def test_unknown_zones_are_refused(name: str) -> None:
    with pytest.raises(UnknownZoneError, match="unknown time zone"):
        zone(name)


@pytest.mark.parametrize("text", ["25:00", "9:00", "09:60", "0900", "noon", "09:00:00", "-1:00"])
def test_bad_clock_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        parse_clock(text)


def test_clock_times_parse() -> None:
    assert parse_clock("00:00") == time(0, 0)
    assert parse_clock("23:59") == time(23, 59)


@pytest.mark.parametrize(
    ("hours", "text"),
    [(7.5, "7 h 30 min"), (11, "11 h"), (0.75, "45 min"), (0, "0 h"), (-1.25, "-1 h 15 min")],
)
def test_durations_read_as_people_say_them(hours: float, text: str) -> None:
    assert hours_text(hours) == text
