"""Rules about hours worked: long shifts and long weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import day_start, home_date
from shiftplanner.core.rules.messages import SHIFTS, clock, day, duty_text, finding
from shiftplanner.core.rules.schedule import Duty, Schedule
from shiftplanner.core.text import Hours, Join, Plural, Template, Text

LONG_SHIFTS = Template("{shifts} worked: {listed} — more than {limit} for {kind}.")
LONG_SHIFT_COUNT = Plural(Template("{count} long shift"), Template("{count} long shifts"))
DUTY_HOURS = Template("{duty} ({hours})")
A_NIGHT_SHIFT = Template("a night shift")
A_SHIFT = Template("a shift")
LONG_SHIFT_FIX = Template(
    "Ask to end the {day} shift by {clock} ({limit} worked) and move the extra hours to "
    "another day."
)


def long_shift(schedule: Schedule) -> Iterator[Finding]:
    """Worked hours above 12 h, or above 9 h for a night shift; one finding per work run."""
    flagged = [i for i, duty in enumerate(schedule.duties) if _over_by(schedule, duty) > 0]
    zone = schedule.home_zone
    for group in schedule.group_by_run(flagged):
        duties = [schedule.duties[i] for i in group]
        worst = max(duties, key=lambda d: (_over_by(schedule, d), -d.start.timestamp()))
        limit = _limit(schedule, worst)
        latest_end = worst.start + timedelta(minutes=limit + worst.shift.unpaid_break_minutes)
        listed = tuple(
            Text.of(
                DUTY_HOURS,
                duty=duty_text(d.start, d.end, zone),
                hours=Hours(d.worked_minutes / 60),
            )
            for d in duties
        )
        yield finding(
            "long-shift",
            Severity.HIGH,
            (duties[0].start, max(d.end for d in duties)),
            Text.of(
                LONG_SHIFTS,
                shifts=LONG_SHIFT_COUNT.of(len(duties)),
                listed=Join(", ", listed),
                limit=Hours(limit / 60),
                kind=Text.of(A_NIGHT_SHIFT if worst.night else A_SHIFT),
            ),
            Text.of(
                LONG_SHIFT_FIX,
                day=day(worst.start, zone),
                clock=clock(latest_end, zone),
                limit=Hours(limit / 60),
            ),
        )


def _limit(schedule: Schedule, duty: Duty) -> int:
    key = "max_night_shift_hours" if duty.night else "max_shift_hours"
    return round(schedule.threshold(key) * 60)


def _over_by(schedule: Schedule, duty: Duty) -> int:
    return duty.worked_minutes - _limit(schedule, duty)


WEEKLY_HOURS = Template("{worked} worked in the week {first} - {last} ({shifts}) — {above}.")
MORE_THAN = Template("more than {limit}")
MORE_THAN_BOTH = Template("more than {limit}, and more than {high}")
WEEKLY_HOURS_FIX = Template(
    "Drop or shorten shifts by {excess} to stay within {limit}, e.g. the longest: {duty}."
)


def weekly_hours(schedule: Schedule) -> Iterator[Finding]:
    """Worked hours of the duties starting in a home-zone Monday-Sunday week."""
    limit = round(schedule.threshold("max_weekly_hours") * 60)
    high = round(schedule.threshold("high_weekly_hours") * 60)
    zone = schedule.home_zone
    for monday, duties in sorted(_weeks(schedule).items()):
        week_start = day_start(monday, zone)
        week_end = day_start(monday + timedelta(days=7), zone)
        if week_start < schedule.start or week_end > schedule.end:
            continue
        worked = sum(d.worked_minutes for d in duties)
        if worked <= limit:
            continue
        longest = max(duties, key=lambda d: (d.worked_minutes, -d.start.timestamp()))
        above = (
            Text.of(MORE_THAN_BOTH, limit=Hours(limit / 60), high=Hours(high / 60))
            if worked > high
            else Text.of(MORE_THAN, limit=Hours(limit / 60))
        )
        yield finding(
            "weekly-hours",
            Severity.HIGH if worked > high else Severity.MEDIUM,
            (week_start, week_end),
            Text.of(
                WEEKLY_HOURS,
                worked=Hours(worked / 60),
                first=day(week_start, zone),
                last=day(week_end - timedelta(hours=12), zone),
                shifts=SHIFTS.of(len(duties)),
                above=above,
            ),
            Text.of(
                WEEKLY_HOURS_FIX,
                excess=Hours((worked - limit) / 60),
                limit=Hours(limit / 60),
                duty=duty_text(longest.start, longest.end, zone),
            ),
        )


def _weeks(schedule: Schedule) -> dict[date, list[Duty]]:
    weeks: dict[date, list[Duty]] = {}
    for duty in schedule.duties:
        start_day = home_date(duty.start, schedule.home_zone)
        weeks.setdefault(start_day - timedelta(days=start_day.weekday()), []).append(duty)
    return weeks
