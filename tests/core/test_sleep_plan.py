"""Sleep planned from the roster: naps before first nights, recovery, anchor sleep, DST weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import day_bounds, in_zone, to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType
from shiftplanner.core.sleep_plan import is_night_shift, plan_sleep

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
ANA = Person(name="Ana", home_zone=MANILA, commute_minutes=45, personal_minutes=90)
TYPES = (
    ShiftType("night", "Graveyard", time(22), time(7), MANILA, 60),
    ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60),
    ShiftType("mid", "Mid", time(14), time(23), MANILA, 60),
    ShiftType("day", "Day", time(7), time(16), MANILA, 60),
)


def roster(cycle: tuple[str, ...], start: date = date(2026, 3, 2), person: Person = ANA) -> Plan:
    return Plan(person=person, shift_types=TYPES, rotations=(Rotation(start, cycle),))


def sleeps(plan: Plan, first: date, last: date) -> list[Block]:
    shifts = expand(plan, first - timedelta(days=3), last + timedelta(days=3))
    start, end = day_bounds(first, last, plan.home_zone)
    return plan_sleep(shifts, plan.person, start=start, end=end)


def local(block: Block) -> tuple[str, str, str]:
    start, end = in_zone(block.start, MANILA), in_zone(block.end, MANILA)
    return block.kind.value, f"{start:%a %H:%M}", f"{end:%a %H:%M}"


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return to_instant(date(2026, 3, day), time(hour, minute), MANILA)


def test_a_nap_comes_before_the_first_night_of_a_run_only() -> None:
    plan = roster(("off", "off", "night", "night", "night", "off", "off"))
    planned = [local(b) for b in sleeps(plan, date(2026, 3, 3), date(2026, 3, 6))]
    assert ("nap", "Wed 18:15", "Wed 20:15") in planned
    assert [p for p in planned if p[0] == "nap"] == [("nap", "Wed 18:15", "Wed 20:15")]


def test_after_a_night_the_person_sleeps_as_soon_as_home() -> None:
    plan = roster(("night",) * 5 + ("off", "off"))
    planned = [local(b) for b in sleeps(plan, date(2026, 3, 3), date(2026, 3, 5))]
    # Home 07:45, 30 min to wind down, the full 8 h before 14:00 as far as possible.
    assert ("sleep", "Tue 08:15", "Tue 16:15") in planned


def test_switching_back_to_days_gives_recovery_sleep_and_an_early_night() -> None:
    plan = roster(("night", "night", "night", "off", "off", "day", "day"))
    planned = [local(b) for b in sleeps(plan, date(2026, 3, 5), date(2026, 3, 8))]
    assert ("sleep", "Thu 08:15", "Thu 12:15") in planned  # short recovery sleep
    assert ("sleep", "Thu 22:00", "Fri 06:00") in planned  # early night
    # The day shift at 07:00 (leave 06:15, 60 min to get ready) moves the next night earlier.
    assert ("sleep", "Fri 21:15", "Sat 05:15") in planned


def test_rest_days_between_night_runs_get_an_anchor_sleep() -> None:
    plan = roster(("night", "night", "night", "off", "off", "night", "night"))
    blocks = sleeps(plan, date(2026, 3, 5), date(2026, 3, 7))
    workday_sleep = (at(5, 8, 15), at(5, 16, 15))
    anchors = [b for b in blocks if b.kind is BlockKind.SLEEP and b.start > at(5, 20)]
    assert anchors, "expected sleeps on the rest days"
    for block in anchors:
        day = in_zone(block.start, MANILA).date()
        window_start = to_instant(day, time(8, 15), MANILA)
        overlap = min(block.end, window_start + timedelta(hours=8)) - max(block.start, window_start)
        assert overlap >= timedelta(hours=4)
        assert block.hours == pytest.approx(8)
    assert workday_sleep == (blocks[0].start, blocks[0].end)


@pytest.mark.parametrize(
    ("first", "expected_start"),
    [(date(2026, 3, 2), "Mon 22:00"), (date(2026, 3, 9), "Mon 21:00"),
     (date(2026, 10, 26), "Mon 21:00"), (date(2026, 11, 2), "Mon 22:00")],
)  # fmt: skip
def test_us_account_sleep_follows_the_dst_change(first: date, expected_start: str) -> None:
    plan = roster(("us-day",) * 5 + ("off", "off"), start=first)
    shifts = expand(plan, first, first)
    assert f"{in_zone(shifts[0].start, MANILA):%a %H:%M}" == expected_start
    blocks = sleeps(plan, first, first + timedelta(days=6))
    nap = next(b for b in blocks if b.kind is BlockKind.NAP)
    assert nap.end == shifts[0].start - timedelta(minutes=45 + 60)
    mornings = [b for b in blocks if b.kind is BlockKind.SLEEP and b.start > shifts[0].start]
    assert mornings[0].start == shifts[0].end + timedelta(minutes=45 + 30)
    assert mornings[0].hours == pytest.approx(8)


def test_sleep_need_and_personal_time_size_the_sleep() -> None:
    short_sleeper = Person(
        "B", MANILA, sleep_need_hours=6.5, commute_minutes=30, personal_minutes=60
    )
    plan = roster(("day",) * 5 + ("off", "off"), person=short_sleeper)
    blocks = sleeps(plan, date(2026, 3, 3), date(2026, 3, 4))
    nights = [local(b) for b in blocks]
    # Day shift at 07:00: leave 06:30, 40 min to get ready, so wake 05:50.
    assert ("sleep", "Mon 23:20", "Tue 05:50") in nights


def test_a_gap_too_short_to_sleep_gets_no_block() -> None:
    plan = roster(("mid", "day"))
    blocks = sleeps(plan, date(2026, 3, 2), date(2026, 3, 3))
    mid_end, day_start = at(2, 23), at(3, 7)
    squeezed = [b for b in blocks if b.start >= mid_end and b.end <= day_start]
    # Home 23:45 + 30 min, leave 06:15 - 60 min: 5 h left, all of it planned.
    assert [(b.start, b.end) for b in squeezed] == [(at(3, 0, 15), at(3, 5, 15))]


def test_night_shift_definition_uses_the_home_clock() -> None:
    plan = roster(("us-day", "mid", "day"))
    kinds = [is_night_shift(s, MANILA) for s in expand(plan, date(2026, 3, 2), date(2026, 3, 4))]
    assert kinds == [True, False, False]


CYCLES = st.lists(
    st.sampled_from(["night", "us-day", "mid", "day", "off"]), min_size=1, max_size=14
)


@settings(max_examples=60, deadline=None)
@given(cycle=CYCLES, offset=st.integers(0, 300))
def test_sleep_never_overlaps_a_shift_its_commute_or_another_sleep(
    cycle: list[str], offset: int
) -> None:
    first = date(2026, 1, 5) + timedelta(days=offset)
    plan = roster(tuple(cycle), start=first)
    blocks = sleeps(plan, first, first + timedelta(days=13))
    commute = timedelta(minutes=ANA.commute_minutes)
    duties = expand(plan, first - timedelta(days=2), first + timedelta(days=15))
    for block in blocks:
        assert block.end > block.start
        for duty in duties:
            assert block.end <= duty.start - commute or block.start >= duty.end + commute
    ordered = sorted(blocks, key=lambda b: b.start)
    assert all(a.end <= b.start for a, b in pairwise(ordered))
    naps = [b for b in blocks if b.kind is BlockKind.NAP]
    assert all(timedelta(minutes=90) <= b.end - b.start <= timedelta(hours=3) for b in naps)
    assert sleeps(plan, first, first + timedelta(days=13)) == blocks
    assert all(b.start.utcoffset() == timedelta(0) or b.start.tzinfo == UTC for b in blocks)
