"""Settings: person, work profile and thresholds apply and undo; bad values are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

import pytest
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.core.thresholds import THRESHOLDS, threshold
from shiftplanner.ui.editors.settings import SettingsDialog
from shiftplanner.ui.editors.thresholds import VALUE, ThresholdModel
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), "America/New_York", 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
    rules={"min_rest_hours": 12},
)


def _row(key: str) -> int:
    return [t.key for t in THRESHOLDS].index(key)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.fixture
def dialog(qtbot: QtBot, session: PlanSession) -> SettingsDialog:
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_threshold_model_passes_the_model_tester(qtmodeltester: object, qapp: object) -> None:
    model = ThresholdModel({"min_rest_hours": 12})
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    index = model.index(_row("min_rest_hours"), VALUE)
    assert model.data(index) == "12"
    assert not model.setData(index, 100)
    assert model.setData(index, 10)
    assert model.overrides() == {"min_rest_hours": 10}
    model.reset()
    assert model.overrides() == {}


def test_every_threshold_is_shown_with_default_unit_and_meaning(dialog: SettingsDialog) -> None:
    model = dialog.thresholds
    assert model.rowCount() == len(THRESHOLDS)
    row = _row("min_weekly_rest_hours")
    cells = [model.data(model.index(row, column)) for column in range(4)]
    assert cells == ["weekly rest benchmark", "35", "35", "h"]


def test_person_work_and_rules_apply_and_undo(dialog: SettingsDialog, session: PlanSession) -> None:
    dialog.sleep_need.setValue(7.5)
    dialog.commute.setValue(60)
    dialog.home_zone.setEditText("Asia/Singapore")
    dialog.workload.setCurrentIndex(3)
    model = dialog.thresholds
    assert model.setData(model.index(_row("max_weekly_hours"), VALUE), 45)
    dialog.ok_button.click()
    plan = session.plan
    assert plan is not None
    assert (plan.person.sleep_need_hours, plan.person.commute_minutes) == (7.5, 60)
    assert plan.home_zone == "Asia/Singapore"
    assert plan.work.workload == 3
    assert plan.rules == {"min_rest_hours": 12, "max_weekly_hours": 45}
    assert session.store.load_plan() == plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_reset_to_defaults_drops_every_override(
    dialog: SettingsDialog, session: PlanSession
) -> None:
    dialog.reset_button.click()
    model = dialog.thresholds
    assert model.data(model.index(_row("min_rest_hours"), VALUE)) == str(
        threshold("min_rest_hours").default
    )
    dialog.ok_button.click()
    assert session.plan is not None
    assert session.plan.rules == {}


def test_an_unknown_home_zone_is_refused_beside_it(
    dialog: SettingsDialog, session: PlanSession
) -> None:
    dialog.home_zone.setEditText("Manila")
    assert "time zone" in dialog.notes.problem_of(dialog.home_zone)
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.plan == PLAN


def test_contradicting_thresholds_are_refused_beside_the_table(dialog: SettingsDialog) -> None:
    model = dialog.thresholds
    model.setData(model.index(_row("kss_warn"), VALUE), 9)
    assert "should not be above" in dialog.notes.problem_of(dialog.table)
    assert not dialog.ok_button.isEnabled()


def test_a_break_as_long_as_the_gap_between_breaks_is_refused(dialog: SettingsDialog) -> None:
    dialog.break_minutes.setValue(120)
    assert "cannot be as long" in dialog.notes.problem_of(dialog.break_minutes)
    assert not dialog.ok_button.isEnabled()


def test_cancel_changes_nothing(dialog: SettingsDialog, session: PlanSession) -> None:
    dialog.reset_button.click()
    dialog.reject()
    assert session.plan == PLAN
    assert session.undo_stack.count() == 0


def test_screenshots(dialog: SettingsDialog) -> None:
    dialog.resize(760, 560)
    dialog.grab().save("/tmp/shots/settings_you.png")
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save("/tmp/shots/settings_work.png")
    dialog.tabs.setCurrentIndex(2)
    dialog.grab().save("/tmp/shots/settings_rules.png")
