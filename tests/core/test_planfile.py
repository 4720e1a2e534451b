"""The plan file: round trip, and every kind of bad file refused with its JSON path."""

from __future__ import annotations

import contextlib
import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.planfile import dump_plan, parse_plan, plan_from_json, plan_to_json
from shiftplanner.core.shifts import ShiftSource
from shiftplanner.core.validation import PlanError

EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-day.json"


@pytest.fixture
def example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    return data


def test_the_documented_example_loads(example: dict[str, Any]) -> None:
    plan = plan_from_json(example)
    assert plan.home_zone == "Asia/Manila"
    assert plan.person.commute_minutes == 45
    assert plan.shift_type("us-day").zone == "America/New_York"
    assert plan.shift_type("mid").zone == "Asia/Manila"  # defaults to the home zone
    assert plan.rotations[0].cycle.count("off") == 2
    assert plan.extra_shifts[0].source is ShiftSource.EXTRA
    assert plan.goals[0].done_minutes == 60
    assert plan.thresholds()["min_rest_hours"] == 11
    assert plan.thresholds()["max_consecutive_workdays"] == 6


def test_round_trip_is_exact(example: dict[str, Any]) -> None:
    example["x-team"] = {"site": "Ortigas"}
    plan = plan_from_json(example)
    again = parse_plan(dump_plan(plan))
    assert again == plan
    assert plan_to_json(again)["x-team"] == {"site": "Ortigas"}
    assert dump_plan(again) == dump_plan(plan)


def test_minimal_plan_gets_the_documented_defaults() -> None:
    plan = parse_plan(
        '{"format": "shiftplanner-plan", "version": 1, "person": {"home_zone": "Asia/Manila"}}'
    )
    assert (plan.person.sleep_need_hours, plan.person.commute_minutes) == (8.0, 0)
    assert plan.person.personal_minutes == 90
    assert plan.shift_types == plan.rotations == ()


def mutate(data: dict[str, Any], path: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("shift_types", 0, "zone"), "America/NewYork",
         'shift_types[0].zone: unknown time zone "America/NewYork"'),
        (("shift_types", 1, "start"), "25:00", 'shift_types[1].start: "25:00" is not a time'),
        (("shift_types", 1, "end"), "9am", 'shift_types[1].end: "9am" is not a time'),
        (("rotations", 0, "cycle", 2), "night",
         'rotations[0].cycle[2]: unknown shift type "night"'),
        (("rotations", 0, "cycle"), [], "rotations[0].cycle: a cycle needs at least one day"),
        (("rotations", 0, "start_date"), "2026-02-30",
         'rotations[0].start_date: "2026-02-30" is not a real date'),
        (("rotations", 0, "end_date"), "2026-01-01", "rotations[0].end_date: 2026-01-01 is before"),
        (("changes", 1, "shift"), "graveyard", 'changes[1].shift: unknown shift type "graveyard"'),
        (("changes", 1, "date"), "2026-03-10", 'changes[1].date: "2026-03-10" is listed twice'),
        (("extra_shifts", 0, "end"), "2026-03-14T08:00", "extra_shifts[0].end: ends at or before"),
        (("extra_shifts", 0, "end"), "2026-03-16T08:00", "extra_shifts[0].end: a duty of 47 h"),
        (("extra_shifts", 0, "start"), "2026-03-14 09:00", "extra_shifts[0].start: "),
        (("person", "home_zone"), 8, "person.home_zone: expected text, got 8"),
        (("person", "commute_minutes"), -5, "person.commute_minutes: -5 is out of range"),
        (("person", "sleep_need_hours"), True, "person.sleep_need_hours: expected a number"),
        (("shift_types", 0, "unpaid_break_minutes"), 600,
         "shift_types[0].unpaid_break_minutes: 600 is out of range"),
        (("shift_types", 1, "id"), "us-day", 'shift_types[1].id: "us-day" is listed twice'),
        (("shift_types", 1, "id"), "off", 'shift_types[1].id: "off" is reserved'),
        (("shift_types", 0, "colour"), "red", "shift_types[0].colour: unknown key"),
        (("rules", "min_rest"), 10, "rules.min_rest: unknown key"),
        (("rules", "min_rest_hours"), 0, "rules.min_rest_hours: 0 is out of range"),
        (("work", "workload"), 5, "work.workload: 5 is out of range (0 to 3)"),
        (("goals", 0, "deadline"), "June", 'goals[0].deadline: "June" is not a date'),
        (("goals", 0, "max_session_minutes"), 30, "goals[0].max_session_minutes: 30 is shorter"),
        (("habits", 1, "id"), "exercise", 'habits[1].id: "exercise" is listed twice'),
        (("version",), 2, "version: version 2 is newer than this app understands"),
        (("format",), "calendar", 'format: expected "shiftplanner-plan"'),
        (("shift_types",), {"id": "x"}, "shift_types: expected a list, got dict"),
        (("surprise",), 1, "surprise: unknown key"),
    ],
)  # fmt: skip
def test_bad_values_are_refused_with_their_path(
    example: dict[str, Any], path: tuple[str | int, ...], value: Any, expected: str
) -> None:
    with pytest.raises(PlanError) as refused:
        plan_from_json(mutate(example, path, value))
    assert str(refused.value).startswith(expected)


def test_missing_required_values_are_named(example: dict[str, Any]) -> None:
    del example["person"]["home_zone"]
    with pytest.raises(PlanError, match=r"^person\.home_zone: is required$"):
        plan_from_json(example)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "shiftplanner-plan",\n "version": 1\n "person": {}}',
         "not valid JSON at line 3, column 2: Expecting ',' delimiter"),
        ("", "not valid JSON at line 1, column 1"),
        ("[1, 2]", "expected an object, got list"),
        ("[" * 100_000, "not a plan file: nested too deeply"),
    ],
)  # fmt: skip
def test_syntax_errors_name_line_and_column(text: str, expected: str) -> None:
    with pytest.raises(PlanError, match="^" + expected.replace("(", r"\(").replace("[", r"\[")):
        parse_plan(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_text_is_refused_with_a_plan_error_only(text: str) -> None:
    with pytest.raises(PlanError):
        parse_plan(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_plans_load_or_fail_with_a_plan_error(data: st.DataObject) -> None:
    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    section = data.draw(st.sampled_from(sorted(example)))
    example[section] = data.draw(JSON_VALUES)
    with contextlib.suppress(PlanError):
        plan_from_json(example)
