"""Reading roster and appointment feeds (.ics): what is accepted, and what is refused where."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shiftplanner.ical.roster import MAX_FILE_BYTES, RosterError
from shiftplanner.ical.roster_ics import Horizon, read_ics

NEW_YORK = "America/New_York"
MANILA = "Asia/Manila"
HORIZON = Horizon(date(2027, 6, 30), 24)


def _calendar(*events: str, header: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events)
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WFM//Test//EN\r\n"
    return f"{head}{header}{body}END:VCALENDAR\r\n".encode()


def _event(uid: str, start: str, end: str, summary: str = "Phone shift", extra: str = "") -> str:
    lines = [f"UID:{uid}", f"DTSTART{start}", f"DTEND{end}", f"SUMMARY:{summary}"]
    return "\r\n".join(lines + ([extra] if extra else []))


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _read(data: bytes) -> list[tuple[datetime, datetime, str, date]]:
    imported = read_ics(data, default_zone=MANILA, horizon=HORIZON)
    return [(e.start, e.end, e.zone, e.day) for e in imported.entries]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        # TZID shift across the US spring change: 21:00 EST to 06:00 EDT.
        (
            ";TZID=America/New_York:20260307T210000",
            ";TZID=America/New_York:20260308T060000",
            (_utc(2026, 3, 8, 2), _utc(2026, 3, 8, 10), NEW_YORK, date(2026, 3, 7)),
        ),
        # UTC times are kept in the default (home) zone; the roster date is the home date.
        (
            ":20260310T140000Z",
            ":20260310T230000Z",
            (_utc(2026, 3, 10, 14), _utc(2026, 3, 10, 23), MANILA, date(2026, 3, 10)),
        ),
        # Floating times are read in the default zone, here crossing midnight.
        (
            ":20261031T220000",
            ":20261101T070000",
            (_utc(2026, 10, 31, 14), _utc(2026, 10, 31, 23), MANILA, date(2026, 10, 31)),
        ),
        # A Windows zone name is understood.
        (
            ";TZID=Eastern Standard Time:20261101T090000",
            ";TZID=Eastern Standard Time:20261101T170000",
            (_utc(2026, 11, 1, 14), _utc(2026, 11, 1, 22), NEW_YORK, date(2026, 11, 1)),
        ),
        # A "globally unique" TZID with a vendor prefix, or just a leading slash.
        (
            ";TZID=/mozilla.org/20070129_1/America/New_York:20260309T090000",
            ";TZID=/mozilla.org/20070129_1/America/New_York:20260309T170000",
            (_utc(2026, 3, 9, 13), _utc(2026, 3, 9, 21), NEW_YORK, date(2026, 3, 9)),
        ),
        (
            ";TZID=/Asia/Manila:20260309T090000",
            ";TZID=/Asia/Manila:20260309T170000",
            (_utc(2026, 3, 9, 1), _utc(2026, 3, 9, 9), MANILA, date(2026, 3, 9)),
        ),
    ],
)
def test_single_events_land_on_their_instants(
    start: str, end: str, expected: tuple[datetime, datetime, str, date]
) -> None:
    assert _read(_calendar(_event("a", start, end))) == [expected]


def test_floating_times_follow_x_wr_timezone() -> None:
    data = _calendar(
        _event("a", ":20260309T090000", ":20260309T180000"),
        header="X-WR-TIMEZONE:America/New_York\r\n",
    )

    assert _read(data) == [(_utc(2026, 3, 9, 13), _utc(2026, 3, 9, 22), NEW_YORK, date(2026, 3, 9))]


def test_duration_instead_of_dtend() -> None:
    event = "UID:a\r\nDTSTART;TZID=America/New_York:20260307T210000\r\nDURATION:PT9H"

    assert _read(_calendar(event))[0][:2] == (_utc(2026, 3, 8, 2), _utc(2026, 3, 8, 11))


def test_custom_vtimezone_in_the_file_is_used() -> None:
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Site Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        "TZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    data = _calendar(
        _event("a", ";TZID=Site Time:20260309T090000", ";TZID=Site Time:20260309T170000"),
        header=zone,
    )

    [(start, end, zone_name, day)] = _read(data)
    assert (start, end, day) == (
        _utc(2026, 3, 9, 3, 30),
        _utc(2026, 3, 9, 11, 30),
        date(2026, 3, 9),
    )
    assert zone_name == MANILA


def _site_zone_calendar(offset: str) -> bytes:
    zone = (
        "BEGIN:VTIMEZONE\r\nTZID:Site Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        f"TZOFFSETFROM:{offset}\r\nTZOFFSETTO:{offset}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )
    event = _event("a", ";TZID=Site Time:20260309T090000", ";TZID=Site Time:20260309T170000")
    return _calendar(event, header=zone)


def test_each_file_uses_its_own_vtimezone_for_a_tzid_another_file_defined() -> None:
    """icalendar caches VTIMEZONEs process-wide, the first one winning; the importer must not."""
    [(india_like, *_)] = _read(_site_zone_calendar("+0530"))
    [(brazil_like, *_)] = _read(_site_zone_calendar("-0300"))

    assert india_like == _utc(2026, 3, 9, 3, 30)
    assert brazil_like == _utc(2026, 3, 9, 12)


def test_weekly_rule_with_exdate_and_override_across_dst() -> None:
    master = _event(
        "w",
        ";TZID=America/New_York:20260302T090000",
        ";TZID=America/New_York:20260302T170000",
        extra="RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6\r\n"
        "EXDATE;TZID=America/New_York:20260304T090000",
    )
    override = _event(
        "w",
        ";TZID=America/New_York:20260309T120000",
        ";TZID=America/New_York:20260309T200000",
        extra="RECURRENCE-ID;TZID=America/New_York:20260309T090000",
    )

    starts = [start for start, *_ in _read(_calendar(master, override))]

    assert starts == [
        _utc(2026, 3, 2, 14),  # Mon, EST
        _utc(2026, 3, 9, 16),  # the override at 12:00 EDT replaces 09:00
        _utc(2026, 3, 11, 13),  # Wed, EDT
        _utc(2026, 3, 16, 13),
        _utc(2026, 3, 18, 13),
    ]


@pytest.mark.parametrize(
    ("extra", "expected_days"),
    [
        ("RDATE;TZID=America/New_York:20260305T090000", [2, 4, 5, 6]),
        ("EXDATE;VALUE=DATE:20260304", [2, 6]),
        ("RDATE:20260305T140000Z\r\nEXDATE:20260302T140000Z", [4, 5, 6]),
    ],
    ids=["rdate-added", "exdate-as-date", "rdate-and-exdate-in-utc"],
)
def test_rdate_and_exdate_change_the_occurrences(extra: str, expected_days: list[int]) -> None:
    master = _event(
        "r",
        ";TZID=America/New_York:20260302T090000",
        ";TZID=America/New_York:20260302T170000",
        extra=f"RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=3\r\n{extra}",
    )

    assert [start.day for start, *_ in _read(_calendar(master))] == expected_days


def test_rdate_with_a_period_is_refused() -> None:
    event = _event(
        "p",
        ":20260302T140000Z",
        ":20260302T220000Z",
        extra="RDATE;VALUE=PERIOD:20260303T140000Z/PT8H",
    )

    with pytest.raises(RosterError, match="line 4: RDATE"):
        read_ics(_calendar(event), default_zone=MANILA, horizon=HORIZON)


def test_endless_rule_is_bounded_by_the_horizon_and_said() -> None:
    event = _event("d", ":20270601T090000Z", ":20270601T100000Z", extra="RRULE:FREQ=DAILY")

    imported = read_ics(_calendar(event), default_zone=MANILA, horizon=HORIZON)

    assert len(imported.entries) == 30
    assert "repeats without end" in imported.notes[0].render()


def test_rule_that_never_matches_ends_quickly_with_dtstart_only() -> None:
    event = _event(
        "n",
        ":20260301T090000Z",
        ":20260301T100000Z",
        extra="RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31",
    )

    assert len(_read(_calendar(event))) == 1


def test_cancelled_and_all_day_events_are_left_out_with_a_note() -> None:
    data = _calendar(
        _event("c", ":20260309T090000Z", ":20260309T100000Z", extra="STATUS:CANCELLED"),
        "UID:h\r\nDTSTART;VALUE=DATE:20260310\r\nDTEND;VALUE=DATE:20260311\r\nSUMMARY:Holiday",
        _event("k", ":20260311T090000Z", ":20260311T100000Z"),
    )

    imported = read_ics(data, default_zone=MANILA, horizon=HORIZON)

    assert len(imported.entries) == 1
    notes = [note.render() for note in imported.notes]
    assert [n.split(":")[0] for n in notes] == ["line 4", "line 11"]
    assert "cancelled" in notes[0]
    assert "all-day" in notes[1]


BAD_EVENT_CASES = [
    ("DTSTART:20260309T090000Z\r\nDTEND:20260309T100000Z", "line 4: the event has no UID"),
    ("UID:x\r\nDTEND:20260309T100000Z", "line 4: the event has no DTSTART"),
    ("UID:x\r\nDTSTART:20260309T090000Z", "line 4: the event has no DTEND or DURATION"),
    (
        "UID:x\r\nDTSTART;TZID=Mars/Olympus:20260309T090000\r\nDTEND:20260309T100000Z",
        'line 4: unknown time zone "Mars/Olympus"',
    ),
    (
        "UID:x\r\nDTSTART:20260309T090000Z\r\nDTEND:20260309T080000Z",
        "line 4: the event ends at or before it starts",
    ),
    ("UID:x\r\nDTSTART:20260309T090000Z\r\nDTEND:20260311T090000Z", "line 4: lasts 48 h"),
    ("UID:x\r\nDTSTART:2026-03-09 nine\r\nDTEND:20260309T100000Z", "line 4: DTSTART"),
    (
        "UID:x\r\nDTSTART:20260309T090000Z\r\nDTEND:20260309T100000Z\r\nRRULE:FREQ=SECONDLY",
        'line 4: repeat frequency "SECONDLY" is not supported',
    ),
    (
        "UID:x\r\nDTSTART:20260309T090000Z\r\nDTEND:20260309T100000Z\r\n"
        "RRULE:FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO",
        "line 4: repeat rule part BYSETPOS is not supported",
    ),
    (
        "UID:x\r\nDTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nRRULE:FREQ=DAILY",
        "line 4: repeats more than 2000 times",
    ),
]


@pytest.mark.parametrize(("event", "message"), BAD_EVENT_CASES)
def test_bad_event_is_refused_naming_its_line(event: str, message: str) -> None:
    data = _calendar(event)

    with pytest.raises(RosterError) as caught:
        read_ics(data, default_zone=MANILA, horizon=HORIZON)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"   \r\n", "the file is empty"),
        (b"<!DOCTYPE html><html><body>Session expired</body></html>", "a web page (HTML)"),
        (b"hello, world", "not an iCalendar file"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", "no complete VCALENDAR"),
        (b"BEGIN:VCALENDAR\r\n\xff\xfe\r\nEND:VCALENDAR\r\n", "line 2: not UTF-8"),
        (b"BEGIN:VCALENDAR\x00\x00", "a binary file"),
        (b"BEGIN:VCALENDAR\r\n" + b"X" * MAX_FILE_BYTES, "too large"),
    ],
)
def test_bad_file_is_refused_whole(data: bytes, message: str) -> None:
    with pytest.raises(RosterError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_ics(data, default_zone=MANILA, horizon=HORIZON)


def test_one_bad_event_refuses_the_whole_file() -> None:
    data = _calendar(
        _event("a", ":20260309T090000Z", ":20260309T100000Z"),
        "UID:b\r\nSUMMARY:no start",
    )

    with pytest.raises(RosterError, match="line 10"):
        read_ics(data, default_zone=MANILA, horizon=HORIZON)
