"""Field-level validation shared by the editors: a reason beside each bad field, OK held off.

Every editor checks its fields on each change; a field with a bad value shows why right
under it, and the dialog's OK button stays disabled until no field has a problem.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

PROBLEM_COLOUR = "#d62d2d"


class ProblemLabel(QLabel):
    """A short red reason, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {PROBLEM_COLOUR}")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)

    def say(self, problem: str) -> None:
        """Show `problem`, or hide when it is empty."""
        self.setText(problem)
        self.setVisible(bool(problem))


class FieldNotes:
    """The problem labels of one form, keyed by the field they sit under."""

    def __init__(self) -> None:
        self._notes: dict[QWidget, ProblemLabel] = {}

    def add_row(self, form: QFormLayout, label: str, field: QWidget) -> None:
        """Add `label: field` to the form with a problem label under the field."""
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(field)
        note = ProblemLabel()
        column.addWidget(note)
        form.addRow(label, column)
        self._notes[field] = note

    def attach(self, field: QWidget) -> ProblemLabel:
        """A problem label for a field laid out by hand; the caller places it beside the field."""
        note = ProblemLabel()
        self._notes[field] = note
        return note

    def show(self, problems: Mapping[QWidget, str]) -> bool:
        """Show each field's problem and clear the others; True if there are none."""
        for field, note in self._notes.items():
            note.say(problems.get(field, ""))
        return not any(problems.values())

    def problem_of(self, field: QWidget) -> str:
        """The reason shown under a field now ('' if none)."""
        note = self._notes.get(field)
        return "" if note is None else note.text()


def row_widget(*parts: QWidget | QLayout, stretch: bool = True) -> QWidget:
    """Several widgets side by side as one field, so one problem label can sit under them."""
    container = QWidget()
    row = QHBoxLayout(container)
    row.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            row.addLayout(part)
        else:
            row.addWidget(part)
    if stretch:
        row.addStretch(1)
    return container
