"""Building a week of the board from the plan: shifts, blocks and notes in home time.

No widgets here (only QtCore's translate for the few words it writes): the widget paints the
`WeekContent` made here, and tests check it without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import format_clock
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift
from shiftplanner.services.block_edits import block_limits
from shiftplanner.ui.weekview.days import local
from shiftplanner.ui.weekview.model import (
    DAYS,
    SHIFT,
    STRIP_DAYS,
    BoardItem,
    DayNote,
    StripDay,
    WeekContent,
    category,
)

# How far back to look for the previous duty of a type when noting a DST move.
_DST_LOOKBACK = timedelta(days=21)


def week_content(plan: Plan, first_day: date, blocks: Iterable[Block] = ()) -> WeekContent:
    """The shifts overlapping the week (with a margin for the board day) and its blocks."""
    zone_name = plan.home_zone
    shifts = expand(plan, first_day - timedelta(days=1), first_day + timedelta(days=DAYS))
    colours = {t.id: t.color for t in plan.shift_types}
    items = [_shift_item(shift, zone_name, colours) for shift in shifts]
    items.extend(
        _block_item(block, zone_name, block_limits(plan, block), block_title(plan, block))
        for block in blocks
    )
    history = expand(plan, first_day - _DST_LOOKBACK, first_day + timedelta(days=DAYS))
    notes = dst_notes(history, zone_name, first_day)
    return WeekContent(first_day, zone_name, tuple(items), notes, plan.person.commute_minutes)


def _shift_item(shift: Shift, zone_name: str, colours: dict[str, str | None]) -> BoardItem:
    key = f"shift:{shift.start.isoformat()}:{shift.type_id or shift.name}"
    start, end = local(shift.start, zone_name), local(shift.end, zone_name)
    colour = colours.get(shift.type_id) if shift.type_id else None
    return BoardItem(
        key, SHIFT, shift.name, start, end, shift=shift, colour=colour, note=shift.note
    )


def _block_item(block: Block, zone_name: str, limits: tuple[int, int], title: str) -> BoardItem:
    key = f"{block.kind.value}:{block.ref}:{block.start.isoformat()}"
    start, end = local(block.start, zone_name), local(block.end, zone_name)
    low, high = limits
    return BoardItem(
        key, block.kind.value, title, start, end, block=block, min_minutes=low, max_minutes=high
    )


def block_title(plan: Plan, block: Block) -> str:
    """A short title for a block: its kind for sleep, its goal's or habit's name otherwise."""
    if block.kind is BlockKind.SLEEP:
        return QCoreApplication.translate("WeekBoard", "Sleep")
    if block.kind is BlockKind.NAP:
        return QCoreApplication.translate("WeekBoard", "Nap")
    names = {item.id: item.name for item in (*plan.goals, *plan.habits)}
    return names.get(block.ref, block.ref)


def dst_notes(shifts: Sequence[Shift], zone_name: str, first_day: date) -> dict[date, DayNote]:
    """A note on each date from `first_day` on where a shift type's home-time start moved.

    A type defined in a zone with daylight saving (a US client's) starts an hour earlier or
    later in Manila after the US change; the note names the new start and the old one.
    """
    last_start: dict[str, str] = {}
    notes: dict[date, DayNote] = {}
    for shift in sorted(shifts, key=lambda s: s.start):
        if shift.type_id is None or shift.zone == zone_name:
            continue
        begins = local(shift.start, zone_name)
        clock = format_clock(begins.time())
        previous = last_start.get(shift.type_id)
        if previous is not None and previous != clock and begins.date() >= first_day:
            short = QCoreApplication.translate("WeekBoard", "DST: now {clock}")
            full = QCoreApplication.translate(
                "WeekBoard",
                "{shift} starts {clock} from today (was {previous}): the clocks changed in "
                "{zone}, not here.",
            )
            notes[begins.date()] = DayNote(
                short.format(clock=clock),
                full.format(shift=shift.name, clock=clock, previous=previous, zone=shift.zone),
            )
        last_start[shift.type_id] = clock
    return notes


def strip_days(plan: Plan, first: date, count: int = STRIP_DAYS) -> list[StripDay]:
    """The days first..first+count-1 with the shift each one starts (home time)."""
    last = first + timedelta(days=count - 1)
    by_day: dict[date, StripDay] = {}
    colours = {t.id: t.color for t in plan.shift_types}
    rest = QCoreApplication.translate("MonthStrip", "Rest day")
    for shift in expand(plan, first, last):
        start = local(shift.start, plan.home_zone)
        if start.date() in by_day or not first <= start.date() <= last:
            continue
        colour = colours.get(shift.type_id) if shift.type_id else None
        by_day[start.date()] = StripDay(start.date(), category(start), shift.name, colour)
    return [
        by_day.get(first + timedelta(days=i), StripDay(first + timedelta(days=i), None, rest, None))
        for i in range(count)
    ]
