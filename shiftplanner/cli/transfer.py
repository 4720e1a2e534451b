"""`import` and `backup`: plan files, employer rosters (.ics, .csv) and busy time, and back out.

A plan file (.json) replaces the stored plan. A roster file becomes the roster for the dates
it covers, after a summary of what changes (`--dry-run` stops there). `--as busy` reads a
calendar of personal appointments as busy time that placement keeps free.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from shiftplanner.cli.common import Clock
from shiftplanner.core.instants import home_date, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import Shift
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import (
    backup_store,
    import_plan_file,
    load_stored_plan,
    open_store,
    read_plan_file,
)
from shiftplanner.storage.store import Store

if TYPE_CHECKING:
    from shiftplanner.ical.roster import ImportedFile
    from shiftplanner.services.roster_import import BusyChange, RosterChange

_PLAN_SUFFIXES = (".json",)


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the verbs to the command line."""
    importer = verbs.add_parser(
        "import",
        help="load a plan file, a roster (.ics/.csv) or busy time into the store",
        description=(
            "A plan file (.json) replaces the stored plan. A roster (.ics or .csv) becomes "
            "the roster for the dates it covers; the changes are shown first. "
            "Nothing is written if the file is refused."
        ),
    )
    importer.add_argument("file", type=Path, metavar="FILE", help="a .json, .ics or .csv file")
    importer.add_argument("--db", type=Path, metavar="PATH", help="the store to load into")
    importer.add_argument(
        "--as",
        dest="kind",
        choices=("roster", "busy"),
        default="roster",
        help="read an .ics/.csv as shifts (default) or as busy time to keep free",
    )
    importer.add_argument("--dry-run", action="store_true", help="show the changes, save nothing")
    importer.add_argument(
        "--columns", metavar="MAP", help="CSV columns, e.g. date=Date,start=Start,end=End"
    )
    importer.add_argument(
        "--zone", metavar="ZONE", help="zone of times given without one (default: home zone)"
    )
    importer.set_defaults(run=run_import)
    backup = verbs.add_parser("backup", help="write the store out as a plan file")
    backup.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="plan file to write"
    )
    backup.add_argument("--db", type=Path, metavar="PATH", help="the store to back up")
    backup.set_defaults(run=run_backup)


def run_import(arguments: argparse.Namespace, clock: Clock) -> int:
    """Import by file type; a refused file leaves the store untouched."""
    if arguments.file.suffix.lower() in _PLAN_SUFFIXES:
        if arguments.kind != "roster" or arguments.columns or arguments.zone:
            raise UserFacingError(
                f"{arguments.file}: a plan file takes no --as, --columns or --zone"
            )
        return _import_plan(arguments)
    with open_store(arguments.db) as store:
        plan = load_stored_plan(store)
        if arguments.kind == "busy":
            return _import_busy(arguments, clock, store, plan)
        return _import_roster(arguments, clock, store, plan)


def _import_plan(arguments: argparse.Namespace) -> int:
    if arguments.dry_run:
        plan = read_plan_file(arguments.file)
        print(f"{arguments.file} is a valid plan: {_summary(plan)}. Dry run: nothing saved.")
        return 0
    with open_store(arguments.db) as store:
        plan = import_plan_file(store, arguments.file)
        print(f"Imported {arguments.file} into {store.path}: {_summary(plan)}")
    return 0


def _read(arguments: argparse.Namespace, clock: Clock, plan: Plan, *, busy: bool) -> ImportedFile:
    # icalendar costs 0.14 s to import; only an import of a roster or calendar pays for it.
    from shiftplanner.ical.roster import RosterError
    from shiftplanner.ical.roster_csv import parse_column_mapping
    from shiftplanner.services.roster_import import ReadOptions, read_import_file

    try:
        columns = parse_column_mapping(arguments.columns) if arguments.columns else None
    except RosterError as error:
        raise UserFacingError(str(error)) from None
    options = ReadOptions(
        today=home_date(clock(), plan.home_zone),
        zone=arguments.zone,
        columns=columns,
        busy=busy,
    )
    return read_import_file(arguments.file, plan, options)


def _import_roster(arguments: argparse.Namespace, clock: Clock, store: Store, plan: Plan) -> int:
    from shiftplanner.services.roster_import import apply_roster_change, roster_change

    imported = _read(arguments, clock, plan, busy=False)
    change = roster_change(plan, imported)
    print(roster_change_text(plan, arguments.file, change))
    if arguments.dry_run:
        print("Dry run: nothing saved.")
    elif not change.changes_anything and change.plan == plan:
        print("The roster already matches; nothing to save.")
    else:
        apply_roster_change(store, change)
        print(f"Saved to {store.path}.")
    return 0


def _import_busy(arguments: argparse.Namespace, clock: Clock, store: Store, plan: Plan) -> int:
    from shiftplanner.services.roster_import import apply_busy_change, busy_change

    imported = _read(arguments, clock, plan, busy=True)
    change = busy_change(store, imported)
    print(busy_change_text(plan, arguments.file, change))
    if arguments.dry_run:
        print("Dry run: nothing saved.")
    else:
        apply_busy_change(store, change)
        print(f"Saved to {store.path}.")
    return 0


def roster_change_text(plan: Plan, path: Path, change: RosterChange) -> str:
    """The summary shown before a roster is applied, times in the home zone."""
    lines = [
        f"Roster from {path}: {change.first} to {change.last} becomes the roster "
        f"(times in {plan.home_zone})"
    ]
    lines += [f"  added    {_shift(plan, s)}" for s in change.added]
    lines += [f"  moved    {_shift(plan, a)}  (was {_span(plan, b)})" for b, a in change.moved]
    lines += [f"  removed  {_shift(plan, s)}" for s in change.removed]
    lines.append(f"  unchanged: {len(change.unchanged)} shifts")
    problems = [f"  {f.severity.value}: {f.rule}: {f.message}" for f in change.new_findings]
    lines += ["New findings:", *problems] if problems else ["No new rest findings."]
    lines += [f"Left out: {note.render()}" for note in change.notes]
    return "\n".join(lines)


def busy_change_text(plan: Plan, path: Path, change: BusyChange) -> str:
    """The summary shown before busy time is applied."""
    lines = [f"Busy time from {path} (times in {plan.home_zone}):"]
    for item in change.busy:
        lines.append(f"  {_span_at(plan, item.start, item.end)}  {item.label}")
    lines.append(f"Replaces {len(change.replaced)} busy times stored for the same period.")
    lines += [f"Left out: {note.render()}" for note in change.notes]
    return "\n".join(lines)


def _shift(plan: Plan, shift: Shift) -> str:
    return f"{_span(plan, shift)}  {shift.name}"


def _span(plan: Plan, shift: Shift) -> str:
    return _span_at(plan, shift.start, shift.end)


def _span_at(plan: Plan, start: datetime, end: datetime) -> str:
    local_start, local_end = in_zone(start, plan.home_zone), in_zone(end, plan.home_zone)
    end_text = f"{local_end:%H:%M}"
    if local_end.date() != local_start.date():
        end_text = f"{local_end:%a} {end_text}"
    return f"{local_start:%a %d %b %H:%M}-{end_text}"


def run_backup(arguments: argparse.Namespace, clock: Clock) -> int:
    """Write the stored plan to a plan file."""
    with open_store(arguments.db) as store:
        plan = backup_store(store, arguments.out)
        print(f"Wrote {arguments.out} from {store.path}: {_summary(plan)}")
    return 0


def _summary(plan: Plan) -> str:
    return (
        f"{len(plan.shift_types)} shift types, {len(plan.rotations)} rotations, "
        f"{len(plan.changes)} changes, {len(plan.goals)} goals, {len(plan.habits)} habits"
    )
