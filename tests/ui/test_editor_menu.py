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
from shiftplanner.ui.editors.menu import install_plan_menu
from shiftplanner.ui.editors.shift_types import ShiftTypesDialog
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
