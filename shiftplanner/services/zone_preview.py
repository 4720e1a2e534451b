"""A shift type's hours in the home zone, now and after the next clock change.

A shift set in US Eastern time moves by an hour in Manila twice a year, because the US
changes its clocks and the Philippines does not. The shift types editor shows both, so the
person sees "from Sun 8 Mar: 21:00-06:00" before it happens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from shiftplanner.core.instants import in_zone
from shiftplanner.core.shifts import ShiftType

LOOK_AHEAD_DAYS = 400


@dataclass(frozen=True, slots=True)
class HomeTimes:
    """Where one duty of a shift type falls by the home-zone clock.

    Args:
        start: Home-zone clock time the duty starts.
        end: Home-zone clock time it ends.
        start_day_offset: Home date of the start less the roster date (-1, 0 or 1).
    """

    start: time
    end: time
    start_day_offset: int = 0


@dataclass(frozen=True, slots=True)
class ZonePreview:
    """A shift type's home-zone hours today and from the next date they differ.

    Args:
        now: Hours of the duty that starts on `today`.
        change_on: Home-zone date the first duty with the new hours starts; None if the
            hours do not change within `LOOK_AHEAD_DAYS`.
        after: The new hours, or None.
    """

    now: HomeTimes
    change_on: date | None = None
    after: HomeTimes | None = None


def home_times(shift_type: ShiftType, day: date, home_zone: str) -> HomeTimes:
    """The home-zone hours of the duty of `shift_type` on roster date `day`."""
    start, end = shift_type.on(day)
    local_start, local_end = in_zone(start, home_zone), in_zone(end, home_zone)
    return HomeTimes(
        start=local_start.time().replace(tzinfo=None),
        end=local_end.time().replace(tzinfo=None),
        start_day_offset=(local_start.date() - day).days,
    )


def zone_preview(shift_type: ShiftType, home_zone: str, today: date) -> ZonePreview:
    """The home-zone hours of a shift type now, and from when and to what they next change.

    The change is the first roster date whose hours differ from today's and stay so the
    day after; a single duty that straddles the clock change (one hour longer or shorter)
    is not where the new hours begin.
    """
    now = home_times(shift_type, today, home_zone)
    following = home_times(shift_type, today + timedelta(days=1), home_zone)
    for offset in range(1, LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        current, following = following, home_times(shift_type, day + timedelta(days=1), home_zone)
        if current != now and current == following:
            start, _ = shift_type.on(day)
            return ZonePreview(now, in_zone(start, home_zone).date(), current)
    return ZonePreview(now)
