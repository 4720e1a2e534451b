"""Home-zone hours of a shift type now and after the next clock change, around US DST."""

from __future__ import annotations

from datetime import date, time

import pytest

from shiftplanner.core.shifts import ShiftType
from shiftplanner.services.zone_preview import HomeTimes, home_times, zone_preview

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
LOS_ANGELES = "America/Los_Angeles"
LONDON = "Europe/London"

US_DAY = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)


@pytest.mark.parametrize(
    ("today", "now", "change_on", "after"),
    [
        # Winter: 22:00-07:00 in Manila; from the US change on Sun 8 Mar it is an hour earlier.
        (date(2026, 3, 1), (time(22), time(7)), date(2026, 3, 8), (time(21), time(6))),
        (date(2026, 3, 7), (time(22), time(7)), date(2026, 3, 8), (time(21), time(6))),
        # Summer: back to 22:00-07:00 from Sun 1 Nov.
        (date(2026, 3, 8), (time(21), time(6)), date(2026, 11, 1), (time(22), time(7))),
        (date(2026, 10, 31), (time(21), time(6)), date(2026, 11, 1), (time(22), time(7))),
    ],
)
def test_us_eastern_day_shift_in_manila_around_dst(
    today: date, now: tuple[time, time], change_on: date, after: tuple[time, time]
) -> None:
    preview = zone_preview(US_DAY, MANILA, today)
    assert (preview.now.start, preview.now.end) == now
    assert preview.change_on == change_on
    assert preview.after is not None
    assert (preview.after.start, preview.after.end) == after


def test_a_night_shift_that_straddles_the_change_is_not_where_the_new_hours_begin() -> None:
    # 22:00-07:00 Pacific: the duty of Sat 7 Mar ends after the change, an hour shorter.
    night = ShiftType("us-night", "US night", time(22), time(7), LOS_ANGELES)
    straddling = home_times(night, date(2026, 3, 7), MANILA)
    assert (straddling.start, straddling.end) == (time(14), time(22))
    preview = zone_preview(night, MANILA, date(2026, 3, 1))
    assert preview.now == HomeTimes(time(14), time(23), 1)
    assert preview.change_on == date(2026, 3, 9)
    assert preview.after == HomeTimes(time(13), time(22), 1)


def test_the_home_date_of_the_start_is_reported_when_it_is_the_next_day() -> None:
    evening = ShiftType("us-eve", "US evening", time(20), time(5), NEW_YORK)
    preview = zone_preview(evening, MANILA, date(2026, 10, 1))
    assert preview.now == HomeTimes(time(8), time(17), 1)
    # The duty of Sun 1 Nov (New York) starts Mon 2 Nov 09:00 in Manila.
    assert preview.change_on == date(2026, 11, 2)
    assert preview.after == HomeTimes(time(9), time(18), 1)


def test_a_shift_in_a_zone_without_clock_changes_never_moves() -> None:
    mid = ShiftType("mid", "Mid", time(14), time(23), MANILA)
    preview = zone_preview(mid, MANILA, date(2026, 3, 1))
    assert preview.now == HomeTimes(time(14), time(23), 0)
    assert preview.change_on is None
    assert preview.after is None


def test_both_zones_changing_on_different_dates() -> None:
    # New York changes on 8 Mar, London on 29 Mar: the London-home hours move twice.
    preview = zone_preview(US_DAY, LONDON, date(2026, 3, 1))
    assert preview.now == HomeTimes(time(14), time(23), 0)
    assert preview.change_on == date(2026, 3, 8)
    assert preview.after == HomeTimes(time(13), time(22), 0)
    later = zone_preview(US_DAY, LONDON, date(2026, 3, 9))
    assert later.change_on == date(2026, 3, 29)
    assert later.after == HomeTimes(time(14), time(23), 0)
