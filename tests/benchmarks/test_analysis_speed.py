"""Benchmark: analysing one and ten years of a two-weeks-nights / two-weeks-days rotation.

Prints the time per year and the 10y/1y ratio (about 10 means linear). Run with
`pytest -m benchmark -s tests/benchmarks`.
"""

from __future__ import annotations

import gc
import time
from datetime import date

from shiftplanner.core.analysis import analyse, fatigue
from shiftplanner.core.instants import parse_clock
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
START = date(2026, 1, 5)
FORTNIGHT = ("n", "n", "n", "n", "n", "off", "off") * 2
CYCLE = FORTNIGHT + tuple("d" if entry == "n" else entry for entry in FORTNIGHT)


def rotation_plan() -> Plan:
    nights = ShiftType("n", "US day", parse_clock("09:00"), parse_clock("18:00"), NEW_YORK, 60)
    days = ShiftType("d", "Day", parse_clock("09:00"), parse_clock("18:00"), MANILA, 60)
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(nights, days),
        rotations=(Rotation(START, CYCLE),),
    )


def best_of(runs: int, years: int, plan: Plan) -> float:
    last = date(START.year + years, START.month, START.day)
    timings = []
    for _ in range(runs):
        gc.collect()
        began = time.perf_counter()
        analyse(plan, START, last)
        timings.append(time.perf_counter() - began)
    return min(timings)


def baseline(runs: int, plan: Plan) -> float:
    """Expanding the year's roster, the least any analysis must do."""
    timings = []
    for _ in range(runs):
        gc.collect()
        began = time.perf_counter()
        expand(plan, START, date(START.year + 1, START.month, START.day))
        timings.append(time.perf_counter() - began)
    return min(timings)


def test_analysis_grows_linearly_with_the_range() -> None:
    plan = rotation_plan()
    analyse(plan, START, date(2026, 2, 1))  # warm caches (zones, imports)
    base = baseline(5, plan)
    one = best_of(5, 1, plan)
    ten = best_of(2, 10, plan)
    began = time.perf_counter()
    fatigue(plan, START, date(2027, 1, 5))
    one_fatigue = time.perf_counter() - began
    print(
        f"\nroster expansion (baseline): 1 year {base * 1000:.1f} ms"
        f"\nanalyse: 1 year {one * 1000:.1f} ms ({one / base:.1f}x baseline), "
        f"10 years {ten * 1000:.1f} ms ({ten / 10 * 1000:.1f} ms per year), "
        f"ratio 10y/1y {ten / one:.1f} (linear: 10)"
        f"\nfatigue: 1 year {one_fatigue * 1000:.1f} ms ({one_fatigue / base:.1f}x baseline)"
    )
    assert len(analyse(plan, START, date(2027, 1, 5))) > 0
