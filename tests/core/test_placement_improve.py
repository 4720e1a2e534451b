"""The improvement pass and the ejection-chain repair of the placer."""

from __future__ import annotations

from datetime import date, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.goals import Anchor, ClockWindow, Goal, Habit, RelativeWindow
from shiftplanner.core.instants import to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.candidates import Candidate, Weights
from shiftplanner.core.placement.context import Context, build_context
from shiftplanner.core.placement.grid import bits
from shiftplanner.core.placement.improve import improve, total_cost
from shiftplanner.core.placement.items import Item, expand_items
from shiftplanner.core.placement.placer import place
from shiftplanner.core.placement.week import done_study_minutes, weekly_quotas
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType

MANILA = "Asia/Manila"
TYPES = (
    ShiftType("night", "Graveyard", time(22), time(7), MANILA, 60),
    ShiftType("mid", "Mid", time(14), time(23), MANILA, 60),
    ShiftType("day", "Day", time(6), time(15), MANILA, 60),
)
HABITS = (
    Habit("meal", "Meal", 30, 7, window=RelativeWindow(Anchor.WAKE, True, 30, 150, 45)),
    Habit("exercise", "Exercise", 45, 4, window=RelativeWindow(Anchor.WAKE, True, 60, 300)),
    Habit("family", "Family", 90, 3, window=ClockWindow(time(17), time(22), time(18))),
    Habit("reading", "Reading", 30, 5, window=RelativeWindow(Anchor.SLEEP, False, 60, 240, 120)),
)
STUDY = ClockWindow(time(10), time(22), time(17))
GOAL = Goal("cert", "Cert", 60, date(2026, 12, 31), min_session_minutes=60,
            max_session_minutes=60, windows=(STUDY,))  # fmt: skip
CYCLES = st.sampled_from(
    [("day",) * 5 + ("off",) * 2, ("night",) * 5 + ("off",) * 2, ("day", "mid", "night", "off")]
)
FIRSTS = st.integers(0, 300).map(lambda n: date(2026, 1, 5) + timedelta(days=n))


def week(cycle: tuple[str, ...], first: date) -> tuple[Context, list[Item]]:
    plan = Plan(Person("P", MANILA, commute_minutes=45), shift_types=TYPES,
                rotations=(Rotation(first, cycle),), goals=(GOAL,), habits=HABITS)  # fmt: skip
    now = to_instant(first - timedelta(days=1), time(12), MANILA)
    context = build_context(plan, first, first + timedelta(days=6), now=now)
    return context, expand_items(context, weekly_quotas(context, done_study_minutes(plan, [])))


def first_fit(context: Context, items: list[Item], kept_every: int) -> Board:
    """A poor starting board: each item at its earliest start, every n-th one marked kept."""
    board = Board(context, Weights())
    for index, item in enumerate(items):
        starts = board.starts(item)
        if starts:
            minutes, mask = next(iter(starts.items()))
            kept = index % kept_every == 0
            board.place(item, Candidate(next(bits(mask)), minutes, 0.0), kept=kept)
    return board


@settings(max_examples=15, deadline=None)
@given(cycle=CYCLES, first=FIRSTS, kept_every=st.integers(2, 5))
def test_improvement_never_raises_the_cost_nor_moves_kept_blocks(
    cycle: tuple[str, ...], first: date, kept_every: int
) -> None:
    context, items = week(cycle, first)
    board = first_fit(context, items, kept_every)
    kept = {i: p.candidate for i, p in board.placed.items() if p.kept}
    before, ids = total_cost(board, {}), set(board.placed)
    improve(board, {})
    assert total_cost(board, {}) <= before + 1e-9
    assert set(board.placed) == ids
    assert {i: p.candidate for i, p in board.placed.items() if p.kept} == kept


def test_improvement_lowers_the_cost_of_a_first_fit_week() -> None:
    context, items = week(("day",) * 5 + ("off",) * 2, date(2026, 3, 2))
    board = first_fit(context, items, len(items) + 1)
    before = total_cost(board, {})
    improve(board, {})
    assert total_cost(board, {}) < before


@settings(max_examples=15, deadline=None)
@given(cycle=CYCLES, first=FIRSTS)
def test_the_placer_stays_deterministic_and_places_every_item_once(
    cycle: tuple[str, ...], first: date
) -> None:
    context, items = week(cycle, first)
    once, again = place(context, items), place(context, items)
    assert once.placed == again.placed
    assert once.unplaced == again.unplaced
    ids = [p.item.id for p in once.placed] + [i.id for i in once.unplaced]
    assert sorted(ids) == sorted(i.id for i in items)
