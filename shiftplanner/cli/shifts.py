"""`shifts`: the concrete duties in a range."""

from __future__ import annotations

import argparse
from datetime import datetime
from functools import partial
from typing import Any

from shiftplanner.cli.common import (
    Clock,
    Verbs,
    add_report_verb,
    plan_and_range,
    print_report,
)
from shiftplanner.core.instants import format_utc, hours_text, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import Shift
from shiftplanner.services.plans import DateRange, shifts_in_range


def register(verbs: Verbs) -> None:
    """Add the verb to the command line."""
    add_report_verb(verbs, "shifts", "list the concrete shifts in a date range", run)


def run(arguments: argparse.Namespace, clock: Clock) -> int:
    """List the shifts."""
    plan, dates = plan_and_range(arguments, clock)
    shifts = shifts_in_range(plan, dates)
    text = partial(shifts_text, plan, dates, shifts)
    return print_report(arguments, plan, "shifts", shifts, shift_json, text)


def shift_json(shift: Shift) -> dict[str, Any]:
    """The contract's JSON for one shift, with a few helpful extra keys."""
    return {
        "type": shift.type_id,
        "name": shift.name,
        "start": format_utc(shift.start),
        "end": format_utc(shift.end),
        "hours": round(shift.worked_hours, 2),
        "source": shift.source.value,
        "zone": shift.zone,
        "date": shift.roster_date.isoformat(),
        "note": shift.note,
    }


def shifts_text(plan: Plan, dates: DateRange, shifts: list[Shift]) -> str:
    """A table for people, times in the home zone with the shift's own zone beside them."""
    title = f"Shifts {dates.first:%a %d %b %Y} - {dates.last:%a %d %b %Y}"
    lines = [f"{title} (times in {plan.home_zone})", ""]
    if not shifts:
        lines.append("No shifts in this range.")
    for shift in shifts:
        lines.append(_shift_line(plan, shift))
    total = sum(s.worked_hours for s in shifts)
    count = f"{len(shifts)} shift" + ("" if len(shifts) == 1 else "s")
    lines += ["", f"{count}, {hours_text(total)} worked"]
    return "\n".join(lines)


def _shift_line(plan: Plan, shift: Shift) -> str:
    start, end = in_zone(shift.start, plan.home_zone), in_zone(shift.end, plan.home_zone)
    span = f"{start:%a %d %b}  {start:%H:%M} - {_end_text(start, end)}"
    own = ""
    if shift.zone != plan.home_zone:
        own_start, own_end = in_zone(shift.start, shift.zone), in_zone(shift.end, shift.zone)
        own = f"  ({own_start:%H:%M}-{own_end:%H:%M} {own_start:%Z})"
    note = f"  [{shift.source.value}{': ' + shift.note if shift.note else ''}]"
    return f"{span:<28}{hours_text(shift.worked_hours):>10}  {shift.name}{own}{note}"


def _end_text(start: datetime, end: datetime) -> str:
    days = (end.date() - start.date()).days
    return f"{end:%H:%M}" if days == 0 else f"{end:%a %H:%M}"
