"""The goals card: pace and finish while the exam is ahead, a plain note once it has passed."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from shiftplanner.core.goals import Goal
from shiftplanner.core.progress import GoalProgress, GoalStatus
from shiftplanner.ui.panels.goals import GoalsPanel

GOAL = Goal("cx-cert", "CX certification", 60, date(2026, 6, 30))
PROGRESS = GoalProgress(
    goal_id="cx-cert",
    done_hours=1.0,
    planned_hours=7.5,
    eligible_hours=500.0,
    required_hours_per_week=3.6,
    projected_finish=date(2026, 6, 28),
    status=GoalStatus.ON_TRACK,
)


@pytest.mark.parametrize(
    ("today", "shown", "hidden"),
    [
        (date(2026, 3, 8), "Pace needed 3.6 h/week", "has passed"),
        (date(2026, 6, 30), "Pace needed 3.6 h/week", "has passed"),
        (date(2026, 7, 1), "The exam date has passed", "Pace needed"),
    ],
)
def test_pace_is_shown_until_the_exam_date_passes(
    qtbot: QtBot, today: date, shown: str, hidden: str
) -> None:
    panel = GoalsPanel()
    qtbot.addWidget(panel)
    panel.set_goals((GOAL,), {"cx-cert": PROGRESS}, today)
    text = panel.cards[0].numbers.text()
    assert shown in text
    assert hidden not in text
    assert "Done 1.0 h · planned 7.5 h · target 60.0 h" in text
