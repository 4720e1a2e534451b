"""The export bar of ical.md, item by item, checked on the serialised bytes."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.ical.events import (
    CalendarEvent,
    Layer,
    block_events,
    event_uid,
    plan_identity,
    shift_events,
)
from shiftplanner.ical.writer import calendar_bytes

DATA = Path(__file__).parent / "data"
STAMP = datetime(2026, 1, 1, tzinfo=UTC)
FIRST, LAST = date(2026, 3, 2), date(2026, 3, 15)


def _plan() -> Plan:
    return parse_plan((DATA / "dst-weeks-plan.json").read_text(encoding="utf-8"))


def _blocks(plan: Plan) -> list[Block]:
    start = datetime(2026, 3, 3, 2, tzinfo=UTC)

    def at(hour: int, hours: int = 1) -> tuple[datetime, datetime]:
        return start + timedelta(hours=hour), start + timedelta(hours=hour + hours)

    return [
        Block(BlockKind.SLEEP, "sleep", *at(0, 7)),
        Block(BlockKind.NAP, "nap", *at(9)),
        Block(BlockKind.STUDY, "cx-cert", *at(11)),
        Block(BlockKind.SELF_CARE, "exercise", *at(13)),
    ]


def _events(alarm: int | None = None) -> list[CalendarEvent]:
    plan = _plan()
    plan_id = plan_identity(plan)
    shifts = expand(plan, FIRST, LAST)
    return shift_events(plan, plan_id, shifts, alarm) + block_events(
        plan, plan_id, _blocks(plan), alarm
    )


def _bytes(alarm: int | None = None) -> bytes:
    return calendar_bytes(_events(alarm), name="Shift Planner - Ana ñ 日本", stamp=STAMP)


def _vevents(data: bytes) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_crlf_only_utf8_no_bom_and_lines_at_most_75_octets() -> None:
    data = _bytes(alarm=15)

    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert b"\r" not in data.replace(b"\r\n", b"")
    assert max(len(line) for line in data.split(b"\r\n")) <= 75


def test_calendar_header_publishes_with_a_name() -> None:
    calendar = icalendar.Calendar.from_ical(_bytes())

    assert str(calendar["VERSION"]) == "2.0"
    assert "Shift Planner" in str(calendar["PRODID"])
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["NAME"]) == str(calendar["X-WR-CALNAME"]) == "Shift Planner - Ana ñ 日本"
    assert _bytes().count(b"BEGIN:VCALENDAR") == 1


def test_every_event_has_identity_stamp_and_real_positive_span() -> None:
    for vevent in _vevents(_bytes()):
        assert vevent["UID"]
        assert vevent.decoded("DTSTAMP") == STAMP
        assert vevent.decoded("DTEND").astimezone(UTC) > vevent.decoded("DTSTART").astimezone(UTC)
        assert int(vevent["SEQUENCE"]) == 0


def test_same_data_gives_same_bytes_and_uids_are_stable() -> None:
    assert _bytes() == _bytes()
    uids = [str(v["UID"]) for v in _vevents(_bytes())]
    assert len(set(uids)) == len(uids)
    assert event_uid("plan", Layer.WORK, "shift/2026-03-02/us-day") == event_uid(
        "plan", Layer.WORK, "shift/2026-03-02/us-day"
    )
    assert event_uid("plan", Layer.WORK, "x") != event_uid("plan", Layer.SLEEP, "x")


def test_no_floating_times_every_tzid_has_its_vtimezone() -> None:
    text = _bytes().decode("utf-8")
    calendar = icalendar.Calendar.from_ical(text)
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    used = set(re.findall(r"^DT(?:START|END);TZID=([^:;]+):", text, flags=re.MULTILINE))
    assert used == defined
    for block in text.split("BEGIN:VEVENT")[1:]:
        for line in block.split("\r\n"):
            if line.startswith(("DTSTART", "DTEND")):
                assert "TZID=" in line or line.endswith("Z"), line


@pytest.mark.parametrize(
    ("layer", "transp"),
    [
        (Layer.WORK, "OPAQUE"),
        (Layer.SLEEP, "OPAQUE"),
        (Layer.STUDY, "TRANSPARENT"),
        (Layer.SELF_CARE, "TRANSPARENT"),
    ],
)
def test_layer_is_a_category_and_sets_transparency(layer: Layer, transp: str) -> None:
    chosen = [v for v in _vevents(_bytes()) if layer.value in str(v.get("CATEGORIES").to_ical())]

    assert chosen
    assert {str(v["TRANSP"]) for v in chosen} == {transp}


def test_alarm_has_action_trigger_and_description() -> None:
    for vevent in _vevents(_bytes(alarm=30)):
        [alarm] = vevent.walk("VALARM")
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert alarm.decoded("TRIGGER") == -timedelta(minutes=30)
        assert str(alarm["DESCRIPTION"]) == str(vevent["SUMMARY"])


def test_no_alarm_unless_asked() -> None:
    assert b"BEGIN:VALARM" not in _bytes()


def test_each_shift_is_its_own_event_without_rrule() -> None:
    data = _bytes()
    vevents = _vevents(data)

    assert len([v for v in vevents if "work" in str(v["CATEGORIES"].to_ical())]) == len(
        expand(_plan(), FIRST, LAST)
    )
    assert b"\r\nRRULE" not in data.split(b"BEGIN:VEVENT", 1)[1]


def test_foreign_zone_shift_description_gives_home_time_and_hours() -> None:
    [vevent] = [
        v
        for v in _vevents(_bytes())
        if v.decoded("DTSTART").astimezone(UTC) == datetime(2026, 3, 2, 14, tzinfo=UTC)
    ]

    description = str(vevent["DESCRIPTION"])
    assert "Mon 02 Mar 22:00-Tue 07:00 home time (Asia/Manila)" in description
    assert "09:00-18:00 EST (America/New_York)" in description
    assert "Worked: 8 h (60 min unpaid break)" in description


def test_cancelled_event_is_marked_and_has_no_alarm() -> None:
    [event, *_] = _events(alarm=10)
    cancelled = CalendarEvent(
        uid=event.uid,
        layer=event.layer,
        summary=event.summary,
        start=event.start,
        end=event.end,
        zone=event.zone,
        alarm_minutes=10,
        cancelled=True,
        sequence=3,
    )
    [vevent] = _vevents(calendar_bytes([cancelled], name="x", stamp=STAMP))

    assert str(vevent["STATUS"]) == "CANCELLED"
    assert int(vevent["SEQUENCE"]) == 3
    assert not vevent.walk("VALARM")


def test_vtimezone_window_is_narrow() -> None:
    text = _bytes().decode("utf-8")

    assert len(text.split("BEGIN:VTIMEZONE")) - 1 == 3
    assert "DTSTART:1970" not in text
