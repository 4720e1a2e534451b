"""Reading a roster spreadsheet export (.csv, or NICE IEX-style pipe-separated rows).

Columns are found by their header (docs/roster-import.md lists the names understood) or by
an explicit mapping such as ``date=Date,start=Start,end=End``. A duty whose end time is not
after its start time ends the next day; a schedule date may differ from the start date
(a night shift scheduled for Monday that starts Sunday 23:00), and the schedule date is then
the roster date. Rows with a date but no times mark rest days.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shiftplanner.core.instants import in_zone, is_known_zone, local_to_instant
from shiftplanner.core.text import Template, Text
from shiftplanner.core.validation import UNKNOWN_ZONE
from shiftplanner.ical.roster import (
    MAX_ENTRIES,
    Entry,
    ImportedFile,
    RosterError,
    checked_span,
    decode_text,
)

ROLES = ("date", "start_date", "start", "end_date", "end", "label", "zone")
HEADER_NAMES: Mapping[str, tuple[str, ...]] = {
    "date": ("date", "schedule date", "shift date", "work date", "day", "roster date"),
    "start_date": ("start date", "begin date", "from date"),
    "start": ("start", "start time", "shift start", "begin", "begin time", "from", "time in"),
    "end_date": ("end date", "finish date", "to date"),
    "end": ("end", "end time", "shift end", "finish", "finish time", "to", "time out"),
    "label": ("shift", "activity", "type", "shift type", "description", "label", "name"),
    "zone": ("zone", "time zone", "timezone", "tz"),
}
_DELIMITERS = (",", ";", "|", "\t")
_ISO_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_CLOCK = re.compile(r"(\d{1,2}):?(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?", re.IGNORECASE)

# `{what}` is the column's role as the file and --columns name it: date, start, end date...
CSV_FILE = Template("roster file (.csv)")
NOT_A_MAPPING = Template('"{part}" should look like role=Header')
UNKNOWN_ROLE = Template('unknown role "{role}" (known: {known})')
TOO_MANY_DUTIES = Template("more than {limit} duties in one file")
OPEN_QUOTE = Template("a quoted value is not closed")
UNREADABLE_ROW = Template("cannot be read ({reason})")
NO_SUCH_COLUMN = Template('no column "{header}" for {role}')
NO_TIME_COLUMNS = Template(
    "no start and end columns found (headers: {headers}); "
    "name them with --columns start=...,end=..."
)
NO_DATE_OR_TIMES = Template("no date and no times")
NO_TIME = Template("no {what} time")
NO_DATE = Template('{what} "{text}" has no date and the row has no date column')
NOT_A_REAL_DATE = Template('{what} "{text}" is not a real date')
NOT_A_DATE = Template('{what} "{text}" is not a date; use YYYY-MM-DD or M/D/YYYY')
NOT_A_TIME = Template('{what} "{text}" is not a time; use HH:MM or H:MM AM/PM')
HOUR_WITH_AM_PM = Template('{what} "{text}": hour {hour} with AM/PM')
NOT_A_TIME_OF_DAY = Template('{what} "{text}" is not a time of day')


@dataclass(frozen=True, slots=True)
class _Columns:
    """Index of each role's column, or None."""

    index: Mapping[str, int | None]

    def value(self, row: list[str], role: str) -> str:
        position = self.index.get(role)
        return row[position].strip() if position is not None and position < len(row) else ""


def parse_column_mapping(text: str) -> dict[str, str]:
    """`date=Date,start=Start,end=End` as {role: header}.

    Raises:
        RosterError: an unknown role or a part without "=".
    """
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        role, separator, header = part.partition("=")
        role = role.strip().lower().replace("-", "_")
        if not separator or not header.strip():
            raise RosterError("--columns", Text.of(NOT_A_MAPPING, part=part))
        if role not in ROLES:
            raise RosterError("--columns", Text.of(UNKNOWN_ROLE, role=role, known=", ".join(ROLES)))
        mapping[role] = header.strip()
    return mapping


def read_csv(
    data: bytes, *, default_zone: str, columns: Mapping[str, str] | None = None
) -> ImportedFile:
    """The duties and rest days of a roster CSV, times read in `default_zone` or a zone column.

    Raises:
        RosterError: naming the row (1 is the header row) and the problem.
    """
    text = decode_text(data, Text.of(CSV_FILE))
    lines = text.splitlines()
    _check_quotes(lines)
    first = next(index for index, line in enumerate(lines) if line.strip())
    rows = _rows(lines, _delimiter(lines[first]))
    header = [cell.strip() for cell in rows[first]]
    found = _find_columns(header, columns or {}, f"row {first + 1}")
    entries: list[Entry] = []
    rest_days: set[date] = set()
    for number, row in enumerate(rows[first + 1 :], start=first + 2):
        if not any(cell.strip() for cell in row):
            continue
        entry = _row(row, found, f"row {number}", default_zone)
        if isinstance(entry, date):
            rest_days.add(entry)
        else:
            entries.append(entry)
        if len(entries) > MAX_ENTRIES:
            raise RosterError(f"row {number}", Text.of(TOO_MANY_DUTIES, limit=MAX_ENTRIES))
    entries.sort(key=lambda e: (e.start, e.end, e.label))
    return ImportedFile(tuple(entries), frozenset(rest_days - {e.day for e in entries}))


def _delimiter(header: str) -> str:
    return max(_DELIMITERS, key=header.count)


def _check_quotes(lines: list[str]) -> None:
    """One row per line: a quote left open would swallow the rows after it."""
    for number, line in enumerate(lines, start=1):
        if line.count('"') % 2:
            raise RosterError(f"row {number}", Text.of(OPEN_QUOTE))


def _rows(lines: list[str], delimiter: str) -> list[list[str]]:
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        return list(reader)
    except csv.Error as error:
        raise RosterError(
            f"row {reader.line_num}", Text.of(UNREADABLE_ROW, reason=str(error))
        ) from None


def _find_columns(header: list[str], explicit: Mapping[str, str], where: str) -> _Columns:
    normal = [_normal(cell) for cell in header]
    index: dict[str, int | None] = {}
    for role in ROLES:
        if role in explicit:
            wanted = _normal(explicit[role])
            if wanted not in normal:
                raise RosterError(where, Text.of(NO_SUCH_COLUMN, header=explicit[role], role=role))
            index[role] = normal.index(wanted)
        else:
            index[role] = next((normal.index(n) for n in HEADER_NAMES[role] if n in normal), None)
    if index["start"] is None or index["end"] is None:
        raise RosterError(where, Text.of(NO_TIME_COLUMNS, headers=", ".join(header)))
    return _Columns(index)


def _normal(header: str) -> str:
    return " ".join(re.sub(r"[_\-./]+", " ", header.lower()).split())


def _row(row: list[str], columns: _Columns, where: str, default_zone: str) -> Entry | date:
    zone_name = columns.value(row, "zone") or default_zone
    if not is_known_zone(zone_name):
        raise RosterError(where, Text.of(UNKNOWN_ZONE, name=zone_name))
    schedule = _date(columns.value(row, "date"), where, "date")
    start_text, end_text = columns.value(row, "start"), columns.value(row, "end")
    if not start_text and not end_text:
        if schedule is None:
            raise RosterError(where, Text.of(NO_DATE_OR_TIMES))
        return schedule
    start_day = _date(columns.value(row, "start_date"), where, "start date") or schedule
    start = _moment(start_text, start_day, where, "start")
    end_day = _date(columns.value(row, "end_date"), where, "end date")
    end = _moment(end_text, end_day or start.date(), where, "end")
    if end_day is None and not _has_date(end_text) and end <= start:
        end += timedelta(days=1)
    begin, finish = local_to_instant(start, zone_name), local_to_instant(end, zone_name)
    checked_span(begin, finish, where, 24)
    label = columns.value(row, "label") or "Imported shift"
    day = schedule or in_zone(begin, zone_name).date()
    return Entry(begin, finish, zone_name, label, day, where)


def _has_date(text: str) -> bool:
    return bool(_ISO_DATE.search(text) or _US_DATE.search(text))


def _moment(text: str, day: date | None, where: str, what: str) -> datetime:
    """A date-time from "2026-03-10 22:00", or a time on `day`."""
    if not text:
        raise RosterError(where, Text.of(NO_TIME, what=what))
    own_day = _date(text, where, what) if _has_date(text) else None
    clock_text = _ISO_DATE.sub("", _US_DATE.sub("", text)).replace("T", " ").strip()
    if own_day is None and day is None:
        raise RosterError(where, Text.of(NO_DATE, what=what, text=text))
    return datetime.combine(own_day or day or date.min, _clock(clock_text, where, what))


def _date(text: str, where: str, what: str) -> date | None:
    """ISO (2026-03-10, 2026/03/10) or US order (3/10/2026); None when empty."""
    if not text:
        return None
    iso, us = _ISO_DATE.search(text), _US_DATE.search(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if us:
            return date(int(us[3]), int(us[1]), int(us[2]))
    except ValueError:
        raise RosterError(where, Text.of(NOT_A_REAL_DATE, what=what, text=text)) from None
    raise RosterError(where, Text.of(NOT_A_DATE, what=what, text=text))


def _clock(text: str, where: str, what: str) -> time:
    """09:00, 9:00, 0900, 21:00:00, 9:00 PM."""
    match = _CLOCK.fullmatch(text.strip())
    if not match:
        raise RosterError(where, Text.of(NOT_A_TIME, what=what, text=text))
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            raise RosterError(where, Text.of(HOUR_WITH_AM_PM, what=what, text=text, hour=hour))
        hour = hour % 12 + (12 if match[4].lower().startswith("p") else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise RosterError(where, Text.of(NOT_A_TIME_OF_DAY, what=what, text=text))
    return time(hour, minute, second)
