"""The dst-change notice: a shift set in another zone starts at a new home time."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import format_clock, in_zone
from shiftplanner.core.rules.messages import clock, day, finding, place
from shiftplanner.core.rules.schedule import Duty, Schedule
from shiftplanner.core.text import Hours, Template, Text

STARTS_AT_NEW_TIME = Template(
    "From {day} your {name} shift starts {start}, not {before}, and ends {end} ({reason})."
)
MOVE_LATER = Template(
    "Move alarms, naps and the commute {hours} later from {day}; the shift itself has not changed."
)
MOVE_EARLIER = Template(
    "Move alarms, naps and the commute {hours} earlier from {day}; the shift itself has not "
    "changed."
)
TO_DAYLIGHT = Template("{place} moved to daylight time")
TO_STANDARD = Template("{place} went back to standard time")
NEW_OFFSET = Template("{place} changed its UTC offset")


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
            Text.of(
                STARTS_AT_NEW_TIME,
                day=day(duty.start, zone),
                name=duty.shift.name,
                start=clock(duty.start, zone),
                before=clock(previous.start, zone),
                end=clock(duty.end, zone),
                reason=_reason(previous.start, duty.start, own, zone),
            ),
            _move_advice(previous, duty, zone),
        )


def _moved(before: datetime, after: datetime, own: str, home: str) -> bool:
    """Same wall-clock start in the shift's zone, different in the home zone."""
    return _wall(before, own) == _wall(after, own) and _wall(before, home) != _wall(after, home)


def _wall(instant: datetime, zone: str) -> str:
    return format_clock(in_zone(instant, zone).time())


def _reason(before: datetime, after: datetime, own: str, home: str) -> Text:
    for name in (own, home):
        was, now = in_zone(before, name).dst(), in_zone(after, name).dst()
        if was != now:
            return Text.of(TO_DAYLIGHT if now else TO_STANDARD, place=place(name))
    return Text.of(NEW_OFFSET, place=place(own))


def _move_advice(previous: Duty, duty: Duty, zone: str) -> Text:
    local_before = in_zone(previous.start, zone)
    local_after = in_zone(duty.start, zone)
    minutes = (local_after.hour * 60 + local_after.minute) - (
        local_before.hour * 60 + local_before.minute
    )
    minutes = (minutes + 12 * 60) % (24 * 60) - 12 * 60
    return Text.of(
        MOVE_LATER if minutes > 0 else MOVE_EARLIER,
        hours=Hours(abs(minutes) / 60),
        day=day(duty.start, zone),
    )
