"""The week board's plain data, and the colours the theme keys by value."""

from __future__ import annotations

from datetime import date, datetime

from shiftplanner.core.findings import Severity
from shiftplanner.core.progress import GoalStatus
from shiftplanner.ui import theme
from shiftplanner.ui.weekview.model import SHIFT, BoardItem, Category, WeekContent


def test_a_graveyard_shift_is_one_item_across_midnight() -> None:
    night = BoardItem("shift:n", SHIFT, "US day", datetime(2026, 3, 8, 21), datetime(2026, 3, 9, 6))
    week = WeekContent(date(2026, 3, 2), "Asia/Manila", (night,), {}, 45)
    assert night.is_shift
    assert night.category is Category.GRAVEYARD
    assert not night.movable
    assert [(span.start, span.end, span.rank) for span in week.spans()] == [
        (datetime(2026, 3, 8, 21), datetime(2026, 3, 9, 6), 0)
    ]


def test_a_block_is_not_a_shift_and_ranks_after_them() -> None:
    sleep = BoardItem(
        "sleep:1", "sleep", "Sleep", datetime(2026, 3, 9, 8), datetime(2026, 3, 9, 15)
    )
    week = WeekContent(date(2026, 3, 9), "Asia/Manila", (sleep,), {}, 0)
    assert not sleep.is_shift
    assert sleep.category is None
    assert week.spans()[0].rank == 1


def test_the_theme_colours_every_category_severity_and_goal_status() -> None:
    assert theme.item_colour(SHIFT, Category.GRAVEYARD).name() == "#4b5cc4"
    assert {theme.item_colour(SHIFT, c).name() for c in Category} == {
        "#e7a23b",
        "#2f9e9a",
        "#4b5cc4",
    }
    assert set(theme.SEVERITY_COLOURS) == {severity.value for severity in Severity}
    assert set(theme.STATUS_COLOURS) == {status.value for status in GoalStatus}
