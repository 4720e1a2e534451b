"""Hour rules: long-shift (day and night limits) and weekly-hours, with their boundaries."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import ExtraShift

MANILA = "Asia/Manila"
MONDAY = date(2026, 6, 1)


def duties(starts: list[tuple[int, time]], hours: float, unpaid: int = 0) -> Plan:
    """Duties of `hours` starting on day offsets from Monday 1 June at the given clock."""
    extras = []
    for offset, clock in starts:
        start = datetime.combine(MONDAY + timedelta(days=offset), clock)
        extras.append(ExtraShift(start, start + timedelta(hours=hours), MANILA, "Shift", unpaid))
    return Plan(person=Person("Ana", MANILA), extra_shifts=tuple(extras))


def of_rule(plan: Plan, rule: str) -> list[Finding]:
    return [f for f in analyse(plan, MONDAY, MONDAY + timedelta(days=6)) if f.rule == rule]


@pytest.mark.parametrize(
    ("hours", "unpaid", "fires"),
    [(12, 0, False), (12.25, 0, True), (13, 60, False), (14, 60, True)],
)
def test_long_day_shift_over_12_hours_worked(hours: float, unpaid: int, fires: bool) -> None:
    plan = duties([(1, time(7))], hours, unpaid)

    found = of_rule(plan, "long-shift")

    assert [f.severity for f in found] == ([Severity.HIGH] if fires else [])


@pytest.mark.parametrize(("hours", "fires"), [(9, False), (9.5, True), (12, True)])
def test_long_night_shift_over_9_hours(hours: float, fires: bool) -> None:
    plan = duties([(1, time(21))], hours)

    found = of_rule(plan, "long-shift")

    assert len(found) == (1 if fires else 0)
    if fires:
        assert "for a night shift" in found[0].message


def test_a_run_of_long_shifts_is_one_finding() -> None:
    plan = duties([(d, time(7)) for d in range(4)], 13)

    found = of_rule(plan, "long-shift")

    assert len(found) == 1
    assert found[0].message.startswith("4 long shifts worked")
    assert "end the Mon 1 Jun shift by 19:00" in found[0].suggestion


@pytest.mark.parametrize(
    ("days", "hours", "expected"),
    [
        (5, 9.6, None),  # exactly 48 h
        (5, 10, Severity.MEDIUM),  # 50 h
        (5, 12, Severity.MEDIUM),  # exactly 60 h: not above 60
        (6, 10, Severity.MEDIUM),  # 60 h
        (6, 10.25, Severity.HIGH),  # 61 h 30
    ],
)
def test_weekly_hours(days: int, hours: float, expected: Severity | None) -> None:
    plan = duties([(d, time(6)) for d in range(days)], hours)

    found = of_rule(plan, "weekly-hours")

    assert [f.severity for f in found] == ([expected] if expected else [])
    if expected:
        assert "in the week Mon 1 Jun - Sun 7 Jun" in found[0].message


def test_weekly_hours_count_a_sunday_night_in_the_week_it_starts() -> None:
    """Five 10 h days and a Sunday 22:00 night that ends Monday: 60 h in the first week."""
    plan = duties([*[(d, time(6)) for d in range(5)], (6, time(22))], 10)

    (found,) = of_rule(plan, "weekly-hours")

    assert found.message.startswith("60 h worked in the week Mon 1 Jun")
