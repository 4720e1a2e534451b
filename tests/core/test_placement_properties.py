"""Properties of the placer on random rosters (day, mid, graveyard, rotating)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goals import Anchor, ClockWindow, DayFilter, Goal, Habit, RelativeWindow
from shiftplanner.core.instants import to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.placement import Placement, plan_blocks
from shiftplanner.core.placement.context import DEFAULT_SETTINGS, build_context
from shiftplanner.core.placement.items import expand_items
from shiftplanner.core.placement.week import done_study_minutes, split_fixed, weekly_quotas
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import DayChange, Shift, ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
PERSON = Person("Ana", MANILA, commute_minutes=45)
TYPES = (
    ShiftType("night", "Graveyard", time(22), time(7), MANILA, 60),
    ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60),
    ShiftType("mid", "Mid", time(14), time(23), MANILA, 60),
    ShiftType("day", "Day", time(6), time(15), MANILA, 60),
)
HABITS = (
    Habit("exercise", "Exercise", 45, 3, window=RelativeWindow(Anchor.WAKE, True, 60, 240)),
    Habit("family", "Family", 120, 2, min_minutes=90, window=ClockWindow(time(16), time(21))),
    Habit("meal", "Meal", 30, 7, window=RelativeWindow(Anchor.WAKE, True, 30, 150, 45)),
    Habit("stretch", "Stretch", 15, 5, window=RelativeWindow(Anchor.SHIFT_END, True, 60, 300)),
    Habit("walk", "Walk", 60, 2, days=DayFilter.REST, priority=4),
)
GOAL = Goal("cert", "Cert", 40, date(2026, 12, 31), windows=())
ROSTERS = st.one_of(
    st.sampled_from([("day",) * 5 + ("off",) * 2, ("mid",) * 5 + ("off",) * 2,
                     ("night",) * 5 + ("off",) * 2, ("us-day",) * 5 + ("off",) * 2,
                     ("day", "day", "mid", "mid", "night", "night", "off", "off", "off")]),
    st.lists(st.sampled_from(["night", "us-day", "mid", "day", "off"]), min_size=3, max_size=10)
    .map(tuple),
)  # fmt: skip


def make_plan(cycle: tuple[str, ...], start: date) -> Plan:
    return Plan(PERSON, shift_types=TYPES, rotations=(Rotation(start, cycle),),
                goals=(GOAL,), habits=HABITS)  # fmt: skip


def run(plan: Plan, first: date, **kwargs: object) -> Placement:
    now = to_instant(first - timedelta(days=1), time(12), MANILA)
    return plan_blocks(plan, first, first + timedelta(days=13), now=now, **kwargs)  # type: ignore[arg-type]


def door_to_door(plan: Plan, first: date) -> list[Shift]:
    return expand(plan, first - timedelta(days=3), first + timedelta(days=17))


starts = st.integers(0, 330).map(lambda n: date(2026, 1, 5) + timedelta(days=n))


@settings(max_examples=40, deadline=None)
@given(cycle=ROSTERS, first=starts)
def test_no_block_overlaps_a_shift_its_commute_or_another_block(
    cycle: tuple[str, ...], first: date
) -> None:
    plan = make_plan(cycle, first - timedelta(days=first.weekday() % 3))
    placement = run(plan, first)
    commute = timedelta(minutes=PERSON.commute_minutes)
    for block in placement.blocks:
        for shift in door_to_door(plan, first):
            assert block.end <= shift.start - commute or block.start >= shift.end + commute
    for before, after in pairwise(sorted(placement.blocks, key=lambda b: b.start)):
        assert before.end <= after.start
    assert run(plan, first) == placement


@settings(max_examples=30, deadline=None)
@given(cycle=ROSTERS, first=starts)
def test_each_block_sits_inside_a_window_of_its_item(cycle: tuple[str, ...], first: date) -> None:
    plan = make_plan(cycle, first)
    placement = run(plan, first)
    now = to_instant(first - timedelta(days=1), time(12), MANILA)
    context = build_context(plan, first, first + timedelta(days=13), now=now)
    items = expand_items(context, weekly_quotas(context, done_study_minutes(plan, [])))
    for block in (b for b in placement.blocks if not b.kind.is_sleep):
        spans = [s for i in items if i.ref == block.ref for s in i.spans]
        assert any(s.start <= block.start and block.end <= s.end for s in spans), block


@settings(max_examples=30, deadline=None)
@given(cycle=ROSTERS, first=starts, lock_index=st.integers(0, 40))
def test_locked_blocks_never_move(cycle: tuple[str, ...], first: date, lock_index: int) -> None:
    plan = make_plan(cycle, first)
    placed = [b for b in run(plan, first).blocks if not b.kind.is_sleep]
    if not placed:
        return
    chosen = placed[lock_index % len(placed)]
    locked = replace(chosen, start=chosen.start + timedelta(minutes=30),
                     end=chosen.end + timedelta(minutes=30), locked=True)  # fmt: skip
    again = run(plan, first, locked=[locked])
    assert locked in again.blocks
    others = [b for b in again.blocks if b != locked and not b.kind.is_sleep]
    assert all(b.end <= locked.start or b.start >= locked.end for b in others)


@settings(max_examples=30, deadline=None)
@given(cycle=ROSTERS, first=starts, day=st.integers(2, 11), new=st.sampled_from(list(TYPES)))
def test_changing_one_day_leaves_blocks_a_day_away_untouched(
    cycle: tuple[str, ...], first: date, day: int, new: ShiftType
) -> None:
    plan = make_plan(cycle, first)
    changed_day = first + timedelta(days=day)
    changed = replace(plan, changes=(DayChange(changed_day, new.id),))
    before = run(plan, first)
    now = to_instant(first - timedelta(days=1), time(12), MANILA)
    hints = split_fixed([b for b in before.blocks if not b.kind.is_sleep], now, DEFAULT_SETTINGS)[1]
    after = run(changed, first, previous=hints)
    low, high = _affected(plan, changed, changed_day)
    for block in hints:
        if block.end < low or block.start > high:
            assert block in after.blocks, block


def _affected(plan: Plan, changed: Plan, day: date) -> tuple[datetime, datetime]:
    """From a day before the last duty ending before the change to a day after the next one."""
    start = to_instant(day, time(0), MANILA) - timedelta(days=1)
    end = to_instant(day, time(0), MANILA) + timedelta(days=2)
    duties = [*expand(plan, day - timedelta(days=4), day + timedelta(days=4)),
              *expand(changed, day - timedelta(days=4), day + timedelta(days=4))]  # fmt: skip
    earlier = [d.end for d in duties if d.end <= start]
    later = [d.start for d in duties if d.start >= end]
    low = max(earlier, default=start - timedelta(days=3)) - timedelta(days=1)
    high = min(later, default=end + timedelta(days=3)) + timedelta(days=1)
    return low, high


def test_the_hints_helper_keeps_only_movable_blocks() -> None:
    now = to_instant(date(2026, 3, 1), time(12), MANILA)
    later = Block(
        BlockKind.STUDY, "cert", now + timedelta(days=2), now + timedelta(days=2, hours=1)
    )
    soon = Block(BlockKind.STUDY, "cert", now + timedelta(hours=2), now + timedelta(hours=3))
    fixed, hints = split_fixed([later, soon], now, DEFAULT_SETTINGS)
    assert (fixed, hints) == ([soon], [later])
