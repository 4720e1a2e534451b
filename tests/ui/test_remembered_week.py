"""The remembered week: the app paints the week the last session showed before it reads
the plan, then shows the real one; a stale or foreign copy is never painted."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from shiftplanner.core.shifts import OFF, DayChange
from shiftplanner.storage.remembered import read_remembered_week
from shiftplanner.storage.store import Store
from shiftplanner.ui.app import open_window
from shiftplanner.ui.mainwindow import MainWindow, remembered_key
from shiftplanner.ui.weekview.model import BoardItem, WeekContent, week_from_json

from .conftest import NOW, graveyard_plan


def _shown(items: tuple[BoardItem, ...]) -> list[tuple[str, str, datetime, datetime, str]]:
    return [(i.key, i.title, i.start, i.end, i.note) for i in items if i.is_shift]


def _remembered(path: Path) -> WeekContent:
    text = read_remembered_week(path, remembered_key())
    assert text is not None
    content = week_from_json(text)
    assert content is not None
    return content


def _opened(path: Path, qtbot: QtBot, now: datetime = NOW) -> MainWindow:
    window = open_window(path, clock=lambda: now)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _planned(window: MainWindow, qtbot: QtBot) -> None:
    """Let the app read the plan, paint the real week and plan it (all after opening)."""
    with qtbot.waitSignal(window.week_planned, timeout=10_000):
        pass


def _close_store(window: MainWindow) -> None:
    window.close()
    if window.has_session:
        window.session.store.close()


def test_a_session_keeps_its_week_as_the_board_shows_it(window: MainWindow) -> None:
    remembered = _remembered(window.session.store.path)
    shown = window.board.content
    assert shown is not None
    assert remembered.first_day == shown.first_day
    assert remembered.home_zone == shown.home_zone
    assert _shown(remembered.items) == _shown(shown.items)
    # The US spring change moved the shift an hour earlier in Manila that Monday.
    assert remembered.notes == shown.notes
    assert remembered.notes


def test_the_next_start_paints_the_remembered_week_then_the_real_one(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    shown = window.board.content
    assert shown is not None
    window.close()
    reopened = _opened(path, qtbot)
    assert not reopened.has_session
    remembered = reopened.board.content
    assert remembered is not None
    assert _shown(remembered.items) == _shown(shown.items)
    _planned(reopened, qtbot)
    real = reopened.board.content
    assert real is not None
    assert all(item.shift is not None for item in real.items if item.is_shift)
    assert _shown(real.items) == _shown(remembered.items)
    _close_store(reopened)


def test_an_edit_after_the_week_was_kept_means_the_plan_is_read_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    window.close()
    with Store.open(path) as store:
        plan = graveyard_plan()
        changed = plan.__class__(
            person=plan.person,
            shift_types=plan.shift_types,
            rotations=plan.rotations,
            changes=(DayChange(NOW.date(), OFF, "leave"),),
        )
        store.save_plan(changed)
    reopened = _opened(path, qtbot)
    assert reopened.has_session
    _planned(reopened, qtbot)
    _close_store(reopened)


def test_a_week_kept_last_week_is_not_painted_this_week(window: MainWindow, qtbot: QtBot) -> None:
    path = window.session.store.path
    window.close()
    reopened = _opened(path, qtbot, now=NOW + timedelta(days=7))
    assert reopened.has_session
    _planned(reopened, qtbot)
    _close_store(reopened)


def test_a_week_kept_in_another_language_is_not_painted(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.session.store.path
    window.close()
    monkeypatch.setattr("shiftplanner.ui.app.remembered_key", lambda: remembered_key() + "-other")
    reopened = _opened(path, qtbot)
    assert reopened.has_session
    _planned(reopened, qtbot)
    _close_store(reopened)


def test_a_store_that_will_not_open_after_the_painted_week_closes_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.session.store.path
    window.close()
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    reopened = _opened(path, qtbot)
    qtbot.waitUntil(lambda: reopened.open_failed, timeout=5000)
    assert not reopened.isVisible()
    assert "newer Shift Planner" in said[0]


_FIRST_PAINT = """
import json, sys
from datetime import datetime
from pathlib import Path
from shiftplanner.ui.app import application, open_window
from PySide6.QtCore import QEvent, QObject, QTimer

now = datetime.fromisoformat(sys.argv[2])

class FirstPaint(QObject):
    seen = None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.seen is None and watched.content:
            self.seen = {
                "remembered": not window.has_session,
                "domain_loaded": [m for m in ("shiftplanner.core.plan",
                    "shiftplanner.core.roster", "shiftplanner.storage.store",
                    "shiftplanner.services.plans") if m in sys.modules],
                "shifts": sum(1 for i in watched.content.items if i.is_shift),
            }
            QTimer.singleShot(0, app.quit)
        return False

app = application()
window = open_window(Path(sys.argv[1]), clock=lambda: now)
spy = FirstPaint()
window.board.installEventFilter(spy)
app.exec()
print(json.dumps(spy.seen))
"""


def test_the_remembered_week_paints_before_the_plan_model_loads(
    window: MainWindow,
) -> None:
    path = window.session.store.path
    window.close()
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(path), NOW.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen == {"remembered": True, "domain_loaded": [], "shifts": seen["shifts"]}
    assert seen["shifts"] >= 5


def test_without_a_remembered_week_the_plan_is_read_before_painting(
    store_path: Path,
) -> None:
    with Store.open(store_path) as store:
        store.save_plan(graveyard_plan())
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(store_path), NOW.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["remembered"] is False
    assert "shiftplanner.core.plan" in seen["domain_loaded"]


def test_first_start_on_no_store_opens_the_welcome(tmp_path: Path, qtbot: QtBot) -> None:
    window = _opened(tmp_path / "new.sqlite3", qtbot, now=datetime(2026, 11, 2, tzinfo=UTC))
    assert window.has_session
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=5000)
    _close_store(window)
