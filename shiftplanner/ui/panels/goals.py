"""The goals panel: per certification goal, hours done / planned / target, pace and finish."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from shiftplanner.core.goals import Goal
from shiftplanner.core.progress import GoalProgress, GoalStatus
from shiftplanner.ui import theme

_STATUS_WORDS = {
    GoalStatus.ON_TRACK: "On track",
    GoalStatus.AT_RISK: "At risk",
    GoalStatus.BEHIND: "Behind",
}


def _day_text(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def _hours(value: float) -> str:
    return f"{value:.1f} h"


class GoalCard(QFrame):
    """One goal: name, progress bar, the numbers and a status in its colour."""

    def __init__(self, goal: Goal, progress: GoalProgress | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        done = progress.done_hours if progress is not None else goal.done_minutes / 60
        self.bar = QProgressBar()
        self.bar.setRange(0, max(1, round(goal.target_hours * 10)))
        self.bar.setValue(min(self.bar.maximum(), round(done * 10)))
        self.bar.setFormat(f"{_hours(done)} of {_hours(goal.target_hours)}")
        self.bar.setAccessibleName(f"{goal.name} progress")
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.status = QLabel()
        layout.addWidget(QLabel(f"<b>{goal.name}</b> &middot; exam {_day_text(goal.deadline)}"))
        layout.addWidget(self.bar)
        layout.addWidget(self.numbers)
        layout.addWidget(self.status)
        if progress is None:
            self.numbers.setText(
                f"{_hours(done)} done of {_hours(goal.target_hours)}. Planned hours, pace and "
                "a projected finish appear once study sessions are planned."
            )
            self.status.hide()
        else:
            self._show_progress(goal, progress)

    def _show_progress(self, goal: Goal, progress: GoalProgress) -> None:
        finish = (
            _day_text(progress.projected_finish)
            if progress.projected_finish is not None
            else "not at the planned pace"
        )
        self.numbers.setText(
            f"Done {_hours(progress.done_hours)} · planned {_hours(progress.planned_hours)} · "
            f"target {_hours(goal.target_hours)}<br>"
            f"Pace needed {_hours(progress.required_hours_per_week)}/week · "
            f"projected finish {finish}"
        )
        colour = theme.STATUS_COLOURS[progress.status]
        self.status.setText(f'<b style="color:{colour}">● {_STATUS_WORDS[progress.status]}</b>')
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")


class GoalsPanel(QWidget):
    """Every certification goal of the plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(QLabel("<b>Certification goals</b>"))
        self.empty = QLabel("No study goal yet.")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self.cards: list[GoalCard] = []

    def set_goals(self, goals: tuple[Goal, ...], progress: dict[str, GoalProgress]) -> None:
        """Show each goal with its progress when placement has computed it."""
        for card in self.cards:
            self._layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = [GoalCard(goal, progress.get(goal.id)) for goal in goals]
        for index, card in enumerate(self.cards):
            self._layout.insertWidget(2 + index, card)
        self.empty.setVisible(not goals)
