"""Reading a roster or appointment feed in iCalendar form (Genesys, Talkdesk, phone exports).

icalendar parses tolerantly, so every property the import relies on is checked here: each
event needs a UID and a DTSTART with a known zone, an end after its start, and repeat rules
are expanded only inside a bounded window and up to a count. A file that fails any check is
refused whole, naming the line of the event's BEGIN:VEVENT.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

import icalendar

from shiftplanner.core.instants import in_zone, is_known_zone, local_to_instant
from shiftplanner.core.text import Template, Text, located
from shiftplanner.ical.reading import PropertyError, Stamp, duration_of, stamp_of, text_of
from shiftplanner.ical.recurrence import (
    MORE_THAN_ONE_RULE,
    RULE_UNREADABLE,
    RecurrenceError,
    Rule,
    occurrence_starts,
)
from shiftplanner.ical.roster import (
    MAX_ENTRIES,
    Entry,
    ImportedFile,
    RosterError,
    checked_span,
    decode_text,
)
from shiftplanner.ical.zones import FileZones

MAX_EVENTS = 5000
_CHECKED_PROPERTIES = frozenset(
    {"UID", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "STATUS"}
)
_UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Zulu", "Etc/Zulu", "UCT"})
_BEGIN_EVENT = re.compile(r"^BEGIN:VEVENT\s*$", re.IGNORECASE)

ICS_FILE = Template("calendar file (.ics)")
CANCELLED_LEFT_OUT = Template('"{label}" is cancelled, left out')
ALL_DAY_LEFT_OUT = Template('"{label}" is an all-day event, left out')
ENDLESS_READ_UP_TO = Template('"{label}" repeats without end; read up to {last}')
NOT_ICALENDAR = Template("not an iCalendar file: it does not start with BEGIN:VCALENDAR")
TOO_MANY_EVENTS = Template("{count} events are too many (limit {limit})")
TOO_MANY_ENTRIES = Template("the file holds more than {limit} events")
UNREADABLE = Template("not a readable iCalendar file ({reason})")
CUT_OFF = Template("no complete VCALENDAR in the file; is it cut off?")
NO_UID = Template("the event has no UID")
NO_DTSTART = Template("the event has no DTSTART (start time)")
DATE_END = Template("DTEND is a date but DTSTART has a time")
NO_END = Template("the event has no DTEND or DURATION (end time)")
ENDS_BEFORE_START = Template("the event ends at or before it starts")
RDATE_DAYS = Template("RDATE with dates or periods instead of times is not supported")
NOT_A_MOMENT = Template("{name} holds a value that is not a date or time")
UNREADABLE_PROPERTY = Template("{name} cannot be read ({reason})")
UNKNOWN_TZID = Template('unknown time zone "{name}" and no VTIMEZONE for it')


@dataclass(frozen=True, slots=True)
class Horizon:
    """Bounds for reading: the last date a repeat rule is expanded to, and the longest entry."""

    last: date
    max_hours: float


@dataclass(frozen=True, slots=True)
class _Context:
    horizon: Horizon
    overrides: dict[str, frozenset[datetime]]


def read_ics(data: bytes, *, default_zone: str, horizon: Horizon) -> ImportedFile:
    """The timed events of an .ics file, with floating times read in `default_zone`.

    Raises:
        RosterError: anything that would make the import uncertain, with the line.
    """
    # icalendar warns when it guesses a vendor-prefixed TZID; the guess is what we want, and a
    # warning must not turn into an error where warnings are errors (the test suite).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read_ics(data, default_zone, horizon)


def _read_ics(data: bytes, default_zone: str, horizon: Horizon) -> ImportedFile:
    text = decode_text(data, Text.of(ICS_FILE))
    first_line = text.lstrip().split("\n", 1)[0].strip()
    if first_line.upper() != "BEGIN:VCALENDAR":
        raise RosterError("line 1", Text.of(NOT_ICALENDAR))
    calendars = _parse(text)
    events = [(c, e) for c in calendars for e in c.walk("VEVENT")]
    if len(events) > MAX_EVENTS:
        raise RosterError("", Text.of(TOO_MANY_EVENTS, count=len(events), limit=MAX_EVENTS))
    lines = _event_lines(text, len(events))
    zones = {id(c): FileZones.of(c, default_zone) for c in calendars}
    context = _Context(horizon, _overrides(events, lines, zones))
    entries: list[Entry] = []
    notes: list[Text] = []
    for (owner, event), where in zip(events, lines, strict=True):
        found, note = _event_entries(event, where, zones[id(owner)], context)
        entries += found
        notes += [note] if note else []
        if len(entries) > MAX_ENTRIES:
            raise RosterError(where, Text.of(TOO_MANY_ENTRIES, limit=MAX_ENTRIES))
    entries.sort(key=lambda e: (e.start, e.end, e.label))
    return ImportedFile(tuple(entries), notes=tuple(notes))


def _parse(text: str) -> list[icalendar.Calendar]:
    try:
        parsed = icalendar.Calendar.from_ical(text.encode("utf-8"), multiple=True)
    except Exception as error:  # icalendar raises many types on broken input
        raise RosterError("", Text.of(UNREADABLE, reason=_short(error))) from None
    calendars = [c for c in parsed if isinstance(c, icalendar.Calendar) and c.name == "VCALENDAR"]
    if not calendars:
        raise RosterError("", Text.of(CUT_OFF))
    return calendars


def _event_lines(text: str, count: int) -> list[str]:
    """ "line N" of each BEGIN:VEVENT, in document order (icalendar walks in that order)."""
    numbers = [
        f"line {n}" for n, line in enumerate(text.splitlines(), start=1) if _BEGIN_EVENT.match(line)
    ]
    if len(numbers) != count:
        return [f"event {n}" for n in range(1, count + 1)]
    return numbers


def _overrides(
    events: list[tuple[icalendar.Calendar, icalendar.Component]],
    lines: list[str],
    zones: dict[int, FileZones],
) -> dict[str, frozenset[datetime]]:
    """UID → instants of occurrences that a RECURRENCE-ID event replaces."""
    found: dict[str, set[datetime]] = {}
    for (owner, event), where in zip(events, lines, strict=True):
        recurrence_id = _stamp(event, "RECURRENCE-ID", where)
        if recurrence_id is not None and not recurrence_id.is_date:
            instant = _instant(recurrence_id, zones[id(owner)], where)
            found.setdefault(text_of(event, "UID").strip(), set()).add(instant)
    return {uid: frozenset(instants) for uid, instants in found.items()}


def _event_entries(
    event: icalendar.Component, where: str, zones: FileZones, context: _Context
) -> tuple[list[Entry], Text | None]:
    _check_errors(event, where)
    if not text_of(event, "UID").strip():
        raise RosterError(where, Text.of(NO_UID))
    label = text_of(event, "SUMMARY").strip() or "Imported shift"
    if text_of(event, "STATUS").strip().upper() == "CANCELLED":
        return [], located(where, Text.of(CANCELLED_LEFT_OUT, label=label))
    start = _stamp(event, "DTSTART", where)
    if start is None:
        raise RosterError(where, Text.of(NO_DTSTART))
    if start.is_date:
        return [], located(where, Text.of(ALL_DAY_LEFT_OUT, label=label))
    length = _length(event, start, where, zones)
    starts, endless = _starts(event, start, where, zones, context)
    entries = []
    for local in starts:
        begin = local.astimezone(UTC)
        end = begin + length
        checked_span(begin, end, where, context.horizon.max_hours)
        own = _zone_name(local.tzinfo)
        zone_name = _kept_zone(begin, end, own or zones.default)
        day = local.date() if local.utcoffset() or own else in_zone(begin, zone_name).date()
        entries.append(Entry(begin, end, zone_name, label, day, where))
    if endless:
        return entries, located(
            where, Text.of(ENDLESS_READ_UP_TO, label=label, last=context.horizon.last.isoformat())
        )
    return entries, None


def _length(event: icalendar.Component, start: Stamp, where: str, zones: FileZones) -> timedelta:
    """Real length from DTEND, or DURATION; a timed event without either is refused."""
    end = _stamp(event, "DTEND", where)
    begin = _instant(start, zones, where)
    if end is not None:
        if end.is_date:
            raise RosterError(where, Text.of(DATE_END))
        length = _instant(end, zones, where) - begin
    else:
        try:
            duration = duration_of(event)
        except PropertyError as error:
            raise RosterError(where, error.text) from None
        if duration is None:
            raise RosterError(where, Text.of(NO_END))
        length = duration
    if length <= timedelta(0):
        raise RosterError(where, Text.of(ENDS_BEFORE_START))
    return length


def _starts(
    event: icalendar.Component, start: Stamp, where: str, zones: FileZones, context: _Context
) -> tuple[list[datetime], bool]:
    """Aware local starts (DTSTART, rule occurrences and RDATEs less EXDATEs) and endlessness."""
    first = _aware(start, zones, where)
    extra_times, extra_days = _date_list(event, "RDATE", zones, where)
    if extra_days:
        raise RosterError(where, Text.of(RDATE_DAYS))
    if "RRULE" not in event:
        return sorted({first, *extra_times}), False
    try:
        rule = Rule.parse(_rule_parts(event))
        naive = occurrence_starts(
            rule, first.replace(tzinfo=None), context.horizon.last, MAX_ENTRIES
        )
        aware = [n.replace(tzinfo=first.tzinfo) for n in naive]
    except RecurrenceError as error:
        raise RosterError(where, error.text) from None
    skipped = context.overrides.get(text_of(event, "UID").strip(), frozenset())
    excluded_times, excluded_days = _date_list(event, "EXDATE", zones, where)
    excluded = {t.astimezone(UTC) for t in excluded_times} | skipped
    occurrences = [a for a in aware if _before_until(a, rule)] + extra_times
    kept = {
        a
        for a in occurrences
        if a.astimezone(UTC) not in excluded and a.date() not in excluded_days
    }
    return sorted(kept), rule.count is None and rule.until is None


def _before_until(local: datetime, rule: Rule) -> bool:
    until = rule.until
    if isinstance(until, datetime) and until.tzinfo is not None:
        return local.astimezone(UTC) <= until.astimezone(UTC)
    return True


def _rule_parts(event: icalendar.Component) -> dict[str, list[object]]:
    rule = event.get("RRULE")
    if isinstance(rule, list):
        raise RecurrenceError(Text.of(MORE_THAN_ONE_RULE))
    if not hasattr(rule, "items"):
        raise RecurrenceError(Text.of(RULE_UNREADABLE))
    return {str(key).upper(): list(value) for key, value in rule.items()}


def _date_list(
    event: icalendar.Component, name: str, zones: FileZones, where: str
) -> tuple[list[datetime], set[date]]:
    """The date-times (aware, local) and the plain dates of an EXDATE or RDATE property.

    Raises:
        RosterError: a value that is neither (a PERIOD), or an unknown TZID.
    """
    times: list[datetime] = []
    days: set[date] = set()
    props = event.get(name, [])
    for prop in props if isinstance(props, list) else [props]:
        params = getattr(prop, "params", {})
        tzid = params.get("TZID") if hasattr(params, "get") else None
        for item in getattr(prop, "dts", []):
            value = getattr(item, "dt", None)
            if isinstance(value, datetime):
                stamp = Stamp(value, str(tzid) if tzid is not None else None)
                times.append(_aware(stamp, zones, where))
            elif isinstance(value, date):
                days.add(value)
            else:
                raise RosterError(where, Text.of(NOT_A_MOMENT, name=name))
    return times, days


def _check_errors(event: icalendar.Component, where: str) -> None:
    for name, problem in getattr(event, "errors", []):
        if name is not None and str(name).upper() in _CHECKED_PROPERTIES:
            raise RosterError(
                where, Text.of(UNREADABLE_PROPERTY, name=name, reason=_short(problem))
            )


def _stamp(event: icalendar.Component, name: str, where: str) -> Stamp | None:
    try:
        return stamp_of(event, name)
    except PropertyError as error:
        raise RosterError(where, error.text) from None


def _aware(stamp: Stamp, zones: FileZones, where: str) -> datetime:
    """The value as an aware local time in its TZID's zone, or the file's default zone."""
    aware = zones.aware(stamp)
    if aware is None:
        raise RosterError(where, Text.of(UNKNOWN_TZID, name=str(stamp.tzid)))
    return aware


def _instant(stamp: Stamp, zones: FileZones, where: str) -> datetime:
    return _aware(stamp, zones, where).astimezone(UTC)


def _zone_name(tz: tzinfo | None) -> str | None:
    """The IANA name of a value's zone; None for UTC and zones only the file defines."""
    key = getattr(tz, "key", None)
    if not isinstance(key, str) or key in _UTC_NAMES or not is_known_zone(key):
        return None
    return key


def _kept_zone(start: datetime, end: datetime, preferred: str) -> str:
    """`preferred` if both instants survive a round trip through its wall clock, else UTC."""
    for instant in (start, end):
        wall = in_zone(instant, preferred).replace(tzinfo=None)
        if local_to_instant(wall, preferred) != instant:
            return "UTC"
    return preferred


def _short(error: object) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 160 else text[:157] + "..."
