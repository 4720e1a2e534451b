"""The shift types editor: list model, form validation, DST preview, undoable apply, cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.ui.editors.shift_types import ShiftTypeModel, ShiftTypesDialog
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
US_DAY = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
MID = ShiftType("mid", "Mid", time(14), time(23), MANILA, 60, "#2f9e9a")
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(US_DAY, MID),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.fixture
def dialog(qtbot: QtBot, session: PlanSession) -> ShiftTypesDialog:
    dialog = ShiftTypesDialog(session, date(2026, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_model_passes_the_model_tester(qtmodeltester: object, qapp: object) -> None:
    model = ShiftTypeModel((US_DAY, MID))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.append(ShiftType("x", "X", time(6), time(14), MANILA))
    model.remove(0)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2


def test_the_form_shows_the_manila_hours_now_and_after_the_us_change(
    dialog: ShiftTypesDialog,
) -> None:
    assert dialog.name.text() == "US day"
    assert dialog.zone.currentText() == "US Eastern (New York)"
    assert "22:00-07:00" in dialog.preview.text()
    assert "from Sun 8 Mar: 21:00-06:00" in dialog.preview.text()
    assert dialog.ok_button.isEnabled()


def test_a_new_type_applies_through_an_undoable_command(
    dialog: ShiftTypesDialog, session: PlanSession, qtbot: QtBot
) -> None:
    dialog.add_type()
    qtbot.keyClicks(dialog.name, "Graveyard")
    dialog.start.setTime(QTime(22, 0))
    dialog.end.setTime(QTime(7, 0))
    dialog.zone.setEditText("Philippines (Manila)")
    dialog.unpaid_break.setValue(60)
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.plan is not None
    added = session.plan.shift_type("graveyard")
    assert (added.start, added.end, added.zone) == (time(22), time(7), MANILA)
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN
    assert session.plan == PLAN


def test_any_iana_zone_can_be_typed(dialog: ShiftTypesDialog) -> None:
    dialog.zone.setEditText("America/Halifax")
    assert dialog.zone.zone() == "America/Halifax"
    assert dialog.ok_button.isEnabled()


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("name", "", "Give the shift a name."),
        ("name", "Mid", "Another shift type already has this name."),
        ("zone", "America/NewYork", "Pick a time zone"),
        ("break", 600, "The break is as long as the shift"),
    ],
)
def test_a_bad_field_says_why_beside_it_and_ok_stays_disabled(
    dialog: ShiftTypesDialog, session: PlanSession, field: str, value: object, reason: str
) -> None:
    widgets = {"name": dialog.name, "zone": dialog.zone, "break": dialog.unpaid_break}
    if field == "name":
        dialog.name.setText(str(value))
        dialog.name.textEdited.emit(str(value))
    elif field == "zone":
        dialog.zone.setEditText(str(value))
    else:
        dialog.unpaid_break.setValue(int(str(value)))
    assert reason in dialog.notes.problem_of(widgets[field])
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.plan == PLAN


def test_a_type_the_rotation_uses_cannot_be_removed(dialog: ShiftTypesDialog) -> None:
    dialog.remove_type()
    assert "rotation from 2026-03-02" in dialog.list_note.text()
    assert dialog.model.rowCount() == 2


def test_cancel_changes_nothing(dialog: ShiftTypesDialog, session: PlanSession) -> None:
    dialog.add_type()
    dialog.reject()
    assert session.plan == PLAN
    assert session.store.load_plan() == PLAN
    assert session.undo_stack.count() == 0


def test_screenshot(dialog: ShiftTypesDialog) -> None:
    dialog.resize(dialog.sizeHint())
    assert dialog.width() <= 1366
    assert dialog.height() <= 768
    dialog.grab().save("/tmp/shots/shift_types.png")
