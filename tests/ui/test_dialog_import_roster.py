"""The import roster dialog: change summary and new findings before applying, CSV column
mapping, refusals beside the file, undo, and cancel leaving everything as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftSource, ShiftType
from shiftplanner.ui.dialogs.import_roster import ImportRosterDialog
from shiftplanner.ui.session import PlanSession

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
TODAY = date(2026, 3, 4)
# Tuesday's graveyard moves to a day shift that starts 7 h after it ends: a quick return.
ROSTER = (
    "Date,Shift,Start,End\n"
    "2026-03-09,Graveyard,21:00,06:00\n"
    "2026-03-10,Day,13:00,22:00\n"
    "2026-03-11,Graveyard,21:00,06:00\n"
)


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.fixture
def dialog(qtbot: QtBot, session: PlanSession, tmp_path: Path) -> ImportRosterDialog:
    dialog = ImportRosterDialog(session, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    return dialog


def _choose(dialog: ImportRosterDialog, path: Path) -> None:
    dialog.path.setText(str(path))
    dialog.path.editingFinished.emit()


def test_the_change_and_new_findings_show_before_anything_is_written(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    assert dialog.change is not None
    assert "2026-03-09 to 2026-03-11" in dialog.summary.text()
    assert "1 moved" in dialog.summary.text()
    assert any(line.startswith("Moved:") for line in _lines(dialog))
    assert any(f.rule == "quick-return" for f in dialog.findings)
    assert dialog.ok_button.isEnabled()
    assert session.store.load_plan() == PLAN


def test_import_applies_through_an_undoable_command(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    dialog.ok_button.click()
    assert session.plan is not None
    imported = [
        s
        for s in expand(session.plan, date(2026, 3, 9), date(2026, 3, 11))
        if s.source is ShiftSource.IMPORT
    ]
    assert [s.name for s in imported] == ["Graveyard", "Day", "Graveyard"]
    assert session.store.load_plan() == session.plan
    session.undo_stack.undo()
    assert session.store.load_plan() == PLAN


def test_csv_columns_can_be_mapped_by_hand(dialog: ImportRosterDialog, tmp_path: Path) -> None:
    roster = tmp_path / "iex.csv"
    roster.write_text("Agent,Day,Login,Logout\nAna,2026-03-09,13:00,22:00\n", encoding="utf-8")
    _choose(dialog, roster)
    assert dialog.columns_box.isVisibleTo(dialog)
    assert "no start and end columns" in dialog.notes.problem_of(dialog.path_row)
    assert not dialog.ok_button.isEnabled()
    dialog.columns["start"].setCurrentText("Login")
    dialog.columns["end"].setCurrentText("Logout")
    assert dialog.change is not None
    assert dialog.ok_button.isEnabled()


def test_a_bad_file_is_refused_beside_it(dialog: ImportRosterDialog, tmp_path: Path) -> None:
    roster = tmp_path / "roster.ics"
    roster.write_text("<html><body>Log in</body></html>", encoding="utf-8")
    _choose(dialog, roster)
    assert dialog.notes.problem_of(dialog.path_row)
    assert not dialog.ok_button.isEnabled()


def test_cancel_leaves_everything_as_it_was(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    dialog.reject()
    assert session.plan == PLAN
    assert session.store.load_plan() == PLAN
    assert session.undo_stack.count() == 0


def test_screenshot(dialog: ImportRosterDialog, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    dialog.grab().save("/tmp/shots/import_roster.png")


def _lines(dialog: ImportRosterDialog) -> list[str]:
    return [dialog.details.item(i).text() for i in range(dialog.details.count())]
