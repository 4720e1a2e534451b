"""Plan-file sections for shift types, rotations, changes, extra shifts and rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from shiftplanner.core.instants import format_clock, local_to_instant, real_hours
from shiftplanner.core.person import Person
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, ShiftSource, ShiftType
from shiftplanner.core.text import Template, Text, TextArg
from shiftplanner.core.thresholds import THRESHOLDS
from shiftplanner.core.validation import LISTED_TWICE, Node, PlanError

_TYPE_KEYS = ("id", "name", "start", "end", "zone", "unpaid_break_minutes", "color")
_ROTATION_KEYS = ("start_date", "cycle", "end_date")
_CHANGE_KEYS = ("date", "shift", "note")
_EXTRA_KEYS = ("start", "end", "zone", "label", "unpaid_break_minutes", "source")
_MAX_CYCLE_DAYS = 366
_MAX_EXTRA_HOURS = 24

OFF_RESERVED = Template('"off" is reserved for rest days; pick another id')
EMPTY_CYCLE = Template("a cycle needs at least one day")
LONG_CYCLE = Template("a cycle of {days} days is longer than a year")
END_BEFORE_START = Template("{end} is before start_date {start}")
UNKNOWN_SHIFT_TYPE = Template('unknown shift type "{entry}" (known: {known}, or "off")')
NONE_DEFINED = Template("none defined")
ENDS_BEFORE_START = Template("ends at or before its start ({start})")
LONG_DUTY = Template("a duty of {hours} h is longer than {limit} h")


def shift_types_from_json(node: Node, home_zone: str) -> tuple[ShiftType, ...]:
    """The shift types, each id unique and never "off"."""
    types = tuple(_shift_type(item, home_zone) for item in node.items())
    _check_unique([t.id for t in types], node, "id")
    return types


def _shift_type(node: Node, home_zone: str) -> ShiftType:
    obj = node.obj(_TYPE_KEYS)
    type_id = obj.get("id").text()
    if type_id == OFF:
        raise obj.get("id").fail(Text.of(OFF_RESERVED))
    start, end = obj.get("start").clock(), obj.get("end").clock()
    span_minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % (24 * 60)
    span_minutes = span_minutes or 24 * 60
    return ShiftType(
        id=type_id,
        name=obj.optional("name", lambda n: n.text(), type_id),
        start=start,
        end=end,
        zone=obj.optional("zone", lambda n: n.zone_name(), home_zone),
        unpaid_break_minutes=obj.optional(
            "unpaid_break_minutes", lambda n: n.integer(0, span_minutes - 1), 0
        ),
        color=obj.optional("color", lambda n: n.color(), None),
    )


def rotations_from_json(node: Node, type_ids: frozenset[str]) -> tuple[Rotation, ...]:
    """The rotations; every cycle entry names a known shift type or "off"."""
    return tuple(_rotation(item, type_ids) for item in node.items())


def _rotation(node: Node, type_ids: frozenset[str]) -> Rotation:
    obj = node.obj(_ROTATION_KEYS)
    cycle_node = obj.get("cycle")
    cycle = tuple(_entry(item, type_ids) for item in cycle_node.items())
    if not cycle:
        raise cycle_node.fail(Text.of(EMPTY_CYCLE))
    if len(cycle) > _MAX_CYCLE_DAYS:
        raise cycle_node.fail(Text.of(LONG_CYCLE, days=len(cycle)))
    start = obj.get("start_date").day()
    end = obj.optional("end_date", lambda n: n.day(), None)
    if end is not None and end < start:
        raise obj.get("end_date").fail(Text.of(END_BEFORE_START, end=str(end), start=str(start)))
    return Rotation(start_date=start, cycle=cycle, end_date=end)


def _entry(node: Node, type_ids: frozenset[str]) -> str:
    entry = node.text()
    if entry != OFF and entry not in type_ids:
        known: TextArg = ", ".join(sorted(type_ids)) or Text.of(NONE_DEFINED)
        raise node.fail(Text.of(UNKNOWN_SHIFT_TYPE, entry=entry, known=known))
    return entry


def changes_from_json(node: Node, type_ids: frozenset[str]) -> tuple[DayChange, ...]:
    """The per-date changes, at most one per date."""
    changes = []
    for item in node.items():
        obj = item.obj(_CHANGE_KEYS)
        changes.append(
            DayChange(
                date=obj.get("date").day(),
                shift=_entry(obj.get("shift"), type_ids),
                note=obj.optional("note", lambda n: n.text(allow_empty=True), ""),
            )
        )
    _check_unique([c.date.isoformat() for c in changes], node, "date")
    return tuple(changes)


def extras_from_json(node: Node, person: Person) -> tuple[ExtraShift, ...]:
    """Explicit one-off duties, each ending after it starts and at most a day long."""
    return tuple(_extra(item, person) for item in node.items())


def _extra(node: Node, person: Person) -> ExtraShift:
    obj = node.obj(_EXTRA_KEYS)
    zone_name = obj.optional("zone", lambda n: n.zone_name(), person.home_zone)
    start, end = obj.get("start").local_datetime(), obj.get("end").local_datetime()
    hours = real_hours(local_to_instant(start, zone_name), local_to_instant(end, zone_name))
    if hours <= 0:
        raise obj.get("end").fail(Text.of(ENDS_BEFORE_START, start=f"{start:%Y-%m-%dT%H:%M}"))
    if hours > _MAX_EXTRA_HOURS:
        raise obj.get("end").fail(Text.of(LONG_DUTY, hours=f"{hours:g}", limit=_MAX_EXTRA_HOURS))
    sources = (ShiftSource.EXTRA.value, ShiftSource.IMPORT.value)
    return ExtraShift(
        start=start,
        end=end,
        zone=zone_name,
        label=obj.optional("label", lambda n: n.text(allow_empty=True), ""),
        unpaid_break_minutes=obj.optional(
            "unpaid_break_minutes", lambda n: n.integer(0, int(hours * 60) - 1), 0
        ),
        source=ShiftSource(obj.optional("source", lambda n: n.one_of(sources), "extra")),
    )


def rules_from_json(node: Node) -> dict[str, float]:
    """Threshold overrides; each key is a known threshold within its range."""
    obj = node.obj(tuple(t.key for t in THRESHOLDS))
    overrides: dict[str, float] = {}
    for threshold in THRESHOLDS:
        if obj.has(threshold.key):
            overrides[threshold.key] = obj.get(threshold.key).number(threshold.low, threshold.high)
    return overrides


def _check_unique(values: list[str], node: Node, key: str) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise PlanError(f"{node.child_path(index)}.{key}", Text.of(LISTED_TWICE, value=value))
        seen.add(value)


def shift_types_to_json(types: tuple[ShiftType, ...]) -> list[dict[str, Any]]:
    """Plan-file form of shift types."""
    return [_without_none(_shift_type_json(t)) for t in types]


def _shift_type_json(t: ShiftType) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "start": format_clock(t.start),
        "end": format_clock(t.end),
        "zone": t.zone,
        "unpaid_break_minutes": t.unpaid_break_minutes,
        "color": t.color,
    }


def rotations_to_json(rotations: tuple[Rotation, ...]) -> list[dict[str, Any]]:
    """Plan-file form of rotations."""
    return [
        _without_none(
            {
                "start_date": r.start_date.isoformat(),
                "cycle": list(r.cycle),
                "end_date": None if r.end_date is None else r.end_date.isoformat(),
            }
        )
        for r in rotations
    ]


def changes_to_json(changes: tuple[DayChange, ...]) -> list[dict[str, Any]]:
    """Plan-file form of day changes."""
    return [{"date": c.date.isoformat(), "shift": c.shift, "note": c.note} for c in changes]


def extras_to_json(extras: tuple[ExtraShift, ...]) -> list[dict[str, Any]]:
    """Plan-file form of one-off duties."""
    return [
        {
            "start": _local(e.start),
            "end": _local(e.end),
            "zone": e.zone,
            "label": e.label,
            "unpaid_break_minutes": e.unpaid_break_minutes,
            "source": e.source.value,
        }
        for e in extras
    ]


def _local(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M")


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value is not None}
