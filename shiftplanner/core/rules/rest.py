"""Rules about single rest gaps: overlapping duties, quick returns, day/night switches."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import hours_text
from shiftplanner.core.rules.messages import (
    clock,
    day,
    day_when,
    duty_text,
    finding,
    round_up,
    type_text,
    when,
)
from shiftplanner.core.rules.schedule import Duty, Gap, Schedule
from shiftplanner.core.shifts import Shift, ShiftType, find_overlaps
from shiftplanner.core.sleep_estimate import SleepProfile


def overlap(schedule: Schedule) -> Iterator[Finding]:
    """Two duties at the same time: one of them is a data error."""
    zone = schedule.home_zone
    for first, second in find_overlaps([duty.shift for duty in schedule.duties]):
        end = min(first.end, second.end)
        yield finding(
            "overlap",
            Severity.CRITICAL,
            (second.start, end),
            f"{_named(first, zone)} and {_named(second, zone)} overlap by "
            f"{hours_text((end - second.start).total_seconds() / 3600)} — both cannot happen.",
            f"Keep one: remove or move {_source(second)} '{second.name}' so it starts at "
            f"{when(first.end, zone)} or later, or mark {day(first.start, zone)} off.",
        )


def _named(shift: Shift, zone: str) -> str:
    return f"{shift.name} ({duty_text(shift.start, shift.end, zone)})"


def _source(shift: Shift) -> str:
    return {"rotation": "the rotation's", "change": "the change", "extra": "the extra shift"}.get(
        shift.source.value, "the imported shift"
    )


def quick_return(schedule: Schedule) -> Iterator[Finding]:
    """Rest gaps below the daily-rest benchmark (11 h; under 9 h is critical)."""
    minimum = schedule.threshold("min_rest_hours")
    critical = schedule.threshold("critical_rest_hours")
    profile = SleepProfile.of(schedule.plan.person)
    zone = schedule.home_zone
    for index, gap in enumerate(schedule.gaps):
        if gap.minutes >= round(minimum * 60):
            continue
        severity = Severity.CRITICAL if gap.minutes < round(critical * 60) else Severity.HIGH
        sleep = profile.opportunity_hours(gap.hours)
        sleep_text = f"{hours_text(sleep)} to sleep" if sleep > 0 else "no time to sleep"
        yield finding(
            "quick-return",
            severity,
            (gap.start, gap.end),
            f"Only {hours_text(gap.hours)} between {when(gap.start, zone)} and "
            f"{when(gap.end, zone)} — less than the {hours_text(minimum)} benchmark; "
            f"{sleep_text} after commuting.",
            _later_start_advice(schedule, index, minimum),
        )


def _later_start_advice(schedule: Schedule, index: int, rest_hours: float) -> str:
    """Start the next duty later, swap it for a type that leaves enough rest, or end earlier."""
    zone = schedule.home_zone
    gap = schedule.gaps[index]
    rest = timedelta(hours=rest_hours)
    start = round_up(gap.start + rest, zone)
    options = [f"Ask to start {day(start, zone)} at {clock(start, zone)} or later"]
    following = schedule.gaps[index + 1].end if index + 1 < len(schedule.gaps) else None
    swap = _swap_type(schedule, gap, rest, following)
    if swap is not None:
        options.append(f"swap that day to {type_text(swap, zone)}")
    latest_end = gap.end - rest
    before = gap.before
    if latest_end - before.start >= (before.end - before.start) / 2:
        options.append(f"finish {day(latest_end, zone)} by {clock(latest_end, zone)}")
    return ", or ".join(options) + "."


def _swap_type(
    schedule: Schedule, gap: Gap, rest: timedelta, following: datetime | None
) -> ShiftType | None:
    """A shift type on the same home date that leaves `rest` on both sides, if any."""
    zone = schedule.home_zone
    target = gap.after.shift
    target_day = day(target.start, zone)
    candidates: list[tuple[datetime, ShiftType]] = []
    for shift_type in schedule.plan.shift_types:
        if shift_type.id == target.type_id:
            continue
        for offset in (-1, 0, 1):
            start, end = shift_type.on(target.roster_date + timedelta(days=offset))
            rested_after = following is None or following - end >= rest
            if day(start, zone) == target_day and start - gap.start >= rest and rested_after:
                candidates.append((start, shift_type))
    return min(candidates, key=lambda c: (c[0], c[1].id))[1] if candidates else None


def day_night_switch(schedule: Schedule) -> Iterator[Finding]:
    """Less than 48 h between a night shift and a non-night shift, either way round."""
    minimum = schedule.threshold("min_switch_rest_hours")
    zone = schedule.home_zone
    for gap in schedule.gaps:
        if gap.before.night == gap.after.night or gap.minutes >= round(minimum * 60):
            continue
        moved = gap.after.start
        while moved - gap.start < timedelta(hours=minimum):
            moved += timedelta(days=1)
        yield finding(
            "day-night-switch",
            Severity.HIGH,
            (gap.start, gap.end),
            f"Only {hours_text(gap.hours)} between the {_kind(gap.before)} ending "
            f"{when(gap.start, zone)} and the {_kind(gap.after)} starting {when(gap.end, zone)} "
            f"— less than the {hours_text(minimum)} (two nights' sleep) advised for a switch "
            "between days and nights.",
            f"Ask to move the {_kind(gap.after)} to {day_when(moved, zone)} or later (same "
            "start time), so two nights' sleep come first, or add rest days before it.",
        )


def _kind(duty: Duty) -> str:
    if duty.night:
        return "night shift"
    return {"morning": "morning shift", "mid": "mid shift"}.get(
        duty.category.value, "evening shift"
    )
