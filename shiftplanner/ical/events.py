"""Calendar events as the export sees them: shifts and blocks turned into dated, named entries.

Pure data, no icalendar: the writer turns these into VEVENTs and the re-export logic compares
them with what was written before. Every event's UID is a stable function of what it is, so
two exports of the same plan agree and a phone updates an event instead of duplicating it.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import format_utc, hours_text, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import Shift, ShiftSource

# Fixed so UIDs stay the same across versions of the app; never change it.
_UID_NAMESPACE = uuid.UUID("6f0b0c1e-3d54-5b9e-9a57-2c8f3e1d7a40")
PLAN_ID_KEY = "x-plan-id"


class Layer(Enum):
    """A calendar layer; its value is the CATEGORIES text and the `--layers` word."""

    WORK = "work"
    SLEEP = "sleep"
    STUDY = "study"
    SELF_CARE = "self-care"

    @property
    def title(self) -> str:
        """The layer's name for people, e.g. in a split calendar's name."""
        return {"work": "Work", "sleep": "Sleep", "study": "Study", "self-care": "Self-care"}[
            self.value
        ]

    @classmethod
    def of_block(cls, kind: BlockKind) -> Layer:
        """The layer a block kind belongs to: naps go with sleep."""
        if kind.is_sleep:
            return cls.SLEEP
        return cls.STUDY if kind is BlockKind.STUDY else cls.SELF_CARE


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT to write.

    Args:
        uid: Stable identity (see `event_uid`).
        layer: Work, sleep, study or self-care.
        summary: The title a calendar shows.
        start: UTC instant.
        end: UTC instant, after `start`.
        zone: The zone whose TZID the times are written in.
        description: Helpful detail (home time of a foreign-zone shift, hours, note).
        opaque: Busy time (shifts, sleep) rather than flexible, transparent time.
        alarm_minutes: A reminder this many minutes before the start, or None.
        cancelled: Written as STATUS:CANCELLED so calendars remove it.
        sequence: The revision number (RFC 5545 SEQUENCE).
    """

    uid: str
    layer: Layer
    summary: str
    start: datetime
    end: datetime
    zone: str
    description: str = ""
    opaque: bool = True
    alarm_minutes: int | None = None
    cancelled: bool = False
    sequence: int = 0

    def digest(self) -> str:
        """A fingerprint of everything a calendar shows, so a change can be told from none."""
        parts = (
            self.uid, self.layer.value, self.summary, format_utc(self.start),
            format_utc(self.end), self.zone, self.description, str(self.opaque),
            str(self.alarm_minutes), str(self.cancelled),
        )  # fmt: skip
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def event_uid(plan_id: str, layer: Layer, identity: str) -> str:
    """A UID that depends only on the plan, the layer and the record's identity."""
    name = f"{plan_id}/{layer.value}/{identity}"
    return f"{uuid.uuid5(_UID_NAMESPACE, name)}@shiftplanner"


def shift_events(
    plan: Plan, plan_id: str, shifts: Sequence[Shift], alarm_minutes: int | None = None
) -> list[CalendarEvent]:
    """One event per shift, in the shift's own zone."""
    return [
        CalendarEvent(
            uid=event_uid(plan_id, Layer.WORK, identity),
            layer=Layer.WORK,
            summary=shift.name,
            start=shift.start,
            end=shift.end,
            zone=shift.zone,
            description=shift_description(plan, shift),
            alarm_minutes=alarm_minutes,
        )
        for shift, identity in zip(shifts, _shift_identities(shifts), strict=True)
    ]


def _shift_identities(shifts: Sequence[Shift]) -> Iterable[str]:
    """Roster date and type for typed shifts; roster date and rank that day for one-offs.

    A one-off's rank rather than its time is its identity, so a re-imported roster that moves
    a duty updates the event instead of cancelling one and adding another.
    """
    ranks: dict[str, int] = {}
    for shift in shifts:
        day = shift.roster_date.isoformat()
        if shift.type_id is not None:
            yield f"shift/{day}/{shift.type_id}"
            continue
        rank = ranks.get(day, 0)
        ranks[day] = rank + 1
        yield f"one-off/{day}/{rank}"


def shift_description(plan: Plan, shift: Shift) -> str:
    """Home time of the shift, its own-zone time, worked hours, origin and note."""
    lines = [f"{_span(shift.start, shift.end, plan.home_zone)} home time ({plan.home_zone})"]
    if shift.zone != plan.home_zone:
        lines.append(f"{_zone_span(shift.start, shift.end, shift.zone)} ({shift.zone})")
    worked = f"Worked: {hours_text(shift.worked_hours)}"
    if shift.unpaid_break_minutes:
        worked += f" ({shift.unpaid_break_minutes} min unpaid break)"
    lines.append(worked)
    if shift.source is not ShiftSource.ROTATION:
        lines.append(f"From: {shift.source.value}")
    if shift.note:
        lines.append(f"Note: {shift.note}")
    return "\n".join(lines)


def block_events(
    plan: Plan, plan_id: str, blocks: Sequence[Block], alarm_minutes: int | None = None
) -> list[CalendarEvent]:
    """One event per block, in the home zone; study and self-care are transparent."""
    names = {goal.id: goal.name for goal in plan.goals}
    names.update({habit.id: habit.name for habit in plan.habits})
    events = []
    for block in blocks:
        layer = Layer.of_block(block.kind)
        title = names.get(block.ref, block.ref)
        summary = {
            BlockKind.SLEEP: "Sleep",
            BlockKind.NAP: "Nap",
            BlockKind.STUDY: f"Study: {title}",
            BlockKind.SELF_CARE: title,
        }[block.kind]
        events.append(
            CalendarEvent(
                uid=event_uid(plan_id, layer, f"{block.ref}/{format_utc(block.start)}"),
                layer=layer,
                summary=summary,
                start=block.start,
                end=block.end,
                zone=plan.home_zone,
                description=f"{hours_text(block.hours)} planned by Shift Planner",
                opaque=layer is Layer.SLEEP,
                alarm_minutes=alarm_minutes,
            )
        )
    return events


def _span(start: datetime, end: datetime, zone_name: str) -> str:
    local_start, local_end = in_zone(start, zone_name), in_zone(end, zone_name)
    end_text = f"{local_end:%H:%M}"
    if local_end.date() != local_start.date():
        end_text = f"{local_end:%a} {end_text}"
    return f"{local_start:%a %d %b %H:%M}-{end_text}"


def _zone_span(start: datetime, end: datetime, zone_name: str) -> str:
    """Like `_span` with the zone's abbreviation, on both ends when a clock change lies between."""
    first, last = f"{in_zone(start, zone_name):%Z}", f"{in_zone(end, zone_name):%Z}"
    span = _span(start, end, zone_name)
    if first == last:
        return f"{span} {first}"
    opening, closing = span.split("-", 1)
    return f"{opening} {first}-{closing} {last}"


def plan_identity(plan: Plan) -> str:
    """The plan's stable identity: its `x-plan-id`, or one derived from who it belongs to.

    The derived one depends only on the person's name and home zone, so editing shifts,
    goals or habits never changes the UIDs of what was already exported.
    """
    stored = plan.extensions.get(PLAN_ID_KEY)
    if isinstance(stored, str) and stored.strip():
        return stored.strip()
    return str(uuid.uuid5(_UID_NAMESPACE, f"plan/{plan.person.name}/{plan.home_zone}"))
