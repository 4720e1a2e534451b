"""Exporting a year of shifts and blocks, against icalendar serialising the same calendar.

The baseline is `Calendar.to_ical()` alone on the calendar our writer builds, so the ratio
shows what building events, UIDs, VTIMEZONEs and descriptions adds on top of serialising.
"""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goals import Goal, Habit
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import preset
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import Shift, ShiftType
from shiftplanner.ical.events import CalendarEvent, block_events, plan_identity, shift_events
from shiftplanner.ical.writer import build_calendar, calendar_bytes

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
FIRST, LAST = date(2026, 1, 5), date(2027, 1, 3)
STAMP = datetime(2026, 1, 1, tzinfo=UTC)


def _plan() -> Plan:
    types = (
        ShiftType("day", "US day", time(9), time(18), NEW_YORK, 60),
        ShiftType("grave", "Graveyard", time(22), time(7), MANILA, 60),
    )
    cycle = preset("2w-nights-2w-days").cycle({"D": "day", "N": "grave"})
    return Plan(
        person=Person("Ana", MANILA),
        shift_types=types,
        rotations=(Rotation(FIRST, cycle),),
        goals=(Goal("cert", "CX certification", 60, date(2026, 12, 31)),),
        habits=(Habit("exercise", "Exercise", 45, 3),),
    )


def _blocks(shifts: list[Shift]) -> list[Block]:
    """After every shift: sleep, then study and exercise, as a full week plan would have."""
    blocks = []
    for shift in shifts:
        wake = shift.end + timedelta(hours=9)
        hour = timedelta(hours=1)
        blocks += [
            Block(BlockKind.SLEEP, "sleep", shift.end + hour, wake),
            Block(BlockKind.STUDY, "cert", wake + hour, wake + 2 * hour),
            Block(BlockKind.SELF_CARE, "exercise", wake + 3 * hour, wake + 4 * hour),
        ]
    return blocks


def _best_of(runs: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        began = clock.perf_counter()
        work()
        timings.append(clock.perf_counter() - began)
    return min(timings)


def test_export_one_year_against_icalendar_serialisation() -> None:
    plan = _plan()
    shifts = expand(plan, FIRST, LAST)
    blocks = _blocks(shifts)
    plan_id = plan_identity(plan)

    def events() -> list[CalendarEvent]:
        return shift_events(plan, plan_id, shifts, 30) + block_events(plan, plan_id, blocks, 30)

    built = events()
    calendar = build_calendar(built, name="Ana", stamp=STAMP)

    ours = _best_of(3, lambda: calendar_bytes(events(), name="Ana", stamp=STAMP))
    baseline = _best_of(3, calendar.to_ical)
    size = len(calendar.to_ical())

    print(
        f"\nexport of one year: {len(shifts)} shifts + {len(blocks)} blocks "
        f"= {len(built)} events, {size / 1024:.0f} KiB"
    )
    print(f"  shiftplanner export (events + calendar + bytes): {ours * 1000:8.1f} ms")
    print(f"  icalendar to_ical() of the same calendar:        {baseline * 1000:8.1f} ms")
    print(f"  ratio: {ours / baseline:.2f}x the serialisation alone")
