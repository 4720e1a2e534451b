"""Shift types (wall-clock templates) and shifts (concrete duties with UTC instants)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

from shiftplanner.core.instants import real_hours, to_instant

OFF = "off"


class ShiftSource(Enum):
    """Where a concrete shift came from."""

    ROTATION = "rotation"
    CHANGE = "change"
    EXTRA = "extra"
    IMPORT = "import"


@dataclass(frozen=True, slots=True)
class ShiftType:
    """A named duty template: wall-clock start and end in the zone the schedule is set in.

    An end at or before the start means the duty ends the next day.
    """

    id: str
    name: str
    start: time
    end: time
    zone: str
    unpaid_break_minutes: int = 0
    color: str | None = None

    @property
    def crosses_midnight(self) -> bool:
        """Whether the duty ends on the day after it starts (in its own zone)."""
        return self.end <= self.start

    def on(self, day: date) -> tuple[datetime, datetime]:
        """UTC start and end of this type's duty that starts on `day` in its zone."""
        end_day = day + timedelta(days=1) if self.crosses_midnight else day
        return to_instant(day, self.start, self.zone), to_instant(end_day, self.end, self.zone)


@dataclass(frozen=True, slots=True)
class Shift:
    """One concrete duty.

    Args:
        start: UTC instant the duty starts.
        end: UTC instant it ends.
        type_id: The shift type it was made from, or None for an explicit one-off duty.
        name: Human name (the type's name or the one-off's label).
        zone: The zone the duty was defined in.
        roster_date: The date the duty belongs to in its own zone.
        unpaid_break_minutes: Unpaid time inside the duty.
        source: Rotation, change, extra or import.
        note: A note from the change or import, if any.
    """

    start: datetime
    end: datetime
    type_id: str | None
    name: str
    zone: str
    roster_date: date
    unpaid_break_minutes: int
    source: ShiftSource
    note: str = ""

    @property
    def real_hours(self) -> float:
        """Length in real time, whatever the clocks did."""
        return real_hours(self.start, self.end)

    @property
    def worked_hours(self) -> float:
        """Real length less the unpaid break."""
        return max(0.0, self.real_hours - self.unpaid_break_minutes / 60)


@dataclass(frozen=True, slots=True)
class DayChange:
    """A one-off replacement of the rotation's entry for one date (swap, leave, overtime)."""

    date: date
    shift: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class ExtraShift:
    """An explicit one-off duty given as local date-times in a zone."""

    start: datetime
    end: datetime
    zone: str
    label: str = ""
    unpaid_break_minutes: int = 0
    source: ShiftSource = ShiftSource.EXTRA


def find_overlaps(shifts: list[Shift]) -> list[tuple[Shift, Shift]]:
    """Pairs of duties that overlap in real time, each pair in start order."""
    ordered = sorted(shifts, key=lambda s: (s.start, s.end))
    pairs: list[tuple[Shift, Shift]] = []
    active: list[Shift] = []
    for shift in ordered:
        active = [other for other in active if other.end > shift.start]
        pairs.extend((other, shift) for other in active)
        active.append(shift)
    return pairs
