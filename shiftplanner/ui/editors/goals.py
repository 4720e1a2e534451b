"""The goals editor: certification goals with target hours, exam date, session lengths and
preferred study times."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.goals import ClockWindow, Goal, Window
from shiftplanner.core.plan import Plan
from shiftplanner.ui.editors.base import unique_id
from shiftplanner.ui.editors.choices import days_combo, priority_combo, select_data
from shiftplanner.ui.editors.fields import row_widget
from shiftplanner.ui.editors.listform import ListFormDialog
from shiftplanner.ui.editors.windows import WindowEditor, window_problem, window_text
from shiftplanner.ui.session import PlanSession

DEFAULT_WEEKS_TO_EXAM = 12


class GoalsDialog(ListFormDialog[Goal]):
    """Add, change and remove study goals; OK applies them all as one undoable change."""

    def __init__(self, session: PlanSession, today: date, parent: QWidget | None = None) -> None:
        super().__init__(session, session.plan.goals if session.plan else (), parent)
        self.setWindowTitle(self.tr("Study goals"))
        self.today = today
        self.add_button.setToolTip(self.tr("Add a certification goal"))
        self._build_form()
        self.start()

    def _build_form(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. CX certification"))
        self.target = QDoubleSpinBox()
        self.target.setRange(0.25, 10_000)
        self.target.setDecimals(1)
        self.target.setSuffix(self.tr(" h"))
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("ddd d MMM yyyy")
        self.shortest = _minutes_spin()
        self.longest = _minutes_spin()
        self.session_row = row_widget(self.shortest, QLabel(self.tr("to")), self.longest)
        self.windows = QListWidget()
        self.windows.setMaximumHeight(80)
        self.windows.currentRowChanged.connect(lambda _: self._show_window())
        self.window = WindowEditor()
        add_window = QPushButton(self.tr("Add a time"))
        add_window.clicked.connect(self.add_window)
        self.remove_window = QPushButton(self.tr("Remove the time"))
        self.remove_window.clicked.connect(self.drop_window)
        windows_box = QWidget()
        column = QVBoxLayout(windows_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.windows)
        column.addWidget(self.window)
        column.addWidget(row_widget(add_window, self.remove_window))
        self.windows_box = windows_box
        self.priority = priority_combo()
        self.days = days_combo()
        self.progress = QLabel()
        self.notes.add_row(self.form, self.tr("Name:"), self.name)
        self.notes.add_row(self.form, self.tr("Target:"), self.target)
        self.notes.add_row(self.form, self.tr("Exam date:"), self.deadline)
        self.notes.add_row(self.form, self.tr("Sessions:"), self.session_row)
        self.notes.add_row(self.form, self.tr("Preferred times:"), self.windows_box)
        self.form.addRow(self.tr("Priority:"), self.priority)
        self.form.addRow(self.tr("Days:"), self.days)
        self.form.addRow(self.tr("Done so far:"), self.progress)
        self.name.textEdited.connect(lambda _: self.form_changed())
        self.target.valueChanged.connect(lambda _: self.form_changed())
        self.deadline.dateChanged.connect(lambda _: self.form_changed())
        self.shortest.valueChanged.connect(lambda _: self.form_changed())
        self.longest.valueChanged.connect(lambda _: self.form_changed())
        self.window.window_changed.connect(self._window_edited)
        self.priority.currentIndexChanged.connect(lambda _: self.form_changed())
        self.days.currentIndexChanged.connect(lambda _: self.form_changed())

    def new_item(self) -> Goal:
        taken = {g.id for g in self.items}
        name = self.tr("New goal")
        deadline = self.today + timedelta(weeks=DEFAULT_WEEKS_TO_EXAM)
        return Goal(unique_id(name, taken), name, 40, deadline)

    def item_text(self, item: Goal) -> str:
        return self.tr("{0} ({1:g} h by {2})").format(
            item.name, item.target_hours, item.deadline.isoformat()
        )

    def show_item(self, item: Goal) -> None:
        self.name.setText(item.name)
        self.target.setValue(item.target_hours)
        self.deadline.setDate(QDate(item.deadline.year, item.deadline.month, item.deadline.day))
        self.shortest.setValue(item.min_session_minutes)
        self.longest.setValue(item.max_session_minutes)
        select_data(self.priority, item.priority)
        select_data(self.days, item.days)
        self._fill_windows(item.windows, 0 if item.windows else -1)
        hours = item.done_minutes / 60
        self.progress.setText(
            self.tr("{0:g} h in %n session(s)", "", len(item.log)).format(round(hours, 1))
        )

    def read_form(self, item: Goal) -> Goal:
        deadline = self.deadline.date()
        return replace(
            item,
            name=self.name.text().strip(),
            target_hours=self.target.value(),
            deadline=date(deadline.year(), deadline.month(), deadline.day()),
            min_session_minutes=self.shortest.value(),
            max_session_minutes=self.longest.value(),
            priority=self.priority.currentData(),
            days=self.days.currentData(),
        )

    def item_problems(self, item: Goal, others: list[Goal]) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        name = item.name.strip()
        if not name:
            problems[self.name] = self.tr("Give the goal a name.")
        elif any(o.name.strip().casefold() == name.casefold() for o in others):
            problems[self.name] = self.tr("Another goal already has this name.")
        if item.max_session_minutes < item.min_session_minutes:
            problems[self.session_row] = self.tr(
                "The longest session is shorter than the shortest."
            )
        for window in item.windows:
            problem = window_problem(window, item.min_session_minutes)
            if problem:
                problems[self.windows_box] = f"{window_text(window)}: {problem}"
        return problems

    def add_window(self) -> None:
        """Add a preferred time (19:00-23:00 to start with) to the chosen goal."""
        row = self.current_row()
        if row < 0:
            return
        windows = (*self.items[row].windows, self._default_window())
        self._set_windows(row, windows, len(windows) - 1)

    def drop_window(self) -> None:
        """Remove the chosen preferred time."""
        row, index = self.current_row(), self.windows.currentRow()
        if row < 0 or index < 0:
            return
        windows = self.items[row].windows[:index] + self.items[row].windows[index + 1 :]
        self._set_windows(row, windows, min(index, len(windows) - 1))

    def _default_window(self) -> Window:
        return ClockWindow(time(19), time(23))

    def _set_windows(self, row: int, windows: tuple[Window, ...], selected: int) -> None:
        self.items[row] = replace(self.items[row], windows=windows)
        self._fill_windows(windows, selected)
        self.revalidate()

    def _fill_windows(self, windows: tuple[Window, ...], selected: int) -> None:
        self.windows.blockSignals(True)
        self.windows.clear()
        for window in windows:
            self.windows.addItem(window_text(window))
        self.windows.blockSignals(False)
        self.windows.setCurrentRow(selected)
        self._show_window()

    def _show_window(self) -> None:
        """Show the chosen preferred time; a goal without any shows "Any free time"."""
        row, index = self.current_row(), self.windows.currentRow()
        if row < 0:
            self.window.setEnabled(False)
            self.remove_window.setEnabled(False)
            return
        windows = self.items[row].windows
        has_window = 0 <= index < len(windows)
        self.window.setEnabled(has_window or not windows)
        self.remove_window.setEnabled(has_window)
        self.window.set_window(windows[index] if has_window else None)

    def _window_edited(self) -> None:
        row, index = self.current_row(), self.windows.currentRow()
        if self._loading or row < 0:
            return
        windows = self.items[row].windows
        window = self.window.window()
        if window is None:
            # Sessions may go in any one of the times, so any free time leaves the others
            # nothing to limit: the goal has no preferred times left.
            self._set_windows(row, (), -1)
        elif index < 0:
            self._set_windows(row, (*windows, window), len(windows))
        else:
            self.items[row] = replace(
                self.items[row], windows=(*windows[:index], window, *windows[index + 1 :])
            )
            self.windows.item(index).setText(window_text(window))
            self.revalidate()

    def build_plan(self) -> Plan:
        kept = {g.id for g in self.original.goals}
        taken = set(kept)
        goals = []
        for goal in self.items:
            if goal.id not in kept:
                goal = replace(goal, id=unique_id(goal.name, taken))
            taken.add(goal.id)
            goals.append(goal)
        return replace(self.original, goals=tuple(goals))

    def undo_text(self) -> str:
        return self.tr("Change study goals")


def _minutes_spin() -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(15, 600)
    spin.setSingleStep(15)
    spin.setSuffix(GoalsDialog.tr(" min"))
    return spin
