"""The import roster dialog: change summary and new findings before applying, CSV column
mapping, refusals beside the file, busy time instead of shifts, undo, and cancel leaving
everything as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from shiftplanner.core.blocks import BusyTime
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftSource, ShiftType
from shiftplanner.services.editing import Changes
from shiftplanner.storage.busy import load_busy, replace_busy
from shiftplanner.ui.dialogs.import_roster import BUSY, SHIFTS, ImportRosterDialog
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
    english: None, dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    assert dialog.change is not None
    assert "2026-03-09 to 2026-03-11" in dialog.summary.text()
    assert "1 moved" in dialog.summary.text()
    assert any(line.startswith("Moved:") for line in _lines(dialog))
    assert any(f.rule == "quick-return" for f in dialog.findings)
    count = len(dialog.findings)
    assert dialog.findings_title.text() == f"{count} new findings after the import:"
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


CLASSES = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n"
    "BEGIN:VEVENT\r\nUID:class-1\r\nDTSTART;TZID=Asia/Manila:20260310T180000\r\n"
    "DTEND;TZID=Asia/Manila:20260310T210000\r\nSUMMARY:Night class\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:trip\r\nDTSTART;TZID=Asia/Manila:20260314T080000\r\n"
    "DTEND;TZID=Asia/Manila:20260315T200000\r\nSUMMARY:Family trip\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)
OLD_CLASS = BusyTime(
    datetime(2026, 3, 10, 9, tzinfo=UTC), datetime(2026, 3, 10, 11, tzinfo=UTC), "Old class"
)


def _as_busy(dialog: ImportRosterDialog, tmp_path: Path) -> None:
    calendar = tmp_path / "me.ics"
    calendar.write_text(CLASSES, encoding="utf-8", newline="")
    dialog.kinds.button(BUSY).setChecked(True)
    _choose(dialog, calendar)


def test_busy_time_shows_what_will_be_added_and_replaced(
    english: None, dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    replace_busy(session.store, OLD_CLASS.start, OLD_CLASS.end, [OLD_CLASS])
    _as_busy(dialog, tmp_path)
    assert dialog.change is None
    assert dialog.busy is not None
    assert dialog.summary.text() == (
        "2 busy times to add, from 2026-03-10 to 2026-03-15. "
        "1 busy time stored for that period will be replaced."
    )
    assert _lines(dialog) == [
        "Busy: Tue 10 Mar 18:00-21:00 Night class",
        "Busy: Sat 14 Mar 08:00-Sun 15 Mar 20:00 Family trip",
        "Replaced: Tue 10 Mar 17:00-19:00 Old class",
    ]
    assert not dialog.findings_view.isVisibleTo(dialog)
    assert dialog.ok_button.isEnabled()
    assert load_busy(session.store) == [OLD_CLASS]
    assert session.store.load_plan() == PLAN


def test_busy_time_applies_through_an_undoable_command(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    replace_busy(session.store, OLD_CLASS.start, OLD_CLASS.end, [OLD_CLASS])
    seen: list[Changes] = []
    session.plan_changed.connect(seen.append)
    _as_busy(dialog, tmp_path)
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert [b.label for b in load_busy(session.store)] == ["Night class", "Family trip"]
    assert session.store.load_plan() == PLAN
    assert seen == [Changes(blocks=True)]
    assert session.undo_stack.undoText() == "Import busy time"
    session.undo_stack.undo()
    assert load_busy(session.store) == [OLD_CLASS]
    session.undo_stack.redo()
    assert [b.label for b in load_busy(session.store)] == ["Night class", "Family trip"]


def test_busy_time_already_stored_is_refused_beside_the_file(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    _as_busy(dialog, tmp_path)
    dialog.ok_button.click()
    again = ImportRosterDialog(session, TODAY, tmp_path)
    dialog.close()
    _as_busy(again, tmp_path)
    assert again.notes.problem_of(again.path_row) == "This busy time is already stored."
    assert not again.ok_button.isEnabled()


def test_switching_back_to_shifts_reads_the_file_as_a_roster(
    english: None, dialog: ImportRosterDialog, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    dialog.kinds.button(BUSY).setChecked(True)
    _choose(dialog, roster)
    assert dialog.busy is not None
    assert dialog.summary.text().startswith("3 busy times to add")
    dialog.kinds.button(SHIFTS).setChecked(True)
    assert dialog.busy is None
    assert dialog.change is not None
    assert "1 moved" in dialog.summary.text()
    assert dialog.findings_view.isVisibleTo(dialog)


def test_cancel_leaves_busy_time_as_it_was(
    dialog: ImportRosterDialog, session: PlanSession, tmp_path: Path
) -> None:
    replace_busy(session.store, OLD_CLASS.start, OLD_CLASS.end, [OLD_CLASS])
    _as_busy(dialog, tmp_path)
    dialog.reject()
    assert load_busy(session.store) == [OLD_CLASS]
    assert session.store.load_plan() == PLAN
    assert session.undo_stack.count() == 0


def test_screenshot(dialog: ImportRosterDialog, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    _choose(dialog, roster)
    dialog.grab().save("/tmp/shots/import_roster.png")


def _lines(dialog: ImportRosterDialog) -> list[str]:
    return [dialog.details.item(i).text() for i in range(dialog.details.count())]
