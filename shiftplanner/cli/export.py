"""`export`: write the plan as iCalendar files for phone calendars."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from shiftplanner.cli.common import (
    Clock,
    add_range_options,
    add_source_options,
    date_range,
    load_plan,
)
from shiftplanner.core.plan import Plan
from shiftplanner.ical.events import Layer
from shiftplanner.services.plans import load_stored_plan, open_store

if TYPE_CHECKING:
    from shiftplanner.services.export import ExportRequest, WrittenFile

_LAYER_WORDS = tuple(layer.value for layer in Layer)


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the verb to the command line."""
    parser = verbs.add_parser(
        "export",
        help="write shifts and planned blocks as .ics for phone calendars",
        description=(
            "Write an .ics file, or with --split one per layer into a folder. Exporting to "
            "the same place again updates events instead of duplicating them. "
            "SOURCE_DATE_EPOCH fixes DTSTAMP, so the same data gives the same bytes."
        ),
    )
    add_source_options(parser)
    add_range_options(parser)
    parser.add_argument(
        "--out", type=Path, required=True, metavar="PATH", help="an .ics file, or a folder"
    )
    parser.add_argument(
        "--layers",
        type=_layers,
        default=tuple(Layer),
        metavar="LIST",
        help=f"comma-separated, from {','.join(_LAYER_WORDS)} (default: all)",
    )
    parser.add_argument("--split", action="store_true", help="one file per layer in --out")
    parser.add_argument(
        "--alarm-minutes", type=int, metavar="N", help="a reminder N minutes before each event"
    )
    parser.add_argument(
        "--retract",
        action="store_true",
        help="cancel every event ever exported to --out, so calendars remove them",
    )
    parser.add_argument("--name", help="the calendar's name on the phone")
    parser.set_defaults(run=run)


def _layers(text: str) -> tuple[Layer, ...]:
    words = list(dict.fromkeys(w.strip() for w in text.split(",") if w.strip()))
    unknown = [w for w in words if w not in _LAYER_WORDS]
    if unknown or not words:
        raise argparse.ArgumentTypeError(
            f'unknown layer "{",".join(unknown)}"; use some of {",".join(_LAYER_WORDS)}'
        )
    return tuple(Layer(w) for w in words)


def run(arguments: argparse.Namespace, clock: Clock) -> int:
    """Export, then say per file what changed since the last export there."""
    for result in _export(arguments, clock):
        print(
            f"Wrote {result.path}: {result.new} new, {result.changed} changed, "
            f"{result.unchanged} unchanged, {result.cancelled} cancelled"
        )
    if arguments.alarm_minutes is not None:
        from shiftplanner.services.export import ALARM_NOTE

        print(f"Note: {ALARM_NOTE}")
    return 0


def _export(arguments: argparse.Namespace, clock: Clock) -> list[WrittenFile]:
    """From a plan file, or from the store (which also keeps the export ledger)."""
    # icalendar costs 0.14 s to import; only an export pays for it.
    from shiftplanner.services.export import (
        export_calendars,
        export_stamp,
        planned_blocks,
        with_plan_identity,
    )

    stamp = export_stamp(clock())
    wants_blocks = any(layer is not Layer.WORK for layer in arguments.layers)
    if arguments.plan is not None:
        plan = load_plan(arguments)
        request = _request(arguments, plan, clock)
        blocks = planned_blocks(plan, request.dates, now=stamp) if wants_blocks else []
        return export_calendars(plan, request, stamp=stamp, blocks=blocks)
    with open_store(arguments.db) as store:
        plan = with_plan_identity(load_stored_plan(store), store)
        request = _request(arguments, plan, clock)
        blocks = planned_blocks(plan, request.dates, now=stamp, store=store) if wants_blocks else []
        return export_calendars(plan, request, stamp=stamp, blocks=blocks, store=store)


def _request(arguments: argparse.Namespace, plan: Plan, clock: Clock) -> ExportRequest:
    from shiftplanner.services.export import ExportRequest

    return ExportRequest(
        dates=date_range(arguments, plan, clock),
        out=arguments.out,
        layers=arguments.layers,
        split=arguments.split,
        alarm_minutes=arguments.alarm_minutes,
        retract=arguments.retract,
        name=arguments.name,
    )
