"""What one week of the board shows, as plain data: shifts, blocks and notes in home time.

No widgets here (only QtCore's translate for the few words it writes): the widget paints a
`WeekContent`, and tests check it without a display.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import format_clock, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift
from shiftplanner.services.block_edits import block_limits
from shiftplanner.ui.weekview.geometry import Span

DAYS = 7
# How far back to look for the previous duty of a type when noting a DST move.
_DST_LOOKBACK = timedelta(days=21)


class Category(Enum):
    """A shift's category by its start in home time (rest-and-fatigue.md)."""

    MORNING = "morning"
    MID = "mid"
    GRAVEYARD = "graveyard"


def category(local_start: datetime) -> Category:
    """Morning 04:00-10:59, mid 11:00-17:59, graveyard 18:00-03:59, by home-time start."""
    hour = local_start.hour
    if 4 <= hour < 11:
        return Category.MORNING
    if 11 <= hour < 18:
        return Category.MID
    return Category.GRAVEYARD


@dataclass(frozen=True, slots=True)
class BoardItem:
    """A shift or a block as the board shows it.

    Args:
        key: Unique within the week; findings, selection and drags refer to it.
        kind: "shift" or a block kind's value ("sleep", "nap", "study", "self-care").
        title: What the board writes on it.
        start: Naive home-zone wall-clock start.
        end: Naive home-zone wall-clock end.
        shift: The duty, for shifts.
        block: The block, for blocks.
        min_minutes: Shortest length a resize may give it.
        max_minutes: Longest length a resize may give it.
        colour: The shift type's own colour, if the plan gives one.
    """

    key: str
    kind: str
    title: str
    start: datetime
    end: datetime
    shift: Shift | None = None
    block: Block | None = None
    min_minutes: int = 15
    max_minutes: int = 24 * 60
    colour: str | None = None

    @property
    def category(self) -> Category | None:
        """The shift category, None for blocks."""
        return category(self.start) if self.shift is not None else None

    @property
    def movable(self) -> bool:
        """Blocks can be dragged, done and skipped; shifts change through the day menu."""
        return self.block is not None and not self.block.done


@dataclass(frozen=True, slots=True)
class DayNote:
    """A note in a day's header: a few words, and the whole story for the tooltip."""

    short: str
    full: str


@dataclass(frozen=True, slots=True)
class WeekContent:
    """Everything the board paints for one week, in home time."""

    first_day: date
    home_zone: str
    items: tuple[BoardItem, ...]
    notes: dict[date, DayNote]
    commute_minutes: int

    @property
    def days(self) -> tuple[date, ...]:
        """The seven dates, first to last."""
        return tuple(self.first_day + timedelta(days=i) for i in range(DAYS))

    def spans(self) -> list[Span]:
        """The items as layout input; shifts rank before blocks so they keep the left lane."""
        return [
            Span(item.key, item.start, item.end, rank=0 if item.shift else 1) for item in self.items
        ]

    def item(self, key: str) -> BoardItem | None:
        """The item with this key, if the week holds it."""
        return next((item for item in self.items if item.key == key), None)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def local(instant: datetime, zone_name: str) -> datetime:
    """An instant as naive home-zone wall-clock time, the board's coordinates."""
    return in_zone(instant, zone_name).replace(tzinfo=None)


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
    return BoardItem(key, "shift", shift.name, start, end, shift=shift, colour=colour)


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
