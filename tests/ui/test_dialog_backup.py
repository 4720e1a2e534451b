"""Backup writes the whole plan to a plan file; restore checks the file first and is undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.services.plans import read_plan_file, write_plan_file
from shiftplanner.ui.dialogs.backup import BackupDialog, RestoreDialog
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), "America/New_York", 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
OTHER = replace(PLAN, person=replace(PLAN.person, name="Ben", sleep_need_hours=7))


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


def test_backup_writes_the_plan_file(qtbot: QtBot, session: PlanSession, tmp_path: Path) -> None:
    dialog = BackupDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save("/tmp/shots/backup.png")
    target = tmp_path / "backup.json"
    dialog.path.setText(str(target))
    dialog.save()
    assert dialog.result() == BackupDialog.DialogCode.Accepted
    assert read_plan_file(target) == PLAN


def test_backup_into_an_unwritable_place_says_why(
    qtbot: QtBot, session: PlanSession, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    dialog = BackupDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(blocker / "backup.json"))
    dialog.save()
    assert "cannot write" in dialog.notes.problem_of(dialog.path_row)
    dialog.path.clear()
    assert "Choose where" in dialog.notes.problem_of(dialog.path_row)


def test_restore_replaces_the_plan_and_undo_brings_it_back(
    qtbot: QtBot, session: PlanSession, tmp_path: Path
) -> None:
    backup = tmp_path / "other.json"
    write_plan_file(OTHER, backup)
    dialog = RestoreDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_button.isEnabled()
    dialog.path.setText(str(backup))
    dialog.read_file()
    assert "Ben" in dialog.summary.text()
    dialog.grab().save("/tmp/shots/restore.png")
    dialog.ok_button.click()
    assert session.plan == OTHER
    assert session.store.load_plan() == OTHER
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_a_bad_plan_file_is_refused_naming_the_field(
    qtbot: QtBot, session: PlanSession, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(
        '{"format": "shiftplanner-plan", "version": 1, "person": {"home_zone": "America/NewYork"}}',
        encoding="utf-8",
    )
    dialog = RestoreDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(bad))
    dialog.read_file()
    assert 'person.home_zone: unknown time zone "America/NewYork"' in dialog.notes.problem_of(
        dialog.path_row
    )
    assert not dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert session.store.load_plan() == PLAN


def test_cancel_restores_nothing(qtbot: QtBot, session: PlanSession, tmp_path: Path) -> None:
    backup = tmp_path / "other.json"
    write_plan_file(OTHER, backup)
    dialog = RestoreDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(backup))
    dialog.read_file()
    dialog.reject()
    assert session.store.load_plan() == PLAN
    assert session.undo_stack.count() == 0
