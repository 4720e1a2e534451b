"""The main window on a store: title, navigation, the graveyard block, day edits with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from shiftplanner.core.roster import roster_entry
from shiftplanner.core.shifts import OFF, DayChange
from shiftplanner.services.editing import set_day_shift
from shiftplanner.storage.store import Store
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.theme import item_colour
from shiftplanner.ui.weekview.model import Category

MONDAY = date(2026, 3, 9)


def _shift_days(window: MainWindow) -> list[date]:
    content = window.board.content
    assert content is not None
    return [i.start.date() for i in content.items if i.shift is not None]


def test_the_window_opens_on_the_week_of_today(window: MainWindow) -> None:
    assert window.windowTitle().startswith("Shift Planner — ")
    assert "9 Mar" in window.windowTitle()
    assert window.first_day == MONDAY
    assert window.pages.currentWidget() is window.splitter
    # Sun 8 (the US change) to Fri 13 in New York start in Manila on these evenings.
    assert date(2026, 3, 9) in _shift_days(window)
    assert window.board.day_start_hour == 12


def test_navigation_moves_by_weeks_and_back_to_today(window: MainWindow) -> None:
    window.next_action.trigger()
    assert window.first_day == date(2026, 3, 16)
    assert "16 Mar" in window.windowTitle()
    window.previous_action.trigger()
    window.previous_action.trigger()
    assert window.first_day == date(2026, 3, 2)
    window.today_action.trigger()
    assert window.first_day == MONDAY
    window.date_picker.setDate(QDate(2026, 11, 4))
    assert window.first_day == date(2026, 11, 2)


def test_month_strip_click_jumps_to_that_week(window: MainWindow, qtbot: QtBot) -> None:
    strip = window.month_strip
    cell = strip.width() / 35
    # The strip starts a week before the visible one: cell 21 is Monday 23 March.
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(int(cell * 21.5), 10))
    assert window.first_day == date(2026, 3, 23)


def test_a_graveyard_shift_paints_across_midnight(window: MainWindow) -> None:
    board = window.board
    image = board.grab().toImage()
    ratio = image.devicePixelRatio()
    night = item_colour("shift", Category.GRAVEYARD)
    # Monday's shift runs 21:00-06:00 Manila; the board day starts at noon. Sample near the
    # block's right edge, clear of its label.
    x = board.item_rect(_first_shift_key(window)).right() - 4
    for hours in (9.5, 11.5, 12.0, 12.5, 17.5):
        y = board.point_at(0, hours).y()
        pixel = QColor(image.pixel(int(x * ratio), int(y * ratio)))
        assert pixel.name() == night.name(), f"{hours} h after noon"
    y = board.point_at(0, 8.5).y()
    assert QColor(image.pixel(int(x * ratio), int(y * ratio))).name() != night.name()


def test_a_dst_note_marks_the_day_the_shift_moves(window: MainWindow) -> None:
    # The US changed clocks on Sunday 8 March, a rest day: Monday's shift is the first to
    # start at 21:00 in Manila instead of 22:00.
    content = window.board.content
    assert content is not None
    assert list(content.notes) == [MONDAY]
    assert "21:00" in content.notes[MONDAY].full
    assert "22:00" in content.notes[MONDAY].full
    window.next_action.trigger()
    assert window.board.content is not None
    assert window.board.content.notes == {}


def test_changing_a_day_saves_undoes_and_redoes_through_the_store(
    window: MainWindow, store_path: Path
) -> None:
    session = window.session
    assert session.plan is not None
    tuesday = date(2026, 3, 10)
    assert session.push(set_day_shift(session.plan, tuesday, OFF, "sick leave"), "Tue off")
    assert tuesday not in _shift_days(window)
    assert _stored_changes(store_path) == (DayChange(tuesday, OFF, "sick leave"),)
    window.undo_action.trigger()
    assert tuesday in _shift_days(window)
    assert _stored_changes(store_path) == ()
    window.redo_action.trigger()
    assert tuesday not in _shift_days(window)
    assert _stored_changes(store_path) == (DayChange(tuesday, OFF, "sick leave"),)


def test_edits_survive_reopening_the_store(
    window: MainWindow,
    store_path: Path,
    open_window: Callable[[Path], MainWindow],
    qtbot: QtBot,
) -> None:
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0)
    session = window.session
    assert session.plan is not None
    assert session.plan is not None
    with qtbot.waitSignal(window.week_planned):
        session.push(set_day_shift(session.plan, date(2026, 3, 11), OFF, "holiday"), "Wed off")
    window.close()
    session.store.close()
    reopened = open_window(store_path)
    assert reopened.session.plan is not None
    assert roster_entry(reopened.session.plan, date(2026, 3, 11))[0] == OFF
    assert date(2026, 3, 11) not in _shift_days(reopened)


def test_a_midnight_board_cuts_the_night_in_two(window: MainWindow) -> None:
    window.day_start.setValue(0)
    assert window.board.day_start_hour == 0
    rect_top = window.board.item_rect(_first_shift_key(window))
    assert rect_top.height() < window.board.height() / 4


def test_arrow_keys_walk_the_items(window: MainWindow, qtbot: QtBot) -> None:
    window.board.setFocus()
    qtbot.keyClick(window.board, Qt.Key.Key_Right)
    first = window.board.selected_key
    assert first.startswith("shift:")
    qtbot.keyClick(window.board, Qt.Key.Key_Right)
    assert window.board.selected_key != first
    qtbot.keyClick(window.board, Qt.Key.Key_Left)
    assert window.board.selected_key == first


def _first_shift_key(window: MainWindow) -> str:
    content = window.board.content
    assert content is not None
    in_week = [i for i in content.items if i.shift is not None and i.start >= datetime(2026, 3, 9)]
    return in_week[0].key


def _stored_changes(path: Path) -> tuple[DayChange, ...]:
    with Store.open(path) as store:
        plan = store.load_plan()
    assert plan is not None
    return plan.changes


def test_planned_blocks_and_goal_progress_follow_the_first_paint(
    window: MainWindow, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(window.week_planned):
        pass
    content = window.board.content
    assert content is not None
    kinds = {item.kind for item in content.items if item.block is not None}
    assert "sleep" in kinds
