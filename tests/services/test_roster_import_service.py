"""Roster import as a use case: the roster for the file's dates, the summary, all or nothing."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from shiftplanner.core.blocks import BusyTime
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import ShiftSource
from shiftplanner.services.editing import Changes
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.roster_import import (
    ReadOptions,
    apply_busy_change,
    apply_roster_change,
    busy_change,
    read_import_file,
    roster_change,
    save_busy_edit,
)
from shiftplanner.storage.busy import load_busy, replace_busy
from shiftplanner.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "us-account-day.json"
CORPUS = ROOT.parent / "shared" / "data" / "ics-corpus"
TODAY = date(2026, 3, 1)
MANILA = "Asia/Manila"


def _plan() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    return path


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


ROSTER_CSV = (
    "Date,Shift,Start,End\n"
    "2026-03-09,Graveyard,22:00,07:00\n"
    "2026-03-10,Graveyard,22:00,07:00\n"
    "2026-03-11,Off,,\n"
    "2026-03-12,Day,09:00,18:00\n"
)


def test_imported_duties_become_exactly_the_roster_for_their_dates(tmp_path: Path) -> None:
    plan = _plan()
    imported = read_import_file(_write(tmp_path, "r.csv", ROSTER_CSV), plan, ReadOptions(TODAY))

    change = roster_change(plan, imported)
    shifts = [
        s
        for s in expand(change.plan, date(2026, 3, 8), date(2026, 3, 14))
        if date(2026, 3, 9) <= s.roster_date <= date(2026, 3, 12)
    ]

    assert (change.first, change.last) == (date(2026, 3, 9), date(2026, 3, 12))
    assert [(s.start, s.end, s.name, s.source) for s in shifts] == [
        (_utc(2026, 3, 9, 14), _utc(2026, 3, 9, 23), "Graveyard", ShiftSource.IMPORT),
        (_utc(2026, 3, 10, 14), _utc(2026, 3, 10, 23), "Graveyard", ShiftSource.IMPORT),
        (_utc(2026, 3, 12, 1), _utc(2026, 3, 12, 10), "Day", ShiftSource.IMPORT),
    ]


def test_summary_names_moved_added_removed_and_new_findings(tmp_path: Path) -> None:
    plan = _plan()
    imported = read_import_file(_write(tmp_path, "r.csv", ROSTER_CSV), plan, ReadOptions(TODAY))

    change = roster_change(plan, imported)

    assert [(b.roster_date, a.start) for b, a in change.moved] == [
        (date(2026, 3, 9), _utc(2026, 3, 9, 14)),
        (date(2026, 3, 12), _utc(2026, 3, 12, 1)),
    ]
    assert [s.start for s in change.added] == [_utc(2026, 3, 10, 14)]
    assert [s.roster_date for s in change.removed] == [date(2026, 3, 11)]
    assert change.changes_anything
    assert "day-night-switch" in {f.rule for f in change.new_findings}


def test_importing_the_same_roster_again_changes_nothing(tmp_path: Path) -> None:
    plan = _plan()
    path = _write(tmp_path, "r.csv", ROSTER_CSV)
    once = roster_change(plan, read_import_file(path, plan, ReadOptions(TODAY))).plan

    again = roster_change(once, read_import_file(path, once, ReadOptions(TODAY)))

    assert not again.changes_anything
    assert again.plan == once
    assert len(again.unchanged) == 3


def test_ics_roster_imports_as_shifts_through_the_store(tmp_path: Path) -> None:
    path = ROOT / "examples" / "roster-genesys.ics"
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.save_plan(_plan())
        plan = store.load_plan()
        assert plan is not None
        apply_roster_change(
            store, roster_change(plan, read_import_file(path, plan, ReadOptions(TODAY)))
        )
        stored = store.load_plan()

    assert stored is not None
    imported = [
        s
        for s in expand(stored, date(2026, 3, 1), date(2026, 3, 31))
        if s.source is ShiftSource.IMPORT
    ]
    assert len(imported) >= 5
    assert all(s.end > s.start for s in imported)


def _fingerprint(path: Path) -> str:
    with Store.open(path) as store:
        rows = [
            store.read(f"SELECT * FROM {table} ORDER BY 1")
            for table in ("meta", "changes", "extra_shifts", "busy_times", "export_ledger")
        ]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _import_into(db: Path, path: Path) -> None:
    """Read, summarise and apply a roster file the way the import verb does."""
    with Store.open(db) as store:
        plan = store.load_plan()
        assert plan is not None
        change = roster_change(plan, read_import_file(path, plan, ReadOptions(TODAY)))
        apply_roster_change(store, change)


REFUSED = [
    ("empty.ics", "", "the file is empty"),
    ("page.ics", "<!DOCTYPE html><html><title>Login</title></html>", "a web page"),
    ("noend.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260309T090000Z\r\n"
     "END:VEVENT\r\nEND:VCALENDAR\r\n", "line 2: the event has no DTEND"),
    ("bad.csv", "Date,Start,End\n2026-03-09,09:00,17:00\n2026-03-10,nine,17:00\n", "row 3"),
    ("long.csv", "Date,Start,End\n" + "2025-01-01,09:00,17:00\n" * 1 + "2027-06-01,09:00,17:00\n",
     "import at most 400 days"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_file_leaves_the_store_unchanged(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    db = tmp_path / "s.sqlite3"
    with Store.open(db) as store:
        store.save_plan(_plan())
    before = _fingerprint(db)
    path = _write(tmp_path, name, text)

    with pytest.raises(UserFacingError, match=message):
        _import_into(db, path)

    assert _fingerprint(db) == before


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.ics"
    with path.open("wb") as stream:
        stream.truncate(3 * 1024 * 1024)

    with pytest.raises(UserFacingError, match="too large"):
        read_import_file(path, _plan(), ReadOptions(TODAY))


def test_unknown_default_zone_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.csv", ROSTER_CSV)

    with pytest.raises(UserFacingError, match='--zone: unknown time zone "Mars/Base"'):
        read_import_file(path, _plan(), ReadOptions(TODAY, zone="Mars/Base"))


def test_busy_time_replaces_what_it_overlaps(tmp_path: Path) -> None:
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\n"
        "BEGIN:VEVENT\r\nUID:dentist\r\nDTSTART;TZID=Asia/Manila:20260311T100000\r\n"
        "DTEND;TZID=Asia/Manila:20260311T113000\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:trip\r\nDTSTART;TZID=Asia/Manila:20260313T080000\r\n"
        "DTEND;TZID=Asia/Manila:20260315T200000\r\nSUMMARY:Family trip\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    path = _write(tmp_path, "me.ics", calendar)
    plan = _plan()
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.save_plan(plan)
        options = ReadOptions(TODAY, busy=True)
        apply_busy_change(store, busy_change(store, read_import_file(path, plan, options)))
        second = busy_change(store, read_import_file(path, plan, options))
        apply_busy_change(store, second)
        busy = load_busy(store)

    assert [(b.start, b.end, b.label) for b in busy] == [
        (_utc(2026, 3, 11, 2), _utc(2026, 3, 11, 3, 30), "Dentist"),
        (_utc(2026, 3, 13, 0), _utc(2026, 3, 15, 12), "Family trip"),
    ]
    assert len(second.replaced) == 2


def test_a_busy_edit_and_its_inverse_restore_the_stored_busy_time(tmp_path: Path) -> None:
    calendar = "Date,Start,End,Name\n2026-03-11,09:00,12:00,Class\n2026-03-12,09:00,12:00,Class\n"
    path = _write(tmp_path, "classes.csv", calendar)
    plan = _plan()
    earlier = BusyTime(_utc(2026, 3, 11, 0), _utc(2026, 3, 11, 2), "Old class")
    elsewhere = BusyTime(_utc(2026, 4, 1, 0), _utc(2026, 4, 1, 2), "Dentist")
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.save_plan(plan)
        replace_busy(store, _utc(2026, 1, 1), _utc(2027, 1, 1), [earlier, elsewhere])
        change = busy_change(store, read_import_file(path, plan, ReadOptions(TODAY, busy=True)))
        assert change.changes_anything
        assert change.replaced == (earlier,)
        assert save_busy_edit(store, change.edit) == Changes(blocks=True)
        after = load_busy(store)
        save_busy_edit(store, change.edit.inverted())
        assert load_busy(store) == [earlier, elsewhere]
        save_busy_edit(store, change.edit)
        assert load_busy(store) == after
        again = busy_change(store, read_import_file(path, plan, ReadOptions(TODAY, busy=True)))

    assert [b.label for b in after] == ["Class", "Class", "Dentist"]
    assert not again.changes_anything


CORPUS_FILES = sorted(
    p for p in CORPUS.rglob("*.ics") if p.is_file()
) if CORPUS.is_dir() else []  # fmt: skip


@pytest.mark.skipif(not CORPUS_FILES, reason=f"no corpus at {CORPUS}")
def test_every_corpus_file_imports_or_leaves_the_store_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite3"
    with Store.open(db) as store:
        store.save_plan(_plan())
    imported: list[Path] = []
    refused: dict[Path, tuple[str, bool]] = {}
    for path in CORPUS_FILES:
        before = _fingerprint(db)
        try:
            _import_into(db, path)
        except UserFacingError as error:
            refused[path] = (str(error), _fingerprint(db) == before)
        else:
            imported.append(path)

    assert imported
    assert refused
    assert all(unchanged for _, unchanged in refused.values())
    assert all(message.strip() for message, _ in refused.values())
