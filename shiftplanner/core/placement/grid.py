"""The 15-minute grid placement works on: instants as slot numbers, sets of slots as int bitmasks.

Bit i of a mask stands for slot i, the quarter hour starting at `start + 15 min * i` in real
(UTC) time. Python ints make "all starts where k free slots follow" a few shifts and ANDs,
which keeps a week's placement in milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from shiftplanner.core.instants import in_zone

SLOT = timedelta(minutes=15)
SLOT_MINUTES = 15


class Grid:
    """Slots from `start` (inclusive) to `end` (exclusive), with their home-zone dates and hours."""

    __slots__ = ("_day_masks", "dates", "end", "full", "home_zone", "hours", "size", "start")

    def __init__(self, start: datetime, end: datetime, home_zone: str) -> None:
        self.start = start
        self.end = end
        self.home_zone = home_zone
        self.size = (end - start) // SLOT
        self.full = (1 << self.size) - 1
        local = [in_zone(start + SLOT * i, home_zone) for i in range(self.size)]
        self.dates: list[date] = [moment.date() for moment in local]
        self.hours: list[float] = [moment.hour + moment.minute / 60 for moment in local]
        self._day_masks: dict[date, int] = {}
        for index, day in enumerate(self.dates):
            self._day_masks[day] = self._day_masks.get(day, 0) | (1 << index)

    def instant(self, slot: int) -> datetime:
        """The instant slot `slot` starts."""
        return self.start + SLOT * slot

    def floor(self, instant: datetime) -> int:
        """The slot holding `instant` (may lie outside the grid)."""
        return (instant - self.start) // SLOT

    def ceil(self, instant: datetime) -> int:
        """The first slot starting at or after `instant`."""
        return -((self.start - instant) // SLOT)

    def touching(self, start: datetime, end: datetime) -> int:
        """Slots that overlap [start, end): what busy time takes."""
        return self.between(self.floor(start), self.ceil(end))

    def inside(self, start: datetime, end: datetime) -> int:
        """Slots that lie wholly inside [start, end): where a block may go."""
        return self.between(self.ceil(start), self.floor(end))

    def between(self, first: int, stop: int) -> int:
        """Slots first..stop-1, clipped to the grid."""
        first, stop = max(first, 0), min(stop, self.size)
        return ((1 << (stop - first)) - 1) << first if stop > first else 0

    def day_mask(self, day: date) -> int:
        """Slots starting on a home-zone date."""
        return self._day_masks.get(day, 0)

    def days(self) -> list[date]:
        """The home-zone dates the grid touches, in order."""
        return list(self._day_masks)


def runs(free: int, length: int) -> int:
    """Starts s such that slots s..s+length-1 are all in `free`."""
    result = free
    span = 1
    while span * 2 <= length:
        result &= result >> span
        span *= 2
    if span < length:
        result &= result >> (length - span)
    return result


def spread_starts(first: int, last: int) -> int:
    """Starts first..last inclusive (empty when last < first)."""
    if last < first:
        return 0
    first = max(first, 0)
    return ((1 << (last - first + 1)) - 1) << first if last >= first else 0


def dilate(mask: int, slots: int) -> int:
    """The mask grown by `slots` on each side: a buffer around busy time."""
    result = mask
    for step in range(1, slots + 1):
        result |= (mask << step) | (mask >> step)
    return result


def bits(mask: int) -> Iterator[int]:
    """The set bits of a mask, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low
