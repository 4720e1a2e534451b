"""The habits editor: self-care (or light study) sessions a week, with when they may happen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import Habit
from shiftplanner.core.plan import Plan
from shiftplanner.ui.editors.base import unique_id
from shiftplanner.ui.editors.choices import days_combo, priority_combo, select_data
from shiftplanner.ui.editors.fields import row_widget
from shiftplanner.ui.editors.listform import ListFormDialog
from shiftplanner.ui.editors.windows import WindowEditor, window_problem
from shiftplanner.ui.session import PlanSession

# The plan file's range for a session's length and its limits (plan-file-goals-and-habits.md).
MIN_SESSION_MINUTES = 5
MAX_SESSION_MINUTES = 720


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
        self.minutes = self._minutes_spin()
        self.has_shortest = QCheckBox(self.tr("can be shorter when the day is tight, down to"))
        self.shortest = self._minutes_spin()
        self.shortest_row = row_widget(self.has_shortest, self.shortest)
        self.has_longest = QCheckBox(self.tr("can be longer if there is room, up to"))
        self.longest = self._minutes_spin()
        self.longest_row = row_widget(self.has_longest, self.longest)
        self.per_week = QSpinBox()
        self.per_week.setRange(1, 21)
        self.per_week.setSuffix(self.tr(" times a week"))
        # Shown at the minimum, so one session a week does not read "1 times a week".
        self.per_week.setSpecialValueText(self.tr("once a week"))
        self.window = WindowEditor()
        self.priority = priority_combo()
        self.days = days_combo()
        self._lay_out()
        self._connect()

    def _minutes_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(MIN_SESSION_MINUTES, MAX_SESSION_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        return spin

    def _lay_out(self) -> None:
        self.notes.add_row(self.form, self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.notes.add_row(self.form, self.tr("Session:"), self.minutes)
        self.notes.add_row(self.form, self.tr("Shortest:"), self.shortest_row)
        self.notes.add_row(self.form, self.tr("Longest:"), self.longest_row)
        self.form.addRow(self.tr("How often:"), self.per_week)
        self.notes.add_row(self.form, self.tr("When:"), self.window)
        self.form.addRow(self.tr("Priority:"), self.priority)
        self.form.addRow(self.tr("Days:"), self.days)

    def _connect(self) -> None:
        self.name.textEdited.connect(lambda _: self.form_changed())
        for combo in (self.kind, self.priority, self.days):
            combo.currentIndexChanged.connect(lambda _: self.form_changed())
        self.minutes.valueChanged.connect(lambda _: self._minutes_changed())
        for spin in (self.shortest, self.longest, self.per_week):
            spin.valueChanged.connect(lambda _: self.form_changed())
        for box, spin in self._limits():
            box.toggled.connect(spin.setEnabled)
            box.toggled.connect(lambda _: self.form_changed())
        self.window.window_changed.connect(self.form_changed)

    def _limits(self) -> tuple[tuple[QCheckBox, QSpinBox], ...]:
        return (self.has_shortest, self.shortest), (self.has_longest, self.longest)

    def _minutes_changed(self) -> None:
        # An unticked limit follows the session, ready to be ticked and nudged from there.
        for box, spin in self._limits():
            if not box.isChecked():
                spin.blockSignals(True)
                spin.setValue(self.minutes.value())
                spin.blockSignals(False)
        self.form_changed()

    def new_item(self) -> Habit:
        taken = {h.id for h in self.items}
        name = self.tr("New habit")
        return Habit(unique_id(name, taken), name, 30, 3)

    def item_text(self, item: Habit) -> str:
        if item.shortest == item.longest:
            length = str(item.minutes)
        else:
            length = f"{item.shortest}-{item.longest}"
        return self.tr("{0} ({1} min, %n time(s) a week)", "", item.per_week).format(
            item.name, length
        )

    def show_item(self, item: Habit) -> None:
        self.name.setText(item.name)
        select_data(self.kind, item.kind)
        self.minutes.setValue(item.minutes)
        _show_limit(self.has_shortest, self.shortest, item.min_minutes, item.minutes)
        _show_limit(self.has_longest, self.longest, item.max_minutes, item.minutes)
        self.per_week.setValue(item.per_week)
        self.window.set_window(item.window)
        select_data(self.priority, item.priority)
        select_data(self.days, item.days)

    def read_form(self, item: Habit) -> Habit:
        return replace(
            item,
            name=self.name.text().strip(),
            kind=self.kind.currentData(),
            minutes=self.minutes.value(),
            min_minutes=self.shortest.value() if self.has_shortest.isChecked() else None,
            max_minutes=self.longest.value() if self.has_longest.isChecked() else None,
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
        if item.shortest > item.minutes:
            problems[self.shortest_row] = self.tr(
                "The shortest session is longer than the usual {0} min."
            ).format(item.minutes)
        if item.longest < item.minutes:
            problems[self.longest_row] = self.tr(
                "The longest session is shorter than the usual {0} min."
            ).format(item.minutes)
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


def _show_limit(box: QCheckBox, spin: QSpinBox, limit: int | None, minutes: int) -> None:
    """A shortest or longest length: ticked with its value, or unticked at the session's."""
    box.setChecked(limit is not None)
    spin.setEnabled(limit is not None)
    spin.setValue(minutes if limit is None else limit)
