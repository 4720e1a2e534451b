"""The goals and habits editors and the study log: valid input applies and undoes, bad input
is refused beside its field, cancel changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import (
    Anchor,
    ClockWindow,
    DayFilter,
    Goal,
    Habit,
    RelativeWindow,
    StudySession,
)
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.ui.editors.goals import GoalsDialog
from shiftplanner.ui.editors.habits import HabitsDialog
from shiftplanner.ui.editors.study_log import StudyLogDialog
from shiftplanner.ui.editors.windows import AFTER, ANY, BEFORE, CLOCK
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
TODAY = date(2026, 3, 10)
CERT = Goal(
    "cx-cert",
    "CX certification",
    60,
    date(2026, 6, 30),
    log=(StudySession(date(2026, 3, 1), 60),),
    windows=(ClockWindow(time(19), time(23)),),
)
WALK = Habit("walk", "Walk", 30, 3)
PLAN = Plan(
    person=Person("Ana", MANILA),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), "America/New_York", 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
    goals=(CERT,),
    habits=(WALK,),
)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


def _shown(qtbot: QtBot, dialog: GoalsDialog | HabitsDialog | StudyLogDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()


def test_a_new_goal_applies_and_undoes(qtbot: QtBot, session: PlanSession, english: None) -> None:
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    assert dialog.progress.text() == "1 h in 1 session"
    dialog.add_item()
    dialog.name.setText("AWS Cloud Practitioner")
    dialog.name.textEdited.emit("AWS Cloud Practitioner")
    dialog.target.setValue(30)
    dialog.deadline.setDate(QDate(2026, 5, 15))
    dialog.shortest.setValue(30)
    dialog.longest.setValue(60)
    dialog.add_window()
    dialog.window.mode.setCurrentIndex(AFTER)
    dialog.window.near.setValue(120)
    dialog.window.far.setValue(360)
    dialog.ok_button.click()
    assert session.plan is not None
    added = session.plan.goals[1]
    assert added.id == "aws-cloud-practitioner"
    assert (added.target_hours, added.deadline) == (30, date(2026, 5, 15))
    assert added.windows == (RelativeWindow(Anchor.WAKE, True, 120, 360),)
    assert session.plan.goals[0] == CERT
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_window_too_short_for_a_session_is_refused_beside_it(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    dialog.shortest.setValue(300)
    dialog.longest.setValue(300)
    assert "too short for a 300-minute session" in dialog.notes.problem_of(dialog.windows_box)
    assert not dialog.ok_button.isEnabled()
    dialog.longest.setValue(200)
    assert "shorter than the shortest" in dialog.notes.problem_of(dialog.session_row)
    dialog.ok_button.click()
    assert session.plan == PLAN


def test_any_free_time_lifts_a_goals_preferred_times_and_undoes(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    assert dialog.window.mode.currentIndex() == CLOCK
    dialog.window.mode.setCurrentIndex(ANY)
    assert dialog.windows.count() == 0
    assert dialog.window.isEnabled()
    assert not dialog.remove_window.isEnabled()
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.goals == (replace(CERT, windows=()),)
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_goal_with_any_free_time_gets_a_time_by_choosing_one(
    qtbot: QtBot, session_for: Callable[[Plan], PlanSession]
) -> None:
    anytime = replace(PLAN, goals=(replace(CERT, windows=()),))
    session = session_for(anytime)
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    assert dialog.window.isEnabled()
    assert dialog.window.mode.currentIndex() == ANY
    dialog.window.mode.setCurrentIndex(AFTER)
    dialog.window.near.setValue(120)
    dialog.window.far.setValue(360)
    assert [dialog.windows.item(i).text() for i in range(dialog.windows.count())] == [
        "120-360 min after waking"
    ]
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.goals[0].windows == (RelativeWindow(Anchor.WAKE, True, 120, 360),)


def test_cancel_after_any_free_time_keeps_the_goals_times(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    dialog.window.mode.setCurrentIndex(ANY)
    dialog.reject()
    assert session.plan == PLAN
    assert session.undo_stack.count() == 0


def test_a_goal_without_a_name_is_refused(qtbot: QtBot, session: PlanSession) -> None:
    dialog = GoalsDialog(session, TODAY)
    _shown(qtbot, dialog)
    dialog.name.clear()
    dialog.name.textEdited.emit("")
    assert dialog.notes.problem_of(dialog.name) == "Give the goal a name."
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert session.plan == PLAN
    assert session.undo_stack.count() == 0


def test_a_habit_with_a_clock_window_applies_and_undoes(qtbot: QtBot, session: PlanSession) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    dialog.add_item()
    dialog.name.setText("Exercise")
    dialog.name.textEdited.emit("Exercise")
    dialog.minutes.setValue(45)
    dialog.per_week.setValue(3)
    dialog.window.mode.setCurrentIndex(CLOCK)
    dialog.window.clock_start.setTime(dialog.window.clock_start.time().fromString("06:00"))
    dialog.window.clock_end.setTime(dialog.window.clock_end.time().fromString("09:00"))
    dialog.days.setCurrentIndex(dialog.days.findData(DayFilter.REST))
    dialog.priority.setCurrentIndex(dialog.priority.findData(2))
    dialog.ok_button.click()
    assert session.plan is not None
    exercise = session.plan.habits[1]
    assert exercise == Habit(
        "exercise",
        "Exercise",
        45,
        3,
        window=ClockWindow(time(6), time(9)),
        priority=2,
        days=DayFilter.REST,
        kind=BlockKind.SELF_CARE,
    )
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_relative_window_too_short_is_refused_beside_it(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    dialog.window.mode.setCurrentIndex(AFTER)
    dialog.window.near.setValue(60)
    dialog.window.far.setValue(75)
    assert "15 min, too short for a 30-minute session" in dialog.notes.problem_of(dialog.window)
    assert not dialog.ok_button.isEnabled()
    dialog.window.far.setValue(180)
    assert dialog.ok_button.isEnabled()


def test_every_key_of_a_habit_can_be_set_and_undone(qtbot: QtBot, session: PlanSession) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    dialog.add_item()
    dialog.name.setText("Review flashcards")
    dialog.name.textEdited.emit("Review flashcards")
    dialog.kind.setCurrentIndex(dialog.kind.findData(BlockKind.STUDY))
    dialog.minutes.setValue(40)
    dialog.has_shortest.setChecked(True)
    dialog.shortest.setValue(20)
    dialog.has_longest.setChecked(True)
    dialog.longest.setValue(60)
    dialog.per_week.setValue(5)
    dialog.window.mode.setCurrentIndex(BEFORE)
    dialog.window.anchor.setCurrentIndex(dialog.window.anchor.findData(Anchor.SLEEP))
    dialog.window.near.setValue(60)
    dialog.window.far.setValue(240)
    dialog.window.relative_has_ideal.setChecked(True)
    dialog.window.relative_ideal.setValue(120)
    dialog.priority.setCurrentIndex(dialog.priority.findData(1))
    dialog.days.setCurrentIndex(dialog.days.findData(DayFilter.WORK))
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.habits[1] == Habit(
        "review-flashcards",
        "Review flashcards",
        40,
        5,
        min_minutes=20,
        max_minutes=60,
        window=RelativeWindow(Anchor.SLEEP, False, 60, 240, 120),
        priority=1,
        days=DayFilter.WORK,
        kind=BlockKind.STUDY,
    )
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_habits_shortest_and_longest_show_and_change(
    qtbot: QtBot, session_for: Callable[[Plan], PlanSession]
) -> None:
    stretchy = replace(WALK, min_minutes=20, max_minutes=45)
    session = session_for(replace(PLAN, habits=(stretchy,)))
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    assert dialog.has_shortest.isChecked()
    assert (dialog.shortest.value(), dialog.longest.value()) == (20, 45)
    dialog.has_longest.setChecked(False)
    dialog.shortest.setValue(15)
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.habits == (replace(WALK, min_minutes=15),)
    session.undo_stack.undo()
    assert session.plan.habits == (stretchy,)


@pytest.mark.parametrize(
    ("limit", "value", "problem"),
    [
        ("shortest", 35, "The shortest session is longer than the usual 30 min."),
        ("longest", 25, "The longest session is shorter than the usual 30 min."),
    ],
)
def test_a_limit_on_the_wrong_side_of_the_session_is_refused_beside_it(
    qtbot: QtBot, session: PlanSession, limit: str, value: int, problem: str
) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    getattr(dialog, f"has_{limit}").setChecked(True)
    getattr(dialog, limit).setValue(value)
    row = getattr(dialog, f"{limit}_row")
    assert dialog.notes.problem_of(row) == problem
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    dialog.reject()
    assert session.plan == PLAN
    assert session.undo_stack.count() == 0


def test_a_window_needs_room_only_for_the_shortest_session(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    dialog.minutes.setValue(45)
    dialog.window.mode.setCurrentIndex(AFTER)
    dialog.window.near.setValue(60)
    dialog.window.far.setValue(90)
    assert "too short for a 45-minute session" in dialog.notes.problem_of(dialog.window)
    assert not dialog.ok_button.isEnabled()
    dialog.has_shortest.setChecked(True)
    dialog.shortest.setValue(30)
    assert dialog.notes.problem_of(dialog.window) == ""
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.habits[0].min_minutes == 30
    assert session.plan.habits[0].window == RelativeWindow(Anchor.WAKE, True, 60, 90)


def test_the_habit_list_says_how_long_and_how_often(
    qtbot: QtBot, session: PlanSession, english: None
) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    assert dialog.list.item(0).text() == "Walk (30 min, 3 times a week)"
    dialog.per_week.setValue(1)
    assert dialog.per_week.text() == "once a week"
    dialog.has_shortest.setChecked(True)
    dialog.shortest.setValue(20)
    assert dialog.list.item(0).text() == "Walk (20-30 min, 1 time a week)"


def test_an_unticked_limit_follows_the_session(qtbot: QtBot, session: PlanSession) -> None:
    dialog = HabitsDialog(session)
    _shown(qtbot, dialog)
    dialog.minutes.setValue(50)
    assert not dialog.shortest.isEnabled()
    assert (dialog.shortest.value(), dialog.longest.value()) == (50, 50)
    assert dialog.items[0].min_minutes is None
    assert dialog.items[0].max_minutes is None


def test_logging_study_counts_toward_the_goal_and_undoes(
    qtbot: QtBot, session: PlanSession
) -> None:
    dialog = StudyLogDialog(session, TODAY)
    _shown(qtbot, dialog)
    assert dialog.progress.text() == "1 of 60 h"
    dialog.minutes.setValue(90)
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.goals[0].log[-1] == StudySession(TODAY, 90)
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_study_cannot_be_logged_for_a_day_to_come(qtbot: QtBot, session: PlanSession) -> None:
    dialog = StudyLogDialog(session, TODAY)
    _shown(qtbot, dialog)
    dialog.day.setDate(QDate(2026, 3, 11))
    assert "still to come" in dialog.notes.problem_of(dialog.day)
    assert not dialog.ok_button.isEnabled()


def test_screenshots(qtbot: QtBot, session: PlanSession) -> None:
    goals = GoalsDialog(session, TODAY)
    _shown(qtbot, goals)
    goals.grab().save("/tmp/shots/goals.png")
    habits = HabitsDialog(session)
    _shown(qtbot, habits)
    habits.window.mode.setCurrentIndex(AFTER)
    habits.grab().save("/tmp/shots/habits.png")
    log = StudyLogDialog(session, TODAY)
    _shown(qtbot, log)
    log.grab().save("/tmp/shots/study_log.png")
