"""Exports compared byte for byte with golden files checked in under tests/ical/golden/.

Nothing regenerates them: when an intended change alters the output, write the new file by
hand from `_golden_bytes(name)`, read it, and commit it with the change that explains why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import day_bounds
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import DayChange
from shiftplanner.ical.events import (
    CalendarEvent,
    Layer,
    block_events,
    plan_identity,
    shift_events,
)
from shiftplanner.ical.revisions import ExportRecord, Scope, revise
from shiftplanner.ical.writer import calendar_bytes

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
SPRING = (date(2026, 3, 6), date(2026, 3, 9))
AUTUMN = (date(2026, 10, 30), date(2026, 11, 2))


def _plan() -> Plan:
    return parse_plan((HERE / "data" / "dst-weeks-plan.json").read_text(encoding="utf-8"))


def _work(plan: Plan, days: tuple[date, date], alarm: int | None = None) -> list[CalendarEvent]:
    return shift_events(plan, plan_identity(plan), expand(plan, *days), alarm)


def _spring_work() -> bytes:
    return calendar_bytes(_work(_plan(), SPRING, alarm=15), name="Ana: Work", stamp=STAMP)


def _autumn_with_blocks() -> bytes:
    plan = _plan()
    shifts = expand(plan, *AUTUMN)
    blocks = [
        Block(BlockKind.SLEEP, "sleep", s.end + timedelta(hours=1), s.end + timedelta(hours=8))
        for s in shifts
    ] + [
        Block(BlockKind.STUDY, "cx-cert", datetime(2026, 10, 31, 4, tzinfo=UTC),
              datetime(2026, 10, 31, 5, 15, tzinfo=UTC)),
        Block(BlockKind.SELF_CARE, "exercise", datetime(2026, 11, 1, 23, tzinfo=UTC),
              datetime(2026, 11, 1, 23, 45, tzinfo=UTC)),
    ]  # fmt: skip
    events = _work(plan, AUTUMN) + block_events(plan, plan_identity(plan), blocks)
    return calendar_bytes(events, name="Ana", stamp=STAMP)


def _spring_re_export() -> bytes:
    """The spring export after 7 March became a rest day, the 6th a day shift, "US west" renamed."""
    plan = _plan()
    first = {e.uid: ExportRecord.of(e) for e in _work(plan, SPRING)}
    rest_day, day_shift = DayChange(date(2026, 3, 7), "off"), DayChange(date(2026, 3, 6), "us-day")
    types = tuple(
        replace(t, name="US west (LA)") if t.id == "west" else t for t in plan.shift_types
    )
    changed = replace(plan, shift_types=types, changes=(*plan.changes, rest_day, day_shift))
    scope = Scope(*day_bounds(*SPRING, plan.home_zone), (Layer.WORK,))
    events = revise(_work(changed, SPRING), first, scope)
    return calendar_bytes(events, name="Ana: Work", stamp=STAMP)


CASES: dict[str, Callable[[], bytes]] = {
    "spring-work-alarm.ics": _spring_work,
    "autumn-work-and-blocks.ics": _autumn_with_blocks,
    "spring-re-export.ics": _spring_re_export,
}


def _golden_bytes(name: str) -> bytes:
    return CASES[name]()


@pytest.mark.parametrize("name", sorted(CASES))
def test_export_matches_golden_file(name: str) -> None:
    expected = (GOLDEN / name).read_bytes()

    assert _golden_bytes(name) == expected
