"""Certification study goals and self-care habits, as the plan describes them.

Both may say *when* their sessions belong: a window by the home clock ("18:00-21:00") or
relative to the roster ("60-180 min after waking"), so one habit works on day, mid and
graveyard weeks alike. `placement.md` describes how the placer uses them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from enum import Enum

from shiftplanner.core.blocks import BlockKind

HIGHEST_PRIORITY = 1
LOWEST_PRIORITY = 4


class DayFilter(Enum):
    """Which home-zone dates a session may fall on; a work day is one on which a shift starts."""

    WORK = "work"
    REST = "rest"
    ANY = "any"


class Anchor(Enum):
    """A roster event a relative window is measured from."""

    WAKE = "wake"
    SLEEP = "sleep"
    SHIFT_START = "shift-start"
    SHIFT_END = "shift-end"


@dataclass(frozen=True, slots=True)
class ClockWindow:
    """A daily window by the home-zone clock; an end at or before the start runs past midnight.

    Args:
        start: Earliest start of a session.
        end: Latest end of a session.
        ideal: Preferred start; None means a session centred in the window.
    """

    start: time
    end: time
    ideal: time | None = None


@dataclass(frozen=True, slots=True)
class RelativeWindow:
    """A window measured from roster events: `from_minutes` to `to_minutes` after or before them.

    Both distances count away from the anchor, so "60 to 180 before sleep" is the window that
    opens 3 h before sleep and closes 1 h before it.

    Args:
        anchor: Waking, going to sleep, or a shift's start or end.
        after: True for after the anchor, False for before it.
        from_minutes: Nearer edge, minutes from the anchor.
        to_minutes: Farther edge, minutes from the anchor.
        ideal_minutes: Preferred start, minutes from the anchor (same direction); None: centred.
    """

    anchor: Anchor
    after: bool
    from_minutes: int
    to_minutes: int
    ideal_minutes: int | None = None


Window = ClockWindow | RelativeWindow


@dataclass(frozen=True, slots=True)
class StudySession:
    """A study session already done (confirmed), counted toward its goal."""

    date: date
    minutes: int


@dataclass(frozen=True, slots=True)
class Goal:
    """A certification goal: hours of study by an exam date.

    Args:
        windows: Where study sessions may go; empty means any study-eligible time.
        priority: 1 (most important) to 4.
        days: Work days, rest days or any.
    """

    id: str
    name: str
    target_hours: float
    deadline: date
    min_session_minutes: int = 45
    max_session_minutes: int = 90
    log: tuple[StudySession, ...] = ()
    windows: tuple[Window, ...] = ()
    priority: int = 2
    days: DayFilter = DayFilter.ANY

    @property
    def done_minutes(self) -> int:
        """Minutes of confirmed study."""
        return sum(session.minutes for session in self.log)


@dataclass(frozen=True, slots=True)
class Habit:
    """A self-care (or light study) habit: sessions of some length, a number of times a week.

    Args:
        minutes: Preferred session length.
        per_week: Sessions a week.
        min_minutes: Shortest acceptable session; None means `minutes`.
        max_minutes: Longest session the person may stretch it to; None means `minutes`.
        window: When a session may happen; None means any free time.
        priority: 1 (most important) to 4.
        days: Work days, rest days or any.
        kind: Self-care, or study (which follows study's cognitive-load rules).
    """

    id: str
    name: str
    minutes: int
    per_week: int
    min_minutes: int | None = None
    max_minutes: int | None = None
    window: Window | None = None
    priority: int = 3
    days: DayFilter = DayFilter.ANY
    kind: BlockKind = BlockKind.SELF_CARE

    @property
    def shortest(self) -> int:
        """Shortest acceptable session, minutes."""
        return self.minutes if self.min_minutes is None else self.min_minutes

    @property
    def longest(self) -> int:
        """Longest session, minutes."""
        return self.minutes if self.max_minutes is None else self.max_minutes
