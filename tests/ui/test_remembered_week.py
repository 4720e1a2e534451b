"""The remembered week: closing keeps a picture of this week; the next start shows it before
reading the plan, then the finished week; a stale or foreign picture is never shown."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from shiftplanner.core.shifts import OFF, DayChange
from shiftplanner.storage.remembered import RememberedWeek, read_remembered_weeks, remember_weeks
from shiftplanner.storage.store import Store
from shiftplanner.ui.app import open_window
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.picture import (
    PicturePage,
    picture_bytes,
    picture_from_bytes,
    remembered_key,
)
from shiftplanner.ui.weekview.days import local, week_start

from .conftest import MANILA, NOW, graveyard_plan

THIS_WEEK = week_start(local(NOW, MANILA).date())


def _remembered(path: Path) -> RememberedWeek:
    """This week's remembered picture."""
    weeks = read_remembered_weeks(path)
    assert [week.week for week in weeks] == [THIS_WEEK, THIS_WEEK + timedelta(days=7)]
    return weeks[0]


def _opened(path: Path, qtbot: QtBot, now: datetime = NOW) -> MainWindow:
    window = open_window(path, clock=lambda: now)
    assert window is not None
    qtbot.addWidget(window)
    return window


def _planned(window: MainWindow, qtbot: QtBot) -> None:
    """Let the app open the store, read the plan and plan the week (all after opening)."""
    with qtbot.waitSignal(window.week_planned, timeout=10_000):
        pass


def _close_fitting(window: MainWindow) -> None:
    """Close at a size the test platform's 800 x 600 screen gives back on reopening (a
    restored window is fitted to the screen, and a picture that no longer fits is not
    shown)."""
    window.resize(790, 560)
    window.close()


def _opens_without_picture(path: Path, qtbot: QtBot, now: datetime = NOW) -> None:
    """The app reads the plan before showing anything, then shows and plans the week."""
    reopened = _opened(path, qtbot, now)
    assert reopened.has_session
    _planned(reopened, qtbot)
    _close(reopened)


def _close(window: MainWindow) -> None:
    window.close()
    if window.has_session:
        window.session.store.close()


def _shifts(window: MainWindow) -> list[tuple[str, datetime, datetime]]:
    content = window.board.content
    assert content is not None
    return [(i.key, i.start, i.end) for i in content.items if i.is_shift]


def test_closing_keeps_a_picture_of_this_week(window: MainWindow) -> None:
    path = window.session.store.path
    _close_fitting(window)
    remembered = _remembered(path)
    assert remembered.current
    assert (remembered.week, remembered.zone) == (THIS_WEEK, MANILA)
    assert remembered.key == remembered_key(window.palette())
    picture = picture_from_bytes(remembered.picture, remembered.ratio)
    assert picture is not None
    assert picture.deviceIndependentSize().toSize() == window.pages.size()


def test_the_picture_is_of_this_week_even_when_another_was_on_screen(
    window: MainWindow,
) -> None:
    window.next_week()
    window.next_week()
    window.close()
    assert _remembered(window.session.store.path).week == THIS_WEEK


def test_the_next_start_shows_the_picture_then_the_finished_week(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    shifts = _shifts(window)
    _close_fitting(window)
    remembered = _remembered(path)
    pictured = picture_from_bytes(remembered.picture, remembered.ratio)
    assert pictured is not None
    picture = pictured.toImage()
    reopened = _opened(path, qtbot)
    assert not reopened.has_session
    assert isinstance(reopened.pages.currentWidget(), PicturePage)
    assert reopened.first_day == THIS_WEEK
    assert reopened.date_picker.date().toPython() == THIS_WEEK
    _planned(reopened, qtbot)
    assert reopened.has_session
    assert reopened.pages.currentWidget() is reopened.splitter
    assert reopened.pages.count() == 1
    assert _shifts(reopened) == shifts
    assert reopened.findings.model.rowCount() > 0
    # The finished week looks exactly as pictured, bar the now-line the picture leaves out.
    reopened.board.set_now(None)
    now = reopened.pages.grab().toImage().convertToFormat(picture.format())
    now.save("/tmp/sp/now.png")
    picture.save("/tmp/sp/pic.png")
    assert now == picture
    _close(reopened)


def test_the_window_opens_at_the_size_it_was_closed(window: MainWindow, qtbot: QtBot) -> None:
    path = window.session.store.path
    window.resize(760, 540)
    window.close()
    reopened = _opened(path, qtbot)
    assert (reopened.width(), reopened.height()) == (760, 540)
    _planned(reopened, qtbot)
    _close(reopened)


def test_an_edit_after_the_picture_means_the_plan_is_read_first(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    _close_fitting(window)
    with Store.open(path) as store:
        plan = graveyard_plan()
        store.save_plan(replace(plan, changes=(DayChange(NOW.date(), OFF, "leave"),)))
    reopened = _opened(path, qtbot)
    assert reopened.has_session
    _planned(reopened, qtbot)
    assert not any(start.date() == local(NOW, MANILA).date() for _, start, _ in _shifts(reopened))
    _close(reopened)


def test_a_change_from_elsewhere_while_open_is_not_pictured_as_current(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    with Store.open(path) as elsewhere:  # the command line, while the app is open
        plan = graveyard_plan()
        elsewhere.save_plan(replace(plan, changes=(DayChange(NOW.date(), OFF, "leave"),)))
    _close_fitting(window)
    assert not _remembered(path).current
    _opens_without_picture(path, qtbot)


def test_next_weeks_picture_is_shown_next_week(window: MainWindow, qtbot: QtBot) -> None:
    path = window.session.store.path
    _close_fitting(window)
    reopened = _opened(path, qtbot, now=NOW + timedelta(days=7))
    assert not reopened.has_session
    assert reopened.first_day == THIS_WEEK + timedelta(days=7)
    _planned(reopened, qtbot)
    assert reopened.first_day == THIS_WEEK + timedelta(days=7)
    _close(reopened)


def test_no_picture_is_shown_two_weeks_on(window: MainWindow, qtbot: QtBot) -> None:
    path = window.session.store.path
    _close_fitting(window)
    _opens_without_picture(path, qtbot, now=NOW + timedelta(days=14))


def test_a_picture_made_in_another_language_or_palette_is_not_shown(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.session.store.path
    _close_fitting(window)
    monkeypatch.setattr(
        "shiftplanner.ui.app.remembered_key", lambda palette: remembered_key(QPalette()) + "|other"
    )
    _opens_without_picture(path, qtbot)


def test_a_damaged_picture_is_not_shown(window: MainWindow, qtbot: QtBot) -> None:
    path = window.session.store.path
    _close_fitting(window)
    with Store.open(path) as store:
        remember_weeks(
            store, [replace(_remembered(path), picture=b"x\x01 not really")], store.revision
        )
    _opens_without_picture(path, qtbot)


def test_a_store_that_will_not_open_after_the_picture_closes_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = window.session.store.path
    _close_fitting(window)
    newer = sqlite3.connect(path)
    newer.execute("PRAGMA user_version = 99")
    newer.close()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    reopened = _opened(path, qtbot)
    qtbot.waitUntil(lambda: reopened.open_failed, timeout=5000)
    assert not reopened.isVisible()
    assert "newer Shift Planner" in said[0]


def test_first_start_on_no_store_opens_the_welcome(tmp_path: Path, qtbot: QtBot) -> None:
    window = _opened(tmp_path / "new.sqlite3", qtbot, now=datetime(2026, 11, 2, tzinfo=UTC))
    assert window.has_session
    qtbot.waitUntil(lambda: window.welcome is not None, timeout=5000)
    assert QApplication.activeModalWidget() is None
    _close(window)


_FIRST_WEEK = """
import json, sys
from datetime import datetime
from pathlib import Path
import PySide6.QtCore
from shiftplanner.ui.app import application, open_window

now = datetime.fromisoformat(sys.argv[2])
app = application()
window = open_window(Path(sys.argv[1]), clock=lambda: now)
seen = {}

def on_screen():
    seen["picture"] = not window.has_session
    seen["loaded"] = [m for m in ("shiftplanner.core.plan", "shiftplanner.core.roster",
        "shiftplanner.storage.store", "shiftplanner.ui.weekview.widget") if m in sys.modules]
    seen["qt_namespace"] = "Qt" in PySide6.QtCore.__dict__
    app.quit()

window.week_on_screen.connect(on_screen)
app.exec()
print(json.dumps(seen))
"""


def _first_week(path: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_WEEK, str(path), NOW.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, object] = json.loads(result.stdout)
    return seen


def test_the_picture_shows_before_the_plan_the_board_or_qt_enums_load(
    window: MainWindow,
) -> None:
    path = window.session.store.path
    _close_fitting(window)
    assert _first_week(path) == {"picture": True, "loaded": [], "qt_namespace": False}


def test_without_a_picture_the_plan_is_read_before_the_board_paints(store_path: Path) -> None:
    with Store.open(store_path) as store:
        store.save_plan(graveyard_plan())
    seen = _first_week(store_path)
    assert seen["picture"] is False
    assert "shiftplanner.core.plan" in seen["loaded"]  # type: ignore[operator]


def test_a_picture_that_no_longer_fits_the_window_is_not_shown(
    window: MainWindow, qtbot: QtBot
) -> None:
    path = window.session.store.path
    window.resize(1300, 700)  # wider than the test platform's screen gives back
    window.close()
    assert _remembered(path).current
    reopened = _opened(path, qtbot)
    assert reopened.has_session
    _planned(reopened, qtbot)
    assert reopened.pages.currentWidget() is reopened.splitter
    _close(reopened)


def test_a_picture_round_trips_and_anything_else_reads_as_none(qtbot: QtBot) -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFF3366AA)
    kept = picture_bytes(QPixmap.fromImage(image))
    back = picture_from_bytes(kept, 2.0)
    assert back is not None
    assert back.devicePixelRatio() == 2.0
    assert back.toImage().convertToFormat(image.format()) == image
    assert picture_from_bytes(b"not compressed", 1.0) is None
    assert picture_from_bytes(zlib.compress(b"P6 not an image"), 1.0) is None
