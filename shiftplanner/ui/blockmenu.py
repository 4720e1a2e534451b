"""What the person can do to a planned block: drag it, resize it, or pick Done, Skip, Delete or
Unlock from its menu (`placement.md`, "Person's verbs"). Each becomes an undoable block edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QWidget

from shiftplanner.core.blocks import Block
from shiftplanner.core.instants import to_instant
from shiftplanner.services.block_edits import (
    BlockEdit,
    BoardWeek,
    delete_block,
    mark_done,
    move_block,
    resize_block,
    skip_block,
    unlock_block,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.weekview.model import BoardItem, WeekContent
from shiftplanner.ui.weekview.widget import WeekBoard
from shiftplanner.ui.wording import error_message

BoardWeekSource = Callable[[], BoardWeek]
BlockVerb = Callable[[BoardWeek, Block], BlockEdit]


class BlockActions(QObject):
    """Turns gestures on the board's blocks into block edits pushed on the session.

    `board_week` reads what an edit is worked out against (the store, the visible week and
    the clock) at the moment of the gesture, so an edit never starts from a stale plan.
    """

    def __init__(
        self, session: PlanSession, board_week: BoardWeekSource, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.board_week = board_week

    def attach(self, board: WeekBoard, zone: Callable[[], str]) -> None:
        """Act on the board's finished drags and its Delete key; `zone` is the home zone."""

        def item(key: str) -> BoardItem | None:
            return board.content.item(key) if board.content is not None else None

        def moved(key: str, start: datetime, end: datetime) -> None:
            dragged = item(key)
            if dragged is not None:
                self.dragged(dragged, start, end, zone())

        def delete(key: str) -> None:
            selected = item(key)
            if selected is not None:
                self.delete(selected)

        board.block_moved.connect(moved)
        board.delete_requested.connect(delete)

    def dragged(self, item: BoardItem, start: datetime, end: datetime, zone: str) -> bool:
        """A drag ended: a new start moves the block, a new end alone resizes it."""
        block = item.block
        if block is None:
            return False
        if start == item.start:
            utc_end = to_instant(end.date(), end.time(), zone)
            return self._push(lambda w: resize_block(w, block, utc_end), self.tr("Resize block"))
        utc_start = to_instant(start.date(), start.time(), zone)
        return self._push(lambda w: move_block(w, block, utc_start), self.tr("Move block"))

    def run(self, verb: BlockVerb, block: Block, text: str) -> bool:
        """Apply one of the menu's verbs to a block."""
        return self._push(lambda w: verb(w, block), text)

    def delete(self, item: BoardItem) -> bool:
        """The Delete key on a selected block: remove it, the planner finds another time."""
        if item.block is None:
            return False
        return self.run(delete_block, item.block, self.tr("Delete block"))

    def _push(self, make: Callable[[BoardWeek], BlockEdit], text: str) -> bool:
        try:
            edit = make(self.board_week())
        except UserFacingError as error:
            self.session.error_raised.emit(error_message(error.text))
            return False
        return self.session.push_blocks(edit, text)


class BlockMenu(QMenu):
    """The right-click (or Enter) menu of one block: Done, Skip, Delete, Unlock."""

    def __init__(
        self, actions: BlockActions, item: BoardItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert item.block is not None
        self.block = item.block
        self.title = item.title
        self.item_actions = actions
        self.addSection(f"{item.title} {item.start:%H:%M}\N{EN DASH}{item.end:%H:%M}")
        block = self.block
        planned_sleep = block.kind.is_sleep and not (block.locked or block.done)
        self._verb(
            "done",
            self.tr("Done"),
            self.tr("It happened: study counts toward the goal, and the block stays put"),
            mark_done,
            enabled=not block.done,
        )
        self._verb(
            "skip",
            self.tr("Skip"),
            self.tr("Not this time: remove it, and do not plan it again this week"),
            skip_block,
            enabled=not block.done and not planned_sleep,
        )
        self._verb(
            "delete",
            self.tr("Delete"),
            self.tr("Remove it here: the planner finds another time"),
            delete_block,
            enabled=not planned_sleep,
        )
        if block.locked:
            self.addSeparator()
            self._verb(
                "unlock",
                self.tr("Unlock"),
                self.tr("Let the planner move it again"),
                unlock_block,
            )
        self.setToolTipsVisible(True)

    def _verb(
        self, name: str, text: str, tip: str, verb: BlockVerb, *, enabled: bool = True
    ) -> None:
        action = self.addAction(text)
        action.setObjectName(f"block-{name}")
        action.setToolTip(tip)
        action.setEnabled(enabled)
        action.triggered.connect(
            lambda _=False: self.item_actions.run(verb, self.block, f"{text}: {self.title}")
        )


def block_menu_at(
    actions: BlockActions, content: WeekContent | None, key: str, where: QPoint, parent: QWidget
) -> bool:
    """Show a block's menu if `key` names a block; False when it does not."""
    item = content.item(key) if content is not None and key else None
    if item is None or item.block is None:
        return False
    BlockMenu(actions, item, parent).exec(where)
    return True
