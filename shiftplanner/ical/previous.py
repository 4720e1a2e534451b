"""Reading back what an earlier export wrote to a file: UID, SEQUENCE, digest, time, layer.

Only files this app wrote are read; anything else at the destination is refused, so an export
never silently overwrites someone's own calendar file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import icalendar

from shiftplanner.core.text import Template, Text
from shiftplanner.ical.events import Layer
from shiftplanner.ical.reading import categories_of, integer_of, stamp_of, text_of
from shiftplanner.ical.revisions import ExportRecord
from shiftplanner.ical.writer import DIGEST_PROPERTY, PRODUCT_MARK

NOT_ICALENDAR = Template("not an iCalendar file ({reason})")
NOT_OURS = Template("not written by Shift Planner")
DAMAGED = Template("an event in it is damaged ({reason})")


class PreviousExportError(ValueError):
    """The file at the destination is not a readable Shift Planner export; `text` says what."""

    def __init__(self, problem: Text) -> None:
        super().__init__(problem.render())
        self.text = problem


def read_previous_export(data: bytes) -> list[ExportRecord]:
    """The records of an earlier export's events.

    Raises:
        PreviousExportError: not an iCalendar file, or not one this app wrote.
    """
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # icalendar raises many types on foreign input
        raise PreviousExportError(Text.of(NOT_ICALENDAR, reason=str(error))) from None
    if PRODUCT_MARK not in str(calendar.get("PRODID", "")):
        raise PreviousExportError(Text.of(NOT_OURS))
    try:
        return [_record(event) for event in calendar.walk("VEVENT")]
    except ValueError as error:
        raise PreviousExportError(Text.of(DAMAGED, reason=str(error))) from None


def _record(event: icalendar.Component) -> ExportRecord:
    start, end = stamp_of(event, "DTSTART"), stamp_of(event, "DTEND")
    if start is None or end is None:
        raise ValueError(f"{text_of(event, 'UID')} has no DTSTART or DTEND")
    zones = [stamp.tzid for stamp in (start, end) if stamp.tzid is not None]
    layers = categories_of(event)
    return ExportRecord(
        uid=text_of(event, "UID"),
        layer=Layer(layers[0]) if layers else Layer.WORK,
        summary=text_of(event, "SUMMARY"),
        start=_utc(start.value),
        end=_utc(end.value),
        zone=zones[0] if zones else "UTC",
        sequence=integer_of(event, "SEQUENCE", 0),
        digest=text_of(event, DIGEST_PROPERTY),
        cancelled=text_of(event, "STATUS").upper() == "CANCELLED",
    )


def _utc(value: date) -> datetime:
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise ValueError(f"{value!r} is not a date-time with a zone")
    return value.astimezone(UTC)
