"""Rules about work runs: weekly rest (law and benchmark), runs of nights, backward rotation."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta
from itertools import pairwise

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import home_date
from shiftplanner.core.rules.messages import (
    clock,
    date_text,
    day,
    day_when,
    days_text,
    duty_text,
    finding,
    round_up,
    when,
)
from shiftplanner.core.rules.schedule import Category, Duty, Gap, Schedule
from shiftplanner.core.text import Hours, Join, Plural, Template, Text, TextArg

WEEK_HOURS = 7 * 24

WEEKLY_REST = Template(
    "{workdays} workdays in a row, {days}, with no 24 h off — the law gives a rest day after "
    "{limit} workdays."
)
WEEKLY_REST_FIX = Template(
    "Ask for {due} off (24 h without work after the {ordinal} workday), and a rest day in "
    "every {cycle} days after that."
)
ORDINALS = {
    1: Template("{number}st"),
    2: Template("{number}nd"),
    3: Template("{number}rd"),
}
NTH = Template("{number}th")


def weekly_rest(schedule: Schedule) -> Iterator[Finding]:
    """A work run with more workdays than the law allows before a 24 h rest."""
    limit = round(schedule.threshold("max_consecutive_workdays"))
    zone = schedule.home_zone
    for run in schedule.runs:
        workdays = sorted({home_date(duty.start, zone) for duty in run})
        if len(workdays) <= limit:
            continue
        first, last = run[0], max(run, key=lambda d: d.end)
        yield finding(
            "weekly-rest",
            Severity.CRITICAL,
            (first.start, last.end),
            Text.of(
                WEEKLY_REST,
                workdays=len(workdays),
                days=days_text(first.start, last.start, zone),
                limit=limit,
            ),
            Text.of(
                WEEKLY_REST_FIX,
                due=date_text(workdays[limit]),
                ordinal=_ordinal(limit),
                cycle=limit + 1,
            ),
        )


def _ordinal(number: int) -> Text:
    teens = 10 <= number % 100 <= 20
    template = NTH if teens else ORDINALS.get(number % 10, NTH)
    return Text.of(template, number=number)


NO_WEEKLY_REST = Template(
    "No {rest} rest from {start} to {end} ({span} of work and short breaks{longest}) — the "
    "benchmark is {rest} off in every 7 days."
)
LONGEST_BREAK = Template("; the longest break is {hours} ({start} - {end})")
DAYS = Plural(Template("{count} day"), Template("{count} days"))
REST_MID_STRETCH = Template("Ask for {rest} off in the middle of this stretch.")
LENGTHEN_BREAK = Template(
    "Make the break after {after} {rest} long: ask to start {day} at {clock} or later, or to "
    "add a rest day next to it."
)


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
            Text.of(
                NO_WEEKLY_REST,
                rest=Hours(rest),
                start=day_when(start, zone),
                end=day_when(end, zone),
                span=_days_hours(end - start),
                longest=_longest_text(gaps, zone),
            ),
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


def _days_hours(span: timedelta) -> Join:
    days, rest = divmod(round(span.total_seconds() / 60), 24 * 60)
    parts: list[TextArg] = [DAYS.of(days)]
    if rest:
        parts.append(Hours(rest / 60))
    return Join(" ", tuple(parts))


def _longest_text(gaps: Sequence[Gap], zone: str) -> TextArg:
    if not gaps:
        return ""
    longest = max(gaps, key=lambda g: g.minutes)
    return Text.of(
        LONGEST_BREAK,
        hours=Hours(longest.hours),
        start=when(longest.start, zone),
        end=when(longest.end, zone),
    )


def _benchmark_advice(gaps: Sequence[Gap], rest: float, zone: str) -> Text:
    if not gaps:
        return Text.of(REST_MID_STRETCH, rest=Hours(rest))
    longest = max(gaps, key=lambda g: g.minutes)
    start = round_up(longest.start + timedelta(hours=rest), zone)
    return Text.of(
        LENGTHEN_BREAK,
        after=day_when(longest.start, zone),
        rest=Hours(rest),
        day=day(start, zone),
        clock=clock(start, zone),
    )


NIGHTS_IN_A_ROW = Template(
    "{count} night shifts in a row, {days} — more than {limit}; advice is 2-3 nights in a row, "
    "and never more than {high}."
)
NIGHTS_FIX = Template(
    "Ask to make {day} a rest day, so no more than {limit} nights run together, then two "
    "nights' sleep before days."
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
        yield finding(
            "consecutive-nights",
            severity,
            (nights[0].start, max(d.end for d in nights)),
            Text.of(
                NIGHTS_IN_A_ROW,
                count=len(dates),
                days=days_text(nights[0].start, nights[-1].start, zone),
                limit=limit,
                high=high,
            ),
            Text.of(NIGHTS_FIX, day=date_text(dates[limit]), limit=limit),
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


BACKWARD = Template(
    "Backward rotation without a rest day: {steps} — the body clock adapts more easily "
    "forward (morning to mid to graveyard)."
)
BACKWARD_STEP = Template("{before} {before_duty} then {after} {after_duty}")
BACKWARD_FIX = Template(
    "Ask for a rest day (24 h off) before the {day} {category} shift, or to order the run "
    "morning, mid, graveyard."
)
CATEGORIES = {
    Category.MORNING: Template("morning"),
    Category.MID: Template("mid"),
    Category.GRAVEYARD: Template("graveyard"),
}


def backward_rotation(schedule: Schedule) -> Iterator[Finding]:
    """Within a work run, a step against the body clock (graveyard -> mid -> morning)."""
    zone = schedule.home_zone
    for run in schedule.runs:
        steps = [(a, b) for a, b in pairwise(run) if a.category.is_backward_step_to(b.category)]
        if not steps:
            continue
        described = tuple(
            Text.of(
                BACKWARD_STEP,
                before=Text.of(CATEGORIES[a.category]),
                before_duty=duty_text(a.start, a.end, zone),
                after=Text.of(CATEGORIES[b.category]),
                after_duty=duty_text(b.start, b.end, zone),
            )
            for a, b in steps
        )
        first, last = steps[0][0], steps[-1][1]
        yield finding(
            "backward-rotation",
            Severity.MEDIUM,
            (first.start, last.end),
            Text.of(BACKWARD, steps=Join("; ", described)),
            Text.of(
                BACKWARD_FIX,
                day=day(last.start, zone),
                category=Text.of(CATEGORIES[last.category]),
            ),
        )
