"""Logging a study session done: minutes on a date, counted toward a goal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.goals import StudySession
from shiftplanner.core.plan import Plan
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.session import PlanSession


class StudyLogDialog(PlanDialog):
    """Add one done session to a goal's log, as one undoable change."""

    def __init__(self, session: PlanSession, today: date, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Log study"))
        self.today = today
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.goal = QComboBox()
        for goal in self.original.goals:
            self.goal.addItem(goal.name, goal.id)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 720)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(60)
        self.minutes.setSuffix(self.tr(" min"))
        self.progress = QLabel()
        self.notes.add_row(form, self.tr("Goal:"), self.goal)
        self.notes.add_row(form, self.tr("Date:"), self.day)
        form.addRow(self.tr("Studied:"), self.minutes)
        form.addRow(self.tr("Done so far:"), self.progress)
        self.goal.currentIndexChanged.connect(lambda _: self.revalidate())
        self.day.dateChanged.connect(lambda _: self.revalidate())
        self.minutes.valueChanged.connect(lambda _: self.revalidate())
        self.finish(layout)

    def chosen_day(self) -> date:
        """The date in the form."""
        day = self.day.date()
        return date(day.year(), day.month(), day.day())

    def field_problems(self) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        goal = next((g for g in self.original.goals if g.id == self.goal.currentData()), None)
        if goal is None:
            problems[self.goal] = self.tr("There is no study goal yet; add one under Goals.")
            self.progress.clear()
        else:
            hours = goal.done_minutes / 60
            self.progress.setText(
                self.tr("{0:g} of {1:g} h").format(round(hours, 1), goal.target_hours)
            )
        if self.chosen_day() > self.today:
            problems[self.day] = self.tr("That date is still to come; log a session once done.")
        return problems

    def build_plan(self) -> Plan:
        done = StudySession(self.chosen_day(), self.minutes.value())
        goals = tuple(
            replace(g, log=(*g.log, done)) if g.id == self.goal.currentData() else g
            for g in self.original.goals
        )
        return replace(self.original, goals=goals)

    def undo_text(self) -> str:
        return self.tr("Log {0} min of study").format(self.minutes.value())
