"""Rules about hours worked: long shifts and long weeks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import day_start, home_date, hours_text
from shiftplanner.core.rules.messages import clock, count_text, day, duty_text, finding
from shiftplanner.core.rules.schedule import Duty, Schedule


def long_shift(schedule: Schedule) -> Iterator[Finding]:
    """Worked hours above 12 h, or above 9 h for a night shift; one finding per work run."""
    flagged = [i for i, duty in enumerate(schedule.duties) if _over_by(schedule, duty) > 0]
    zone = schedule.home_zone
    for group in schedule.group_by_run(flagged):
        duties = [schedule.duties[i] for i in group]
        worst = max(duties, key=lambda d: (_over_by(schedule, d), -d.start.timestamp()))
        limit = _limit(schedule, worst)
        latest_end = worst.start + timedelta(minutes=limit + worst.shift.unpaid_break_minutes)
        listed = ", ".join(
            f"{duty_text(d.start, d.end, zone)} ({hours_text(d.worked_minutes / 60)})"
            for d in duties
        )
        kind = "a night shift" if worst.night else "a shift"
        yield finding(
            "long-shift",
            Severity.HIGH,
            (duties[0].start, max(d.end for d in duties)),
            f"{count_text(len(duties), 'long shift')} worked: {listed} — more than "
            f"{hours_text(limit / 60)} for {kind}.",
            f"Ask to end the {day(worst.start, zone)} shift by {clock(latest_end, zone)} "
            f"({hours_text(limit / 60)} worked) and move the extra hours to another day.",
        )


def _limit(schedule: Schedule, duty: Duty) -> int:
    key = "max_night_shift_hours" if duty.night else "max_shift_hours"
    return round(schedule.threshold(key) * 60)


def _over_by(schedule: Schedule, duty: Duty) -> int:
    return duty.worked_minutes - _limit(schedule, duty)


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
        above = f"more than {hours_text(limit / 60)}"
        if worked > high:
            above += f", and more than {hours_text(high / 60)}"
        yield finding(
            "weekly-hours",
            Severity.HIGH if worked > high else Severity.MEDIUM,
            (week_start, week_end),
            f"{hours_text(worked / 60)} worked in the week {day(week_start, zone)} - "
            f"{day(week_end - timedelta(hours=12), zone)} "
            f"({count_text(len(duties), 'shift')}) — {above}.",
            f"Drop or shorten shifts by {hours_text((worked - limit) / 60)} to stay within "
            f"{hours_text(limit / 60)}, e.g. the longest: "
            f"{duty_text(longest.start, longest.end, zone)}.",
        )


def _weeks(schedule: Schedule) -> dict[date, list[Duty]]:
    weeks: dict[date, list[Duty]] = {}
    for duty in schedule.duties:
        start_day = home_date(duty.start, schedule.home_zone)
        weeks.setdefault(start_day - timedelta(days=start_day.weekday()), []).append(duty)
    return weeks
