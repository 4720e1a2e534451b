"""The shift types editor: a list of duty templates and a form for the chosen one.

The form shows where the duty falls by the home clock today and after the next clock
change, because a shift set in US time moves in Manila twice a year.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.instants import format_clock, is_known_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import ShiftType
from shiftplanner.services.zone_preview import HomeTimes, zone_preview
from shiftplanner.ui.editors.base import PlanDialog, unique_id
from shiftplanner.ui.editors.fields import ProblemLabel, row_widget
from shiftplanner.ui.editors.zones import ZoneCombo, friendly_name
from shiftplanner.ui.session import PlanSession

_Index = QModelIndex | QPersistentModelIndex


class ShiftTypeModel(QAbstractListModel):
    """The draft list of shift types: name shown, colour as decoration, hours as tooltip."""

    def __init__(self, types: tuple[ShiftType, ...] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._types = list(types)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._types)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._types):
            return None
        shift_type = self._types[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shift_type.name or self.tr("(no name)")
        if role == Qt.ItemDataRole.DecorationRole and shift_type.color:
            return QColor(shift_type.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            hours = f"{format_clock(shift_type.start)}-{format_clock(shift_type.end)}"
            return f"{hours} {friendly_name(shift_type.zone)}"
        return None

    def types(self) -> tuple[ShiftType, ...]:
        """The shift types as the list holds them now."""
        return tuple(self._types)

    def at(self, row: int) -> ShiftType:
        """The shift type on a row."""
        return self._types[row]

    def set_at(self, row: int, shift_type: ShiftType) -> None:
        """Replace one row's shift type."""
        self._types[row] = shift_type
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def append(self, shift_type: ShiftType) -> int:
        """Add a shift type at the end; returns its row."""
        row = len(self._types)
        self.beginInsertRows(QModelIndex(), row, row)
        self._types.append(shift_type)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        """Remove one row."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._types[row]
        self.endRemoveRows()


def type_problems(shift_type: ShiftType, others: list[ShiftType]) -> dict[str, str]:
    """What is wrong with one shift type, by field name ("name", "zone", "break")."""
    problems: dict[str, str] = {}
    name = shift_type.name.strip()
    if not name:
        problems["name"] = QCoreApplication.translate("ShiftTypesDialog", "Give the shift a name.")
    elif any(o.name.strip().casefold() == name.casefold() for o in others):
        problems["name"] = QCoreApplication.translate(
            "ShiftTypesDialog", "Another shift type already has this name."
        )
    if not is_known_zone(shift_type.zone):
        problems["zone"] = QCoreApplication.translate(
            "ShiftTypesDialog", "Pick a time zone from the list or type an IANA name."
        )
    span = (_minutes(shift_type.end) - _minutes(shift_type.start)) % (24 * 60) or 24 * 60
    if shift_type.unpaid_break_minutes >= span:
        problems["break"] = QCoreApplication.translate(
            "ShiftTypesDialog", "The break is as long as the shift ({0} min)."
        ).format(span)
    return problems


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


class ShiftTypesDialog(PlanDialog):
    """Add, change and remove shift types; OK applies them all as one undoable change."""

    def __init__(self, session: PlanSession, today: date, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Shift types"))
        self.today = today
        self.model = ShiftTypeModel(self.original.shift_types, self)
        self._loading = False
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        layout.addLayout(columns, 1)
        columns.addLayout(self._list_column())
        self.form_widget = QWidget()
        columns.addWidget(self.form_widget, 2)
        self._build_form(QFormLayout(self.form_widget))
        self.finish(layout)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._show_row()

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(12, 12))
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_row())
        column.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a new shift type"))
        self.add_button.clicked.connect(self.add_type)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the chosen shift type"))
        self.remove_button.clicked.connect(self.remove_type)
        column.addWidget(row_widget(self.add_button, self.remove_button))
        self.list_note = ProblemLabel()
        column.addWidget(self.list_note)
        return column

    def _build_form(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. US graveyard"))
        self.start = _time_edit()
        self.end = _time_edit()
        self.end.setToolTip(
            self.tr("An end at or before the start means the shift ends the next day.")
        )
        self.zone = ZoneCombo()
        self.zone.setToolTip(self.tr("The zone the schedule is set in: your client's, or Manila."))
        self.unpaid_break = QSpinBox()
        self.unpaid_break.setRange(0, 720)
        self.unpaid_break.setSingleStep(15)
        self.unpaid_break.setSuffix(self.tr(" min"))
        self.colour_button = QPushButton(self.tr("Choose…"))
        self.colour_button.clicked.connect(self._choose_colour)
        self.default_colour = QPushButton(self.tr("Automatic"))
        self.default_colour.setToolTip(self.tr("Colour the shift by its time of day"))
        self.default_colour.clicked.connect(lambda: self.set_colour(None))
        self.colour_swatch = QLabel()
        self.colour_swatch.setFixedSize(24, 24)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.notes.add_row(form, self.tr("Name:"), self.name)
        self.notes.add_row(form, self.tr("Starts:"), self.start)
        self.notes.add_row(form, self.tr("Ends:"), self.end)
        self.notes.add_row(form, self.tr("Time zone:"), self.zone)
        self.notes.add_row(form, self.tr("Unpaid break:"), self.unpaid_break)
        form.addRow(
            self.tr("Colour:"),
            row_widget(self.colour_swatch, self.colour_button, self.default_colour),
        )
        form.addRow(self.tr("At home:"), self.preview)
        self.name.textEdited.connect(lambda _: self._form_changed())
        self.start.timeChanged.connect(lambda _: self._form_changed())
        self.end.timeChanged.connect(lambda _: self._form_changed())
        self.zone.zone_changed.connect(self._form_changed)
        self.unpaid_break.valueChanged.connect(lambda _: self._form_changed())

    def current_row(self) -> int:
        """The row the form shows, or -1."""
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def add_type(self) -> None:
        """Add a new shift type, in the home zone, and show it in the form."""
        taken = {t.id for t in self.model.types()}
        name = self.tr("New shift")
        new = ShiftType(unique_id(name, taken), name, time(9), time(18), self.original.home_zone)
        row = self.model.append(new)
        self.list.setCurrentIndex(self.model.index(row))
        self.name.setFocus()
        self.name.selectAll()

    def remove_type(self) -> None:
        """Remove the chosen type, unless the rotation or a day change still uses it."""
        row = self.current_row()
        if row < 0:
            return
        used_by = _uses(self.original, self.model.at(row).id)
        if used_by:
            self.list_note.say(used_by)
            return
        self.list_note.say("")
        self.model.remove(row)
        self._show_row()

    def set_colour(self, colour: str | None) -> None:
        """Give the chosen type its own colour ("#rrggbb"), or None for the automatic one."""
        row = self.current_row()
        if row >= 0:
            self.model.set_at(row, replace(self.model.at(row), color=colour))
            self._show_row()

    def _choose_colour(self) -> None:
        row = self.current_row()
        start = QColor(self.model.at(row).color or "#4b5cc4") if row >= 0 else QColor()
        chosen = QColorDialog.getColor(start, self, self.tr("Shift colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())

    def _show_row(self) -> None:
        row = self.current_row()
        self.form_widget.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            shift_type = self.model.at(row)
            self._loading = True
            self.name.setText(shift_type.name)
            self.start.setTime(QTime(shift_type.start.hour, shift_type.start.minute))
            self.end.setTime(QTime(shift_type.end.hour, shift_type.end.minute))
            self.zone.set_zone(shift_type.zone)
            self.unpaid_break.setValue(shift_type.unpaid_break_minutes)
            self._loading = False
            swatch = shift_type.color or "transparent"
            self.colour_swatch.setStyleSheet(f"background: {swatch}; border: 1px solid gray")
        self.revalidate()

    def _form_changed(self) -> None:
        row = self.current_row()
        if self._loading or row < 0:
            return
        start, end = self.start.time(), self.end.time()
        self.model.set_at(
            row,
            replace(
                self.model.at(row),
                name=self.name.text().strip(),
                start=time(start.hour(), start.minute()),
                end=time(end.hour(), end.minute()),
                zone=self.zone.zone() or self.zone.currentText().strip(),
                unpaid_break_minutes=self.unpaid_break.value(),
            ),
        )
        self.revalidate()

    def field_problems(self) -> dict[QWidget, str]:
        types = list(self.model.types())
        row = self.current_row()
        fields = {"name": self.name, "zone": self.zone, "break": self.unpaid_break}
        problems: dict[QWidget, str] = {}
        for index, shift_type in enumerate(types):
            found = type_problems(shift_type, types[:index] + types[index + 1 :])
            if index == row:
                problems.update({fields[key]: text for key, text in found.items()})
            elif found:
                problems[self.list] = self.tr("Fix “{0}” first: {1}").format(
                    shift_type.name, next(iter(found.values()))
                )
        self.list_note.say(problems.get(self.list, ""))
        self._update_preview(problems)
        return problems

    def _update_preview(self, problems: dict[QWidget, str]) -> None:
        row = self.current_row()
        if row < 0 or problems.get(self.zone):
            self.preview.clear()
            return
        preview = zone_preview(self.model.at(row), self.original.home_zone, self.today)
        home = friendly_name(self.original.home_zone)
        text = self.tr("In {0}: {1} now").format(home, _hours(preview.now))
        if preview.change_on is not None and preview.after is not None:
            when = QLocale().toString(
                QDate(preview.change_on.year, preview.change_on.month, preview.change_on.day),
                "ddd d MMM",
            )
            text += "\n" + self.tr("from {0}: {1}").format(when, _hours(preview.after))
        else:
            text += "\n" + self.tr("no clock change ahead")
        self.preview.setText(text)

    def build_plan(self) -> Plan:
        """The plan with the listed types; a type added here gets an id made from its name."""
        kept = {t.id for t in self.original.shift_types}
        taken = set(kept)
        types = []
        for shift_type in self.model.types():
            if shift_type.id not in kept:
                shift_type = replace(shift_type, id=unique_id(shift_type.name, taken))
            taken.add(shift_type.id)
            types.append(shift_type)
        return replace(self.original, shift_types=tuple(types))

    def undo_text(self) -> str:
        return self.tr("Change shift types")


def _hours(times: HomeTimes) -> str:
    text = f"{format_clock(times.start)}-{format_clock(times.end)}"
    if times.start_day_offset > 0:
        text += " " + ShiftTypesDialog.tr("(next day)")
    elif times.start_day_offset < 0:
        text += " " + ShiftTypesDialog.tr("(day before)")
    return text


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setWrapping(True)
    return edit


def _uses(plan: Plan, type_id: str) -> str:
    """Why a shift type cannot be removed ('' if nothing uses it)."""
    for rotation in plan.rotations:
        if type_id in rotation.cycle:
            return QCoreApplication.translate(
                "ShiftTypesDialog",
                "The rotation from {0} uses this shift; change the rotation first.",
            ).format(rotation.start_date.isoformat())
    for change in plan.changes:
        if change.shift == type_id:
            return QCoreApplication.translate(
                "ShiftTypesDialog", "The change on {0} uses this shift; remove that change first."
            ).format(change.date.isoformat())
    return ""
