"""The rotation editor: rotations over time, each a preset or a cycle built by clicking days.

A later rotation replaces earlier ones from its start date (a roster change). Before OK the
dialog previews the next four weeks of the draft plan with the findings they would raise.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import PRESETS, RotationPreset
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF
from shiftplanner.core.text import TextContext
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.cycle import CycleEditor
from shiftplanner.ui.editors.fields import row_widget
from shiftplanner.ui.editors.rotation_preview import RotationPreview
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import words

MAX_CYCLE_DAYS = 366


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


class RotationsDialog(PlanDialog):
    """Edit the plan's rotations; OK applies them all as one undoable change."""

    def __init__(self, session: PlanSession, today: date, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Rotations"))
        self.today = today
        self.rotations: list[Rotation] = list(self.original.rotations)
        self._loading = False
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        columns.addLayout(self._list_column(), 1)
        self.form_widget = QWidget()
        columns.addWidget(self.form_widget, 3)
        self._build_form(QFormLayout(self.form_widget))
        self.preview = RotationPreview()
        layout.addWidget(self.preview, 1)
        self.finish(layout)
        self._fill_list(0 if self.rotations else -1)

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Rotations over time:")))
        self.list = QListWidget()
        self.list.currentRowChanged.connect(lambda _: self._show_rotation())
        column.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("Roster change…"))
        self.add_button.setToolTip(
            self.tr("Start a new rotation from a date; it replaces the one before it from then")
        )
        self.add_button.clicked.connect(self.add_rotation)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_rotation)
        column.addWidget(row_widget(self.add_button, self.remove_button))
        return column

    def _build_form(self, form: QFormLayout) -> None:
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("ddd d MMM yyyy")
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end = QDateEdit()
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("ddd d MMM yyyy")
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Custom cycle (click the days)"), "")
        for choice in PRESETS:
            self.preset.addItem(words(TextContext.PRESETS, choice.name), choice.id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.roles = {role: QComboBox() for role in "DMNA"}
        self.role_row = QWidget()
        role_layout = QFormLayout(self.role_row)
        role_layout.setContentsMargins(0, 0, 0, 0)
        for role, combo in self.roles.items():
            role_layout.addRow(self.tr("{0}:").format(_role_name(role)), combo)
        self.use_preset = QPushButton(self.tr("Use this preset"))
        self.use_preset.clicked.connect(self.apply_preset)
        self.length = QSpinBox()
        self.length.setRange(1, MAX_CYCLE_DAYS)
        self.length.setSuffix(self.tr(" days"))
        self.cycle = CycleEditor()
        self.cycle.set_types(self.original.shift_types, self.original.home_zone)
        self.notes.add_row(form, self.tr("Starts on:"), self.start)
        self.end_row = row_widget(self.has_end, self.end)
        self.notes.add_row(form, "", self.end_row)
        form.addRow(self.tr("Preset:"), self.preset)
        form.addRow("", self.description)
        self.preset_row = row_widget(self.role_row, self.use_preset)
        self.notes.add_row(form, "", self.preset_row)
        form.addRow(self.tr("Cycle length:"), self.length)
        form.addRow(self.tr("Days:"), self.cycle)
        self.start.dateChanged.connect(lambda _: self._form_changed())
        self.has_end.toggled.connect(lambda _: self._form_changed())
        self.end.dateChanged.connect(lambda _: self._form_changed())
        self.preset.currentIndexChanged.connect(lambda _: self._preset_chosen())
        self.length.valueChanged.connect(self._length_changed)
        self.cycle.cycle_changed.connect(self._form_changed)

    def current_row(self) -> int:
        """The rotation the form shows, or -1."""
        return self.list.currentRow()

    def add_rotation(self) -> None:
        """A new rotation from the Monday after today (or after the latest start)."""
        latest = max((r.start_date for r in self.rotations), default=self.today)
        start = max(latest, self.today) + timedelta(days=1)
        start += timedelta(days=(7 - start.weekday()) % 7)
        self.rotations.append(Rotation(start, (OFF,)))
        self._fill_list(len(self.rotations) - 1)

    def remove_rotation(self) -> None:
        """Remove the chosen rotation."""
        row = self.current_row()
        if row >= 0:
            del self.rotations[row]
            self._fill_list(min(row, len(self.rotations) - 1))

    def apply_preset(self) -> None:
        """Fill the cycle from the chosen preset with the chosen shift type for each role."""
        chosen = self._chosen_preset()
        if chosen is None:
            return
        roles = {role: self.roles[role].currentData() for role in chosen.roles}
        cycle = chosen.cycle({role: value for role, value in roles.items() if value})
        self._loading = True
        self.length.setValue(len(cycle))
        self._loading = False
        self.cycle.set_cycle(cycle, self.start_date())
        self._form_changed()

    def start_date(self) -> date:
        """The start date in the form."""
        return pydate(self.start.date())

    def _chosen_preset(self) -> RotationPreset | None:
        preset_id = self.preset.currentData()
        return next((p for p in PRESETS if p.id == preset_id), None)

    def _preset_chosen(self) -> None:
        chosen = self._chosen_preset()
        description = words(TextContext.PRESETS, chosen.description) if chosen else ""
        self.description.setText(description)
        for role, combo in self.roles.items():
            needed = chosen is not None and role in chosen.roles
            combo.setVisible(needed)
            label = self.role_row.layout().labelForField(combo)
            if label is not None:
                label.setVisible(needed)
            if needed and combo.count() == 0:
                combo.addItem(self.tr("(pick a shift type)"), "")
                for shift_type in self.original.shift_types:
                    combo.addItem(shift_type.name, shift_type.id)
                if self.original.shift_types:
                    combo.setCurrentIndex(1)
        self.role_row.setVisible(chosen is not None)
        self.use_preset.setVisible(chosen is not None)
        self.revalidate()

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rotation in self.rotations:
            self.list.addItem(self._summary(rotation))
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show_rotation()

    def _summary(self, rotation: Rotation) -> str:
        start = QLocale().toString(qdate(rotation.start_date), "d MMM yyyy")
        return self.tr("From {0}: {1}-day cycle").format(start, len(rotation.cycle))

    def _show_rotation(self) -> None:
        row = self.current_row()
        self.form_widget.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            rotation = self.rotations[row]
            self._loading = True
            self.start.setDate(qdate(rotation.start_date))
            self.has_end.setChecked(rotation.end_date is not None)
            self.end.setDate(qdate(rotation.end_date or rotation.start_date))
            self.length.setValue(len(rotation.cycle))
            self.cycle.set_cycle(rotation.cycle, rotation.start_date)
            self.preset.setCurrentIndex(0)
            self._loading = False
        self._preset_chosen()

    def _length_changed(self, days: int) -> None:
        if not self._loading:
            self.cycle.set_length(days)

    def _form_changed(self) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        self.end.setEnabled(self.has_end.isChecked())
        self.cycle.set_start(self.start_date())
        self.rotations[row] = Rotation(
            self.start_date(),
            self.cycle.cycle(),
            pydate(self.end.date()) if self.has_end.isChecked() else None,
        )
        self.list.item(row).setText(self._summary(self.rotations[row]))
        self.revalidate()

    def field_problems(self) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        row = self.current_row()
        if row >= 0:
            rotation = self.rotations[row]
            others = [r for i, r in enumerate(self.rotations) if i != row]
            if any(r.start_date == rotation.start_date for r in others):
                problems[self.start] = self.tr("Another rotation starts on this date.")
            if rotation.end_date is not None and rotation.end_date < rotation.start_date:
                problems[self.end_row] = self.tr("The end is before the start.")
        chosen = self._chosen_preset()
        if chosen is not None and not self.original.shift_types:
            problems[self.preset_row] = self.tr("Add a shift type first.")
        self._refresh_preview(problems)
        return problems

    def _refresh_preview(self, problems: dict[QWidget, str]) -> None:
        if problems:
            return
        row = self.current_row()
        first = self.today
        if row >= 0:
            first = max(first, self.rotations[row].start_date)
        self.preview.show_plan(self.build_plan(), first - timedelta(days=first.weekday()))

    def build_plan(self) -> Plan:
        ordered = tuple(sorted(self.rotations, key=lambda r: r.start_date))
        return replace(self.original, rotations=ordered)

    def undo_text(self) -> str:
        return self.tr("Change rotations")


def _role_name(role: str) -> str:
    """The role letters of a preset pattern (`presets.ROLE_NAMES`) in words."""
    names = {
        "A": RotationsDialog.tr("Shift"),
        "D": RotationsDialog.tr("Day shift"),
        "M": RotationsDialog.tr("Mid shift"),
        "N": RotationsDialog.tr("Graveyard shift"),
    }
    return names[role]
