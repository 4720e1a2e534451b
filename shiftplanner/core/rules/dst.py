"""The dst-change notice: a shift set in another zone starts at a new home time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import hours_text, in_zone
from shiftplanner.core.rules.messages import clock, day, finding, place
from shiftplanner.core.rules.schedule import Duty, Schedule


def dst_change(schedule: Schedule) -> Iterator[Finding]:
    """Each shift type set in another zone whose home-time start moved since its last duty."""
    zone = schedule.home_zone
    last_of_type: dict[str, Duty] = {}
    for duty in schedule.duties:
        type_id, own = duty.shift.type_id, duty.shift.zone
        if type_id is None or own == zone:
            continue
        previous = last_of_type.get(type_id)
        last_of_type[type_id] = duty
        if previous is None or not _moved(previous.start, duty.start, own, zone):
            continue
        yield finding(
            "dst-change",
            Severity.INFO,
            (duty.start, duty.end),
            f"From {day(duty.start, zone)} your {duty.shift.name} shift starts "
            f"{clock(duty.start, zone)}, not {clock(previous.start, zone)}, and ends "
            f"{clock(duty.end, zone)} ({_reason(previous.start, duty.start, own, zone)}).",
            f"Move alarms, naps and the commute {_shift_text(previous, duty, zone)} from "
            f"{day(duty.start, zone)}; the shift itself has not changed.",
        )


def _moved(before: datetime, after: datetime, own: str, home: str) -> bool:
    """Same wall-clock start in the shift's zone, different in the home zone."""
    return clock(before, own) == clock(after, own) and clock(before, home) != clock(after, home)


def _reason(before: datetime, after: datetime, own: str, home: str) -> str:
    for name in (own, home):
        was, now = in_zone(before, name).dst(), in_zone(after, name).dst()
        if was != now:
            moved = "moved to daylight time" if now else "went back to standard time"
            return f"{place(name)} {moved}"
    return f"{place(own)} changed its UTC offset"


def _shift_text(previous: Duty, duty: Duty, zone: str) -> str:
    local_before = in_zone(previous.start, zone)
    local_after = in_zone(duty.start, zone)
    minutes = (local_after.hour * 60 + local_after.minute) - (
        local_before.hour * 60 + local_before.minute
    )
    minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60
    direction = "later" if minutes > 0 else "earlier"
    return f"{hours_text(abs(minutes) / 60)} {direction}"
