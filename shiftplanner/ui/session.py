"""The app's state: the store, the current plan, the undo stack and the "what changed" signal.

Views never change the plan themselves: a gesture becomes an edit pushed here, the edit's
command calls the editing service (which saves at once), and `plan_changed` tells every
view what changed so each repaints only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, Self

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from shiftplanner.core.plan import Plan
from shiftplanner.services.block_edits import BlockEdit, save_block_edit
from shiftplanner.services.editing import (
    Changes,
    PlanEdit,
    save_edit,
    save_new_plan,
    stored_plan,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.storage.store import Store
from shiftplanner.ui.wording import error_message


class Invertible(Protocol):
    """An edit as data that knows the edit undoing it."""

    def inverted(self) -> Self: ...


class PlanSession(QObject):
    """One open store and the plan in it."""

    plan_changed = Signal(object)
    error_raised = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.plan: Plan | None = None
        # The store's revision when the plan on show was last read or saved here.
        self.seen_revision: int | None = None
        self.undo_stack = QUndoStack(self)
        self.plan_changed.connect(self._saw_store)

    def _saw_store(self) -> None:
        self.seen_revision = self.store.revision

    def load(self) -> Plan | None:
        """Read the stored plan (None on first start) and tell the views."""
        try:
            self.plan = stored_plan(self.store)
        except UserFacingError as error:
            self.error_raised.emit(error_message(error.text))
            return None
        self.plan_changed.emit(Changes(shifts=True, blocks=True, goals=True))
        return self.plan

    def start_plan(self, plan: Plan) -> bool:
        """Save a new plan (the welcome's choice); not undoable, as there was nothing before."""
        try:
            changes = save_new_plan(self.store, plan)
        except UserFacingError as error:
            self.error_raised.emit(error_message(error.text))
            return False
        self.plan = plan
        self.undo_stack.clear()
        self.plan_changed.emit(changes)
        return True

    def adopt(self, plan: Plan) -> None:
        """Take a plan a service has just stored, with nothing on show changed (the export's
        identity stamp), so the next edit does not write the older plan back."""
        self.plan = plan
        self._saw_store()

    def push(self, edit: PlanEdit, text: str) -> bool:
        """Apply and save an edit, then put it on the undo stack; False if it was refused."""
        if not self.run_edit(edit):
            return False
        self.undo_stack.push(EditCommand(self.run_edit, edit, text))
        return True

    def push_blocks(self, edit: BlockEdit, text: str) -> bool:
        """Save a block edit (move, done, skip...), then put it on the undo stack."""
        if not self.run_block_edit(edit):
            return False
        self.undo_stack.push(EditCommand(self.run_block_edit, edit, text))
        return True

    def run_block_edit(self, edit: BlockEdit) -> bool:
        """Save a block edit without touching the undo stack (the commands use this)."""
        try:
            changes = save_block_edit(self.store, edit)
        except UserFacingError as error:
            self.error_raised.emit(error_message(error.text))
            return False
        self.plan_changed.emit(changes)
        return True

    def run_edit(self, edit: PlanEdit) -> bool:
        """Apply and save an edit without touching the undo stack (the commands use this)."""
        if self.plan is None:
            return False
        try:
            self.plan, changes = save_edit(self.store, self.plan, edit)
        except UserFacingError as error:
            self.error_raised.emit(error_message(error.text))
            return False
        self.plan_changed.emit(changes)
        return True


class EditCommand(QUndoCommand):
    """An applied edit on the undo stack; redo and undo run it or its inverse through `run`."""

    def __init__(self, run: Callable[[Invertible], bool], edit: Invertible, text: str) -> None:
        super().__init__(text)
        self._run = run
        self._edit = edit
        # The edit was applied before the push, which calls redo() once more: skip that one.
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._run(self._edit):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._run(self._edit.inverted()):
            self.setObsolete(True)
