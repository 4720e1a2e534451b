"""The rotation editor: presets with roles, custom cycles by clicking, roster changes, preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.ui.editors.rotations import RotationsDialog
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
US_DAY = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
DAY = ShiftType("day", "Day", time(8), time(17), MANILA, 60)
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(US_DAY, DAY),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
TODAY = date(2026, 3, 4)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.fixture
def dialog(qtbot: QtBot, session: PlanSession) -> RotationsDialog:
    dialog = RotationsDialog(session, TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    return dialog


def test_the_current_rotation_and_its_four_weeks_are_shown(dialog: RotationsDialog) -> None:
    assert dialog.list.count() == 1
    assert dialog.cycle.cycle() == ("us-day",) * 5 + (OFF, OFF)
    # Monday 2 March in New York starts at 22:00 Monday in Manila.
    assert dialog.preview.table.item(0, 0).text() == "US day\n22:00"
    assert dialog.preview.table.item(0, 5).text() == "off"
    assert dialog.ok_button.isEnabled()


def test_a_preset_with_roles_applies_through_an_undoable_command(
    dialog: RotationsDialog, session: PlanSession
) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findData("2w-nights-2w-days"))
    assert "graveyard" in dialog.description.text()
    dialog.roles["N"].setCurrentIndex(dialog.roles["N"].findData("us-day"))
    dialog.roles["D"].setCurrentIndex(dialog.roles["D"].findData("day"))
    dialog.apply_preset()
    assert dialog.length.value() == 28
    assert dialog.preview.finding_count > 0
    dialog.ok_button.click()
    assert session.plan is not None
    cycle = session.plan.rotations[0].cycle
    assert cycle[:7] == ("us-day",) * 5 + (OFF, OFF)
    assert cycle[14:21] == ("day",) * 5 + (OFF, OFF)
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_custom_cycle_is_built_by_clicking_days(
    dialog: RotationsDialog, session: PlanSession
) -> None:
    dialog.length.setValue(8)
    assert dialog.cycle.cycle()[-1] == OFF
    dialog.cycle.buttons[7].click()  # off -> US day
    dialog.cycle.buttons[5].click()  # off -> US day
    dialog.cycle.buttons[5].click()  # US day -> Day
    dialog.cycle.buttons[0].click()  # US day -> Day
    dialog.cycle.buttons[0].click()  # Day -> off
    assert dialog.cycle.cycle() == (OFF, *("us-day",) * 4, "day", OFF, "us-day")
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.rotations[0].cycle == dialog.cycle.cycle()


def test_a_roster_change_from_a_date_adds_a_later_rotation(
    dialog: RotationsDialog, session: PlanSession
) -> None:
    dialog.add_rotation()
    assert dialog.start_date() == date(2026, 3, 9)
    dialog.length.setValue(7)
    for index in range(5):
        dialog.cycle.buttons[index].click()
        dialog.cycle.buttons[index].click()
    assert dialog.preview.table.item(0, 0).text() == "Day\n08:00"
    dialog.ok_button.click()
    assert session.plan is not None
    assert [r.start_date for r in session.plan.rotations] == [date(2026, 3, 2), date(2026, 3, 9)]
    session.undo_stack.undo()
    assert session.plan == PLAN


def test_two_rotations_on_one_date_are_refused_beside_the_date(
    dialog: RotationsDialog, session: PlanSession
) -> None:
    dialog.add_rotation()
    dialog.start.setDate(QDate(2026, 3, 2))
    assert "Another rotation starts on this date." in dialog.notes.problem_of(dialog.start)
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.plan == PLAN


def test_an_end_before_the_start_is_refused(dialog: RotationsDialog) -> None:
    dialog.has_end.setChecked(True)
    dialog.end.setDate(QDate(2026, 3, 1))
    assert "before the start" in dialog.notes.problem_of(dialog.end_row)
    assert not dialog.ok_button.isEnabled()
    dialog.end.setDate(QDate(2026, 6, 1))
    assert dialog.ok_button.isEnabled()


def test_cancel_changes_nothing(dialog: RotationsDialog, session: PlanSession) -> None:
    dialog.remove_rotation()
    dialog.reject()
    assert session.plan == PLAN
    assert session.store.load_plan() == PLAN
    assert session.undo_stack.count() == 0


def test_screenshot(dialog: RotationsDialog) -> None:
    dialog.preset.setCurrentIndex(dialog.preset.findData("continental"))
    dialog.grab().save("/tmp/shots/rotations.png")
