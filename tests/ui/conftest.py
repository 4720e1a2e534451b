"""Fixtures for the desktop app: stores holding realistic plans, and a window on one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.storage.store import Store
from shiftplanner.ui.i18n import (
    ENGLISH,
    ENVIRONMENT_VARIABLE,
    FILIPINO,
    chosen_language,
    install_language,
)
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
# Tuesday 10 March 2026, 13:00 in Manila: the week after the US spring change.
NOW = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)


def graveyard_plan() -> Plan:
    """Ana's US account: 09:00-18:00 New York, Monday to Friday, 45 minutes' commute."""
    night = ShiftType("us-day", "US day (New York)", time(9), time(18), NEW_YORK, 60)
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(night,),
        rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot pass a window's size hints on and says so; that is the
    test platform talking, not the app, so that one message does not fail UI tests."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.sqlite3"


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[Path], MainWindow]]:
    """Opens a window on a store (loading it as the app does after showing the window)."""
    stores: list[Store] = []

    def opener(path: Path) -> MainWindow:
        store = Store.open(path)
        stores.append(store)
        window = MainWindow(PlanSession(store), clock=lambda: NOW)
        qtbot.addWidget(window)
        window.resize(1366, 740)
        window.show()
        window.load()
        # The app finishes building after the first painted week; tests want it all now.
        window.finish_building()
        return window

    yield opener
    for store in stores:
        store.close()


@pytest.fixture
def window(store_path: Path, open_window: Callable[[Path], MainWindow]) -> MainWindow:
    with Store.open(store_path) as store:
        store.save_plan(graveyard_plan())
    return open_window(store_path)


@pytest.fixture
def session_for(tmp_path: Path) -> Iterator[Callable[[Plan], PlanSession]]:
    """Opens a session on a new store holding a plan, as the editors and dialogs find it."""
    stores: list[Store] = []

    def opener(plan: Plan) -> PlanSession:
        store = Store.open(tmp_path / f"session-{len(stores)}.sqlite3")
        stores.append(store)
        store.save_plan(plan)
        session = PlanSession(store)
        session.load()
        return session

    yield opener
    for store in stores:
        store.close()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The app in English as it starts: counted texts read "1 finding", "2 findings"."""
    before = QLocale()
    installed = install_language(qapp, ENGLISH)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def filipino(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The app in Filipino as SHIFTPLANNER_LANG=fil starts it; English again afterwards."""
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "fil")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    language = chosen_language({ENVIRONMENT_VARIABLE: "fil"}, settings, QLocale("en_US"))
    assert language == FILIPINO
    before = QLocale()
    installed = install_language(qapp, language)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
