"""Errors from reading a roster, restoring a plan file, exporting and opening the store read
in Filipino in the Filipino app, where it shows them; the English stays what the CLI prints."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import dump_plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.core.text import Text, located
from shiftplanner.core.validation import UNKNOWN_ZONE, PlanError
from shiftplanner.ical.reading import PropertyError, duration_of
from shiftplanner.ical.recurrence import RecurrenceError, Rule
from shiftplanner.ical.roster_ics import ALL_DAY_LEFT_OUT
from shiftplanner.services.block_edits import BoardWeek, StoredBlocks, move_block
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange, open_store, read_plan_file
from shiftplanner.services.roster_import import DOES_NOT_FIT, ReadOptions, read_import_file
from shiftplanner.storage.migrations import MIGRATIONS
from shiftplanner.ui.dialogs.backup import RestoreDialog
from shiftplanner.ui.dialogs.export import ExportDialog
from shiftplanner.ui.dialogs.import_roster import ImportRosterDialog
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import error_message

MANILA = "Asia/Manila"
PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    shift_types=(ShiftType("us-day", "US day", time(9), time(18), "America/New_York", 60),),
    rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
)
TODAY = date(2026, 3, 4)
NO_UID = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Roster//EN\nBEGIN:VEVENT\n"
    "DTSTART:20260309T130000Z\nDTEND:20260309T220000Z\nEND:VEVENT\nEND:VCALENDAR\n"
)
PERSON_KEYS = "name, home_zone, sleep_need_hours, commute_minutes, personal_minutes"


@pytest.fixture
def session(session_for: Callable[[Plan], PlanSession]) -> PlanSession:
    return session_for(PLAN)


@pytest.mark.parametrize(
    ("name", "content", "english", "in_filipino"),
    [
        (
            "roster.csv",
            "Date,Shift,Start,End\n2026-03-09,Day,25:00,22:00\n",
            'row 2: start "25:00" is not a time of day',
            'row 2: hindi oras ang start "25:00"',
        ),
        (
            "roster.csv",
            "Agent,Day,Login,Logout\nAna,2026-03-09,13:00,22:00\n",
            "row 1: no start and end columns found (headers: Agent, Day, Login, Logout); "
            "name them with --columns start=...,end=...",
            "row 1: walang nakitang start at end na column (mga header: Agent, Day, Login, "
            "Logout); pangalanan sila gamit ang --columns start=...,end=...",
        ),
        ("roster.ics", NO_UID, "line 4: the event has no UID", "line 4: walang UID ang event"),
        ("roster.ics", " \n", "the file is empty", "walang laman ang file"),
    ],
)
def test_a_roster_file_error_reads_in_filipino_beside_the_file(
    filipino: None,
    qtbot: QtBot,
    session: PlanSession,
    tmp_path: Path,
    name: str,
    content: str,
    english: str,
    in_filipino: str,
) -> None:
    roster = tmp_path / name
    roster.write_text(content, encoding="utf-8")
    with pytest.raises(UserFacingError) as refused:
        read_import_file(roster, PLAN, ReadOptions(today=TODAY))
    assert str(refused.value) == f"{roster}: {english}"
    dialog = ImportRosterDialog(session, TODAY, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(roster))
    dialog.path.editingFinished.emit()
    assert dialog.notes.problem_of(dialog.path_row) == f"{roster}: {in_filipino}"
    assert not dialog.ok_button.isEnabled()


def _set(section: str, key: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target = data[section][0] if isinstance(data[section], list) else data[section]
        target[key] = value

    return change


def _drop_home_zone(data: dict[str, Any]) -> None:
    del data["person"]["home_zone"]


def _unknown_type_in_cycle(data: dict[str, Any]) -> None:
    data["rotations"][0]["cycle"][0] = "us-night"


def _shift_type_twice(data: dict[str, Any]) -> None:
    data["shift_types"].append(dict(data["shift_types"][0]))


@pytest.mark.parametrize(
    ("change", "english", "in_filipino"),
    [
        (
            _set("person", "commute_minutes", "45"),
            'person.commute_minutes: expected a whole number, got "45"',
            'person.commute_minutes: dapat buong number, pero "45" ang nakalagay',
        ),
        (_drop_home_zone, "person.home_zone: is required", "person.home_zone: kailangan ito"),
        (
            _set("person", "shoe_size", 42),
            f"person.shoe_size: unknown key (known keys: {PERSON_KEYS})",
            f"person.shoe_size: hindi kilalang key (mga kilalang key: {PERSON_KEYS})",
        ),
        (
            _set("rotations", "start_date", "2026-02-30"),
            'rotations[0].start_date: "2026-02-30" is not a real date',
            'rotations[0].start_date: walang ganitong petsa: "2026-02-30"',
        ),
        (
            _set("rotations", "start_date", "2 March"),
            'rotations[0].start_date: "2 March" is not a date; use YYYY-MM-DD',
            'rotations[0].start_date: hindi petsa ang "2 March"; gamitin ang YYYY-MM-DD',
        ),
        (
            _set("shift_types", "start", "9am"),
            'shift_types[0].start: "9am" is not a time of day; use HH:MM, e.g. "09:00"',
            'shift_types[0].start: hindi oras ang "9am"; gamitin ang HH:MM, hal. "09:00"',
        ),
        (
            _set("shift_types", "start", "24:00"),
            'shift_types[0].start: "24:00" is not a time of day; hours run 00-23 and minutes 00-59',
            'shift_types[0].start: hindi oras ang "24:00"; 00-23 lang ang oras at 00-59 ang minuto',
        ),
        (
            _set("shift_types", "zone", "America/NewYork"),
            'shift_types[0].zone: unknown time zone "America/NewYork"',
            'shift_types[0].zone: hindi kilalang time zone "America/NewYork"',
        ),
        (
            _unknown_type_in_cycle,
            'rotations[0].cycle[0]: unknown shift type "us-night" (known: us-day, or "off")',
            'rotations[0].cycle[0]: hindi kilalang shift type "us-night" (mga kilala: us-day, o '
            '"off")',
        ),
        (
            _shift_type_twice,
            'shift_types[1].id: "us-day" is listed twice',
            'shift_types[1].id: dalawang beses nakalista ang "us-day"',
        ),
        (
            _set("person", "sleep_need_hours", 30),
            "person.sleep_need_hours: 30 is out of range (4 to 12)",
            "person.sleep_need_hours: lampas sa range ang 30 (4 hanggang 12)",
        ),
    ],
)
def test_a_plan_file_error_reads_in_filipino_when_restoring(
    filipino: None,
    qtbot: QtBot,
    session: PlanSession,
    tmp_path: Path,
    change: Callable[[dict[str, Any]], None],
    english: str,
    in_filipino: str,
) -> None:
    data = copy.deepcopy(json.loads(dump_plan(PLAN)))
    change(data)
    backup = tmp_path / "backup.json"
    backup.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(UserFacingError) as refused:
        read_plan_file(backup)
    assert str(refused.value) == f"{backup}: {english}"
    dialog = RestoreDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(backup))
    dialog.read_file()
    assert dialog.notes.problem_of(dialog.path_row) == f"{backup}: {in_filipino}"
    assert not dialog.ok_button.isEnabled()


def test_a_broken_json_file_reads_in_filipino_when_restoring(
    filipino: None, qtbot: QtBot, session: PlanSession, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.json"
    backup.write_text('{"format": "shiftplanner-plan",\n "version": 1,,}', encoding="utf-8")
    with pytest.raises(UserFacingError) as refused:
        read_plan_file(backup)
    reason = "Expecting property name enclosed in double quotes"
    assert str(refused.value) == f"{backup}: not valid JSON at line 2, column 15: {reason}"
    dialog = RestoreDialog(session, tmp_path)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(backup))
    dialog.read_file()
    assert dialog.notes.problem_of(dialog.path_row) == (
        f"{backup}: hindi valid na JSON sa line 2, column 15: {reason}"
    )


def test_exporting_over_someone_elses_calendar_is_refused_in_filipino(
    filipino: None, qtbot: QtBot, session: PlanSession, tmp_path: Path
) -> None:
    theirs = tmp_path / "family.ics"
    theirs.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Family//EN\nEND:VCALENDAR\n", encoding="utf-8"
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(session, date(2026, 3, 9), settings=settings)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(theirs))
    with pytest.raises(UserFacingError) as refused:
        dialog.export(datetime(2026, 3, 9, tzinfo=UTC))
    assert str(refused.value) == (
        f"{theirs}: already exists and is not written by Shift Planner; choose another file "
        "name (an export only replaces its own earlier files)"
    )
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.problem.text() == (
        f"{theirs}: may file na rito at hindi gawa ng Shift Planner; pumili ng ibang pangalan "
        "ng file (sariling dating export lang ang pinapalitan ng export)"
    )
    assert theirs.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID")


def test_a_store_from_a_newer_app_is_refused_in_filipino(filipino: None, tmp_path: Path) -> None:
    """What ui/app.py's message box says when the store will not open."""
    path = tmp_path / "plan.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(UserFacingError) as refused:
        open_store(path)
    known = len(MIGRATIONS)
    assert str(refused.value) == (
        f"{path}: made by a newer Shift Planner (schema 99; this app knows {known}); "
        "update the app to open it"
    )
    assert error_message(refused.value.text) == (
        f"{path}: gawa ito ng mas bagong Shift Planner (schema 99; {known} lang ang alam ng app "
        "na ito); i-update ang app para mabuksan ito"
    )


def test_a_file_that_is_no_store_is_refused_in_filipino(filipino: None, tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite"
    path.write_bytes(b"not a database, just some bytes" * 100)
    with pytest.raises(UserFacingError) as refused:
        open_store(path)
    assert str(refused.value) == f"{path}: not a Shift Planner store (file is not a database)"
    assert error_message(refused.value.text) == (
        f"{path}: hindi Shift Planner store (file is not a database)"
    )


def test_a_roster_that_breaks_the_plan_says_both_parts_in_filipino(filipino: None) -> None:
    problem = PlanError("extra_shifts[0].zone", Text.of(UNKNOWN_ZONE, name="Mars/Base"))
    error = UserFacingError(Text.of(DOES_NOT_FIT, problem=problem.text))
    assert str(error) == (
        "the imported roster does not fit the plan: extra_shifts[0].zone: unknown time zone "
        '"Mars/Base"'
    )
    assert error_message(error.text) == (
        "hindi tugma sa plano ang na-import na roster: extra_shifts[0].zone: hindi kilalang "
        'time zone "Mars/Base"'
    )


def test_words_given_as_a_plain_string_stay_as_they_are(filipino: None) -> None:
    error = UserFacingError("This busy time is already {stored}.")
    assert error_message(error.text) == str(error) == "This busy time is already {stored}."


def test_calendar_notes_on_what_was_left_out_read_in_filipino(filipino: None) -> None:
    event = Text.of(ALL_DAY_LEFT_OUT, label="Team day")
    note = located("line 12", event)
    assert note.render() == 'line 12: "Team day" is an all-day event, left out'
    assert error_message(note) == 'line 12: "Team day" ay buong-araw na event, hindi isinama'


def test_a_refused_block_gesture_reads_in_filipino(filipino: None) -> None:
    now = datetime(2026, 3, 10, 5, 0, tzinfo=UTC)
    week = BoardWeek(PLAN, DateRange(date(2026, 3, 9), date(2026, 3, 15)), now, StoredBlocks())
    start = datetime(2026, 3, 9, 0, tzinfo=UTC)
    done = Block(BlockKind.SLEEP, "sleep", start, start + timedelta(hours=7), done=True)
    with pytest.raises(UserFacingError) as refused:
        move_block(week, done, start + timedelta(hours=1))
    assert str(refused.value) == "This sleep is done and stays where it happened; not moved"
    assert error_message(refused.value.text) == (
        "Tapos na ang tulog na ito at mananatili kung kailan ito nangyari; hindi ito maililipat"
    )


def test_a_repeat_rule_the_import_cannot_follow_reads_in_filipino(filipino: None) -> None:
    with pytest.raises(RecurrenceError) as refused:
        Rule.parse({"FREQ": ["HOURLY"]})
    assert str(refused.value) == 'repeat frequency "HOURLY" is not supported for rosters'
    assert error_message(refused.value.text) == (
        'hindi suportado para sa roster ang repeat frequency na "HOURLY"'
    )


def test_a_calendar_value_of_the_wrong_kind_reads_in_filipino(filipino: None) -> None:
    event = icalendar.Event()
    event.add("DURATION", date(2026, 3, 9))
    with pytest.raises(PropertyError) as refused:
        duration_of(event)
    assert str(refused.value) == "DURATION is not a duration"
    assert error_message(refused.value.text) == "hindi haba ng oras ang DURATION"
