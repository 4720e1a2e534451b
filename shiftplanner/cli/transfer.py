"""`import` and `backup`: moving a whole plan between a plan file and the store."""

from __future__ import annotations

import argparse
from pathlib import Path

from shiftplanner.cli.common import Clock
from shiftplanner.core.plan import Plan
from shiftplanner.services.plans import backup_store, import_plan_file, open_store


def register(verbs: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the verbs to the command line."""
    importer = verbs.add_parser("import", help="load a plan file into the store")
    importer.add_argument("file", type=Path, metavar="FILE", help="a plan file (.json)")
    importer.add_argument("--db", type=Path, metavar="PATH", help="the store to load into")
    importer.set_defaults(run=run_import)
    backup = verbs.add_parser("backup", help="write the store out as a plan file")
    backup.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="plan file to write"
    )
    backup.add_argument("--db", type=Path, metavar="PATH", help="the store to back up")
    backup.set_defaults(run=run_backup)


def run_import(arguments: argparse.Namespace, clock: Clock) -> int:
    """Replace the stored plan with the file's; a bad file leaves the store untouched."""
    with open_store(arguments.db) as store:
        plan = import_plan_file(store, arguments.file)
        print(f"Imported {arguments.file} into {store.path}: {_summary(plan)}")
    return 0


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
