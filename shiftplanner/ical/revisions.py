"""Re-export that updates instead of duplicating: SEQUENCE numbers and cancellations.

A calendar that imports a file again matches events by UID and keeps the one with the higher
SEQUENCE, so a changed event must get a higher SEQUENCE than last time and an unchanged one
must keep its own. A plain re-import never deletes anything, so an event that vanished since
the last export is written once more as STATUS:CANCELLED with SEQUENCE + 1.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from shiftplanner.core.instants import format_utc
from shiftplanner.ical.events import CalendarEvent, Layer


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """What was last written for one UID: enough to compare with and to cancel it later."""

    uid: str
    layer: Layer
    summary: str
    start: datetime
    end: datetime
    zone: str
    sequence: int
    digest: str
    cancelled: bool

    @classmethod
    def of(cls, event: CalendarEvent) -> ExportRecord:
        """The record of an event as written."""
        return cls(
            uid=event.uid,
            layer=event.layer,
            summary=event.summary,
            start=event.start,
            end=event.end,
            zone=event.zone,
            sequence=event.sequence,
            digest=event.digest(),
            cancelled=event.cancelled,
        )

    def to_json(self) -> str:
        """The record as JSON text, for the store's ledger."""
        return json.dumps(
            {
                "layer": self.layer.value,
                "summary": self.summary,
                "start": format_utc(self.start),
                "end": format_utc(self.end),
                "zone": self.zone,
                "sequence": self.sequence,
                "digest": self.digest,
                "cancelled": self.cancelled,
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, uid: str, text: str) -> ExportRecord:
        """A record read back from the ledger.

        Raises:
            ValueError: the text is not a record this module wrote.
        """
        try:
            data: dict[str, Any] = json.loads(text)
            return cls(
                uid=uid,
                layer=Layer(data["layer"]),
                summary=str(data["summary"]),
                start=_utc(data["start"]),
                end=_utc(data["end"]),
                zone=str(data["zone"]),
                sequence=int(data["sequence"]),
                digest=str(data["digest"]),
                cancelled=bool(data["cancelled"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"export ledger entry {uid} is damaged ({error})") from None


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def merge_history(*sources: Iterable[ExportRecord]) -> dict[str, ExportRecord]:
    """One record per UID from several memories (file, ledger): the highest SEQUENCE wins."""
    merged: dict[str, ExportRecord] = {}
    for source in sources:
        for record in source:
            known = merged.get(record.uid)
            if known is None or record.sequence > known.sequence:
                merged[record.uid] = record
    return merged


@dataclass(frozen=True, slots=True)
class Scope:
    """What an export covers: an event last written here vanished only if it lies inside."""

    start: datetime
    end: datetime
    layers: Collection[Layer]

    def covers(self, record: ExportRecord) -> bool:
        """Whether the record's layer is exported and its time overlaps the range."""
        return record.layer in self.layers and record.end > self.start and record.start < self.end


def revise(
    events: Iterable[CalendarEvent], history: Mapping[str, ExportRecord], scope: Scope
) -> list[CalendarEvent]:
    """The events to write now, with SEQUENCE set, plus cancellations for vanished ones.

    Unchanged events keep their SEQUENCE; changed ones (or ones brought back after a
    cancellation) get the previous SEQUENCE + 1. A vanished event inside the scope is cancelled
    once; one already cancelled last time is not written again.
    """
    current = {event.uid: event for event in events}
    revised = [_revised(event, history.get(uid)) for uid, event in current.items()]
    for uid, record in history.items():
        if uid not in current and not record.cancelled and scope.covers(record):
            revised.append(cancellation(record))
    return revised


def _revised(event: CalendarEvent, record: ExportRecord | None) -> CalendarEvent:
    if record is None:
        return event
    if record.digest == event.digest():
        return replace(event, sequence=record.sequence)
    return replace(event, sequence=record.sequence + 1)


def cancellation(record: ExportRecord) -> CalendarEvent:
    """The cancelled form of a recorded event, one SEQUENCE higher."""
    return CalendarEvent(
        uid=record.uid,
        layer=record.layer,
        summary=record.summary,
        start=record.start,
        end=record.end,
        zone=record.zone,
        cancelled=True,
        sequence=record.sequence + 1,
    )


def retraction(
    events: Iterable[CalendarEvent], history: Mapping[str, ExportRecord]
) -> list[CalendarEvent]:
    """Every known event cancelled: calendars that imported any export remove them all.

    Ones already cancelled are repeated as they were, so a calendar that missed the earlier
    cancellation still removes them.
    """
    known = dict(history)
    for event in events:
        known.setdefault(event.uid, ExportRecord.of(event))
    return [
        _as_written(record) if record.cancelled else cancellation(record)
        for record in known.values()
    ]


def _as_written(record: ExportRecord) -> CalendarEvent:
    return replace(cancellation(record), sequence=record.sequence)
