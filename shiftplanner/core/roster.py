"""Expanding a plan into the concrete duties of a bounded date range."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from shiftplanner.core.instants import day_bounds, home_date, local_to_instant
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import rotation_entry
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, Shift, ShiftSource

# A duty is at most a day long and zones differ by at most 26 h, so roster dates this far
# outside the home-zone range can still reach into it.
_ROSTER_MARGIN = timedelta(days=2)


def expand(plan: Plan, first: date, last: date) -> list[Shift]:
    """Every duty that overlaps the home-zone dates first..last (inclusive), in start order."""
    window_start, window_end = day_bounds(first, last, plan.home_zone)
    shifts = [*_roster_shifts(plan, first, last), *_extra_shifts(plan)]
    inside = [s for s in shifts if s.end > window_start and s.start < window_end]
    return sorted(inside, key=_order)


def expand_window(plan: Plan, start: datetime, end: datetime) -> list[Shift]:
    """Every duty overlapping the instants [start, end), in start order."""
    first = home_date(start, plan.home_zone)
    last = home_date(end, plan.home_zone)
    return [s for s in expand(plan, first, last) if s.end > start and s.start < end]


def roster_entry(plan: Plan, day: date) -> tuple[str | None, DayChange | None]:
    """The shift-type id (or "off", or None) a date gets, and the change that set it."""
    change = _changes_by_date(plan).get(day)
    if change is not None:
        return change.shift, change
    return rotation_entry(plan.rotations, day), None


def _roster_shifts(plan: Plan, first: date, last: date) -> Iterator[Shift]:
    changes = _changes_by_date(plan)
    day = first - _ROSTER_MARGIN
    while day <= last + _ROSTER_MARGIN:
        change = changes.get(day)
        entry = change.shift if change is not None else rotation_entry(plan.rotations, day)
        if entry is not None and entry != OFF:
            yield _typed_shift(plan, day, entry, change)
        day += timedelta(days=1)


def _typed_shift(plan: Plan, day: date, type_id: str, change: DayChange | None) -> Shift:
    shift_type = plan.shift_type(type_id)
    start, end = shift_type.on(day)
    return Shift(
        start=start,
        end=end,
        type_id=type_id,
        name=shift_type.name,
        zone=shift_type.zone,
        roster_date=day,
        unpaid_break_minutes=shift_type.unpaid_break_minutes,
        source=ShiftSource.ROTATION if change is None else ShiftSource.CHANGE,
        note="" if change is None else change.note,
    )


def _extra_shifts(plan: Plan) -> Iterator[Shift]:
    for extra in plan.extra_shifts:
        yield extra_to_shift(extra)


def extra_to_shift(extra: ExtraShift) -> Shift:
    """The concrete duty of an explicit one-off shift."""
    return Shift(
        start=local_to_instant(extra.start, extra.zone),
        end=local_to_instant(extra.end, extra.zone),
        type_id=None,
        name=extra.label or "Extra shift",
        zone=extra.zone,
        roster_date=extra.start.date(),
        unpaid_break_minutes=extra.unpaid_break_minutes,
        source=extra.source,
    )


def _changes_by_date(plan: Plan) -> dict[date, DayChange]:
    return {change.date: change for change in plan.changes}


def _order(shift: Shift) -> tuple[datetime, datetime, str]:
    return shift.start, shift.end, shift.name
