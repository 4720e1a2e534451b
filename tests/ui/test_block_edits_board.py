"""Acting on blocks on the board, through the store: drag, resize, the menu, keys, undo, redo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox
from pytestqt.logging import QtLoggingPlugin
from pytestqt.qtbot import QtBot

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.planfile import parse_plan
from shiftplanner.services.block_edits import plan_board_week
from shiftplanner.services.plans import DateRange
from shiftplanner.storage.blocks_store import load_blocks, load_skipped
from shiftplanner.storage.store import Store
from shiftplanner.ui.blockmenu import BlockMenu
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.weekview.model import BoardItem

from .conftest import NOW

EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-study.json"
WEEK = DateRange(date(2026, 3, 9), date(2026, 3, 15))
# Tuesday's study session, 18:30-19:45 in Manila (10:30-11:45 UTC), after Ana's day sleep.
STUDY_KEY = "study:cx-cert:2026-03-10T10:30:00+00:00"
HOUR = timedelta(hours=1)


@pytest.fixture
def clock() -> list[datetime]:
    """The window's clock: tests move it on by appending a later moment."""
    return [NOW]


@pytest.fixture
def open_board(
    store_path: Path, qtbot: QtBot, clock: list[datetime]
) -> Iterator[Callable[[], MainWindow]]:
    """Opens a window on Ana's example plan (a study goal and habits) and waits for its blocks."""
    if not store_path.exists():
        with Store.open(store_path) as store:
            store.save_plan(parse_plan(EXAMPLE.read_text(encoding="utf-8")))
    stores: list[Store] = []

    def opener() -> MainWindow:
        store = Store.open(store_path)
        stores.append(store)
        window = MainWindow(PlanSession(store), clock=lambda: clock[-1])
        qtbot.addWidget(window)
        window.resize(1366, 740)
        with qtbot.waitSignal(window.week_planned, timeout=10_000):
            window.show()
            window.load()
        return window

    yield opener
    for store in stores:
        store.close()


@pytest.fixture
def board(open_board: Callable[[], MainWindow]) -> MainWindow:
    return open_board()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Refusals the window would show in a message box, recorded instead of shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _stored(window: MainWindow) -> tuple[set[Block], list[Block]]:
    store = window.session.store
    return set(load_blocks(store)), load_skipped(store)


def _item(window: MainWindow, key: str) -> BoardItem:
    content = window.board.content
    assert content is not None
    item = content.item(key)
    assert item is not None, key
    return item


def _study(window: MainWindow) -> Block:
    block = _item(window, STUDY_KEY).block
    assert block is not None
    return block


def _hour_height(window: MainWindow) -> float:
    return window.board.point_at(0, 1).y() - window.board.point_at(0, 0).y()


def test_dragging_a_block_moves_and_locks_it_and_survives_reopening(
    board: MainWindow, open_board: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    study = _study(board)
    rect = board.board.item_rect(STUDY_KEY)
    press = QPoint(round(rect.center().x()), round(rect.top() + 6))
    target = QPoint(press.x(), round(press.y() + _hour_height(board)))
    qtbot.mousePress(board.board, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(board.board, QPoint(press.x(), press.y() + 12))
    qtbot.mouseMove(board.board, target)
    qtbot.mouseRelease(board.board, Qt.MouseButton.LeftButton, pos=target)
    moved = Block(BlockKind.STUDY, "cx-cert", study.start + HOUR, study.end + HOUR, locked=True)
    assert moved in _stored(board)[0]
    shown = _item(board, "study:cx-cert:2026-03-10T11:30:00+00:00")
    assert (shown.block, f"{shown.start:%H:%M}") == (moved, "19:30")
    board.close()
    board.session.store.close()
    reopened = open_board()
    assert _item(reopened, "study:cx-cert:2026-03-10T11:30:00+00:00").block == moved


def test_dragging_the_lower_edge_resizes_up_to_the_longest_session(
    board: MainWindow, qtbot: QtBot
) -> None:
    study = _study(board)
    rect = board.board.item_rect(STUDY_KEY)
    press = QPoint(round(rect.center().x()), round(rect.bottom() - 2))
    target = QPoint(press.x(), round(press.y() + 2 * _hour_height(board)))
    qtbot.mousePress(board.board, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(board.board, QPoint(press.x(), press.y() + 12))
    qtbot.mouseMove(board.board, target)
    qtbot.mouseRelease(board.board, Qt.MouseButton.LeftButton, pos=target)
    # Two hours more would make 3 h 15; the goal's sessions last at most 90 minutes.
    longest = Block(study.kind, study.ref, study.start, study.start + 1.5 * HOUR, locked=True)
    assert longest in _stored(board)[0]
    assert _item(board, STUDY_KEY).block == longest


def test_a_resize_beyond_the_limits_is_refused_and_nothing_is_stored(
    board: MainWindow, warnings: list[str]
) -> None:
    item = _item(board, STUDY_KEY)
    assert not board.block_actions.dragged(item, item.start, item.start + 2 * HOUR, "Asia/Manila")
    assert warnings == ['"cx-cert" can last 45 to 90 minutes, not 120']
    assert _stored(board) == (set(), [])
    assert board.session.undo_stack.count() == 0


def test_undo_and_redo_of_a_move_restore_the_store_exactly(board: MainWindow) -> None:
    item = _item(board, STUDY_KEY)
    assert board.block_actions.dragged(item, item.start + HOUR, item.end + HOUR, "Asia/Manila")
    after = _stored(board)
    board.undo_action.trigger()
    assert _stored(board) == (set(), [])
    assert _item(board, STUDY_KEY).block == item.block
    board.redo_action.trigger()
    assert _stored(board) == after


def _when_a_menu_opens(act: Callable[[QMenu], None]) -> QTimer:
    """Polls for the popup menu a gesture opens, then hands it to `act` (which must close it)."""
    timer = QTimer()

    def poll() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            timer.stop()
            act(menu)

    timer.timeout.connect(poll)
    timer.start(10)
    return timer


def _pick_from_menu(window: MainWindow, key: str, name: str) -> list[str]:
    """Right-click a block, pick the action `name` in the menu that opens; the menu's actions."""
    seen: list[str] = []

    def pick(menu: QMenu) -> None:
        seen.extend(a.objectName() for a in menu.actions() if a.isEnabled() and a.objectName())
        action = menu.findChild(QAction, name)
        menu.close()
        if isinstance(menu, BlockMenu) and action is not None:
            action.trigger()

    timer = _when_a_menu_opens(pick)
    centre = window.board.item_rect(key).center().toPoint()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, centre, window.board.mapToGlobal(centre)
    )
    window.board.contextMenuEvent(event)
    timer.stop()
    return seen


def test_done_from_the_menu_counts_toward_the_goals_done_hours(
    board: MainWindow, clock: list[datetime], qtlog: QtLoggingPlugin
) -> None:
    study = _study(board)
    item = _item(board, STUDY_KEY)
    # Locked at 18:30 in the afternoon; by 20:00 Ana has done it.
    assert board.block_actions.dragged(item, item.start + HOUR, item.end + HOUR, "Asia/Manila")
    board.undo_action.trigger()
    board.redo_action.trigger()
    clock.append(study.end + HOUR)
    board.this_week()
    board._replan_blocks()
    key = "study:cx-cert:2026-03-10T11:30:00+00:00"
    before = plan_board_week(board.session.store, WEEK, now=clock[-1]).goals[0].done_hours
    # The offscreen platform cannot raise a menu or grab the keyboard, and says so.
    with qtlog.disabled():
        seen = _pick_from_menu(board, key, "block-done")
    assert seen == ["block-done", "block-skip", "block-delete", "block-unlock"]
    done = Block(study.kind, study.ref, study.start + HOUR, study.end + HOUR, True, True)
    assert done in _stored(board)[0]
    after = plan_board_week(board.session.store, WEEK, now=clock[-1]).goals[0].done_hours
    assert after == pytest.approx(before + 1.25)
    assert not _item(board, key).movable
    board.undo_action.trigger()
    assert done not in _stored(board)[0]
    assert plan_board_week(board.session.store, WEEK, now=clock[-1]).goals[0].done_hours == before


def test_skip_from_the_menu_keeps_the_session_out_of_the_week(
    board: MainWindow, qtlog: QtLoggingPlugin
) -> None:
    study = _study(board)
    studies = sum(1 for b in board._blocks if b.ref == "cx-cert")
    with qtlog.disabled():
        seen = _pick_from_menu(board, STUDY_KEY, "block-skip")
    assert seen == ["block-done", "block-skip", "block-delete"]
    assert _stored(board)[1] == [study]
    assert sum(1 for b in board._blocks if b.ref == "cx-cert") == studies - 1
    board.undo_action.trigger()
    assert _stored(board) == (set(), [])
    assert _item(board, STUDY_KEY).block == study
    board.redo_action.trigger()
    assert _stored(board)[1] == [study]


def test_the_delete_key_finds_the_session_another_time(board: MainWindow, qtbot: QtBot) -> None:
    study = _study(board)
    studies = sum(1 for b in board._blocks if b.ref == "cx-cert")
    board.board.setFocus()
    for _ in range(40):
        if board.board.selected_key == STUDY_KEY:
            break
        qtbot.keyClick(board.board, Qt.Key.Key_Tab)
    assert board.board.selected_key == STUDY_KEY
    qtbot.keyClick(board.board, Qt.Key.Key_Delete)
    assert study not in board._blocks
    assert sum(1 for b in board._blocks if b.ref == "cx-cert") == studies
    assert study not in _stored(board)[0]
    board.undo_action.trigger()
    assert _stored(board) == (set(), [])
    board.redo_action.trigger()
    assert study not in board._blocks


def test_enter_opens_the_selected_blocks_menu(
    board: MainWindow, qtbot: QtBot, qtlog: QtLoggingPlugin
) -> None:
    seen: list[str] = []

    def close(menu: QMenu) -> None:
        seen.append(menu.actions()[0].text())
        menu.close()

    board.board.setFocus()
    board.board.select(STUDY_KEY)
    timer = _when_a_menu_opens(close)
    with qtlog.disabled():
        qtbot.keyClick(board.board, Qt.Key.Key_Return)
    timer.stop()
    assert seen == ["CX certification 18:30\N{EN DASH}19:45"]


def test_a_block_moved_across_midnight_stays_one_block_in_a_graveyard_week(
    board: MainWindow,
) -> None:
    sunday = _item(board, "study:cx-cert:2026-03-15T08:15:00+00:00")
    late = datetime(2026, 3, 14, 23, 30)
    assert board.board.day_start_hour == 12
    assert board.block_actions.dragged(sunday, late, late + HOUR * 1.25, "Asia/Manila")
    key = "study:cx-cert:2026-03-14T15:30:00+00:00"
    moved = _item(board, key)
    assert (f"{moved.start:%a %H:%M}", f"{moved.end:%a %H:%M}") == ("Sat 23:30", "Sun 00:45")
    assert moved.block is not None
    assert moved.block.locked
    assert moved.block in _stored(board)[0]
    (piece,) = [p for p in board.board._pieces if p.key == key]
    assert (piece.day, piece.top, piece.bottom) == (5, 11.5, 12.75)


def test_the_welcome_hides_the_week_controls_until_a_plan_exists(
    store_path: Path, open_window: Callable[[Path], MainWindow]
) -> None:
    # Not a block edit, but the same window: week shortcuts on the welcome would leave it
    # for an empty board.
    window = open_window(store_path)
    assert window.pages.currentWidget() is window.welcome
    assert window.week_toolbar.isHidden()
    window.today_action.trigger()
    assert window.pages.currentWidget() is window.welcome
    window.welcome.chosen.emit("us-graveyard", window.welcome.essentials())
    assert window.pages.currentWidget() is window.splitter
    assert window.week_toolbar.isVisible()
    assert window.today_action.isEnabled()
