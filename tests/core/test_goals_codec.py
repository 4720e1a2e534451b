"""Goals and habits in the plan file: the added keys, exact round trips, refusals by path."""

from __future__ import annotations

import copy
import json
from datetime import time
from pathlib import Path
from typing import Any

import pytest

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import Anchor, ClockWindow, DayFilter, RelativeWindow
from shiftplanner.core.planfile import dump_plan, parse_plan, plan_from_json
from shiftplanner.core.validation import PlanError

EXAMPLES = Path(__file__).parents[2] / "examples"
MANILA = "Asia/Manila"


def base() -> dict[str, Any]:
    return {"format": "shiftplanner-plan", "version": 1, "person": {"home_zone": MANILA}}


def with_habit(**habit: Any) -> dict[str, Any]:
    data = base()
    data["habits"] = [{"id": "h", "per_week": 3, **habit}]
    return data


def with_goal(**goal: Any) -> dict[str, Any]:
    data = base()
    data["goals"] = [{"id": "g", "target_hours": 10, "deadline": "2026-06-30", **goal}]
    return data


def test_a_version_one_habit_keeps_its_meaning_and_dump() -> None:
    data = with_habit(name="Walk", minutes=30)
    plan = plan_from_json(data)
    habit = plan.habits[0]
    assert (habit.minutes, habit.shortest, habit.longest, habit.per_week) == (30, 30, 30, 3)
    assert habit.window is None
    assert (habit.priority, habit.days, habit.kind) == (3, DayFilter.ANY, BlockKind.SELF_CARE)
    assert json.loads(dump_plan(plan))["habits"] == [
        {"id": "h", "name": "Walk", "minutes": 30, "per_week": 3}
    ]


@pytest.mark.parametrize(
    ("habit", "expected_window"),
    [
        ({"window": "18:00-21:00"}, ClockWindow(time(18), time(21))),
        ({"window": "22:00-01:00", "ideal": "23:00"}, ClockWindow(time(22), time(1), time(23))),
        (
            {"window": {"start": "06:00", "end": "09:00", "ideal": "07:30"}},
            ClockWindow(time(6), time(9), time(7, 30)),
        ),
        (
            {"window": {"after": "wake", "from_minutes": 60, "to_minutes": 180}},
            RelativeWindow(Anchor.WAKE, True, 60, 180),
        ),
        (
            {"window": {"before": "shift-start", "from_minutes": 90, "to_minutes": 240,
                        "ideal_minutes": 120}},
            RelativeWindow(Anchor.SHIFT_START, False, 90, 240, 120),
        ),
    ],
)  # fmt: skip
def test_habit_windows_load(habit: dict[str, Any], expected_window: object) -> None:
    plan = plan_from_json(with_habit(minutes=45, **habit))
    assert plan.habits[0].window == expected_window


def test_every_new_key_round_trips_exactly() -> None:
    data = with_habit(
        name="Exercise", min_minutes=30, max_minutes=60, minutes=45,
        window={"after": "shift-end", "from_minutes": 120, "to_minutes": 360},
        priority=1, days="rest", kind="study",
    )  # fmt: skip
    data["goals"] = [
        {"id": "g", "target_hours": 10, "deadline": "2026-06-30", "priority": 4, "days": "work",
         "windows": ["19:00-23:00", {"start": "08:00", "end": "11:00", "ideal": "09:00"},
                     {"before": "sleep", "from_minutes": 60, "to_minutes": 240}]}
    ]  # fmt: skip
    plan = plan_from_json(data)
    again = parse_plan(dump_plan(plan))
    assert again == plan
    assert dump_plan(again) == dump_plan(plan)
    habit = plan.habits[0]
    assert (habit.shortest, habit.minutes, habit.longest) == (30, 45, 60)
    assert (habit.priority, habit.days, habit.kind) == (1, DayFilter.REST, BlockKind.STUDY)
    assert plan.goals[0].windows[1] == ClockWindow(time(8), time(11), time(9))
    assert (plan.goals[0].priority, plan.goals[0].days) == (4, DayFilter.WORK)


def test_min_and_max_alone_make_the_longest_the_preferred_length() -> None:
    habit = plan_from_json(with_habit(min_minutes=20, max_minutes=40)).habits[0]
    assert (habit.minutes, habit.shortest, habit.longest) == (40, 20, 40)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (with_habit(), "habits[0].minutes: is required (or both min_minutes and max_minutes)"),
        (with_habit(minutes=45, window="18:00"), 'habits[0].window: "18:00" is not a window'),
        (with_habit(minutes=45, window="18:00-18:30"), "is 30 min, shorter than a 45-minute"),
        (with_habit(minutes=45, window="25:00-26:00"), "habits[0].window: \"25:00\" is not a time"),
        (with_habit(minutes=45, ideal="19:00"), "habits[0].ideal: needs a clock window"),
        (with_habit(minutes=45, window="18:00-21:00", ideal="22:00"), "ideal 22:00 is outside"),
        (with_habit(minutes=45, priority=5), "habits[0].priority: 5 is out of range (1 to 4)"),
        (with_habit(minutes=45, days="weekends"), 'habits[0].days: "weekends" is not one of'),
        (with_habit(minutes=45, kind="nap"), 'habits[0].kind: "nap" is not one of'),
        (with_habit(minutes=20, min_minutes=30), "habits[0].minutes: 20 is shorter than min"),
        (with_habit(minutes=50, max_minutes=40), "habits[0].minutes: 50 is longer than max"),
        (with_habit(minutes=45, colour="red"), "habits[0].colour: unknown key"),
        (
            with_habit(minutes=45, window={"after": "lunch", "from_minutes": 0, "to_minutes": 90}),
            'habits[0].window.after: "lunch" is not one of: wake, sleep, shift-start, shift-end',
        ),
        (
            with_habit(minutes=45, window={"after": "wake", "from_minutes": 60, "to_minutes": 90}),
            "habits[0].window.to_minutes: from 60 to 90 min leaves no room",
        ),
        (
            with_habit(minutes=45, window={"after": "wake", "before": "sleep",
                                           "from_minutes": 0, "to_minutes": 90}),
            "habits[0].window.before: give \"after\" or \"before\", not both",
        ),
        (
            with_habit(minutes=45, window={"after": "wake", "from_minutes": 0, "to_minutes": 90,
                                           "ideal_minutes": 120}),
            "habits[0].window.ideal_minutes: 120 is out of range (0 to 90)",
        ),
        (with_goal(windows=["19:00-19:30"]), "goals[0].windows[0]: the window 19:00-19:30"),
        (with_goal(windows=[{"start": "19:00"}]), "goals[0].windows[0].end: is required"),
        (with_goal(priority=0), "goals[0].priority: 0 is out of range"),
    ],
)  # fmt: skip
def test_bad_goal_and_habit_keys_are_refused_with_their_path(
    data: dict[str, Any], message: str
) -> None:
    with pytest.raises(PlanError) as caught:
        plan_from_json(copy.deepcopy(data))
    assert message in str(caught.value)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda p: p.name)
def test_the_example_plans_round_trip(path: Path) -> None:
    plan = parse_plan(path.read_text(encoding="utf-8"))
    assert parse_plan(dump_plan(plan)) == plan
