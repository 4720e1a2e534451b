"""Placement quality against the optimum (OR-Tools CP-SAT) on seeded random weeks.

For each of 30 seeded weeks (day, mid, graveyard, US-day and rotating rosters, about 40
sessions) it prints how many sessions the placer places and their total distance from ideal
(the Gaussian term of the cost, 0-1 per session) next to the optimum, a naive first-fit
baseline measured in the same run, and the placer's time per week. Target (`placement.md`):
the optimum's count, within 10 % of its distance, under 50 ms a week.
Run with `pytest -m benchmark -s tests/benchmarks/test_placement_quality.py`.
"""

from __future__ import annotations

import random
import statistics
import time as clock
from dataclasses import dataclass
from datetime import date, time, timedelta

import pytest

from shiftplanner.core.goals import Anchor, ClockWindow, DayFilter, Goal, Habit, RelativeWindow
from shiftplanner.core.instants import to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.placement import Weights, plan_blocks
from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.candidates import (
    Candidate,
    distance_from_ideal,
    fitting_starts,
)
from shiftplanner.core.placement.context import Context, build_context
from shiftplanner.core.placement.grid import SLOT_MINUTES, bits
from shiftplanner.core.placement.items import Item, expand_items
from shiftplanner.core.placement.placer import place
from shiftplanner.core.placement.week import done_study_minutes, weekly_quotas
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
WEEKS = 30
SOLVER_SECONDS = 10.0
TYPES = (
    ShiftType("night", "Graveyard", time(22), time(7), MANILA, 60),
    ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60),
    ShiftType("mid", "Mid", time(14), time(23), MANILA, 60),
    ShiftType("day", "Day", time(6), time(15), MANILA, 60),
)
ROSTERS = (
    ("day",) * 5 + ("off",) * 2,
    ("mid",) * 5 + ("off",) * 2,
    ("night",) * 5 + ("off",) * 2,
    ("us-day",) * 5 + ("off",) * 2,
    ("day", "day", "mid", "mid", "night", "night", "off", "off", "off"),
)


def random_plan(seed: int) -> tuple[Plan, date]:
    """A week with a random roster and about 40 sessions of habits and study."""
    rng = random.Random(seed)
    first = date(2026, 1, 5) + timedelta(weeks=rng.randrange(45))
    cycle = ROSTERS[seed % len(ROSTERS)]
    rotation = Rotation(first - timedelta(days=rng.randrange(len(cycle))), cycle)
    evening = rng.choice([16, 17, 18])
    habits = (
        Habit("meal", "Meal", 30, 7, window=RelativeWindow(Anchor.WAKE, True, 30, 150, 45)),
        Habit("stretch", "Stretch", 15, 5, window=RelativeWindow(Anchor.SHIFT_END, True, 60, 240)),
        Habit("exercise", "Exercise", rng.choice([30, 45, 60]), rng.randint(3, 5),
              window=RelativeWindow(Anchor.WAKE, True, 60, 300)),
        Habit("family", "Family", rng.choice([90, 120]), rng.randint(2, 4),
              window=ClockWindow(time(evening), time(evening + 5), time(evening + 1))),
        Habit("reading", "Reading", 30, rng.randint(4, 7),
              window=RelativeWindow(Anchor.SLEEP, False, 60, 240, 120)),
        Habit("walk", "Walk", 45, rng.randint(2, 4), days=DayFilter.ANY,
              window=ClockWindow(time(6), time(20), time(rng.choice([7, 9, 16])))),
        Habit("calm", "Mindfulness", 15, rng.randint(3, 6),
              window=RelativeWindow(Anchor.WAKE, True, 15, 120, 30)),
    )  # fmt: skip
    deadline = first + timedelta(weeks=rng.randint(6, 12))
    study_window = ClockWindow(time(10), time(22), time(rng.choice([15, 17, 19])))
    goal = Goal("cert", "Cert", rng.choice([30, 60, 80]), deadline, min_session_minutes=60,
                max_session_minutes=60, windows=(study_window,))  # fmt: skip
    person = Person("P", MANILA, commute_minutes=rng.choice([30, 45, 60]))
    return Plan(
        person, shift_types=TYPES, rotations=(rotation,), goals=(goal,), habits=habits
    ), first


@dataclass(frozen=True, slots=True)
class Result:
    placed: int
    distance: float


def week_items(plan: Plan, first: date) -> tuple[Context, list[Item]]:
    now = to_instant(first - timedelta(days=1), time(12), MANILA)
    context = build_context(plan, first, first + timedelta(days=6), now=now)
    items = expand_items(context, weekly_quotas(context, done_study_minutes(plan, [])))
    return context, items


def placer_result(context: Context, items: list[Item], weights: Weights) -> Result:
    outcome = place(context, items, weights=weights)
    grid = outcome.board.grid
    distance = sum(
        distance_from_ideal(p.item, grid.instant(p.candidate.slot), p.candidate.minutes)
        for p in outcome.placed
    )
    return Result(len(outcome.placed), distance)


def first_fit(context: Context, items: list[Item]) -> Result:
    """The naive baseline: items in id order, each at its earliest candidate."""
    board = Board(context, Weights())
    distance, placed = 0.0, 0
    for item in items:
        starts = board.starts(item)
        if not starts:
            continue
        minutes, mask = next(iter(starts.items()))
        slot = next(bits(mask))
        board.place(item, Candidate(slot, minutes, 0.0))
        distance += distance_from_ideal(item, board.grid.instant(slot), minutes)
        placed += 1
    return Result(placed, distance)


def optimum(context: Context, items: list[Item]) -> tuple[Result, bool]:
    """Most sessions placed, then least total distance, under the placer's hard rules."""
    from ortools.sat.python import cp_model

    board = Board(context, Weights())
    model = cp_model.CpModel()
    chosen: dict[tuple[str, int], cp_model.IntVar] = {}
    intervals: list[cp_model.IntervalVar] = []
    per_day: dict[date, list[tuple[int, cp_model.IntVar]]] = {}
    study_day: dict[date, list[tuple[int, cp_model.IntVar]]] = {}
    objective: list[cp_model.LinearExpr] = []
    for item in items:
        free = board.free_study if item.is_study else board.free
        mask = fitting_starts(free, board.window(item, item.minutes), item.minutes)
        slots = -(-item.minutes // SLOT_MINUTES)
        options = []
        for slot in bits(mask):
            var = model.new_bool_var(f"{item.id}@{slot}")
            options.append(var)
            chosen[(item.id, slot)] = var
            taken = slots + board.buffer
            intervals.append(model.new_optional_fixed_size_interval_var(slot, taken, var, ""))
            day = board.grid.dates[slot]
            per_day.setdefault(day, []).append((item.minutes, var))
            if item.is_study:
                study_day.setdefault(day, []).append((item.minutes, var))
            cost = distance_from_ideal(item, board.grid.instant(slot), item.minutes)
            objective.append(var * (100_000 - round(cost * 1000)))
        if options:
            model.add_at_most_one(options)
    model.add_no_overlap(intervals)
    for day, terms in per_day.items():
        model.add(sum(m * v for m, v in terms) <= board.room(day, False))
    for day, terms in study_day.items():
        model.add(sum(m * v for m, v in terms) <= board.room(day, True))
    model.maximize(sum(objective))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = SOLVER_SECONDS
    solver.parameters.num_workers = 8
    status = solver.solve(model)
    on = [key for key, var in chosen.items() if solver.value(var)]
    lookup = {item.id: item for item in items}
    distance = sum(
        distance_from_ideal(lookup[i], board.grid.instant(s), lookup[i].minutes) for i, s in on
    )
    return Result(len(on), distance), status == cp_model.OPTIMAL


@dataclass(frozen=True, slots=True)
class Row:
    seed: int
    items: int
    ours: Result
    pure: Result
    naive: Result
    best: Result
    proven: bool
    week_ms: float
    place_ms: float


def test_placement_quality_against_the_optimum() -> None:
    pytest.importorskip("ortools")
    rows = []
    for seed in range(WEEKS):
        plan, first = random_plan(seed)
        context, items = week_items(plan, first)
        began = clock.perf_counter()
        plan_blocks(plan, first, first + timedelta(days=6), now=context.now)
        week_ms = (clock.perf_counter() - began) * 1000
        began = clock.perf_counter()
        ours = placer_result(context, items, Weights())
        place_ms = (clock.perf_counter() - began) * 1000
        pure = placer_result(context, items, Weights(moved=0, same_day=0, circadian=0, touching=0))
        naive = first_fit(context, items)
        best, proven = optimum(context, items)
        rows.append(Row(seed, len(items), ours, pure, naive, best, proven, week_ms, place_ms))
    _report(rows)


def _report(rows: list[Row]) -> None:
    print()
    print("seed items | placer n dist | distance-only n dist | first-fit n dist | optimum n dist "
          "| week ms place ms   (? = solver stopped at its time limit)")  # fmt: skip
    for r in rows:
        mark = " " if r.proven else "?"
        print(f"{r.seed:4} {r.items:5} | {r.ours.placed:8} {r.ours.distance:5.2f} | "
              f"{r.pure.placed:16} {r.pure.distance:5.2f} | {r.naive.placed:11} "
              f"{r.naive.distance:5.2f} | {r.best.placed:8}{mark} {r.best.distance:5.2f} | "
              f"{r.week_ms:7.1f} {r.place_ms:8.1f}")  # fmt: skip
    same = sum(1 for r in rows if r.ours.placed >= r.best.placed)
    print(f"weeks with the optimum's count: placer {same}/{len(rows)}")
    for label, pick in (("placer", "ours"), ("distance-only", "pure"), ("first-fit", "naive"),
                        ("optimum", "best")):  # fmt: skip
        results = [getattr(r, pick) for r in rows]
        placed, distance = sum(x.placed for x in results), sum(x.distance for x in results)
        print(f"{label:14} placed {placed:5}  distance {distance:7.2f}")
    comparable = [r for r in rows if r.ours.placed == r.best.placed]
    ours = sum(r.ours.distance for r in comparable)
    best = sum(r.best.distance for r in comparable)
    print(
        f"placer distance vs optimum on the {len(comparable)} weeks with equal counts: "
        f"{ours / max(best, 1e-9) - 1:+.1%}"
    )
    week = [r.week_ms for r in rows]
    place_only = [r.place_ms for r in rows]
    print(
        f"time per week: whole plan median {statistics.median(week):.1f} ms, max {max(week):.1f}"
        f" ms; placement alone median {statistics.median(place_only):.1f} ms"
    )
