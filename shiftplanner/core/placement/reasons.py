"""Why an item found no place, in words a person understands.

The reason is the first filter that leaves the item without a single start: no window on an
allowed day, the time has passed, sleep and shifts fill the window, study's protected hours,
the daily cap, or other sessions took the room.
"""

from __future__ import annotations

from datetime import date

from shiftplanner.core.goals import DayFilter
from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.candidates import fitting_starts, lengths
from shiftplanner.core.placement.grid import dilate
from shiftplanner.core.placement.items import Item

STUDY_HOURS = "the hours study avoids (02:00-06:00, 2 h after a night shift, the hour before sleep)"


def explain(item: Item, board: Board) -> str:
    """The reason `item` could not be placed on this board."""
    shortest = lengths(item)[-1]
    where = f" in {item.window_text}" if item.window_text else ""
    when = _period(item)
    if not item.spans:
        return _no_span(item, when)
    if not board.window(item, shortest, earliest=0):
        return f"no {shortest}-minute stretch{where} {when}"
    window = board.window(item, shortest)
    if not window:
        return f"its time has passed {when}"
    roster_free = board.grid.full & ~dilate(board.context.roster_busy, board.buffer)
    if not fitting_starts(roster_free, window, shortest):
        return f"no {shortest}-minute window outside sleep and shifts{where} {when}"
    if item.is_study and not fitting_starts(
        roster_free & ~board.context.study_avoid, window, shortest
    ):
        return f"no {shortest}-minute window outside sleep, shifts and {STUDY_HOURS}{where} {when}"
    if not any(board.window(item, m) & board.cap_mask(m, item.is_study) for m in lengths(item)):
        return f"the days{where} already hold the daily cap of planned time {when}"
    return f"every {shortest}-minute window{where} that fits is taken by other sessions {when}"


def _no_span(item: Item, when: str) -> str:
    if item.days is not DayFilter.ANY:
        return f"no {item.days.value} day {when}"
    return f"no time {item.window_text} {when}"


def _period(item: Item) -> str:
    if item.first_day == item.last_day:
        return f"on {_day(item.first_day)}"
    return f"on {_day(item.first_day)}-{_day(item.last_day)}"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"
