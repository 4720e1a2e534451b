"""The habits editor: self-care (or light study) sessions a week, with when they may happen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import Habit
from shiftplanner.core.plan import Plan
from shiftplanner.ui.editors.base import unique_id
from shiftplanner.ui.editors.choices import days_combo, priority_combo, select_data
from shiftplanner.ui.editors.listform import ListFormDialog
from shiftplanner.ui.editors.windows import WindowEditor, window_problem
from shiftplanner.ui.session import PlanSession


class HabitsDialog(ListFormDialog[Habit]):
    """Add, change and remove habits; OK applies them all as one undoable change."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, session.plan.habits if session.plan else (), parent)
        self.setWindowTitle(self.tr("Habits"))
        self.add_button.setToolTip(self.tr("Add a habit such as exercise or family time"))
        self._build_form()
        self.start()

    def _build_form(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Exercise"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Self-care"), BlockKind.SELF_CARE)
        self.kind.addItem(self.tr("Study (kept out of the small hours)"), BlockKind.STUDY)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 720)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(self.tr(" min"))
        self.per_week = QSpinBox()
        self.per_week.setRange(1, 21)
        self.per_week.setSuffix(self.tr(" times a week"))
        self.window = WindowEditor()
        self.priority = priority_combo()
        self.days = days_combo()
        self.notes.add_row(self.form, self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.notes.add_row(self.form, self.tr("Session:"), self.minutes)
        self.form.addRow(self.tr("How often:"), self.per_week)
        self.notes.add_row(self.form, self.tr("When:"), self.window)
        self.form.addRow(self.tr("Priority:"), self.priority)
        self.form.addRow(self.tr("Days:"), self.days)
        self.name.textEdited.connect(lambda _: self.form_changed())
        self.kind.currentIndexChanged.connect(lambda _: self.form_changed())
        self.minutes.valueChanged.connect(lambda _: self.form_changed())
        self.per_week.valueChanged.connect(lambda _: self.form_changed())
        self.window.window_changed.connect(self.form_changed)
        self.priority.currentIndexChanged.connect(lambda _: self.form_changed())
        self.days.currentIndexChanged.connect(lambda _: self.form_changed())

    def new_item(self) -> Habit:
        taken = {h.id for h in self.items}
        name = self.tr("New habit")
        return Habit(unique_id(name, taken), name, 30, 3)

    def item_text(self, item: Habit) -> str:
        return self.tr("{0} ({1} min, {2} times a week)").format(
            item.name, item.minutes, item.per_week
        )

    def show_item(self, item: Habit) -> None:
        self.name.setText(item.name)
        select_data(self.kind, item.kind)
        self.minutes.setValue(item.minutes)
        self.per_week.setValue(item.per_week)
        self.window.set_window(item.window)
        select_data(self.priority, item.priority)
        select_data(self.days, item.days)

    def read_form(self, item: Habit) -> Habit:
        minutes = self.minutes.value()
        # Keep a file's shortest and longest lengths, stretched to take the new preferred one.
        shortest = None if item.min_minutes is None else min(item.min_minutes, minutes)
        longest = None if item.max_minutes is None else max(item.max_minutes, minutes)
        return replace(
            item,
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            minutes=minutes,
            min_minutes=shortest,
            max_minutes=longest,
            per_week=self.per_week.value(),
            window=self.window.window(),
            priority=self.priority.currentData(),
            days=self.days.currentData(),
        )

    def item_problems(self, item: Habit, others: list[Habit]) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        name = item.name.strip()
        if not name:
            problems[self.name] = self.tr("Give the habit a name.")
        elif any(o.name.strip().casefold() == name.casefold() for o in others):
            problems[self.name] = self.tr("Another habit already has this name.")
        problem = window_problem(item.window, item.shortest)
        if problem:
            problems[self.window] = problem
        return problems

    def build_plan(self) -> Plan:
        kept = {h.id for h in self.original.habits}
        taken = set(kept)
        habits = []
        for habit in self.items:
            if habit.id not in kept:
                habit = replace(habit, id=unique_id(habit.name, taken))
            taken.add(habit.id)
            habits.append(habit)
        return replace(self.original, habits=tuple(habits))

    def undo_text(self) -> str:
        return self.tr("Change habits")
