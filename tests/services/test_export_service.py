"""The export service: files on disk, re-export memory (file and ledger), split, retract."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.shifts import DayChange
from shiftplanner.ical.events import PLAN_ID_KEY, Layer
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.export import (
    ExportRequest,
    export_calendars,
    export_stamp,
    planned_blocks,
    with_plan_identity,
)
from shiftplanner.services.plans import DateRange
from shiftplanner.storage.ledger import ledger_destinations, ledger_entries
from shiftplanner.storage.store import Store

DATA = Path(__file__).resolve().parents[1] / "ical" / "data"
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
MARCH = DateRange(date(2026, 3, 2), date(2026, 3, 8))


def _plan() -> Plan:
    return parse_plan((DATA / "dst-weeks-plan.json").read_text(encoding="utf-8"))


def _events(path: Path) -> dict[str, tuple[int, str, str]]:
    """UID → (SEQUENCE, STATUS, SUMMARY) as a third-party reader sees the file."""
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {
        str(e["UID"]): (int(e["SEQUENCE"]), str(e["STATUS"]), str(e["SUMMARY"]))
        for e in calendar.walk("VEVENT")
    }


def _export(
    plan: Plan, out: Path, store: Store | None = None, *, retract: bool = False
) -> list[Path]:
    request = ExportRequest(dates=MARCH, out=out, layers=(Layer.WORK,), retract=retract)
    return [w.path for w in export_calendars(plan, request, stamp=STAMP, store=store)]


def test_same_plan_exported_twice_gives_identical_bytes(tmp_path: Path) -> None:
    _export(_plan(), tmp_path / "a.ics")
    _export(_plan(), tmp_path / "b.ics")

    assert (tmp_path / "a.ics").read_bytes() == (tmp_path / "b.ics").read_bytes()


def test_re_export_to_the_same_file_bumps_changed_and_cancels_vanished(tmp_path: Path) -> None:
    out = tmp_path / "work.ics"
    plan = _plan()
    _export(plan, out)
    first = _events(out)
    changed = replace(
        plan,
        changes=(
            *[c for c in plan.changes if c.date != date(2026, 3, 4)],
            DayChange(date(2026, 3, 4), "off", "swapped away"),
            DayChange(date(2026, 3, 3), "us-day", "moved to days"),
        ),
    )

    written = export_calendars(changed, ExportRequest(MARCH, out, (Layer.WORK,)), stamp=STAMP)
    second = _events(out)

    [result] = written
    assert (result.new, result.changed, result.cancelled) == (1, 0, 2)
    vanished = set(first) - {u for u, (_, status, _) in second.items() if status == "CONFIRMED"}
    assert {second[u][:2] for u in vanished} == {(1, "CANCELLED")}
    kept = set(first) & {u for u, (_, status, _) in second.items() if status == "CONFIRMED"}
    assert {second[u][0] for u in kept} == {0}
    assert result.unchanged == len(kept)


def test_cancelled_event_is_written_once_then_dropped(tmp_path: Path) -> None:
    out = tmp_path / "work.ics"
    plan = _plan()
    _export(plan, out)
    emptied = replace(plan, changes=(*plan.changes, DayChange(date(2026, 3, 4), "off")))
    _export(emptied, out)
    cancelled = {u for u, (_, s, _) in _events(out).items() if s == "CANCELLED"}
    _export(emptied, out)

    assert cancelled
    assert not cancelled & set(_events(out))


def test_changed_title_bumps_sequence(tmp_path: Path) -> None:
    out = tmp_path / "work.ics"
    plan = _plan()
    _export(plan, out)
    types = tuple(
        replace(t, name="US day (New York)") if t.id == "us-day" else t for t in plan.shift_types
    )
    _export(replace(plan, shift_types=types), out)

    renamed = {v for v in _events(out).values() if v[2] == "US day (New York)"}
    assert renamed
    assert {sequence for sequence, _, _ in renamed} == {1}


def test_ledger_remembers_when_the_file_is_gone(tmp_path: Path) -> None:
    out = tmp_path / "phone" / "work.ics"
    plan = _plan()
    with Store.open(tmp_path / "store.sqlite3") as store:
        _export(plan, out, store)
        out.unlink()
        emptied = replace(plan, changes=(*plan.changes, DayChange(date(2026, 3, 4), "off")))
        _export(emptied, out, store)

        assert ledger_destinations(store) == [str(out.resolve())]
        assert len(ledger_entries(store, str(out.resolve()))) == len(_events(out))
    assert [s for s in _events(out).values() if s[1] == "CANCELLED"]


def test_retract_cancels_everything_known(tmp_path: Path) -> None:
    out = tmp_path / "work.ics"
    _export(_plan(), out)
    before = _events(out)
    _export(_plan(), out, retract=True)

    after = _events(out)
    assert set(after) == set(before)
    assert {(seq, status) for seq, status, _ in after.values()} == {(1, "CANCELLED")}


def test_split_writes_one_calendar_per_layer(tmp_path: Path) -> None:
    plan = _plan()
    blocks = planned_blocks(plan, MARCH, now=STAMP)
    request = ExportRequest(MARCH, tmp_path / "phone", split=True)

    written = export_calendars(plan, request, stamp=STAMP, blocks=blocks)

    assert [w.path.name for w in written] == ["work.ics", "sleep.ics", "study.ics", "self-care.ics"]
    for result in written:
        calendar = icalendar.Calendar.from_ical(result.path.read_bytes())
        assert str(calendar["X-WR-CALNAME"]).endswith(result.layers[0].title)
        assert {str(e["CATEGORIES"].to_ical(), "utf-8") for e in calendar.walk("VEVENT")} == {
            result.layers[0].value
        }


def test_foreign_file_at_destination_is_never_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "mine.ics"
    original = b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    out.write_bytes(original)

    with pytest.raises(UserFacingError, match="not written by Shift Planner"):
        _export(_plan(), out)
    assert out.read_bytes() == original


def test_empty_range_is_refused(tmp_path: Path) -> None:
    empty = DateRange(date(2030, 1, 1), date(2030, 1, 7))

    with pytest.raises(UserFacingError, match="nothing to export"):
        export_calendars(_plan(), ExportRequest(empty, tmp_path / "x.ics"), stamp=STAMP)
    assert not (tmp_path / "x.ics").exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1767225600", datetime(2026, 1, 1, tzinfo=UTC)),
        ("", datetime(2026, 5, 1, 1, 2, 3, tzinfo=UTC)),
    ],
)
def test_export_stamp_honours_source_date_epoch(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: datetime
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)

    assert export_stamp(datetime(2026, 5, 1, 1, 2, 3, 456, tzinfo=UTC)) == expected


def test_bad_source_date_epoch_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")

    with pytest.raises(UserFacingError, match="SOURCE_DATE_EPOCH"):
        export_stamp(STAMP)


@pytest.mark.parametrize("minutes", [-1, 7 * 24 * 60 + 1])
def test_alarm_out_of_range_is_refused(tmp_path: Path, minutes: int) -> None:
    with pytest.raises(UserFacingError, match="alarm-minutes"):
        ExportRequest(MARCH, tmp_path / "x.ics", alarm_minutes=minutes)


def test_plan_identity_is_stored_once_and_survives_a_rename(tmp_path: Path) -> None:
    plan = replace(_plan(), extensions={})
    with Store.open(tmp_path / "store.sqlite3") as store:
        store.save_plan(plan)
        named = with_plan_identity(plan, store)
        stored = store.load_plan()

    assert stored is not None
    assert stored.extensions[PLAN_ID_KEY] == named.extensions[PLAN_ID_KEY]
    renamed = replace(stored, person=replace(stored.person, name="Ana Cruz"))
    assert (
        with_plan_identity(renamed, None).extensions[PLAN_ID_KEY] == stored.extensions[PLAN_ID_KEY]
    )
