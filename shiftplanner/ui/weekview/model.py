"""The week board's data: what one week shows, in home time, as plain values.

The shift and block an item stands for are typed only: the board and its data load without
the plan's domain model, which `content` uses to build a week.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from shiftplanner.ui.weekview.geometry import Span

if TYPE_CHECKING:
    from shiftplanner.core.blocks import Block
    from shiftplanner.core.shifts import Shift

DAYS = 7
SHIFT = "shift"
# The month strip: the week before the visible one and the four from it.
STRIP_DAYS = 35


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
        shift: The duty, for shifts of a loaded plan.
        block: The block, for blocks.
        min_minutes: Shortest length a resize may give it.
        max_minutes: Longest length a resize may give it.
        colour: The shift type's own colour, if the plan gives one.
        note: The shift's note (e.g. "OT"), written under its title.
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
    note: str = ""

    @property
    def is_shift(self) -> bool:
        """Whether it is a duty rather than a sleep, study or self-care block."""
        return self.kind == SHIFT

    @property
    def category(self) -> Category | None:
        """The shift category, None for blocks."""
        return category(self.start) if self.is_shift else None

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
class StripDay:
    """One day of the month strip: its first shift's category and name, or a rest day."""

    day: date
    category: Category | None
    name: str
    colour: str | None


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
            Span(item.key, item.start, item.end, rank=0 if item.is_shift else 1)
            for item in self.items
        ]

    def item(self, key: str) -> BoardItem | None:
        """The item with this key, if the week holds it."""
        return next((item for item in self.items if item.key == key), None)
