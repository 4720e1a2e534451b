"""Gap rules: overlap, quick-return, day-night-switch and sleep-opportunity, with boundaries."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import ExtraShift

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
FIRST, LAST = date(2026, 5, 4), date(2026, 5, 10)


def plan_of(
    duties: list[tuple[str, str]], *, commute: int = 0, zone: str = MANILA, **rules: float
) -> Plan:
    """A Manila person with these duties ("YYYY-MM-DDTHH:MM" local to `zone`)."""
    extras = tuple(
        ExtraShift(datetime.fromisoformat(s), datetime.fromisoformat(e), zone, label=f"Duty {i}")
        for i, (s, e) in enumerate(duties)
    )
    person = Person("Ana", MANILA, commute_minutes=commute)
    return Plan(person=person, extra_shifts=extras, rules=rules)


def of_rule(plan: Plan, rule: str, first: date = FIRST, last: date = LAST) -> list[Finding]:
    return [f for f in analyse(plan, first, last) if f.rule == rule]


@pytest.mark.parametrize(
    ("second_start", "expected"),
    [
        ("2026-05-06T06:30", Severity.CRITICAL),  # 7 h 30 min
        ("2026-05-06T07:59", Severity.CRITICAL),  # 8 h 59 min
        ("2026-05-06T08:00", Severity.HIGH),  # exactly 9 h
        ("2026-05-06T09:59", Severity.HIGH),
        ("2026-05-06T10:00", None),  # exactly 11 h
        ("2026-05-06T14:00", None),
    ],
)
def test_quick_return_severity_by_gap(second_start: str, expected: Severity | None) -> None:
    plan = plan_of([("2026-05-05T14:00", "2026-05-05T23:00"), (second_start, "2026-05-06T18:00")])

    found = of_rule(plan, "quick-return")

    assert [f.severity for f in found] == ([expected] if expected else [])


def test_quick_return_message_names_times_benchmark_and_sleep_left() -> None:
    plan = plan_of(
        [("2026-05-05T15:30", "2026-05-05T23:00"), ("2026-05-06T06:30", "2026-05-06T15:00")],
        commute=45,
    )

    (found,) = of_rule(plan, "quick-return")

    assert found.message == (
        "Only 7 h 30 min between Tue 23:00 and Wed 06:30 — less than the 11 h benchmark; "
        "4 h 30 min to sleep after commuting."
    )
    assert found.suggestion.startswith("Ask to start Wed 6 May at 10:00 or later")
    assert found.basis is Basis.BENCHMARK
    assert "2003/88/EC" in found.source
    assert (found.start, found.end) == (
        datetime.fromisoformat("2026-05-05T15:00+00:00"),
        datetime.fromisoformat("2026-05-05T22:30+00:00"),
    )


def test_quick_return_threshold_comes_from_the_plan_rules() -> None:
    duties = [("2026-05-05T08:00", "2026-05-05T17:00"), ("2026-05-06T03:00", "2026-05-06T12:00")]

    assert of_rule(plan_of(duties), "quick-return")
    assert not of_rule(plan_of(duties, min_rest_hours=10), "quick-return")


@pytest.mark.parametrize(("sunday", "expected"), [("2026-03-01", 0), ("2026-03-08", 1)])
def test_quick_return_across_the_us_spring_change_is_an_hour_shorter(
    sunday: str, expected: int
) -> None:
    """Manila 01:00-10:00, then 08:00 New York: 21:00 Manila on EST, 20:00 once on EDT."""
    manila = ExtraShift(
        datetime.fromisoformat(f"{sunday}T01:00"), datetime.fromisoformat(f"{sunday}T10:00"), MANILA
    )
    new_york = ExtraShift(
        datetime.fromisoformat(f"{sunday}T08:00"),
        datetime.fromisoformat(f"{sunday}T16:00"),
        NEW_YORK,
    )
    plan = Plan(person=Person("Ana", MANILA), extra_shifts=(manila, new_york))
    day = date.fromisoformat(sunday)

    found = of_rule(plan, "quick-return", day, day)

    assert len(found) == expected
    if found:
        assert found[0].message.startswith("Only 10 h between Sun 10:00 and Sun 20:00")


def test_overlap_is_one_critical_data_finding_over_the_shared_time() -> None:
    plan = plan_of(
        [("2026-05-05T14:00", "2026-05-05T23:00"), ("2026-05-05T20:00", "2026-05-06T02:00")]
    )

    (found,) = of_rule(plan, "overlap")

    assert found.severity is Severity.CRITICAL
    assert found.basis is Basis.DATA
    assert found.end - found.start == datetime(2026, 1, 1, 3) - datetime(2026, 1, 1)
    assert "overlap by 3 h" in found.message
    assert not of_rule(plan, "quick-return")


def test_back_to_back_duties_do_not_overlap() -> None:
    plan = plan_of(
        [("2026-05-05T09:00", "2026-05-05T13:00"), ("2026-05-05T13:00", "2026-05-05T18:00")]
    )

    assert not of_rule(plan, "overlap")


@pytest.mark.parametrize(
    ("day_start", "fires"),
    [
        ("2026-05-08T06:00", True),  # 47 h after a night ending Wed 07:00
        ("2026-05-08T07:00", False),  # exactly 48 h
        ("2026-05-09T07:00", False),
    ],
)
def test_night_to_day_switch_needs_48_hours(day_start: str, fires: bool) -> None:
    end = day_start[:11] + "15:00"
    plan = plan_of([("2026-05-05T22:00", "2026-05-06T07:00"), (day_start, end)])

    found = of_rule(plan, "day-night-switch")

    assert [f.severity for f in found] == ([Severity.HIGH] if fires else [])


def test_day_to_night_switch_fires_the_other_way_round() -> None:
    plan = plan_of(
        [("2026-05-05T08:00", "2026-05-05T17:00"), ("2026-05-06T22:00", "2026-05-07T07:00")]
    )

    (found,) = of_rule(plan, "day-night-switch")

    assert "mid shift" not in found.message
    assert "night shift starting Wed 22:00" in found.message
    assert "Thu 7 May 22:00" in found.suggestion


def test_mid_shift_followed_by_mid_is_no_switch() -> None:
    """A 14:00-23:00 mid has 1 h in 22:00-06:00: not a night shift."""
    plan = plan_of(
        [("2026-05-05T14:00", "2026-05-05T23:00"), ("2026-05-06T14:00", "2026-05-06T23:00")]
    )

    assert not of_rule(plan, "day-night-switch")


@pytest.mark.parametrize(
    ("commute", "expected"),
    [
        (0, None),  # 12 h gap - 1 h 30 personal = 10 h 30
        (105, None),  # 12 - 3.5 - 1.5 = 7 h exactly
        (120, Severity.HIGH),  # 6 h 30
        (165, Severity.HIGH),  # 5 h exactly
        (180, Severity.CRITICAL),  # 4 h 30
    ],
)
def test_clopen_with_long_commute_leaves_too_little_sleep(
    commute: int, expected: Severity | None
) -> None:
    plan = plan_of(
        [("2026-05-05T14:00", "2026-05-05T23:00"), ("2026-05-06T11:00", "2026-05-06T20:00")],
        commute=commute,
    )

    found = of_rule(plan, "sleep-opportunity")

    assert [f.severity for f in found] == ([expected] if expected else [])
    assert not of_rule(plan, "quick-return")
    if expected:
        assert found[0].basis is Basis.MODEL
        assert "commuting" in found[0].message
