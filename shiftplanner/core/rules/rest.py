"""Rules about single rest gaps: overlapping duties, quick returns, day/night switches."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import home_date
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
from shiftplanner.core.rules.schedule import Category, Duty, Gap, Schedule
from shiftplanner.core.shifts import Shift, ShiftType, find_overlaps
from shiftplanner.core.sleep_estimate import SleepProfile
from shiftplanner.core.text import Hours, Template, Text

OVERLAP = Template("{first} and {second} overlap by {hours} — both cannot happen.")
OVERLAP_FIX = Template(
    "Keep one: remove or move {shift} so it starts at {when} or later, or mark {day} off."
)
NAMED_DUTY = Template("{name} ({duty})")
_SOURCE_NAMES = {
    "rotation": Template("the rotation's '{name}'"),
    "change": Template("the change '{name}'"),
    "extra": Template("the extra shift '{name}'"),
}
IMPORTED_NAME = Template("the imported shift '{name}'")


def overlap(schedule: Schedule) -> Iterator[Finding]:
    """Two duties at the same time: one of them is a data error."""
    zone = schedule.home_zone
    for first, second in find_overlaps([duty.shift for duty in schedule.duties]):
        end = min(first.end, second.end)
        yield finding(
            "overlap",
            Severity.CRITICAL,
            (second.start, end),
            Text.of(
                OVERLAP,
                first=_named(first, zone),
                second=_named(second, zone),
                hours=Hours((end - second.start).total_seconds() / 3600),
            ),
            Text.of(
                OVERLAP_FIX,
                shift=_source(second),
                when=when(first.end, zone),
                day=day(first.start, zone),
            ),
        )


def _named(shift: Shift, zone: str) -> Text:
    return Text.of(NAMED_DUTY, name=shift.name, duty=duty_text(shift.start, shift.end, zone))


def _source(shift: Shift) -> Text:
    template = _SOURCE_NAMES.get(shift.source.value, IMPORTED_NAME)
    return Text.of(template, name=shift.name)


QUICK_RETURN = Template(
    "Only {gap} between {start} and {end} — less than the {minimum} benchmark; "
    "{sleep} after commuting."
)
SLEEP_LEFT = Template("{hours} to sleep")
NO_SLEEP_LEFT = Template("no time to sleep")
START_LATER = Template("Ask to start {day} at {clock} or later{swap}{finish}.")
OR_SWAP = Template(", or swap that day to {type}")
OR_FINISH = Template(", or finish {day} by {clock}")


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
        left = Text.of(SLEEP_LEFT, hours=Hours(sleep)) if sleep > 0 else Text.of(NO_SLEEP_LEFT)
        yield finding(
            "quick-return",
            severity,
            (gap.start, gap.end),
            Text.of(
                QUICK_RETURN,
                gap=Hours(gap.hours),
                start=when(gap.start, zone),
                end=when(gap.end, zone),
                minimum=Hours(minimum),
                sleep=left,
            ),
            _later_start_advice(schedule, index, minimum),
        )


def _later_start_advice(schedule: Schedule, index: int, rest_hours: float) -> Text:
    """Start the next duty later, swap it for a type that leaves enough rest, or end earlier."""
    zone = schedule.home_zone
    gap = schedule.gaps[index]
    rest = timedelta(hours=rest_hours)
    start = round_up(gap.start + rest, zone)
    following = schedule.gaps[index + 1].end if index + 1 < len(schedule.gaps) else None
    swap = _swap_type(schedule, gap, rest, following)
    latest_end = gap.end - rest
    before = gap.before
    finish_early = latest_end - before.start >= (before.end - before.start) / 2
    return Text.of(
        START_LATER,
        day=day(start, zone),
        clock=clock(start, zone),
        swap=Text.of(OR_SWAP, type=type_text(swap, zone)) if swap is not None else "",
        finish=(
            Text.of(OR_FINISH, day=day(latest_end, zone), clock=clock(latest_end, zone))
            if finish_early
            else ""
        ),
    )


def _swap_type(
    schedule: Schedule, gap: Gap, rest: timedelta, following: datetime | None
) -> ShiftType | None:
    """A shift type on the same home date that leaves `rest` on both sides, if any."""
    zone = schedule.home_zone
    target = gap.after.shift
    target_day = home_date(target.start, zone)
    candidates: list[tuple[datetime, ShiftType]] = []
    for shift_type in schedule.plan.shift_types:
        if shift_type.id == target.type_id:
            continue
        for offset in (-1, 0, 1):
            start, end = shift_type.on(target.roster_date + timedelta(days=offset))
            rested_after = following is None or following - end >= rest
            if home_date(start, zone) == target_day and start - gap.start >= rest and rested_after:
                candidates.append((start, shift_type))
    return min(candidates, key=lambda c: (c[0], c[1].id))[1] if candidates else None


SWITCH = Template(
    "Only {gap} between the {before} ending {start} and the {after} starting {end} — less "
    "than the {minimum} (two nights' sleep) advised for a switch between days and nights."
)
SWITCH_FIX = Template(
    "Ask to move the {after} to {moved} or later (same start time), so two nights' sleep "
    "come first, or add rest days before it."
)
NIGHT_SHIFT = Template("night shift")
_CATEGORY_SHIFTS = {
    Category.MORNING: Template("morning shift"),
    Category.MID: Template("mid shift"),
    Category.GRAVEYARD: Template("evening shift"),
}


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
            Text.of(
                SWITCH,
                gap=Hours(gap.hours),
                before=_kind(gap.before),
                start=when(gap.start, zone),
                after=_kind(gap.after),
                end=when(gap.end, zone),
                minimum=Hours(minimum),
            ),
            Text.of(SWITCH_FIX, after=_kind(gap.after), moved=day_when(moved, zone)),
        )


def _kind(duty: Duty) -> Text:
    """A graveyard-category duty that is not a night shift starts in the evening."""
    return Text.of(NIGHT_SHIFT if duty.night else _CATEGORY_SHIFTS[duty.category])
