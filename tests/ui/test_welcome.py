"""First start: the welcome on an empty store creates a plan and the board shows it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from shiftplanner.core.roster import expand
from shiftplanner.storage.store import Store
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.starters import STARTERS, Essentials, starter_plan

ESSENTIALS = Essentials("Asia/Manila", "America/New_York", 45)
WEDNESDAY = date(2026, 3, 11)


def test_an_empty_store_opens_on_the_welcome(
    store_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    window = open_window(store_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.board.content is None


def test_the_welcome_creates_a_plan_and_shows_the_week(
    store_path: Path, open_window: Callable[[Path], MainWindow], qtbot: QtBot
) -> None:
    window = open_window(store_path)
    welcome = window.welcome
    welcome.select_starter("us-graveyard")
    welcome.commute.setValue(60)
    qtbot.mouseClick(welcome.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    with Store.open(store_path) as store:
        plan = store.load_plan()
    assert plan is not None
    assert plan.person.commute_minutes == 60
    assert plan.shift_types[0].zone == "America/New_York"
    content = window.board.content
    assert content is not None
    assert any(item.shift is not None for item in content.items)
    assert window.board.day_start_hour == 12


def test_an_unknown_zone_is_refused_in_place(
    store_path: Path, open_window: Callable[[Path], MainWindow], qtbot: QtBot
) -> None:
    window = open_window(store_path)
    window.welcome.shift_zone.setEditText("America/NewYork")
    qtbot.mouseClick(window.welcome.start_button, Qt.MouseButton.LeftButton)
    assert "America/NewYork" in window.welcome.problem.text()
    assert window.pages.currentWidget() is window.welcome


@pytest.mark.parametrize("starter", [s.id for s in STARTERS])
def test_every_starter_is_a_valid_plan_from_this_monday(starter: str) -> None:
    plan = starter_plan(starter, ESSENTIALS, WEDNESDAY)
    shifts = expand(plan, date(2026, 3, 9), date(2026, 4, 5))
    if starter == "empty":
        assert shifts == []
        return
    assert plan.rotations[0].start_date == date(2026, 3, 9)
    assert 12 <= len(shifts) <= 24
    assert all(s.worked_hours == 8 for s in shifts)


@pytest.mark.parametrize(
    ("today", "new_york_start"),
    [
        # 22:00 in Manila is 09:00 EST in winter and 10:00 EDT after the US change.
        (date(2026, 2, 4), 9),
        (WEDNESDAY, 10),
    ],
)
def test_graveyard_starter_is_set_in_the_clients_clock(today: date, new_york_start: int) -> None:
    plan = starter_plan("us-graveyard", ESSENTIALS, today)
    (graveyard,) = plan.shift_types
    assert (graveyard.start.hour, graveyard.zone) == (new_york_start, "America/New_York")


def test_day_shifts_stay_in_home_time_so_rest_days_stay_put() -> None:
    plan = starter_plan("nights-days", ESSENTIALS, WEDNESDAY)
    day = plan.shift_type("day")
    assert (day.start.hour, day.zone) == (8, "Asia/Manila")
