"""Model rules: sleep-debt, prior-sleep and alertness (Three-Process Model), with planned sleep."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from shiftplanner.core.analysis import analyse
from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.core.instants import local_to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import ExtraShift

MANILA = "Asia/Manila"
MONDAY = date(2026, 5, 4)


def plan_of(duties: list[tuple[str, str]], *, commute: int = 0, **rules: float) -> Plan:
    extras = tuple(
        ExtraShift(datetime.fromisoformat(s), datetime.fromisoformat(e), MANILA, "Shift")
        for s, e in duties
    )
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=commute), extra_shifts=extras, rules=rules
    )


def week(start: str, end: str, days: int = 5) -> list[tuple[str, str]]:
    """The same duty on `days` days from Monday 4 May; an end before the start is next day."""
    out = []
    for k in range(days):
        day = MONDAY + timedelta(days=k)
        end_day = day + timedelta(days=1) if end <= start else day
        out.append((f"{day}T{start}", f"{end_day}T{end}"))
    return out


def of_rule(plan: Plan, rule: str, sleeps: list[Block] | None = None) -> list[Finding]:
    found = analyse(plan, MONDAY, MONDAY + timedelta(days=6), sleeps=sleeps)
    return [f for f in found if f.rule == rule]


def test_sleep_debt_builds_over_a_week_of_short_rests() -> None:
    """16 h duties with 8 h between: 6 h 30 min to sleep each day."""
    plan = plan_of(week("06:00", "22:00", days=6))

    (found,) = of_rule(plan, "sleep-debt")

    assert found.severity is Severity.HIGH
    assert found.basis is Basis.MODEL
    assert found.message.startswith("Estimated sleep debt reaches")
    assert "shortest rest, 8 h" in found.suggestion


def test_no_sleep_debt_on_an_ordinary_day_week() -> None:
    assert not of_rule(plan_of(week("09:00", "18:00")), "sleep-debt")


def test_planned_sleep_replaces_the_estimate() -> None:
    """Planned 4 h nights on an ordinary day week: the debt shows."""
    blocks = [
        Block(
            BlockKind.SLEEP,
            "sleep",
            local_to_instant(
                datetime.combine(MONDAY + timedelta(days=k), datetime.min.time()), MANILA
            ),
            local_to_instant(
                datetime.combine(MONDAY + timedelta(days=k), datetime.min.time()), MANILA
            )
            + timedelta(hours=4),
        )
        for k in range(-7, 7)
    ]
    study = [Block(BlockKind.STUDY, "cert", blocks[0].start, blocks[0].end)]
    plan = plan_of(week("09:00", "18:00"))

    assert of_rule(plan, "sleep-debt", blocks + study)
    assert not of_rule(plan, "sleep-debt", study)


@pytest.mark.parametrize(("commute", "fires"), [(0, False), (45, False), (46, True), (60, True)])
def test_prior_sleep_before_an_opening_after_a_closing(commute: int, fires: bool) -> None:
    """Mid 14:00-23:00, then 07:00: at 45 min each way exactly 5 h are left to sleep."""
    plan = plan_of(
        [("2026-05-05T14:00", "2026-05-05T23:00"), ("2026-05-06T07:00", "2026-05-06T16:00")],
        commute=commute,
    )

    found = of_rule(plan, "prior-sleep")

    assert [f.severity for f in found] == ([Severity.CRITICAL] if fires else [])
    if fires:
        assert "of sleep in the 24 h before it" in found[0].message
        assert found[0].message.startswith("Before the Wed 6 May 07:00 shift")


TWO_LONG_DUTIES = [
    ("2026-05-05T08:00", "2026-05-06T08:00"),
    ("2026-05-06T20:00", "2026-05-07T08:00"),
]


def test_prior_sleep_flags_hours_awake_beyond_sleep() -> None:
    """A 24 h duty after normal nights: awake 25 h by its end, 16 h slept in 48 h."""
    found = of_rule(plan_of(TWO_LONG_DUTIES), "prior-sleep")

    assert len(found) == 1
    assert "awake 25 h by its end, more than the 16 h slept in the 48 h before" in found[0].message


def test_sleepiness_on_two_duties_of_one_run_is_one_finding() -> None:
    (found,) = of_rule(plan_of(TWO_LONG_DUTIES), "alertness")

    assert found.severity is Severity.MEDIUM
    assert found.message.startswith("Predicted sleepiness reaches KSS 7.8 at Wed 04:25")
    assert "(2 shifts at KSS 7 or more" in found.message
    assert found.basis is Basis.MODEL


def test_twelve_hour_nights_with_a_long_commute_grow_sleepier_each_night() -> None:
    """19:00-07:00 nights, 2 h each way: 4 h 36 min of day sleep; the third night is high."""
    plan = plan_of(week("19:00", "07:00", days=3), commute=120)

    found = of_rule(plan, "alertness")

    assert [f.severity for f in found] == [Severity.HIGH]
    assert found[0].message.startswith("Predicted sleepiness reaches KSS 8.0 at Thu 04:20")
    assert "Nap 1.5-3 h before the Wed 6 May shift" in found[0].suggestion


def test_alertness_threshold_is_inclusive() -> None:
    """A rested first night peaks at KSS 6.8: flagged when the warning is 6.8, not at 6.9."""
    plan_nights = week("22:00", "07:00", days=1)

    assert not of_rule(plan_of(plan_nights), "alertness")
    assert [f.severity for f in of_rule(plan_of(plan_nights, kss_warn=6.8), "alertness")] == [
        Severity.MEDIUM
    ]
    assert not of_rule(plan_of(plan_nights, kss_warn=6.9), "alertness")
