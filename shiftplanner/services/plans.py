"""Where plans come from and go to: plan files and the store."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import dump_plan, parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift
from shiftplanner.core.text import Template, Text, located
from shiftplanner.core.validation import PlanError
from shiftplanner.services.errors import CANNOT_READ, CANNOT_WRITE, UserFacingError
from shiftplanner.storage.location import default_db_path
from shiftplanner.storage.store import Store, StoreError

MAX_PLAN_FILE_BYTES = 8 * 1024 * 1024
TOO_LARGE = Template("{size} bytes is too large (limit {limit} bytes)")
NOT_UTF8 = Template("not UTF-8 text (byte {byte})")


def read_plan_file(path: Path) -> Plan:
    """A validated plan from a plan file.

    Raises:
        UserFacingError: unreadable, too large, not UTF-8, or not a valid plan.
    """
    text = _read_text(path, MAX_PLAN_FILE_BYTES)
    try:
        return parse_plan(text)
    except PlanError as error:
        raise UserFacingError(located(str(path), error.text)) from None


def _read_text(path: Path, limit: int) -> str:
    try:
        size = path.stat().st_size
        if size > limit:
            raise UserFacingError(located(str(path), Text.of(TOO_LARGE, size=size, limit=limit)))
        raw = path.read_bytes()
    except OSError as error:
        reason = Text.of(CANNOT_READ, reason=str(error.strerror or error))
        raise UserFacingError(located(str(path), reason)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        not_utf8 = Text.of(NOT_UTF8, byte=error.start)
        raise UserFacingError(located(str(path), not_utf8)) from None


def write_plan_file(plan: Plan, path: Path) -> None:
    """Write a plan file atomically: the old file stays whole until the new one is complete."""
    write_text_atomically(path, dump_plan(plan))


def write_text_atomically(path: Path, text: str) -> None:
    """Write text to a temporary file beside `path`, then rename it into place.

    Raises:
        UserFacingError: the folder cannot be written.
    """
    import tempfile  # writing files is rare; keep it off the app's start-up

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except OSError as error:
        reason = Text.of(CANNOT_WRITE, reason=str(error.strerror or error))
        raise UserFacingError(located(str(path), reason)) from None


def open_store(path: Path | None = None) -> Store:
    """The store at `path` (default: the user's store).

    Raises:
        UserFacingError: not a store, newer than the app, or unreadable.
    """
    try:
        return Store.open(path or default_db_path())
    except StoreError as error:
        raise UserFacingError(error.text) from None
    except OSError as error:
        raise UserFacingError(str(error)) from None


def load_stored_plan(store: Store) -> Plan:
    """The plan in the store.

    Raises:
        UserFacingError: the store is empty or damaged.
    """
    try:
        plan = store.load_plan()
    except StoreError as error:
        raise UserFacingError(error.text) from None
    if plan is None:
        raise UserFacingError(
            f"{store.path}: no plan yet; import one with `shiftplanner import PLAN.json`"
        )
    return plan


def import_plan_file(store: Store, path: Path) -> Plan:
    """Replace the stored plan with a plan file's, or change nothing if the file is bad."""
    plan = read_plan_file(path)
    store.save_plan(plan)
    return plan


def backup_store(store: Store, path: Path) -> Plan:
    """Write the stored plan out as a plan file."""
    plan = load_stored_plan(store)
    write_plan_file(plan, path)
    return plan


@dataclass(frozen=True, slots=True)
class DateRange:
    """Home-zone dates first..last, inclusive."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise UserFacingError(f"--to {self.last} is before --from {self.first}")


def shifts_in_range(plan: Plan, dates: DateRange) -> list[Shift]:
    """Every duty that overlaps the range."""
    return expand(plan, dates.first, dates.last)
