"""Exporting a plan as iCalendar files that phones import without duplicates.

The command line and the app's export dialog both call `export_calendars`. Each destination
file remembers what it last held (the previous file at that path, and the store's ledger), so
a re-export bumps SEQUENCE for changed events and cancels vanished ones. This module imports
icalendar (through the writer), so load it only when exporting.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from shiftplanner.core.blocks import Block
from shiftplanner.core.instants import day_bounds
from shiftplanner.core.plan import Plan
from shiftplanner.core.text import Template, Text, located
from shiftplanner.ical.events import (
    PLAN_ID_KEY,
    CalendarEvent,
    Layer,
    block_events,
    plan_identity,
    shift_events,
)
from shiftplanner.ical.previous import PreviousExportError, read_previous_export
from shiftplanner.ical.revisions import ExportRecord, Scope, merge_history, retraction, revise
from shiftplanner.ical.writer import calendar_bytes
from shiftplanner.services.errors import CANNOT_READ, UserFacingError
from shiftplanner.services.planning import plan_stored_week, plan_week
from shiftplanner.services.plans import DateRange, shifts_in_range, write_text_atomically
from shiftplanner.storage.ledger import ledger_entries, record_export
from shiftplanner.storage.store import Store

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
MAX_ALARM_MINUTES = 7 * 24 * 60
_MAX_PREVIOUS_BYTES = 32 * 1024 * 1024
ALL_LAYERS = tuple(Layer)
ALARM_NOTE = (
    "Google Calendar drops reminders from imported files; "
    "set default notifications on that calendar instead."
)
NO_LAYER = Template("choose at least one layer to export")
ALARM_OUT_OF_RANGE = Template("--alarm-minutes {minutes} is out of range (0 to {limit})")
NOTHING_TO_EXPORT = Template("nothing to export from {first} to {last} in the layers {layers}")
IS_A_FOLDER = Template("is a folder; use --split to write one file per layer")
NOT_AN_EXPORT = Template("an existing file too large to be an earlier export")
NOT_OURS = Template(
    "already exists and is {problem}; choose another file name "
    "(an export only replaces its own earlier files)"
)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What to export.

    Args:
        dates: Home-zone dates, inclusive.
        out: A file, or with `split` a folder that gets one file per layer.
        layers: The layers to include.
        split: One file per layer, so each becomes its own calendar on the phone.
        alarm_minutes: A reminder this long before each event, or None.
        retract: Cancel everything ever exported to the destination instead.
        name: The calendar's name; by default "Shift Planner" and the person's name.
    """

    dates: DateRange
    out: Path
    layers: tuple[Layer, ...] = ALL_LAYERS
    split: bool = False
    alarm_minutes: int | None = None
    retract: bool = False
    name: str | None = None

    def __post_init__(self) -> None:
        if not self.layers:
            raise UserFacingError(Text.of(NO_LAYER))
        if self.alarm_minutes is not None and not 0 <= self.alarm_minutes <= MAX_ALARM_MINUTES:
            raise UserFacingError(
                Text.of(ALARM_OUT_OF_RANGE, minutes=self.alarm_minutes, limit=MAX_ALARM_MINUTES)
            )


@dataclass(frozen=True, slots=True)
class WrittenFile:
    """One file an export wrote, with what happened to its events since the last export."""

    path: Path
    layers: tuple[Layer, ...]
    new: int
    changed: int
    unchanged: int
    cancelled: int


def export_stamp(now: datetime) -> datetime:
    """The DTSTAMP to write: SOURCE_DATE_EPOCH when set (reproducible builds), else `now`.

    Raises:
        UserFacingError: SOURCE_DATE_EPOCH is not a whole number of seconds.
    """
    text = os.environ.get(SOURCE_DATE_EPOCH)
    if text is None or not text.strip():
        return now.astimezone(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(text.strip()), UTC)
    except (ValueError, OverflowError, OSError):
        raise UserFacingError(
            f'{SOURCE_DATE_EPOCH}="{text}" is not a time in whole seconds since 1970'
        ) from None


def planned_blocks(
    plan: Plan, dates: DateRange, *, now: datetime, store: Store | None = None
) -> list[Block]:
    """Sleep, study and self-care blocks for the range, as the placement service plans them.

    From a store the last plan's blocks (locked, done) and busy time are honoured, so the
    export matches what the app shows. Placement depends on `now`; pass the export stamp so
    that two exports under the same SOURCE_DATE_EPOCH are identical.
    """
    week = plan_stored_week(store, dates, now=now) if store else plan_week(plan, dates, now=now)
    return week.blocks(plan.home_zone)


def with_plan_identity(plan: Plan, store: Store | None) -> Plan:
    """The plan with its identity written down, saving it in the store the first time.

    Stored, the identity survives a rename of the person, so UIDs never change under a phone.
    """
    if store is None or PLAN_ID_KEY in plan.extensions:
        return plan
    named = replace(plan, extensions={**plan.extensions, PLAN_ID_KEY: plan_identity(plan)})
    store.save_plan(named)
    return named


def export_calendars(
    plan: Plan,
    request: ExportRequest,
    *,
    stamp: datetime,
    blocks: Sequence[Block] = (),
    store: Store | None = None,
) -> list[WrittenFile]:
    """Write the export, one file or one per layer, and remember it in the store if given.

    Raises:
        UserFacingError: nothing to export, a destination that is not ours, or a write error.
    """
    events = plan_events(plan, request, blocks)
    groups = [(layer,) for layer in request.layers] if request.split else [request.layers]
    written = []
    for layers in groups:
        path = request.out / f"{layers[0].value}.ics" if request.split else request.out
        chosen = [event for event in events if event.layer in layers]
        result = _export_one(plan, request, layers, path, chosen, stamp, store)
        if result is not None:
            written.append(result)
    if not written:
        names = ", ".join(layer.value for layer in request.layers)
        first, last = str(request.dates.first), str(request.dates.last)
        raise UserFacingError(Text.of(NOTHING_TO_EXPORT, first=first, last=last, layers=names))
    return written


def plan_events(plan: Plan, request: ExportRequest, blocks: Sequence[Block]) -> list[CalendarEvent]:
    """The events of the chosen layers and dates, before revision against earlier exports."""
    plan_id = plan_identity(plan)
    start, end = day_bounds(request.dates.first, request.dates.last, plan.home_zone)
    events: list[CalendarEvent] = []
    if Layer.WORK in request.layers:
        shifts = shifts_in_range(plan, request.dates)
        events += shift_events(plan, plan_id, shifts, request.alarm_minutes)
    inside = [b for b in blocks if b.end > start and b.start < end]
    events += block_events(plan, plan_id, inside, request.alarm_minutes)
    return [event for event in events if event.layer in request.layers]


def _export_one(
    plan: Plan,
    request: ExportRequest,
    layers: tuple[Layer, ...],
    path: Path,
    events: list[CalendarEvent],
    stamp: datetime,
    store: Store | None,
) -> WrittenFile | None:
    destination = str(path.expanduser().resolve())
    history = merge_history(_file_history(path), _ledger_history(store, destination))
    if request.retract:
        final = retraction(events, history)
    else:
        start, end = day_bounds(request.dates.first, request.dates.last, plan.home_zone)
        final = revise(events, history, Scope(start, end, layers))
    if not final:
        return None
    name = calendar_name(plan, request, layers)
    write_text_atomically(path, calendar_bytes(final, name=name, stamp=stamp).decode("utf-8"))
    if store is not None:
        record_export(store, destination, {e.uid: ExportRecord.of(e).to_json() for e in final})
    return _tally(path, layers, final, history)


def calendar_name(plan: Plan, request: ExportRequest, layers: tuple[Layer, ...]) -> str:
    """The name the phone shows: the asked-for name, or the app's and the person's."""
    base = request.name or " - ".join(filter(None, ("Shift Planner", plan.person.name)))
    return f"{base}: {layers[0].title}" if request.split else base


def _file_history(path: Path) -> list[ExportRecord]:
    try:
        if not path.exists():
            return []
        if path.is_dir():
            raise UserFacingError(located(str(path), Text.of(IS_A_FOLDER)))
        if path.stat().st_size > _MAX_PREVIOUS_BYTES:
            raise UserFacingError(located(str(path), Text.of(NOT_AN_EXPORT)))
        data = path.read_bytes()
    except OSError as error:
        reason = Text.of(CANNOT_READ, reason=str(error.strerror or error))
        raise UserFacingError(located(str(path), reason)) from None
    try:
        return read_previous_export(data)
    except PreviousExportError as error:
        not_ours = Text.of(NOT_OURS, problem=error.text)
        raise UserFacingError(located(str(path), not_ours)) from None


def _ledger_history(store: Store | None, destination: str) -> list[ExportRecord]:
    if store is None:
        return []
    try:
        return [ExportRecord.from_json(u, t) for u, t in ledger_entries(store, destination).items()]
    except ValueError as error:
        raise UserFacingError(f"{store.path}: {error}") from None


def _tally(
    path: Path,
    layers: tuple[Layer, ...],
    final: list[CalendarEvent],
    history: dict[str, ExportRecord],
) -> WrittenFile:
    new = changed = unchanged = cancelled = 0
    for event in final:
        before = history.get(event.uid)
        if event.cancelled:
            cancelled += 1
        elif before is None:
            new += 1
        elif event.sequence > before.sequence:
            changed += 1
        else:
            unchanged += 1
    return WrittenFile(path, layers, new, changed, unchanged, cancelled)
