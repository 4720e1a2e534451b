"""The placer on real weeks: Ana's US-account week, DST weeks, locked, frozen, impossible items."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path

import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goals import ClockWindow, DayFilter, Habit
from shiftplanner.core.instants import day_bounds, in_zone, to_instant
from shiftplanner.core.placement import Placement, plan_blocks
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import Shift
from shiftplanner.core.sleep_plan import is_night_shift

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-study.json"
MONDAY = date(2026, 3, 9)
SUNDAY_EVENING = to_instant(date(2026, 3, 8), time(19), MANILA)


@pytest.fixture(scope="module")
def ana() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


def plan_fortnight(plan: Plan, first: date = MONDAY, **kwargs: object) -> Placement:
    now = kwargs.pop("now", to_instant(first - timedelta(days=1), time(19), MANILA))
    return plan_blocks(plan, first, first + timedelta(days=13), now=now, **kwargs)  # type: ignore[arg-type]


def shifts_of(plan: Plan, first: date) -> list[Shift]:
    return expand(plan, first - timedelta(days=3), first + timedelta(days=17))


def assert_nothing_overlaps(plan: Plan, placement: Placement, first: date) -> None:
    commute = timedelta(minutes=plan.person.commute_minutes)
    for block in placement.blocks:
        for shift in shifts_of(plan, first):
            assert block.end <= shift.start - commute or block.start >= shift.end + commute, block
    for before, after in pairwise(sorted(placement.blocks, key=lambda b: b.start)):
        assert before.end <= after.start, (before, after)


def sleep_per_day(placement: Placement, first: date, days: int) -> dict[date, float]:
    totals = {first + timedelta(days=i): 0.0 for i in range(days)}
    for block in placement.blocks:
        day = in_zone(block.end, MANILA).date()
        if block.kind.is_sleep and day in totals:
            totals[day] += block.hours
    return totals


def test_us_account_week_meets_the_done_criteria(ana: Plan) -> None:
    placement = plan_fortnight(ana, now=SUNDAY_EVENING)
    assert_nothing_overlaps(ana, placement, MONDAY)
    assert min(sleep_per_day(placement, MONDAY, 14).values()) >= 7
    shifts = shifts_of(ana, MONDAY)
    night_ends = [s.end for s in shifts if is_night_shift(s, MANILA)]
    study = [b for b in placement.blocks if b.kind is BlockKind.STUDY]
    assert len(study) >= 4
    for block in study:
        local = in_zone(block.start, MANILA)
        trough = (
            to_instant(local.date(), time(2), MANILA),
            to_instant(local.date(), time(6), MANILA),
        )
        assert block.end <= trough[0] or block.start >= trough[1]
        assert all(not (end <= block.start < end + timedelta(hours=2)) for end in night_ends)
    placed = {
        ref: sum(1 for b in placement.blocks if b.ref == ref)
        for ref in ("exercise", "family", "meal")
    }
    missing = {ref: sum(1 for u in placement.unplaced if u.ref == ref) for ref in placed}
    assert {ref: placed[ref] + missing[ref] for ref in placed} == {
        "exercise": 6,
        "family": 4,
        "meal": 14,
    }
    assert placement == plan_fortnight(ana, now=SUNDAY_EVENING)


def test_relative_windows_follow_waking_on_every_roster(ana: Plan) -> None:
    placement = plan_fortnight(ana, now=SUNDAY_EVENING)
    wakes = [b.end for b in placement.blocks if b.kind is BlockKind.SLEEP]
    for meal in (b for b in placement.blocks if b.ref == "meal"):
        assert any(
            timedelta(minutes=30) <= meal.start - w and meal.end - w <= timedelta(minutes=150)
            for w in wakes
        )


def test_an_impossible_habit_is_reported_not_dropped(ana: Plan) -> None:
    lunch = Habit("lunch-walk", "Lunch walk", 60, 5, window=ClockWindow(time(9), time(10, 30)),
                  days=DayFilter.WORK)  # fmt: skip
    placement = plan_fortnight(replace(ana, habits=(*ana.habits, lunch)), now=SUNDAY_EVENING)
    reasons = [u.reason for u in placement.unplaced if u.ref == "lunch-walk"]
    assert len(reasons) == 10  # every work day of the two weeks
    assert reasons[0] == "no 60-minute window outside sleep and shifts in 09:00-10:30 on Mon 9 Mar"
    assert not [b for b in placement.blocks if b.ref == "lunch-walk"]


def test_a_habit_on_days_that_do_not_exist_says_so(ana: Plan) -> None:
    rest_only = Habit("hike", "Hike", 120, 1, days=DayFilter.REST)
    all_work = replace(ana, rotations=(Rotation(MONDAY, ("us-day",)),), habits=(rest_only,))
    placement = plan_fortnight(all_work, now=SUNDAY_EVENING)
    assert [u.reason for u in placement.unplaced] == [
        "no rest day on Mon 9 Mar-Sun 15 Mar", "no rest day on Mon 16 Mar-Sun 22 Mar",
    ]  # fmt: skip


def test_the_daily_cap_leaves_unplanned_time(ana: Plan) -> None:
    greedy = Habit("reading", "Reading", 120, 14, window=ClockWindow(time(16), time(20, 45)))
    placement = plan_fortnight(replace(ana, habits=(greedy,), goals=()), now=SUNDAY_EVENING)
    per_day: dict[date, float] = {}
    for block in placement.blocks:
        if not block.kind.is_sleep:
            day = in_zone(block.start, MANILA).date()
            per_day[day] = per_day.get(day, 0.0) + block.hours
    assert max(per_day.values()) <= 6
    assert any("daily cap" in u.reason or "taken by other" in u.reason for u in placement.unplaced)


def test_study_only_at_night_is_refused_with_the_study_rule() -> None:
    plan = parse_plan(EXAMPLE.read_text(encoding="utf-8"))
    goal = replace(plan.goals[0], windows=(ClockWindow(time(2), time(5)),))
    placement = plan_fortnight(replace(plan, goals=(goal,), habits=()), now=SUNDAY_EVENING)
    assert placement.unplaced
    assert all("the hours study avoids (02:00-06:00" in u.reason for u in placement.unplaced)


def test_locked_and_done_blocks_never_move(ana: Plan) -> None:
    start = to_instant(date(2026, 3, 10), time(18, 30), MANILA)
    locked = Block(
        BlockKind.SELF_CARE, "exercise", start, start + timedelta(minutes=45), locked=True
    )
    done = Block(
        BlockKind.STUDY,
        "cx-cert",
        start + timedelta(hours=-2),
        start - timedelta(minutes=45),
        done=True,
    )
    placement = plan_fortnight(ana, now=SUNDAY_EVENING, locked=[locked, done])
    assert locked in placement.blocks
    assert done in placement.blocks
    assert_nothing_overlaps(ana, placement, MONDAY)


def test_blocks_in_the_freeze_window_stay_and_later_ones_may_move(ana: Plan) -> None:
    first = plan_fortnight(ana, now=SUNDAY_EVENING)
    moved = [replace(b, start=b.start + timedelta(minutes=15), end=b.end + timedelta(minutes=15))
             for b in first.blocks if not b.kind.is_sleep]  # fmt: skip
    now = to_instant(MONDAY, time(6), MANILA)
    again = plan_fortnight(ana, now=now, previous=moved)
    frozen = [b for b in moved if b.start < now + timedelta(hours=12)]
    assert frozen
    assert all(b in again.blocks for b in frozen)
    assert_nothing_overlaps(ana, again, MONDAY)


def test_replanning_with_the_last_plan_changes_nothing(ana: Plan) -> None:
    first = plan_fortnight(ana, now=SUNDAY_EVENING)
    previous = [b for b in first.blocks if not b.kind.is_sleep]
    assert plan_fortnight(ana, now=SUNDAY_EVENING, previous=previous) == first


@pytest.mark.parametrize(
    "first", [date(2026, 3, 2), date(2026, 3, 9), date(2026, 10, 26), date(2026, 11, 2)]
)
def test_dst_weeks_keep_everything_apart(ana: Plan, first: date) -> None:
    plan = replace(ana, rotations=(Rotation(first, ana.rotations[0].cycle),))
    placement = plan_fortnight(plan, first)
    assert_nothing_overlaps(plan, placement, first)
    assert min(sleep_per_day(placement, first, 14).values()) >= 7
    start, end = day_bounds(first, first + timedelta(days=13), MANILA)
    for block in placement.blocks:
        assert block.start.tzinfo is not None
        assert (block.end - block.start) >= timedelta(minutes=15)
        if not block.kind.is_sleep:
            assert start <= block.start < end


def test_now_is_an_input_nothing_new_starts_before_it(ana: Plan) -> None:
    now = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)
    placement = plan_fortnight(ana, now=now)
    assert all(b.start >= now for b in placement.blocks if not b.kind.is_sleep)
