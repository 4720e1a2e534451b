"""Expanding rotations, changes and one-off duties into UTC duties, across DST and midnight."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.instants import in_zone, is_nonexistent
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand, roster_entry
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import (
    OFF,
    DayChange,
    ExtraShift,
    ShiftSource,
    ShiftType,
    find_overlaps,
)

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
US_DAY = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
GRAVEYARD = ShiftType("grave", "Graveyard", time(22), time(7), MANILA, 60)
MID = ShiftType("mid", "Mid", time(14), time(23), MANILA, 60)


def plan_with(*rotations: Rotation, changes: tuple[DayChange, ...] = (), **kw: object) -> Plan:
    return Plan(
        person=Person("Ana", MANILA),
        shift_types=(US_DAY, GRAVEYARD, MID),
        rotations=rotations,
        changes=changes,
        **kw,  # type: ignore[arg-type]
    )


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


EVERY_DAY_US = Rotation(date(2026, 1, 1), ("us-day",))


@pytest.mark.parametrize(
    ("roster_day", "start", "end", "manila_start"),
    [
        # Before spring: EST, 22:00 in Manila.
        (date(2026, 3, 6), utc(2026, 3, 6, 14), utc(2026, 3, 6, 23), "22:00"),
        # The change day itself is already daylight time at 09:00: 21:00 in Manila.
        (date(2026, 3, 8), utc(2026, 3, 8, 13), utc(2026, 3, 8, 22), "21:00"),
        (date(2026, 10, 30), utc(2026, 10, 30, 13), utc(2026, 10, 30, 22), "21:00"),
        (date(2026, 11, 1), utc(2026, 11, 1, 14), utc(2026, 11, 1, 23), "22:00"),
    ],
)
def test_new_york_day_shift_from_manila_across_both_changes(
    roster_day: date, start: datetime, end: datetime, manila_start: str
) -> None:
    shifts = expand(plan_with(EVERY_DAY_US), roster_day, roster_day + timedelta(days=1))
    shift = next(s for s in shifts if s.roster_date == roster_day)
    assert (shift.start, shift.end) == (start, end)
    assert in_zone(shift.start, MANILA).strftime("%H:%M") == manila_start
    assert shift.worked_hours == 8.0


@pytest.mark.parametrize(
    ("clock", "day", "expected_start"),
    [
        (time(2, 30), date(2026, 3, 8), utc(2026, 3, 8, 7, 30)),  # gap: 03:30 EDT
        (time(1, 30), date(2026, 11, 1), utc(2026, 11, 1, 5, 30)),  # first 01:30 (EDT)
    ],
)
def test_shifts_starting_in_the_gap_or_the_repeated_hour(
    clock: time, day: date, expected_start: datetime
) -> None:
    early = ShiftType("early", "Early", clock, time(10, 30), NEW_YORK)
    plan = replace(plan_with(Rotation(date(2026, 1, 1), ("early",))), shift_types=(early, US_DAY))
    shift = next(s for s in expand(plan, day, day) if s.roster_date == day)
    assert shift.start == expected_start


@pytest.mark.parametrize(
    ("day", "expected_hours"), [(date(2026, 3, 7), 8.0), (date(2026, 10, 31), 10.0)]
)
def test_overnight_new_york_duty_on_a_change_night_has_its_real_length(
    day: date, expected_hours: float
) -> None:
    night = ShiftType("ny-night", "NY night", time(20), time(5), NEW_YORK)
    plan = replace(plan_with(Rotation(date(2026, 1, 1), ("ny-night",))), shift_types=(night,))
    shift = next(s for s in expand(plan, day, day + timedelta(days=1)) if s.roster_date == day)
    assert shift.real_hours == expected_hours


def test_graveyard_crosses_midnight_as_one_duty() -> None:
    plan = plan_with(Rotation(date(2026, 3, 2), ("grave",)))
    shifts = expand(plan, date(2026, 3, 3), date(2026, 3, 3))
    # The duty of Mar 2 ends on Mar 3 and the one of Mar 3 starts on it: both overlap the day.
    assert [(s.roster_date, s.start, s.end) for s in shifts] == [
        (date(2026, 3, 2), utc(2026, 3, 2, 14), utc(2026, 3, 2, 23)),
        (date(2026, 3, 3), utc(2026, 3, 3, 14), utc(2026, 3, 3, 23)),
    ]
    assert all(s.worked_hours == 8.0 for s in shifts)


def test_a_later_rotation_replaces_earlier_ones_from_its_start() -> None:
    first = Rotation(date(2026, 3, 2), ("grave",) * 5 + (OFF, OFF))
    second = Rotation(date(2026, 3, 16), ("mid",) * 5 + (OFF, OFF))
    plan = plan_with(first, second)
    names = {s.roster_date: s.type_id for s in expand(plan, date(2026, 3, 9), date(2026, 3, 22))}
    assert names[date(2026, 3, 13)] == "grave"
    assert names[date(2026, 3, 16)] == "mid"
    assert date(2026, 3, 14) not in names


def test_an_ended_rotation_leaves_its_dates_free() -> None:
    plan = plan_with(Rotation(date(2026, 3, 2), ("mid",), end_date=date(2026, 3, 4)))
    dates = [s.roster_date for s in expand(plan, date(2026, 3, 1), date(2026, 3, 8))]
    assert dates == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 4)]


def test_changes_and_extra_shifts_combine_with_the_rotation() -> None:
    changes = (
        DayChange(date(2026, 3, 10), OFF, "vacation leave"),
        DayChange(date(2026, 3, 14), "mid", "overtime"),
    )
    training = ExtraShift(datetime(2026, 3, 14, 9), datetime(2026, 3, 14, 13), MANILA, "Training")
    plan = plan_with(
        Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),
        changes=changes,
        extra_shifts=(training,),
    )
    shifts = expand(plan, date(2026, 3, 10), date(2026, 3, 14))
    summary = [(s.roster_date, s.name, s.source, s.note) for s in shifts]
    assert (date(2026, 3, 10), "US day", ShiftSource.ROTATION, "") not in summary
    assert (date(2026, 3, 14), "Mid", ShiftSource.CHANGE, "overtime") in summary
    assert (date(2026, 3, 14), "Training", ShiftSource.EXTRA, "") in summary
    assert roster_entry(plan, date(2026, 3, 10)) == (OFF, changes[0])
    assert [s.start for s in shifts] == sorted(s.start for s in shifts)


def test_find_overlaps_reports_each_pair_once() -> None:
    training = ExtraShift(datetime(2026, 3, 3, 6), datetime(2026, 3, 3, 9), MANILA, "Training")
    plan = plan_with(Rotation(date(2026, 3, 2), ("grave",)), extra_shifts=(training,))
    overlaps = find_overlaps(expand(plan, date(2026, 3, 3), date(2026, 3, 3)))
    assert [(a.roster_date, b.name) for a, b in overlaps] == [(date(2026, 3, 2), "Training")]


# Properties ---------------------------------------------------------------------------------

ZONES = st.sampled_from([MANILA, NEW_YORK, "Europe/London", "Australia/Sydney"])
CLOCKS = st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45]))


@st.composite
def shift_types(draw: st.DrawFn) -> ShiftType:
    start = draw(CLOCKS)
    hours = draw(st.integers(4, 12))
    end = time((start.hour + hours) % 24, start.minute)
    return ShiftType("t", "T", start, end, draw(ZONES))


CYCLES = st.lists(st.sampled_from(["t", OFF]), min_size=1, max_size=14)
STARTS = st.dates(date(2020, 1, 1), date(2030, 12, 31))


def single_rotation_plan(shift_type: ShiftType, cycle: list[str], start: date) -> Plan:
    return Plan(
        person=Person("P", MANILA),
        shift_types=(shift_type,),
        rotations=(Rotation(start, tuple(cycle)),),
    )


def roster_dates(plan: Plan, first: date, last: date) -> list[date]:
    """Roster dates first..last that carry a duty, checking each starts at its template time."""
    dates = []
    margin = timedelta(days=2)
    for shift in expand(plan, first - margin, last + margin):
        if first <= shift.roster_date <= last:
            template = plan.shift_type(shift.type_id or "")
            wall = in_zone(shift.start, shift.zone).time()
            gap = is_nonexistent(shift.roster_date, template.start, shift.zone)
            assert wall == template.start or gap
            dates.append(shift.roster_date)
    return dates


@settings(max_examples=60, deadline=None)
@given(shift_types(), CYCLES, STARTS)
def test_rotation_repeats_every_cycle(shift_type: ShiftType, cycle: list[str], start: date) -> None:
    plan = single_rotation_plan(shift_type, cycle, start)
    period = timedelta(days=len(cycle))
    one_day = timedelta(days=1)
    first = roster_dates(plan, start + period, start + 2 * period - one_day)
    second = roster_dates(plan, start + 2 * period, start + 3 * period - one_day)
    assert [day + period for day in first] == second
    assert len(first) == cycle.count("t")


@settings(max_examples=60, deadline=None)
@given(shift_types(), CYCLES, STARTS, st.integers(-10, 10))
def test_moving_the_start_by_weeks_moves_every_shift_in_its_zone(
    shift_type: ShiftType, cycle: list[str], start: date, weeks: int
) -> None:
    moved = timedelta(weeks=weeks)
    before = single_rotation_plan(shift_type, cycle, start)
    after = single_rotation_plan(shift_type, cycle, start + moved)
    first, last = start + timedelta(days=30), start + timedelta(days=60)
    old = roster_dates(before, first, last)
    new = roster_dates(after, first + moved, last + moved)
    assert [day + moved for day in old] == new


@settings(max_examples=60, deadline=None)
@given(shift_types(), CYCLES, STARTS)
def test_real_length_equals_template_except_by_the_offset_change(
    shift_type: ShiftType, cycle: list[str], start: date
) -> None:
    plan = single_rotation_plan(shift_type, cycle, start)
    nominal = (
        datetime.combine(date(2000, 1, 1), shift_type.end)
        - datetime.combine(date(2000, 1, 1), shift_type.start)
    ) % timedelta(days=1)
    for shift in expand(plan, start, start + timedelta(days=400)):
        local_start, local_end = in_zone(shift.start, shift.zone), in_zone(shift.end, shift.zone)
        if local_start.time() != shift_type.start or local_end.time() != shift_type.end:
            continue  # an end point fell in a gap and moved forward by it
        offset_change = local_end.utcoffset() - local_start.utcoffset()  # type: ignore[operator]
        assert shift.end - shift.start == nominal - offset_change


@settings(max_examples=60, deadline=None)
@given(shift_types(), CYCLES, STARTS)
def test_expansion_never_invents_overlaps(
    shift_type: ShiftType, cycle: list[str], start: date
) -> None:
    plan = single_rotation_plan(shift_type, cycle, start)
    assert find_overlaps(expand(plan, start, start + timedelta(days=120))) == []
