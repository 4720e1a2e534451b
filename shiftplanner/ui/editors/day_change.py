"""The "Change a day" dialog: swap, rest day, leave, overtime or an extra shift on one date.

It makes the same edits as the board's right-click menu, so they undo the same way.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.roster import roster_entry
from shiftplanner.core.shifts import OFF, ExtraShift
from shiftplanner.services.editing import (
    OVERTIME_LABEL,
    ExtraEdit,
    PlanEdit,
    add_overtime,
    set_day_shift,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.fields import row_widget
from shiftplanner.ui.editors.zones import ZoneCombo
from shiftplanner.ui.session import PlanSession

SWAP, OFF_DAY, LEAVE, OVERTIME, EXTRA = range(5)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def _pytime(clock: QTime) -> time:
    return time(clock.hour(), clock.minute())


class DayChangeDialog(PlanDialog):
    """One change to one date, applied as one undoable edit."""

    def __init__(self, session: PlanSession, day: date, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Change a day"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.day = QDateEdit(QDate(day.year, day.month, day.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd d MMMM yyyy")
        self.current = QLabel()
        form.addRow(self.tr("Date:"), self.day)
        form.addRow(self.tr("Now:"), self.current)
        self.kinds = QButtonGroup(self)
        self._build_choices(form)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. swapped with Ben"))
        form.addRow(self.tr("Note:"), self.note)
        self.finish(layout)
        for signal in (
            self.day.dateChanged,
            self.kinds.idToggled,
            self.swap_to.currentIndexChanged,
            self.leave_kind.currentIndexChanged,
            self.overtime_hours.valueChanged,
            self.extra_start.timeChanged,
            self.extra_end.timeChanged,
            self.extra_label.textChanged,
            self.note.textChanged,
        ):
            signal.connect(lambda *_: self.revalidate())
        self.extra_zone.zone_changed.connect(self.revalidate)
        self.revalidate()

    def _build_choices(self, form: QFormLayout) -> None:
        self.swap_to = QComboBox()
        for shift_type in self.original.shift_types:
            self.swap_to.addItem(shift_type.name, shift_type.id)
        self.leave_kind = QComboBox()
        for leave in (
            self.tr("vacation leave"),
            self.tr("sick leave"),
            self.tr("emergency leave"),
            self.tr("holiday"),
        ):
            self.leave_kind.addItem(leave)
        self.overtime_hours = QDoubleSpinBox()
        self.overtime_hours.setRange(0.5, 8)
        self.overtime_hours.setSingleStep(0.5)
        self.overtime_hours.setValue(2)
        self.overtime_hours.setSuffix(self.tr(" h after the shift"))
        self.extra_start = _time_edit(time(9))
        self.extra_end = _time_edit(time(13))
        self.extra_zone = ZoneCombo()
        self.extra_zone.set_zone(self.original.home_zone)
        self.extra_label = QLineEdit(self.tr("Training"))
        self.extra_row = row_widget(
            self.extra_start,
            QLabel(self.tr("to")),
            self.extra_end,
            self.extra_zone,
            self.extra_label,
        )
        rows = (
            (SWAP, self.tr("Work another shift"), self.swap_to),
            (OFF_DAY, self.tr("Rest day"), None),
            (LEAVE, self.tr("Leave"), self.leave_kind),
            (OVERTIME, self.tr("Overtime"), self.overtime_hours),
            (EXTRA, self.tr("Extra shift"), self.extra_row),
        )
        self.fields = {kind: field for kind, _, field in rows if field is not None}
        for kind, text, field in rows:
            button = QRadioButton(text)
            self.kinds.addButton(button, kind)
            form.addRow(button)
            if field is not None:
                self.notes.add_row(form, "", field)
        self.kinds.button(SWAP if self.original.shift_types else OFF_DAY).setChecked(True)

    def chosen_day(self) -> date:
        """The date in the form."""
        return _pydate(self.day.date())

    def field_problems(self) -> dict[QWidget, str]:
        self._show_current()
        kind = self.kinds.checkedId()
        for field_kind, field in self.fields.items():
            field.setEnabled(field_kind == kind)
        problems: dict[QWidget, str] = {}
        if kind == SWAP and self.swap_to.count() == 0:
            problems[self.swap_to] = self.tr("There are no shift types yet; add one first.")
        if kind == OVERTIME:
            entry, _ = roster_entry(self.original, self.chosen_day())
            if entry in (None, OFF):
                problems[self.overtime_hours] = self.tr(
                    "This is a rest day; choose “Work another shift” instead."
                )
        if kind == EXTRA and self.extra_zone.zone() is None:
            problems[self.extra_row] = self.tr(
                "Pick a time zone from the list or type an IANA name."
            )
        return problems

    def _show_current(self) -> None:
        entry, change = roster_entry(self.original, self.chosen_day())
        resting = entry is None or entry == OFF
        text = self.tr("rest day") if resting else self.original.shift_type(entry).name
        if change is not None:
            text += " " + self.tr("(changed: {0})").format(change.note or change.shift)
        self.current.setText(text)

    def make_edit(self) -> PlanEdit:
        """The edit the form describes: a day change or an extra duty."""
        day, kind, note = self.chosen_day(), self.kinds.checkedId(), self.note.text().strip()
        if kind == SWAP:
            return set_day_shift(self.original, day, self.swap_to.currentData(), note)
        if kind == OFF_DAY:
            return set_day_shift(self.original, day, OFF, note)
        if kind == LEAVE:
            leave = self.leave_kind.currentText()
            return set_day_shift(self.original, day, OFF, f"{leave}: {note}" if note else leave)
        if kind == OVERTIME:
            return add_overtime(self.original, day, self.overtime_hours.value())
        return ExtraEdit(None, self._extra(day))

    def _extra(self, day: date) -> ExtraShift:
        start, end = _pytime(self.extra_start.time()), _pytime(self.extra_end.time())
        end_day = day + timedelta(days=1) if end <= start else day
        zone_name = self.extra_zone.zone()
        if zone_name is None:
            raise UserFacingError(self.tr("unknown time zone"))
        return ExtraShift(
            start=datetime.combine(day, start),
            end=datetime.combine(end_day, end),
            zone=zone_name,
            label=self.extra_label.text().strip() or OVERTIME_LABEL,
        )

    def undo_text(self) -> str:
        when = QLocale().toString(self.day.date(), "ddd d MMM")
        button = self.kinds.checkedButton()
        return f"{when}: {button.text().lower() if button is not None else ''}"


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    edit.setWrapping(True)
    return edit
