"""SEQUENCE and cancellation across exports, and reading an earlier export back."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from shiftplanner.ical.events import CalendarEvent, Layer, event_uid
from shiftplanner.ical.previous import PreviousExportError, read_previous_export
from shiftplanner.ical.revisions import (
    ExportRecord,
    Scope,
    merge_history,
    retraction,
    revise,
)
from shiftplanner.ical.writer import calendar_bytes

NEW_YORK = "America/New_York"
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
MONDAY = datetime(2026, 3, 2, 14, tzinfo=UTC)
WEEK = Scope(MONDAY - timedelta(hours=14), MONDAY + timedelta(days=7), tuple(Layer))


def _event(day: int, *, hours: int = 9, layer: Layer = Layer.WORK) -> CalendarEvent:
    start = MONDAY + timedelta(days=day)
    return CalendarEvent(
        uid=event_uid("plan", layer, f"day-{day}"),
        layer=layer,
        summary="US day",
        start=start,
        end=start + timedelta(hours=hours),
        zone=NEW_YORK,
    )


def _history(events: list[CalendarEvent]) -> dict[str, ExportRecord]:
    return {e.uid: ExportRecord.of(e) for e in events}


def _by_uid(events: list[CalendarEvent]) -> dict[str, CalendarEvent]:
    return {e.uid: e for e in events}


def test_unchanged_keeps_sequence_changed_bumps_vanished_cancelled_once() -> None:
    first = revise([_event(0), _event(1), _event(2)], {}, WEEK)
    second = _by_uid(revise([_event(0), _event(1, hours=10)], _history(first), WEEK))

    assert second[_event(0).uid].sequence == 0
    assert second[_event(1).uid].sequence == 1
    gone = second[_event(2).uid]
    assert (gone.cancelled, gone.sequence) == (True, 1)

    third = _by_uid(revise([_event(0), _event(1, hours=10)], _history([*second.values()]), WEEK))
    assert _event(2).uid not in third
    assert third[_event(1).uid].sequence == 1


def test_event_back_after_cancellation_gets_a_higher_sequence() -> None:
    cancelled = revise([], _history([_event(0)]), WEEK)
    back = revise([_event(0)], _history(cancelled), WEEK)

    assert [(e.cancelled, e.sequence) for e in back] == [(False, 2)]


@pytest.mark.parametrize(
    ("scope", "cancelled"),
    [
        (WEEK, True),
        (Scope(MONDAY + timedelta(days=20), MONDAY + timedelta(days=27), tuple(Layer)), False),
        (Scope(WEEK.start, WEEK.end, (Layer.SLEEP,)), False),
    ],
    ids=["inside", "other-dates", "other-layer"],
)
def test_only_vanished_events_inside_the_scope_are_cancelled(scope: Scope, cancelled: bool) -> None:
    revised = revise([], _history([_event(3)]), scope)

    assert bool(revised) is cancelled


def test_retract_cancels_every_known_uid() -> None:
    history = _history([_event(0), replace(_event(1), sequence=4)])
    retracted = _by_uid(retraction([_event(2)], history))

    assert {e.uid for e in retracted.values()} == {_event(d).uid for d in (0, 1, 2)}
    assert all(e.cancelled for e in retracted.values())
    assert retracted[_event(1).uid].sequence == 5


def test_merge_history_keeps_the_highest_sequence() -> None:
    low = ExportRecord.of(_event(0))
    high = ExportRecord.of(replace(_event(0), sequence=3))

    assert merge_history([high], [low])[low.uid].sequence == 3
    assert merge_history([low], [high])[low.uid].sequence == 3


def test_record_json_round_trip() -> None:
    record = ExportRecord.of(replace(_event(0), cancelled=True, sequence=2))

    assert ExportRecord.from_json(record.uid, record.to_json()) == record


@pytest.mark.parametrize("text", ["", "{}", '{"layer": "nope"}', "[1]", "not json"])
def test_damaged_ledger_entry_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="damaged"):
        ExportRecord.from_json("uid", text)


def test_previous_export_reads_back_what_was_written() -> None:
    events = revise([_event(0), _event(1, layer=Layer.SLEEP)], {}, WEEK)
    events.append(replace(_event(2), cancelled=True, sequence=2))
    data = calendar_bytes(events, name="x", stamp=STAMP)

    assert {r.uid: r for r in read_previous_export(data)} == _history(events)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an iCalendar file"),
        (b"<html><body>404</body></html>", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//EN\r\nEND:VCALENDAR\r\n", "not written by"),
    ],
)
def test_foreign_file_at_destination_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(PreviousExportError, match=message):
        read_previous_export(data)
