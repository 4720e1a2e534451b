"""Resolving a file's TZIDs to zones without icalendar's process-wide zone cache.

icalendar remembers every VTIMEZONE it has parsed under its TZID for the rest of the process,
first definition winning, so in a long-running app a later file's "Eastern Standard Time"
would be read with an earlier file's rules. Here each file's TZIDs are resolved afresh: an
IANA name through tzdata, a Windows name through icalendar's mapping to IANA, then the file's
own VTIMEZONE, then a "globally unique" /vendor/Area/City name by its IANA suffix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

import icalendar
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from shiftplanner.core.instants import is_known_zone, local_to_instant, zone
from shiftplanner.ical.reading import Stamp, text_of


@dataclass(frozen=True, slots=True)
class FileZones:
    """The zones one VCALENDAR speaks in.

    Args:
        default: IANA zone for floating times (X-WR-TIMEZONE, or the caller's default).
        defined: The file's own VTIMEZONEs by TZID, as tzinfo.
    """

    default: str
    defined: dict[str, tzinfo] = field(default_factory=dict)

    @classmethod
    def of(cls, calendar: icalendar.Calendar, default: str) -> FileZones:
        """The zones of a calendar; a VTIMEZONE that cannot be read is left out."""
        named = text_of(calendar, "X-WR-TIMEZONE").strip()
        defined: dict[str, tzinfo] = {}
        for component in calendar.walk("VTIMEZONE"):
            if not isinstance(component, icalendar.Timezone):
                continue
            try:
                defined[text_of(component, "TZID")] = component.to_tz(lookup_tzid=False)
            except Exception:  # a broken VTIMEZONE only leaves its TZID unknown
                continue
        return cls(named if named and is_known_zone(named) else default, defined)

    def resolve(self, tzid: str) -> tzinfo | None:
        """The zone a TZID names, or None if neither tzdata nor the file knows it."""
        name = tzid.strip().strip('"')
        cleaned = name.strip("/")
        for candidate in (cleaned, WINDOWS_TO_OLSON.get(cleaned, "")):
            if candidate and is_known_zone(candidate):
                return zone(candidate)
        if tzid in self.defined:
            return self.defined[tzid]
        parts = cleaned.split("/")
        for start in range(1, len(parts)):
            suffix = "/".join(parts[start:])
            if name.startswith("/") and is_known_zone(suffix):
                return zone(suffix)
        return None

    def aware(self, stamp: Stamp) -> datetime | None:
        """A date-time value as an aware local time; None for an unknown TZID.

        A TZID is resolved here, not by icalendar; a floating time is in `default`.
        """
        value = stamp.value
        assert isinstance(value, datetime)
        if stamp.tzid is None:
            if value.tzinfo is not None:
                return value
            return local_to_instant(value, self.default).astimezone(zone(self.default))
        resolved = self.resolve(stamp.tzid)
        if resolved is None:
            return None
        return value.replace(tzinfo=resolved)
