"""The right-click menu of a day: give it another shift, a rest day, or overtime."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import roster_entry
from shiftplanner.core.rotation import rotation_entry
from shiftplanner.core.shifts import OFF
from shiftplanner.services.editing import (
    OVERTIME_LABEL,
    PlanEdit,
    add_overtime,
    extra_behind,
    remove_extra,
    set_day_shift,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.weekview.model import BoardItem
from shiftplanner.ui.wording import error_message

OVERTIME_HOURS = (1, 2, 4)


class DayMenu(QMenu):
    """Actions for one roster date; each one pushes an undoable edit on the session."""

    def __init__(
        self,
        session: PlanSession,
        plan: Plan,
        day: date,
        item: BoardItem | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.plan = plan
        self.day = day
        label = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")
        self.addSection(label)
        self._shift_choices()
        self._overtime(item)

    def _shift_choices(self) -> None:
        current, change = roster_entry(self.plan, self.day)
        group = QActionGroup(self)
        for shift_type in self.plan.shift_types:
            action = self.addAction(self.tr("Work {shift}").format(shift=shift_type.name))
            action.setCheckable(True)
            action.setChecked(current == shift_type.id)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, t=shift_type.id: self._set_shift(t))
        rest = self.addAction(self.tr("Rest day (off)"))
        rest.setCheckable(True)
        rest.setChecked(current in (OFF, None))
        rest.setActionGroup(group)
        rest.triggered.connect(lambda: self._set_shift(OFF))
        rotation = rotation_entry(self.plan.rotations, self.day)
        if change is not None and rotation is not None:
            self.addSeparator()
            back_text = self.tr("Back to the rotation")
            back = self.addAction(back_text)
            back.setToolTip(
                self.tr("Remove the one-off change ({change})").format(
                    change=change.note or change.shift
                )
            )
            back.triggered.connect(
                lambda: self._push(lambda: set_day_shift(self.plan, self.day, rotation), back_text)
            )

    def _overtime(self, item: BoardItem | None) -> None:
        current, _ = roster_entry(self.plan, self.day)
        self.addSeparator()
        overtime = self.addMenu(self.tr("Overtime"))
        if current in (OFF, None):
            for shift_type in self.plan.shift_types:
                action = overtime.addAction(
                    self.tr("Work {shift} as overtime").format(shift=shift_type.name)
                )
                action.triggered.connect(
                    lambda _=False, t=shift_type.id: self._set_shift(t, OVERTIME_LABEL.lower())
                )
        else:
            for hours in OVERTIME_HOURS:
                action = overtime.addAction(
                    self.tr("{hours} h after the shift").format(hours=hours)
                )
                action.triggered.connect(
                    lambda _=False, h=hours: self._push(
                        lambda: add_overtime(self.plan, self.day, h),
                        self.tr("{hours} h overtime").format(hours=h),
                    )
                )
        overtime.setEnabled(not overtime.isEmpty())
        shift = item.shift if item is not None else None
        extra = extra_behind(self.plan, shift) if shift is not None else None
        if shift is not None and extra is not None:
            remove_text = self.tr("Remove {shift}")
            remove = self.addAction(remove_text.format(shift=shift.name.lower()))
            remove.triggered.connect(
                lambda: self._push(
                    lambda: remove_extra(extra), remove_text.format(shift=shift.name)
                )
            )

    def _set_shift(self, type_id: str, note: str = "") -> None:
        name = self.tr("rest day") if type_id == OFF else self.plan.shift_type(type_id).name
        self._push(lambda: set_day_shift(self.plan, self.day, type_id, note), f"{self.day}: {name}")

    def _push(self, make: Callable[[], PlanEdit], text: str) -> None:
        try:
            edit = make()
        except UserFacingError as error:
            self.session.error_raised.emit(error_message(error.text))
            return
        self.session.push(edit, text)
