"""Serialising calendar events as one RFC 5545 VCALENDAR that phone calendars accept.

The rules come from ical.md: METHOD:PUBLISH, NAME and X-WR-CALNAME, every event with UID,
DTSTAMP, SEQUENCE and a TZID whose VTIMEZONE (our RFC-correct one, never icalendar's) covers
only the span the file uses; wall times that are ambiguous in their zone are written in UTC.
icalendar itself is imported here and only here on the export path, because importing it costs
about 0.14 s and the app must not pay that at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import icalendar

from shiftplanner import __version__
from shiftplanner.core.instants import in_zone, is_ambiguous, is_nonexistent
from shiftplanner.ical.events import CalendarEvent
from shiftplanner.ical.vtimezone import vtimezone

PRODID = f"-//Shift Planner//shiftplanner {__version__}//EN"
PRODUCT_MARK = "-//Shift Planner//"
DIGEST_PROPERTY = "X-SHIFTPLANNER-DIGEST"
_UTC_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/Zulu", "Zulu", "Etc/UCT", "UCT", "Etc/GMT"})


def calendar_bytes(events: Sequence[CalendarEvent], *, name: str, stamp: datetime) -> bytes:
    """The iCalendar bytes (CRLF, folded at 75 octets) for events, in start order.

    Args:
        events: What to write; cancelled ones are written with STATUS:CANCELLED.
        name: The calendar's name, shown by the phone (NAME and X-WR-CALNAME).
        stamp: The DTSTAMP of every event (aware); fixed by the caller for reproducible bytes.
    """
    data: bytes = build_calendar(events, name=name, stamp=stamp).to_ical()
    return data


def build_calendar(
    events: Sequence[CalendarEvent], *, name: str, stamp: datetime
) -> icalendar.Calendar:
    """The icalendar object that `calendar_bytes` serialises."""
    calendar = icalendar.Calendar()
    calendar.add("VERSION", "2.0")
    calendar.add("PRODID", PRODID)
    calendar.add("CALSCALE", "GREGORIAN")
    calendar.add("METHOD", "PUBLISH")
    calendar.add("NAME", name)
    calendar.add("X-WR-CALNAME", name)
    ordered = sorted(events, key=lambda e: (e.start, e.end, e.uid))
    spans: dict[str, tuple[datetime, datetime]] = {}
    vevents = [_vevent(event, stamp.astimezone(UTC), spans) for event in ordered]
    for zone_name in sorted(spans):
        first, last = spans[zone_name]
        calendar.add_component(vtimezone(zone_name, first, last))
    for vevent in vevents:
        calendar.add_component(vevent)
    return calendar


def _vevent(
    event: CalendarEvent, stamp: datetime, spans: dict[str, tuple[datetime, datetime]]
) -> icalendar.Event:
    """One VEVENT; records in `spans` the instants written with the event's TZID."""
    vevent = icalendar.Event()
    vevent.add("UID", event.uid)
    vevent.add("DTSTAMP", stamp)
    vevent.add("DTSTART", _written_time(event.start, event.zone, spans))
    vevent.add("DTEND", _written_time(event.end, event.zone, spans))
    vevent.add("SUMMARY", event.summary)
    if event.description:
        vevent.add("DESCRIPTION", event.description)
    vevent.add("CATEGORIES", [event.layer.value])
    vevent.add("TRANSP", "OPAQUE" if event.opaque else "TRANSPARENT")
    vevent.add("STATUS", "CANCELLED" if event.cancelled else "CONFIRMED")
    vevent.add("SEQUENCE", event.sequence)
    vevent.add(DIGEST_PROPERTY, event.digest())
    if event.alarm_minutes is not None and not event.cancelled:
        vevent.add_component(_alarm(event))
    return vevent


def _written_time(
    instant: datetime, zone_name: str, spans: dict[str, tuple[datetime, datetime]]
) -> datetime:
    """The instant as local time in its zone, or in UTC where the local time is unsafe.

    A wall time in the repeated fall-back hour reads differently in different clients (some
    take the first occurrence, some the second), so it is written in UTC; so is one in a UTC
    zone, which needs no VTIMEZONE.
    """
    utc = instant.astimezone(UTC)
    if zone_name in _UTC_ZONES:
        return utc
    local = in_zone(utc, zone_name)
    wall = local.replace(tzinfo=None, fold=0)
    if is_ambiguous(wall.date(), wall.time(), zone_name) or is_nonexistent(
        wall.date(), wall.time(), zone_name
    ):
        return utc
    first, last = spans.get(zone_name, (utc, utc))
    spans[zone_name] = (min(first, utc), max(last, utc))
    return local


def _alarm(event: CalendarEvent) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("ACTION", "DISPLAY")
    alarm.add("TRIGGER", -timedelta(minutes=event.alarm_minutes or 0))
    alarm.add("DESCRIPTION", event.summary)
    return alarm
