"""Analyse a plan over a range of home dates: every rule's findings and per-duty fatigue.

Runs and rests are never cut in two: the window around the range grows until a long rest
lies on each side of it. Only findings whose span overlaps the range are reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shiftplanner.core.alertness import SleepPeriod
from shiftplanner.core.blocks import Block
from shiftplanner.core.fatigue_index import DutyIndex, duty_indices
from shiftplanner.core.findings import Finding
from shiftplanner.core.instants import day_bounds
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rules import alertness_rule, dst, hours, rest, runs, sleep_rules
from shiftplanner.core.rules.body import Body
from shiftplanner.core.rules.schedule import Schedule, build_schedule
from shiftplanner.core.shifts import Shift

# Seven days of sleep feed the debt and a day more settles the alertness model.
_LOOK_BEHIND = timedelta(days=9)
_LOOK_AHEAD = timedelta(days=8)
_LOOK_LIMIT = timedelta(days=400)

_SCHEDULE_RULES: tuple[Callable[[Schedule], Iterator[Finding]], ...] = (
    rest.overlap,
    rest.quick_return,
    rest.day_night_switch,
    runs.weekly_rest,
    runs.weekly_rest_benchmark,
    runs.consecutive_nights,
    runs.backward_rotation,
    hours.long_shift,
    hours.weekly_hours,
    sleep_rules.sleep_opportunity,
    dst.dst_change,
)
_BODY_RULES: tuple[Callable[[Schedule, Body, range], Iterator[Finding]], ...] = (
    sleep_rules.sleep_debt,
    sleep_rules.prior_sleep,
    alertness_rule.alertness,
)


@dataclass(frozen=True, slots=True)
class DutyFatigue:
    """One duty's fatigue/risk index (after HSE RR446) and its predicted peak sleepiness."""

    shift: Shift
    night: bool
    index: DutyIndex
    kss_max: float
    kss_peak_at: datetime


def analyse(
    plan: Plan, first: date, last: date, *, sleeps: Sequence[Block] | None = None
) -> list[Finding]:
    """Every finding whose span overlaps the home dates first..last, by start then severity.

    Args:
        plan: The plan.
        first: First home-zone date, inclusive.
        last: Last home-zone date, inclusive.
        sleeps: Planned blocks; the sleep and nap ones replace the estimate in their gaps.
    """
    window = _Window.around(plan, first, last, sleeps)
    found: list[Finding] = []
    for rule in _SCHEDULE_RULES:
        found.extend(rule(window.schedule))
    for body_rule in _BODY_RULES:
        found.extend(body_rule(window.schedule, window.body, window.in_range))
    inside = [f for f in found if f.end > window.range_start and f.start < window.range_end]
    return sorted(inside, key=lambda f: (f.start, f.severity.rank, f.rule, f.end, f.message))


def fatigue(
    plan: Plan, first: date, last: date, *, sleeps: Sequence[Block] | None = None
) -> list[DutyFatigue]:
    """Fatigue/risk index and peak KSS of every duty overlapping first..last, in start order.

    The index is computed over the whole window, so earlier duties count toward it.
    """
    window = _Window.around(plan, first, last, sleeps)
    schedule = window.schedule
    indices = duty_indices(
        [(d.start, d.end) for d in schedule.duties],
        home_zone=plan.home_zone,
        profile=plan.work,
        commute_minutes_total=2 * plan.person.commute_minutes,
    )
    rows = []
    for i in window.in_range:
        kss, at = window.body.peak(i)
        duty = schedule.duties[i]
        rows.append(DutyFatigue(duty.shift, duty.night, indices[i], kss, at))
    return rows


@dataclass(frozen=True, slots=True)
class _Window:
    """The schedule and body model around a range, with the range's duty indices."""

    schedule: Schedule
    body: Body
    range_start: datetime
    range_end: datetime
    in_range: range

    @classmethod
    def around(cls, plan: Plan, first: date, last: date, sleeps: Sequence[Block] | None) -> _Window:
        range_start, range_end = day_bounds(first, last, plan.home_zone)
        shifts, start, end = _shifts_around(plan, first, last)
        schedule = build_schedule(plan, shifts, start, end)
        planned = [SleepPeriod(b.start, b.end) for b in sleeps or () if b.kind.is_sleep]
        inside = [
            i for i, d in enumerate(schedule.duties) if d.end > range_start and d.start < range_end
        ]
        in_range = range(inside[0], inside[-1] + 1) if inside else range(0)
        return cls(schedule, Body(schedule, planned), range_start, range_end, in_range)


def _shifts_around(plan: Plan, first: date, last: date) -> tuple[list[Shift], datetime, datetime]:
    """Duties from a window that has a long rest before and after the range (or a limit)."""
    rest = timedelta(hours=max(24.0, plan.thresholds()["min_weekly_rest_hours"]))
    range_start, range_end = day_bounds(first, last, plan.home_zone)
    behind, ahead = _LOOK_BEHIND, _LOOK_AHEAD
    while True:
        start, end = day_bounds(first - behind, last + ahead, plan.home_zone)
        shifts = expand(plan, first - behind, last + ahead)
        rests = list(_free_stretches(shifts, start, end, rest))
        before_ok = behind >= _LOOK_LIMIT or any(s < range_start for s, _ in rests)
        after_ok = ahead >= _LOOK_LIMIT or any(e > range_end for _, e in rests)
        if before_ok and after_ok:
            return shifts, start, end
        behind = behind if before_ok else min(behind * 2, _LOOK_LIMIT)
        ahead = ahead if after_ok else min(ahead * 2, _LOOK_LIMIT)


def _free_stretches(
    shifts: Iterable[Shift], start: datetime, end: datetime, rest: timedelta
) -> Iterator[tuple[datetime, datetime]]:
    """Stretches of at least `rest` without work between two instants."""
    cursor = start
    for shift in sorted(shifts, key=lambda s: s.start):
        if shift.start - cursor >= rest:
            yield cursor, shift.start
        cursor = max(cursor, shift.end)
    if end - cursor >= rest:
        yield cursor, end
