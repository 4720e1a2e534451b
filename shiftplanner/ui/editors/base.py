"""The frame every plan editor shares: build a changed plan, check it, push it as one undo step.

An editor works on a draft of the plan; nothing reaches the store until OK, and OK stays
disabled while a field is bad or the draft is not a plan a plan file could hold. Cancel
leaves the plan as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.plan import Plan
from shiftplanner.services.editing import PlanEdit, apply_edit
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plan_edits import PlanReplacement, checked_plan
from shiftplanner.ui.editors.fields import FieldNotes, ProblemLabel
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import error_message


class PlanDialog(QDialog):
    """Base of the editors: subclasses lay out fields, report problems and build the plan."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if session.plan is None:
            raise UserFacingError(self.tr("There is no plan yet; start one first."))
        self.session = session
        self.original: Plan = session.plan
        self.notes = FieldNotes()
        self.problem = ProblemLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        session.error_raised.connect(self.problem.say)

    @property
    def ok_button(self) -> QPushButton:
        """The button that applies the change."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def finish(self, layout: QVBoxLayout) -> None:
        """Put the whole-plan problem line and the buttons at the bottom, then check once."""
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.revalidate()

    def field_problems(self) -> dict[QWidget, str]:
        """Each bad field and why; subclasses check their own fields."""
        return {}

    def build_plan(self) -> Plan:
        """The plan the dialog describes; only called when no field has a problem."""
        return self.original

    def make_edit(self) -> PlanEdit:
        """The undoable edit OK applies: by default, the whole plan replaced by the draft."""
        return PlanReplacement(self.original, self.build_plan())

    def undo_text(self) -> str:
        """What the Edit menu calls the change ("Undo <text>")."""
        return self.windowTitle()

    def revalidate(self) -> bool:
        """Show every field's problem and enable OK only when the edit would make a valid plan."""
        fields_ok = self.notes.show(self.field_problems())
        problem = ""
        if fields_ok:
            try:
                checked_plan(apply_edit(self.original, self.make_edit())[0])
            except UserFacingError as error:
                problem = error_message(error.text)
        self.problem.say(problem)
        ok = fields_ok and not problem
        self.ok_button.setEnabled(ok)
        return ok

    def apply(self) -> None:
        """Push the edit on the session's undo stack and close; stay open if it is refused."""
        if not self.revalidate():
            return
        edit = self.make_edit()
        if edit.after == edit.before:
            self.accept()
            return
        if self.session.push(edit, self.undo_text()):
            self.accept()


def unique_id(name: str, taken: set[str]) -> str:
    """A plan-file id for a new item: its name in lower-case words joined by hyphens.

    Ids are what rotations and logs refer to, so an existing item keeps its id when renamed.
    """
    stem = "-".join("".join(c if c.isalnum() else " " for c in name.lower()).split()) or "item"
    candidate, number = stem, 2
    while candidate in taken or candidate == "off":
        candidate, number = f"{stem}-{number}", number + 1
    return candidate
