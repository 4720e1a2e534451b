"""The week board's plain data: the remembered week's JSON round trip and its refusals."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from shiftplanner.core.findings import Severity
from shiftplanner.core.progress import GoalStatus
from shiftplanner.ui import theme
from shiftplanner.ui.weekview.model import (
    SHIFT,
    BoardItem,
    DayNote,
    WeekContent,
    week_from_json,
    week_to_json,
)

# The week of the US spring change (Sunday 8 March 2026) seen from Manila: the New York
# day shift starts 22:00 before the change and 21:00 after, and ends past midnight.
WEEK = WeekContent(
    first_day=date(2026, 3, 2),
    home_zone="Asia/Manila",
    items=(
        BoardItem("shift:a", SHIFT, "US day", datetime(2026, 3, 6, 22), datetime(2026, 3, 7, 7)),
        BoardItem(
            "shift:b",
            SHIFT,
            "US day",
            datetime(2026, 3, 8, 21),
            datetime(2026, 3, 9, 6),
            colour="#336699",
            note="OT",
        ),
        BoardItem("sleep:x", "sleep", "Sleep", datetime(2026, 3, 7, 8), datetime(2026, 3, 7, 15)),
    ),
    notes={date(2026, 3, 8): DayNote("DST: now 21:00", "US day starts 21:00 from today")},
    commute_minutes=45,
)


def test_the_shifts_and_notes_round_trip_and_blocks_are_left_out() -> None:
    back = week_from_json(week_to_json(WEEK))
    assert back == WeekContent(
        WEEK.first_day, WEEK.home_zone, WEEK.items[:2], WEEK.notes, WEEK.commute_minutes
    )


def test_a_graveyard_shift_keeps_its_midnight_crossing() -> None:
    back = week_from_json(week_to_json(WEEK))
    assert back is not None
    night = back.item("shift:b")
    assert night is not None
    assert (night.start, night.end) == (datetime(2026, 3, 8, 21), datetime(2026, 3, 9, 6))
    assert night.is_shift
    assert not night.movable


def _with(**changes: object) -> str:
    data = json.loads(week_to_json(WEEK))
    data.update(changes)
    return json.dumps(data)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[]",
        "{}",
        _with(first_day="2026-13-01"),
        _with(home_zone="Mars/Olympus"),
        _with(commute_minutes="soon"),
        _with(items=[["k", "t", "2026-03-06T22:00:00", "2026-03-06T21:00:00", None, ""]]),
        _with(items=[["k", "t", "yesterday", "2026-03-06T21:00:00", None, ""]]),
        _with(items=[["k", 5, "2026-03-06T20:00:00", "2026-03-06T21:00:00", None, ""]]),
        _with(items=[["k", "t", "2026-03-06T20:00:00", "2026-03-06T21:00:00", 7, ""]]),
        _with(items=[["k", "t"]]),
        _with(notes={"2026-03-08": "just text"}),
        _with(notes=[]),
    ],
)
def test_anything_else_reads_as_no_remembered_week(text: str) -> None:
    assert week_from_json(text) is None


def test_the_theme_colours_every_severity_and_goal_status() -> None:
    assert set(theme.SEVERITY_COLOURS) == {severity.value for severity in Severity}
    assert set(theme.STATUS_COLOURS) == {status.value for status in GoalStatus}
