"""Reading roster CSV exports: headers, mappings, midnight crossings, IEX schedule dates."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from shiftplanner.ical.roster import RosterError
from shiftplanner.ical.roster_csv import parse_column_mapping, read_csv

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def _read(text: str, zone: str = MANILA, columns: dict[str, str] | None = None) -> list[tuple]:
    imported = read_csv(text.encode("utf-8"), default_zone=zone, columns=columns)
    return [(e.start, e.end, e.day, e.label) for e in imported.entries]


def test_graveyard_row_crosses_midnight() -> None:
    rows = _read("Date,Shift,Start,End\n2026-03-09,Graveyard,22:00,07:00\n")

    assert rows == [(_utc(2026, 3, 9, 14), _utc(2026, 3, 9, 23), date(2026, 3, 9), "Graveyard")]


@pytest.mark.parametrize(
    ("text", "expected_start", "expected_end"),
    [
        (
            "Date,Start,End\n3/10/2026,9:00 PM,6:00 AM\n",
            _utc(2026, 3, 11, 1),
            _utc(2026, 3, 11, 10),
        ),
        (
            "Shift Date;Start Time;End Time\n2026-03-10;2100;0600\n",
            _utc(2026, 3, 11, 1),
            _utc(2026, 3, 11, 10),
        ),
        (
            "start,end\n2026-03-07 21:00,2026-03-08 06:00\n",
            _utc(2026, 3, 8, 2),
            _utc(2026, 3, 8, 10),
        ),
        (
            "Date\tStart\tEnd\n2026-11-01\t01:30\t09:30\n",
            _utc(2026, 11, 1, 5, 30),
            _utc(2026, 11, 1, 14, 30),
        ),
    ],
    ids=[
        "us-date-ampm",
        "semicolon-compact",
        "datetimes-across-spring-change",
        "tab-repeated-hour",
    ],
)
def test_common_layouts_in_new_york_time(
    text: str, expected_start: datetime, expected_end: datetime
) -> None:
    [(start, end, *_)] = _read(text, zone=NEW_YORK)

    assert (start, end) == (expected_start, expected_end)


def test_iex_style_schedule_date_differs_from_start_date() -> None:
    text = (
        "Agent|Schedule Date|Start Date|Start Time|End Date|End Time|Activity\n"
        "Ana|2026-03-09|2026-03-08|23:00|2026-03-09|07:00|Open\n"
    )

    assert _read(text) == [(_utc(2026, 3, 8, 15), _utc(2026, 3, 8, 23), date(2026, 3, 9), "Open")]


def test_explicit_mapping_and_zone_column() -> None:
    text = "Tag,Von,Bis,Ort\n2026-03-09,09:00,18:00,America/New_York\n"
    columns = parse_column_mapping("date=Tag,start=Von,end=Bis,zone=Ort")

    [(start, end, day, label)] = _read(text, columns=columns)

    assert (start, end, day, label) == (
        _utc(2026, 3, 9, 13),
        _utc(2026, 3, 9, 22),
        date(2026, 3, 9),
        "Imported shift",
    )


def test_rows_without_times_are_rest_days_and_blank_rows_are_skipped() -> None:
    imported = read_csv(
        b"Date,Shift,Start,End\n2026-03-09,Day,09:00,18:00\n\n2026-03-10,Off,,\n",
        default_zone=MANILA,
    )

    assert imported.rest_days == frozenset({date(2026, 3, 10)})
    assert imported.days == (date(2026, 3, 9), date(2026, 3, 10))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Name,Team\nAna,A\n", "row 1: no start and end columns found"),
        ("Date,Start,End\n2026-03-09,25:00,07:00\n", 'row 2: start "25:00" is not a time of day'),
        ("Date,Start,End\n2026-02-30,09:00,17:00\n", 'row 2: date "2026-02-30" is not a real date'),
        ("Date,Start,End\nsoon,09:00,17:00\n", 'row 2: date "soon" is not a date'),
        ("Start,End\n09:00,17:00\n", 'row 2: start "09:00" has no date'),
        ("Date,Start,End\n2026-03-09,09:00,\n", "row 2: no end time"),
        (
            "Date,Start,End,Zone\n2026-03-09,09:00,17:00,Mars/Base\n",
            'row 2: unknown time zone "Mars/Base"',
        ),
        ("Date,Start,End\n2026-03-09,13:00 PM,17:00\n", 'row 2: start "13:00 PM": hour 13'),
        ('Date,Start,End\n2026-03-09,"09:00,17:00\n', "row 2: a quoted value is not closed"),
        ("start,end\n2026-03-09 09:00,2026-03-09 08:00\n", "row 2: ends"),
        ("start,end\n2026-03-09 09:00,2026-03-11 09:00\n", "row 2: lasts 48 h"),
        ("Date,,\n,,\n2026-03-09,,\n", "row 1: no start and end columns"),
    ],
)
def test_bad_rows_are_refused_naming_the_row(text: str, message: str) -> None:
    with pytest.raises(RosterError) as caught:
        read_csv(text.encode("utf-8"), default_zone=MANILA)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [("date", "should look like role=Header"), ("when=Date", 'unknown role "when"')],
)
def test_bad_column_mapping_is_refused(mapping: str, message: str) -> None:
    with pytest.raises(RosterError, match=message):
        parse_column_mapping(mapping)


def test_mapping_to_a_missing_header_is_refused() -> None:
    with pytest.raises(RosterError, match='row 1: no column "Begin" for start'):
        read_csv(b"Date,Start,End\n", default_zone=MANILA, columns={"start": "Begin"})


def test_blank_lines_before_the_header_keep_row_numbers_true() -> None:
    text = "\n\nDate,Start,End\n2026-03-09,09:00,17:00\n2026-03-10,soon,17:00\n"

    with pytest.raises(RosterError, match=r'^row 5: start "soon"'):
        read_csv(text.encode("utf-8"), default_zone=MANILA)


def test_byte_order_mark_is_accepted() -> None:
    data = "\ufeffDate,Start,End\n2026-03-09,09:00,17:00\n".encode()

    assert len(read_csv(data, default_zone=MANILA).entries) == 1
