"""Run rules: weekly-rest (law), weekly-rest-benchmark, consecutive-nights, backward-rotation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.instants import parse_clock
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType

MANILA = "Asia/Manila"
MONDAY = date(2026, 5, 4)
TYPES = (
    ShiftType("am", "Morning", parse_clock("06:00"), parse_clock("14:00"), MANILA),
    ShiftType("mid", "Mid", parse_clock("14:00"), parse_clock("22:00"), MANILA),
    ShiftType("day", "Day", parse_clock("09:00"), parse_clock("18:00"), MANILA),
    ShiftType("gy", "Graveyard", parse_clock("22:00"), parse_clock("07:00"), MANILA, 60),
)


def rota(*cycle: str, **rules: float) -> Plan:
    """A Manila plan that runs the cycle once from Monday 4 May 2026 (nothing around it)."""
    return Plan(
        person=Person("Ana", MANILA),
        shift_types=TYPES,
        rotations=(Rotation(MONDAY, tuple(cycle), end_date=MONDAY + timedelta(len(cycle) - 1)),),
        rules=rules,
    )


def of_rule(plan: Plan, rule: str, days: int = 14) -> list[Finding]:
    found = analyse(plan, MONDAY, MONDAY + timedelta(days=days - 1))
    return [f for f in found if f.rule == rule]


OFF = "off"


@pytest.mark.parametrize(("workdays", "fires"), [(5, False), (6, False), (7, True), (10, True)])
def test_weekly_rest_after_six_workdays(workdays: int, fires: bool) -> None:
    plan = rota(*["day"] * workdays, *[OFF] * 3)

    found = of_rule(plan, "weekly-rest")

    assert [f.severity for f in found] == ([Severity.CRITICAL] if fires else [])
    if fires:
        assert found[0].basis is Basis.LAW
        assert found[0].message.startswith(f"{workdays} workdays in a row, Mon 4 May - ")
        assert "Sun 10 May off" in found[0].suggestion


def test_a_long_run_is_one_finding_even_across_the_range_edge() -> None:
    """Ten workdays: the range starts mid-run, yet the whole run counts, reported once."""
    plan = rota(*["day"] * 10, *[OFF] * 4)
    found = [
        f for f in analyse(plan, MONDAY + timedelta(days=8), MONDAY + timedelta(days=9))
        if f.rule == "weekly-rest"
    ]  # fmt: skip

    assert len(found) == 1
    assert found[0].message.startswith("10 workdays")


def test_night_shifts_count_workdays_by_their_start_date() -> None:
    """Six nights Mon-Sat end on Sunday morning: still six workdays."""
    assert not of_rule(rota(*["gy"] * 6, OFF, OFF), "weekly-rest")
    assert of_rule(rota(*["gy"] * 7, OFF, OFF), "weekly-rest")


@pytest.mark.parametrize(
    ("cycle", "fires"),
    [
        (["day"] * 5 + [OFF] * 2, False),  # Fri 18:00 to Mon 09:00: 63 h
        (["day"] * 6 + [OFF], False),  # Sat 18:00 to Mon 09:00: 39 h
        (["day"] * 6 + [OFF] + ["day"] * 6 + [OFF], False),
        (["day"] * 7 + [OFF] * 2, True),  # Mon 09:00 to Sun 18:00 = 153 h > 133 h
    ],
)
def test_weekly_rest_benchmark_needs_35_hours_in_every_7_days(
    cycle: list[str], fires: bool
) -> None:
    found = of_rule(rota(*cycle), "weekly-rest-benchmark")

    assert [f.severity for f in found] == ([Severity.MEDIUM] if fires else [])


def test_weekly_rest_benchmark_flags_a_24_hour_rest_that_is_too_short() -> None:
    """Day Mon-Sat, off Sun, days again: only 39 h off; with 40 h wanted, it fires."""
    plan = rota(*["day"] * 6, OFF, *["day"] * 6, OFF, min_weekly_rest_hours=40)

    found = of_rule(plan, "weekly-rest-benchmark")

    assert found
    assert "No 40 h rest" in found[0].message
    assert found[0].basis is Basis.BENCHMARK


@pytest.mark.parametrize(
    ("nights", "expected"),
    [(5, None), (6, Severity.MEDIUM), (7, Severity.MEDIUM), (8, Severity.HIGH)],
)
def test_consecutive_nights(nights: int, expected: Severity | None) -> None:
    plan = rota(*["gy"] * nights, OFF, OFF, OFF, max_consecutive_workdays=10)

    found = of_rule(plan, "consecutive-nights")

    assert [f.severity for f in found] == ([expected] if expected else [])
    if expected:
        assert found[0].message.startswith(f"{nights} night shifts in a row, Mon 4 May - ")
        assert "Sat 9 May a rest day" in found[0].suggestion


def test_nights_split_by_two_days_off_are_separate_runs() -> None:
    plan = rota(*["gy"] * 5, OFF, OFF, *["gy"] * 5, OFF, OFF)

    assert not of_rule(plan, "consecutive-nights")


@pytest.mark.parametrize(
    ("cycle", "steps"),
    [
        (["am", "mid", "gy", OFF, OFF], 0),  # forward
        (["am", "am", "mid", "mid", OFF, OFF], 0),
        (["mid", "am", OFF, OFF], 1),  # backward
        (["gy", "mid", "am", OFF, OFF], 2),  # two backward steps, one finding
        (["mid", OFF, "am", OFF, OFF], 0),  # a rest day in between
    ],
)
def test_backward_rotation_within_a_run(cycle: list[str], steps: int) -> None:
    found = of_rule(rota(*cycle), "backward-rotation", days=len(cycle))

    assert len(found) == (1 if steps else 0)
    if steps:
        assert found[0].severity is Severity.MEDIUM
        assert found[0].message.count(" then ") == steps
