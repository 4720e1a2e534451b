"""Back up the whole plan to a plan file, and restore one (checked first, and undoable)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.plan import Plan
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import read_plan_file, write_plan_file
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.fields import FieldNotes, row_widget
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import error_message


def _path_row(edit: QLineEdit, browse: QPushButton) -> QWidget:
    return row_widget(edit, browse, stretch=False)


class BackupDialog(QDialog):
    """Write the current plan to a plan file the person chooses."""

    def __init__(self, session: PlanSession, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the plan"))
        self.session = session
        self.notes = FieldNotes()
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Saves everything you set up (shift types, rotations, changes, goals, habits, "
                "settings) in one plan file. Keep it somewhere safe; Restore reads it back."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        layout.addLayout(form)
        self.path = QLineEdit(str(folder / "shift-planner-backup.json"))
        self.path.setMinimumWidth(360)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.path_row = _path_row(self.path, browse)
        self.notes.add_row(form, self.tr("Save to:"), self.path_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(lambda _: self._check())
        self._check()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the plan"), self.path.text(), self.tr("Plan files (*.json)")
        )
        if chosen:
            self.path.setText(chosen)

    def _check(self) -> bool:
        problem = "" if self.path.text().strip() else self.tr("Choose where to save the file.")
        ok = self.notes.show({self.path_row: problem})
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def save(self) -> None:
        """Write the file and close, or say beside the path why it could not be written."""
        plan = self.session.plan
        if plan is None or not self._check():
            return
        try:
            write_plan_file(plan, Path(self.path.text().strip()).expanduser())
        except UserFacingError as error:
            self.notes.show({self.path_row: error_message(error.text)})
            return
        self.accept()


class RestoreDialog(PlanDialog):
    """Replace the plan with a plan file's, once the file is read and checked; undoable."""

    def __init__(self, session: PlanSession, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.restored: Plan | None = None
        self.read_problem = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.path = QLineEdit()
        self.path.setMinimumWidth(360)
        self.path.setPlaceholderText(str(folder / "shift-planner-backup.json"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.path_row = _path_row(self.path, browse)
        self.notes.add_row(form, self.tr("Plan file:"), self.path_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.tr("It holds:"), self.summary)
        warning = QLabel(
            self.tr("Restoring replaces the whole plan; Edit ▸ Undo brings the current one back.")
        )
        warning.setWordWrap(True)
        layout.addWidget(warning)
        self.path.editingFinished.connect(self.read_file)
        self.finish(layout)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), self.path.text(), self.tr("Plan files (*.json)")
        )
        if chosen:
            self.path.setText(chosen)
            self.read_file()

    def read_file(self) -> None:
        """Read and check the chosen file; its problem, if any, shows beside the path."""
        text = self.path.text().strip()
        self.restored, self.read_problem = None, ""
        if text:
            try:
                self.restored = read_plan_file(Path(text).expanduser())
            except UserFacingError as error:
                self.read_problem = error_message(error.text)
        self.summary.setText(self._describe(self.restored) if self.restored else "")
        self.revalidate()
        self.adjustSize()

    def _describe(self, plan: Plan) -> str:
        return self.tr(
            "{0} (home zone {1}): {2} shift types, {3} rotations, {4} day changes, "
            "{5} goals, {6} habits"
        ).format(
            plan.person.name or self.tr("no name"),
            plan.home_zone,
            len(plan.shift_types),
            len(plan.rotations),
            len(plan.changes),
            len(plan.goals),
            len(plan.habits),
        )

    def field_problems(self) -> dict[QWidget, str]:
        if self.read_problem:
            return {self.path_row: self.read_problem}
        if self.restored is None:
            return {self.path_row: self.tr("Choose a plan file to restore.")}
        return {}

    def build_plan(self) -> Plan:
        return self.restored if self.restored is not None else self.original

    def undo_text(self) -> str:
        return self.tr("Restore a backup")
