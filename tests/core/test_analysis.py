"""analyse(): a normal US-account week stays clean; properties over shifted and reordered plans."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.analysis import analyse, fatigue
from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import parse_clock
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ExtraShift, ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
SERIOUS = (Severity.CRITICAL, Severity.HIGH)


def us_account(unpaid_break: int = 60, cycle: tuple[str, ...] | None = None) -> Plan:
    """Ana: 09:00-18:00 New York, Monday to Friday, home Manila, 45 min each way."""
    us_day = ShiftType(
        "us-day", "US day", parse_clock("09:00"), parse_clock("18:00"), NEW_YORK, unpaid_break
    )
    week = cycle or ("us-day",) * 5 + ("off", "off")
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(us_day,),
        rotations=(Rotation(date(2026, 1, 5), week),),
    )


@pytest.mark.parametrize("unpaid_break", [0, 60])
@pytest.mark.parametrize(
    ("first", "last"),
    [
        (date(2026, 1, 5), date(2026, 1, 11)),  # the first week: nothing before it
        (date(2026, 2, 2), date(2026, 3, 1)),
        (date(2026, 3, 2), date(2026, 3, 15)),  # across the spring change
        (date(2026, 10, 26), date(2026, 11, 8)),  # across the autumn change
    ],
)
def test_a_normal_us_account_week_stays_clean(unpaid_break: int, first: date, last: date) -> None:
    found = analyse(us_account(unpaid_break), first, last)

    assert [f.rule for f in found if f.severity is not Severity.INFO] == []
    assert {f.rule for f in found} <= {"dst-change"}


def test_fatigue_rows_cover_the_range_with_the_index_and_peak_sleepiness() -> None:
    rows = fatigue(us_account(), date(2026, 3, 2), date(2026, 3, 8))

    assert len(rows) == 5
    assert [r.shift.start.isoformat() for r in rows[:1]] == ["2026-03-02T14:00:00+00:00"]
    assert all(r.night for r in rows)
    assert all(5 < r.kss_max < 7 for r in rows)
    assert all(0 < r.index.fatigue_index < 100 and r.index.risk_index > 0 for r in rows)


def test_findings_are_sorted_by_start_then_severity() -> None:
    plan = replace(us_account(), rules={"min_rest_hours": 16, "min_switch_rest_hours": 70})
    found = analyse(plan, date(2026, 2, 2), date(2026, 2, 15))

    assert found
    keys = [(f.start, f.severity.rank) for f in found]
    assert keys == sorted(keys)


# Properties: a Manila-only plan (no DST), duties on a quarter-hour grid.
duty_strategy = st.tuples(
    st.integers(0, 27 * 24 * 4), st.integers(4 * 4, 14 * 4)
)  # (start quarter-hours from Monday 1 June, length in quarter hours)
BASE = datetime(2026, 6, 1)


def plan_from(duties: list[tuple[int, int]], weeks: int = 0) -> Plan:
    extras = tuple(
        ExtraShift(
            BASE + timedelta(weeks=weeks, minutes=15 * start),
            BASE + timedelta(weeks=weeks, minutes=15 * (start + length)),
            MANILA,
            f"Duty {start}",
        )
        for start, length in duties
    )
    return Plan(person=Person("Ana", MANILA, commute_minutes=45), extra_shifts=extras)


def essence(found: list[Finding], weeks: int = 0) -> list[tuple[str, str, datetime, datetime]]:
    shift = timedelta(weeks=weeks)
    return sorted((f.rule, f.severity.value, f.start - shift, f.end - shift) for f in found)


RANGE = (date(2026, 6, 8), date(2026, 6, 21))


@settings(max_examples=25, deadline=None)
@given(duties=st.lists(duty_strategy, min_size=1, max_size=20), weeks=st.integers(1, 30))
def test_moving_a_plan_by_whole_weeks_moves_every_finding(
    duties: list[tuple[int, int]], weeks: int
) -> None:
    moved_range = tuple(d + timedelta(weeks=weeks) for d in RANGE)

    before = analyse(plan_from(duties), *RANGE)
    after = analyse(plan_from(duties, weeks), *moved_range)

    assert essence(after, weeks) == essence(before)


@settings(max_examples=25, deadline=None)
@given(duties=st.lists(duty_strategy, min_size=1, max_size=20), data=st.data())
def test_findings_do_not_depend_on_the_order_duties_are_listed(
    duties: list[tuple[int, int]], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(duties))

    assert analyse(plan_from(shuffled), *RANGE) == analyse(plan_from(duties), *RANGE)


@settings(max_examples=40, deadline=None)
@given(
    gap=st.integers(1 * 4, 30 * 4),
    longer=st.integers(1, 12 * 4),
    before=st.lists(duty_strategy, max_size=6),
)
def test_lengthening_a_rest_gap_never_adds_a_quick_return(
    gap: int, longer: int, before: list[tuple[int, int]]
) -> None:
    """Two duties in the second week, others only in the first: move the second one later."""
    start = 8 * 24 * 4 + 9 * 4
    first_duty = (start, 9 * 4)
    others = [(s % (6 * 24 * 4), length) for s, length in before]

    def quick_returns(gap_quarters: int) -> int:
        second = (start + 9 * 4 + gap_quarters, 8 * 4)
        found = analyse(plan_from([*others, first_duty, second]), *RANGE)
        return sum(f.rule == "quick-return" for f in found)

    assert quick_returns(gap + longer) <= quick_returns(gap)


HELD_OUT_TYPES = (
    ShiftType("n", "US day", parse_clock("09:00"), parse_clock("18:00"), NEW_YORK, 60),
    ShiftType("d", "Day", parse_clock("09:00"), parse_clock("18:00"), MANILA, 60),
    ShiftType("g", "Graveyard", parse_clock("22:00"), parse_clock("07:00"), MANILA, 60),
    ShiftType("l", "Long day", parse_clock("07:00"), parse_clock("20:00"), MANILA, 30),
    ShiftType("t", "Ten", parse_clock("08:00"), parse_clock("19:00"), MANILA, 60),
)


@pytest.mark.parametrize(
    ("cycle", "expected"),
    [
        (["n"] * 6 + ["off"], {("consecutive-nights", "medium")}),
        (
            ["d"] * 7 + ["off"] * 7,
            {
                ("weekly-rest", "critical"),
                ("weekly-rest-benchmark", "medium"),
                ("weekly-hours", "medium"),  # 7 x 8 h = 56 h
            },
        ),
        (["d"] * 4 + ["g"] + ["off"] * 9, {("day-night-switch", "high")}),
        (["l"] * 4 + ["off"] * 3, {("long-shift", "high"), ("weekly-hours", "medium")}),
        (["t"] * 6 + ["off"], {("weekly-hours", "medium")}),  # exactly 60 h
    ],
)
def test_held_out_style_schedules_fire_only_their_rules(
    cycle: list[str], expected: set[tuple[str, str]]
) -> None:
    plan = Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=HELD_OUT_TYPES,
        rotations=(Rotation(date(2026, 4, 6), tuple(cycle)),),
    )

    found = analyse(plan, date(2026, 5, 4), date(2026, 5, 10))

    assert {(f.rule, f.severity.value) for f in found} == expected
