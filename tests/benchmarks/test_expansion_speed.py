"""Expanding ten years of a rotating plan: time per year of shifts, against a bare loop."""

from __future__ import annotations

import time as clock
from datetime import date, time, timedelta

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import preset
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import DayChange, ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
START = date(2026, 1, 5)


def rotating_plan() -> Plan:
    types = (
        ShiftType("day", "US day", time(9), time(18), NEW_YORK, 60),
        ShiftType("grave", "Graveyard", time(22), time(7), MANILA, 60),
    )
    cycle = preset("2w-nights-2w-days").cycle({"D": "day", "N": "grave"})
    changes = tuple(
        DayChange(START + timedelta(days=offset), "off", "leave") for offset in range(3, 3650, 97)
    )
    return Plan(
        person=Person("Ana", MANILA),
        shift_types=types,
        rotations=(Rotation(START, cycle),),
        changes=changes,
    )


def best_of(runs: int, work: object) -> float:
    timings = []
    for _ in range(runs):
        began = clock.perf_counter()
        work()  # type: ignore[operator]
        timings.append(clock.perf_counter() - began)
    return min(timings)


def test_ten_years_of_expansion() -> None:
    plan = rotating_plan()
    last = START + timedelta(days=3652)
    count = len(expand(plan, START, last))
    expansion = best_of(3, lambda: expand(plan, START, last))
    # Baseline: the same number of days visited by a bare loop building datetimes.
    baseline = best_of(3, lambda: [START + timedelta(days=i) for i in range(3652)])
    per_year = expansion / 10
    print(
        f"\nexpand 10 years: {count} shifts in {expansion * 1000:.1f} ms "
        f"({per_year * 1000:.2f} ms per year of shifts); bare day loop {baseline * 1000:.2f} ms; "
        f"ratio {expansion / baseline:.0f}x"
    )
    assert count > 2000
