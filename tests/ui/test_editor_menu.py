"""The Plan menu: every editor is reachable with a shortcut and tooltip, enabled with a plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.storage.store import Store
from shiftplanner.ui.editors.day_change import DayChangeDialog
from shiftplanner.ui.editors.menu import install_plan_menu
from shiftplanner.ui.editors.shift_types import ShiftTypesDialog
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.session import PlanSession

PLAN = Plan(
    person=Person("Ana", "Asia/Manila"),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), "America/New_York", 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
NOW = datetime(2026, 3, 1, 5, tzinfo=UTC)
TITLES = [
    "Shift types…",
    "Rotations…",
    "Change a day…",
    "Goals…",
    "Habits…",
    "Log study…",
    "Settings…",
    "Import roster…",
    "Back up…",
    "Restore…",
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "plan.sqlite3")
    yield store
    store.close()


def _window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    return window


def test_every_action_has_a_shortcut_and_a_tooltip(qtbot: QtBot, store: Store) -> None:
    store.save_plan(PLAN)
    session = PlanSession(store)
    session.load()
    window = _window(qtbot)
    menu = install_plan_menu(window, session, clock=lambda: NOW)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == TITLES
    shortcuts = [a.shortcut().toString() for a in actions]
    assert all(shortcuts)
    assert len(set(shortcuts)) == len(shortcuts)
    assert all(a.toolTip() and a.isEnabled() for a in actions)
    assert menu.menuAction() in window.menuBar().actions()


def test_actions_wait_for_a_plan(qtbot: QtBot, store: Store) -> None:
    session = PlanSession(store)
    session.load()
    window = _window(qtbot)
    menu = install_plan_menu(window, session, clock=lambda: NOW)
    assert not any(a.isEnabled() for a in menu.actions() if not a.isSeparator())
    session.start_plan(PLAN)
    assert all(a.isEnabled() for a in menu.actions() if not a.isSeparator())


def test_an_action_opens_its_dialog_with_today_in_the_home_zone(qtbot: QtBot, store: Store) -> None:
    store.save_plan(PLAN)
    session = PlanSession(store)
    session.load()
    window = _window(qtbot)
    menu = install_plan_menu(window, session, clock=lambda: NOW)
    opened: list[QDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShiftTypesDialog)
        opened.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, close_it)
    menu.actions()[0].trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], ShiftTypesDialog)
    assert opened[0].today == date(2026, 3, 1)
    assert session.plan == PLAN


def _day_change_opens_on(qtbot: QtBot, store: Store, shown_monday: date) -> date:
    """The date "Change a day…" shows when the board shows the week of `shown_monday`."""
    store.save_plan(PLAN)
    session = PlanSession(store)
    session.load()
    window = _window(qtbot)
    menu = install_plan_menu(window, session, clock=lambda: NOW, shown_week=lambda: shown_monday)
    opened: list[date] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DayChangeDialog)
        opened.append(dialog.chosen_day())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    action = next(a for a in menu.actions() if a.text() == "Change a day…")
    action.trigger()
    assert session.undo_stack.count() == 0
    return opened[0]


@pytest.mark.parametrize(
    ("shown_monday", "expected"),
    [
        # NOW is Sunday 1 March in Manila: the last day of the week of Monday 23 February.
        (date(2026, 2, 23), date(2026, 3, 1)),
        (date(2026, 3, 9), date(2026, 3, 9)),
        (date(2026, 2, 9), date(2026, 2, 9)),
    ],
    ids=["this-week-today", "later-week-its-monday", "earlier-week-its-monday"],
)
def test_change_a_day_opens_on_the_day_the_board_shows(
    qtbot: QtBot, store: Store, shown_monday: date, expected: date
) -> None:
    assert _day_change_opens_on(qtbot, store, shown_monday) == expected


def test_change_a_day_from_the_main_window_follows_the_week_shown(
    window: MainWindow,
) -> None:
    opened: list[date] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DayChangeDialog)
        opened.append(dialog.chosen_day())
        dialog.reject()

    window.go_to(date(2026, 3, 25))
    QTimer.singleShot(0, close_it)
    plan_menu = window.menuBar().actions()[0].menu()
    next(a for a in plan_menu.actions() if a.text() == "Change a day…").trigger()
    assert opened == [date(2026, 3, 23)]
