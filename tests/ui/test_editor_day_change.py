"""The day change dialog: swap, rest day, leave, overtime and extra shifts, undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import roster_entry
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.ui.editors.day_change import (
    EXTRA,
    LEAVE,
    OFF_DAY,
    OVERTIME,
    SWAP,
    DayChangeDialog,
)
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
US_DAY = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
MID = ShiftType("mid", "Mid", time(14), time(23), MANILA, 60)
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(US_DAY, MID),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
WEDNESDAY = date(2026, 3, 11)
SATURDAY = date(2026, 3, 14)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.fixture
def dialog(qtbot: QtBot, session: PlanSession) -> DayChangeDialog:
    dialog = DayChangeDialog(session, WEDNESDAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(dialog: DayChangeDialog, kind: int) -> None:
    dialog.kinds.button(kind).setChecked(True)


def test_a_swap_applies_and_undoes(dialog: DayChangeDialog, session: PlanSession) -> None:
    assert dialog.current.text() == "US day"
    _choose(dialog, SWAP)
    dialog.swap_to.setCurrentIndex(dialog.swap_to.findData("mid"))
    dialog.note.setText("swapped with Ben")
    dialog.ok_button.click()
    assert session.plan is not None
    assert roster_entry(session.plan, WEDNESDAY)[0] == "mid"
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


@pytest.mark.parametrize(("kind", "note"), [(OFF_DAY, ""), (LEAVE, "sick leave")])
def test_rest_and_leave_make_the_day_off(
    dialog: DayChangeDialog, session: PlanSession, kind: int, note: str
) -> None:
    _choose(dialog, kind)
    dialog.leave_kind.setCurrentText("sick leave")
    dialog.ok_button.click()
    assert session.plan is not None
    entry, change = roster_entry(session.plan, WEDNESDAY)
    assert entry == OFF
    assert change is not None
    assert change.note == note


def test_overtime_extends_the_shift(dialog: DayChangeDialog, session: PlanSession) -> None:
    _choose(dialog, OVERTIME)
    dialog.overtime_hours.setValue(2)
    dialog.ok_button.click()
    assert session.plan is not None
    (extra,) = session.plan.extra_shifts
    assert (extra.start, extra.end) == (datetime(2026, 3, 11, 18), datetime(2026, 3, 11, 20))
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_overtime_on_a_rest_day_is_refused_beside_the_hours(
    dialog: DayChangeDialog, session: PlanSession
) -> None:
    dialog.day.setDate(QDate(SATURDAY.year, SATURDAY.month, SATURDAY.day))
    _choose(dialog, OVERTIME)
    assert "rest day" in dialog.notes.problem_of(dialog.overtime_hours)
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.plan == PLAN


def test_an_extra_shift_past_midnight_in_another_zone(
    dialog: DayChangeDialog, session: PlanSession
) -> None:
    _choose(dialog, EXTRA)
    dialog.extra_start.setTime(QTime(22, 0))
    dialog.extra_end.setTime(QTime(2, 0))
    dialog.extra_zone.set_zone(NEW_YORK)
    dialog.extra_label.setText("Coaching")
    dialog.ok_button.click()
    assert session.plan is not None
    (extra,) = session.plan.extra_shifts
    assert (extra.start, extra.end, extra.zone) == (
        datetime(2026, 3, 11, 22),
        datetime(2026, 3, 12, 2),
        NEW_YORK,
    )
    assert extra.label == "Coaching"


def test_an_unknown_zone_is_refused_beside_the_extra_shift(dialog: DayChangeDialog) -> None:
    _choose(dialog, EXTRA)
    dialog.extra_zone.setEditText("Mars/Olympus")
    assert "time zone" in dialog.notes.problem_of(dialog.extra_row)
    assert not dialog.ok_button.isEnabled()


def test_cancel_changes_nothing(dialog: DayChangeDialog, session: PlanSession) -> None:
    _choose(dialog, OFF_DAY)
    dialog.reject()
    assert session.plan == PLAN
    assert session.undo_stack.count() == 0


def test_screenshot(dialog: DayChangeDialog) -> None:
    _choose(dialog, EXTRA)
    dialog.grab().save("/tmp/shots/day_change.png")
