"""The goals panel: per certification goal, hours done / planned / target, pace and finish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from shiftplanner.core.goals import Goal
from shiftplanner.core.progress import GoalProgress, GoalStatus
from shiftplanner.ui import theme

_STATUS_WORDS = {
    GoalStatus.ON_TRACK: QT_TRANSLATE_NOOP("GoalCard", "On track"),
    GoalStatus.AT_RISK: QT_TRANSLATE_NOOP("GoalCard", "At risk"),
    GoalStatus.BEHIND: QT_TRANSLATE_NOOP("GoalCard", "Behind"),
}


def _day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _hours(value: float) -> str:
    return f"{value:.1f} h"


class GoalCard(QFrame):
    """One goal: name, progress bar, the numbers and a status in its colour."""

    def __init__(
        self,
        goal: Goal,
        progress: GoalProgress | None,
        today: date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        done = progress.done_hours if progress is not None else goal.done_minutes / 60
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, round(goal.target_hours * 10)))
        self.bar.setValue(min(self.bar.maximum(), round(done * 10)))
        self.bar.setFormat(
            self.tr("{done} of {target}").format(
                done=_hours(done), target=_hours(goal.target_hours)
            )
        )
        self.bar.setAccessibleName(self.tr("{goal} progress").format(goal=goal.name))
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.status = QLabel()
        exam = self.tr("exam {date}").format(date=_day_text(goal.deadline))
        layout.addWidget(QLabel(f"<b>{goal.name}</b> &middot; {exam}"))
        layout.addWidget(self.bar)
        layout.addWidget(self.numbers)
        layout.addWidget(self.status)
        if progress is None:
            self.numbers.setText(
                self.tr(
                    "{done} done of {target}. Planned hours, pace and a projected finish "
                    "appear once study sessions are planned."
                ).format(done=_hours(done), target=_hours(goal.target_hours))
            )
            self.status.hide()
        else:
            self._show_progress(goal, progress, today)

    def _show_progress(self, goal: Goal, progress: GoalProgress, today: date) -> None:
        finish = (
            _day_text(progress.projected_finish)
            if progress.projected_finish is not None
            else self.tr("not at the planned pace")
        )
        amounts = self.tr("Done {done} · planned {planned} · target {target}").format(
            done=_hours(progress.done_hours),
            planned=_hours(progress.planned_hours),
            target=_hours(goal.target_hours),
        )
        if goal.deadline < today:
            pace = self.tr("The exam date has passed; if it moved, change it under Plan, Goals.")
        else:
            pace = self.tr("Pace needed {pace}/week · projected finish {finish}").format(
                pace=_hours(progress.required_hours_per_week), finish=finish
            )
        self.numbers.setText(f"{amounts}<br>{pace}")
        colour = theme.STATUS_COLOURS[progress.status.value]
        word = self.tr(_STATUS_WORDS[progress.status])
        self.status.setText(f'<b style="color:{colour}">● {word}</b>')
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")


class GoalsPanel(QWidget):
    """Every certification goal of the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Certification goals"))))
        self.empty = QLabel(self.tr("No study goal yet."))
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.cards: list[GoalCard] = []

    def set_goals(
        self, goals: tuple[Goal, ...], progress: dict[str, GoalProgress], today: date
    ) -> None:
        """Show each goal with its progress when placement has computed it."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = [GoalCard(goal, progress.get(goal.id), today) for goal in goals]
        for index, card in enumerate(self.cards):
            self._layout.insertWidget(2 + index, card)
        self.empty.setVisible(not goals)
