"""Rules about work runs: weekly rest (law and benchmark), runs of nights, backward rotation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from itertools import pairwise

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import home_date, hours_text
from shiftplanner.core.rules.messages import (
    clock,
    count_text,
    day,
    day_when,
    days_text,
    duty_text,
    finding,
    round_up,
    when,
)
from shiftplanner.core.rules.schedule import Duty, Gap, Schedule

WEEK_HOURS = 7 * 24


def weekly_rest(schedule: Schedule) -> Iterator[Finding]:
    """A work run with more workdays than the law allows before a 24 h rest."""
    limit = round(schedule.threshold("max_consecutive_workdays"))
    zone = schedule.home_zone
    for run in schedule.runs:
        workdays = sorted({home_date(duty.start, zone) for duty in run})
        if len(workdays) <= limit:
            continue
        first, last = run[0], max(run, key=lambda d: d.end)
        due = workdays[limit]
        yield finding(
            "weekly-rest",
            Severity.CRITICAL,
            (first.start, last.end),
            f"{len(workdays)} workdays in a row, {days_text(first.start, last.start, zone)}, "
            f"with no 24 h off — the law gives a rest day after {limit} workdays.",
            f"Ask for {due:%a} {due.day} {due:%b} off (24 h without work after the "
            f"{_ordinal(limit)} workday), and a rest day in every {limit + 1} days after that.",
        )


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


def weekly_rest_benchmark(schedule: Schedule) -> Iterator[Finding]:
    """More than 7 x 24 - 35 h from the end of one 35 h rest to the start of the next."""
    rest = schedule.threshold("min_weekly_rest_hours")
    longest_allowed = round((WEEK_HOURS - rest) * 60)
    zone = schedule.home_zone
    for duties, gaps in _stretches(schedule, round(rest * 60)):
        start, end = duties[0].start, max(d.end for d in duties)
        if round((end - start).total_seconds() / 60) <= longest_allowed:
            continue
        yield finding(
            "weekly-rest-benchmark",
            Severity.MEDIUM,
            (start, end),
            f"No {hours_text(rest)} rest from {day_when(start, zone)} to {day_when(end, zone)} "
            f"({_days_hours(end - start)} of work and short breaks"
            f"{_longest_text(gaps, zone)}) — the benchmark is {hours_text(rest)} off in every "
            "7 days.",
            _benchmark_advice(gaps, rest, zone),
        )


def _stretches(schedule: Schedule, rest_minutes: int) -> Iterator[tuple[list[Duty], list[Gap]]]:
    """Duties (and the gaps among them) between consecutive long rests."""
    gap_before = {id(gap.after): gap for gap in schedule.gaps}
    duties: list[Duty] = []
    gaps: list[Gap] = []
    for duty in schedule.duties:
        gap = gap_before.get(id(duty))
        if gap is not None and gap.minutes >= rest_minutes:
            yield duties, gaps
            duties, gaps = [], []
        elif gap is not None:
            gaps.append(gap)
        duties.append(duty)
    if duties:
        yield duties, gaps


def _days_hours(span: timedelta) -> str:
    days, rest = divmod(round(span.total_seconds() / 60), 24 * 60)
    hours = hours_text(rest / 60) if rest else ""
    return " ".join(part for part in (count_text(days, "day"), hours) if part)


def _longest_text(gaps: Sequence[Gap], zone: str) -> str:
    if not gaps:
        return ""
    longest = max(gaps, key=lambda g: g.minutes)
    return (
        f"; the longest break is {hours_text(longest.hours)} "
        f"({when(longest.start, zone)} - {when(longest.end, zone)})"
    )


def _benchmark_advice(gaps: Sequence[Gap], rest: float, zone: str) -> str:
    if not gaps:
        return f"Ask for {hours_text(rest)} off in the middle of this stretch."
    longest = max(gaps, key=lambda g: g.minutes)
    start = round_up(longest.start + timedelta(hours=rest), zone)
    return (
        f"Make the break after {day_when(longest.start, zone)} {hours_text(rest)} long: "
        f"ask to start {day(start, zone)} at {clock(start, zone)} or later, "
        "or to add a rest day next to it."
    )


def consecutive_nights(schedule: Schedule) -> Iterator[Finding]:
    """A run of night shifts longer than advised (high above the UK rail limit of 7)."""
    limit = round(schedule.threshold("max_consecutive_nights"))
    high = round(schedule.threshold("high_consecutive_nights"))
    zone = schedule.home_zone
    for nights in _night_runs(schedule):
        dates = sorted({home_date(d.start, zone) for d in nights})
        if len(dates) <= limit:
            continue
        severity = Severity.HIGH if len(dates) > high else Severity.MEDIUM
        rest_day = dates[limit]
        yield finding(
            "consecutive-nights",
            severity,
            (nights[0].start, max(d.end for d in nights)),
            f"{len(dates)} night shifts in a row, "
            f"{days_text(nights[0].start, nights[-1].start, zone)} — more than {limit}; "
            f"advice is 2-3 nights in a row, and never more than {high}.",
            f"Ask to make {rest_day:%a} {rest_day.day} {rest_day:%b} a rest day, so no more than "
            f"{limit} nights run together, then two nights' sleep before days.",
        )


def _night_runs(schedule: Schedule) -> Iterator[list[Duty]]:
    for run in schedule.runs:
        nights: list[Duty] = []
        for duty in run:
            if duty.night:
                nights.append(duty)
            elif nights:
                yield nights
                nights = []
        if nights:
            yield nights


def backward_rotation(schedule: Schedule) -> Iterator[Finding]:
    """Within a work run, a step against the body clock (graveyard -> mid -> morning)."""
    zone = schedule.home_zone
    for run in schedule.runs:
        steps = [(a, b) for a, b in pairwise(run) if a.category.is_backward_step_to(b.category)]
        if not steps:
            continue
        described = "; ".join(
            f"{a.category.value} {duty_text(a.start, a.end, zone)} then "
            f"{b.category.value} {duty_text(b.start, b.end, zone)}"
            for a, b in steps
        )
        first, last = steps[0][0], steps[-1][1]
        yield finding(
            "backward-rotation",
            Severity.MEDIUM,
            (first.start, last.end),
            f"Backward rotation without a rest day: {described} — the body clock adapts more "
            "easily forward (morning to mid to graveyard).",
            f"Ask for a rest day (24 h off) before the {day(last.start, zone)} "
            f"{last.category.value} shift, or to order the run morning, mid, graveyard.",
        )
