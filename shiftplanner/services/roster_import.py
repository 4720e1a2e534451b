"""Importing the employer's roster (.ics or .csv) and personal busy time into the plan.

Imported duties become the roster for the dates the file covers: every date from its first
to its last roster date gets an "off" change (so the rotation adds nothing there), earlier
one-off duties on those dates go, and each imported duty becomes an extra shift with source
"import". `shifts` then lists exactly the file's duties for those dates. The change is shown
before it is applied (moved, added, removed shifts and the rest findings it creates) and is
applied in one transaction or not at all. This module imports icalendar; load it lazily.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from shiftplanner.core.analysis import analyse
from shiftplanner.core.blocks import BusyTime
from shiftplanner.core.findings import Finding
from shiftplanner.core.instants import is_known_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import plan_from_json, plan_to_json
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, Shift, ShiftSource
from shiftplanner.core.text import Template, Text, located
from shiftplanner.core.validation import UNKNOWN_ZONE, PlanError
from shiftplanner.ical.roster import MAX_FILE_BYTES, ImportedFile, RosterError
from shiftplanner.ical.roster_csv import read_csv
from shiftplanner.ical.roster_ics import Horizon, read_ics
from shiftplanner.services.editing import Changes
from shiftplanner.services.errors import CANNOT_READ, UserFacingError
from shiftplanner.storage.busy import load_busy, replace_busy
from shiftplanner.storage.store import Store, StoreError

IMPORT_NOTE = "imported roster"
MAX_ROSTER_DAYS = 400
_HORIZON_AFTER = timedelta(days=400)
_BUSY_MAX_HOURS = 14 * 24
_ICS_SUFFIXES = (".ics", ".ical", ".icalendar", ".ifb")

TOO_LARGE = Template("{size} bytes is too large (limit {limit})")
NO_SHIFTS = Template("the file holds no timed events to import as shifts")
TOO_MANY_DAYS = Template("the file covers {first} to {last}; import at most {limit} days at a time")
DOES_NOT_FIT = Template("the imported roster does not fit the plan: {problem}")
NO_BUSY_TIME = Template("the file holds no timed events to import as busy time")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read a file.

    Args:
        today: The home-zone date now; repeat rules expand to a little over a year after.
        zone: The zone of times that carry none (CSV cells, floating .ics times);
            default the home zone.
        columns: An explicit CSV column mapping, role → header.
        busy: Read appointments (up to 14 days each) rather than duties (up to 24 h).
    """

    today: date
    zone: str | None = None
    columns: Mapping[str, str] | None = None
    busy: bool = False


def read_import_file(path: Path, plan: Plan, options: ReadOptions) -> ImportedFile:
    """The entries of a roster or calendar file, by type (.ics, otherwise CSV).

    Raises:
        UserFacingError: unreadable, too large, or refused by the reader (line or row named).
    """
    zone_name = options.zone or plan.home_zone
    if not is_known_zone(zone_name):
        raise UserFacingError(located("--zone", Text.of(UNKNOWN_ZONE, name=zone_name)))
    data = _read_bytes(path)
    try:
        if path.suffix.lower() in _ICS_SUFFIXES or _looks_like_ics(data):
            horizon = Horizon(
                options.today + _HORIZON_AFTER, _BUSY_MAX_HOURS if options.busy else 24
            )
            return read_ics(data, default_zone=zone_name, horizon=horizon)
        return read_csv(data, default_zone=zone_name, columns=options.columns)
    except RosterError as error:
        raise UserFacingError(located(str(path), error.text)) from None


def _looks_like_ics(data: bytes) -> bool:
    return data.removeprefix(b"\xef\xbb\xbf").lstrip()[:15].upper() == b"BEGIN:VCALENDAR"


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_large = Text.of(TOO_LARGE, size=size, limit=MAX_FILE_BYTES)
            raise UserFacingError(located(str(path), too_large))
        return path.read_bytes()
    except OSError as error:
        reason = Text.of(CANNOT_READ, reason=str(error.strerror or error))
        raise UserFacingError(located(str(path), reason)) from None


@dataclass(frozen=True, slots=True)
class RosterChange:
    """What importing a roster would do, and the plan it would give.

    `moved` pairs a shift before with the one replacing it on the same roster date;
    `new_findings` are the rest findings (overlaps, quick returns, runs...) around the
    imported dates that were not there before.
    """

    plan: Plan
    first: date
    last: date
    added: tuple[Shift, ...]
    removed: tuple[Shift, ...]
    moved: tuple[tuple[Shift, Shift], ...]
    unchanged: tuple[Shift, ...]
    new_findings: tuple[Finding, ...]
    notes: tuple[Text, ...]

    @property
    def changes_anything(self) -> bool:
        """Whether applying it would change the roster at all."""
        return bool(self.added or self.removed or self.moved)


def roster_change(plan: Plan, imported: ImportedFile) -> RosterChange:
    """The plan with the file's duties as the roster for its dates, and what that changes.

    Raises:
        UserFacingError: the file has no duties, covers too long a period, or yields a plan
            the store would not accept.
    """
    days = imported.days
    if days is None:
        raise UserFacingError(Text.of(NO_SHIFTS))
    first, last = days
    if (last - first).days >= MAX_ROSTER_DAYS:
        raise UserFacingError(
            Text.of(TOO_MANY_DAYS, first=str(first), last=str(last), limit=MAX_ROSTER_DAYS)
        )
    new_plan = _validated(_with_roster(plan, imported, first, last))
    before = _affected(plan, first, last)
    after = _affected(new_plan, first, last)
    added, removed, moved, unchanged = _diff(before, after, _entry_days(imported))
    return RosterChange(
        plan=new_plan,
        first=first,
        last=last,
        added=added,
        removed=removed,
        moved=moved,
        unchanged=unchanged,
        new_findings=_new_findings(plan, new_plan, first, last),
        notes=imported.notes,
    )


def apply_roster_change(store: Store, change: RosterChange) -> None:
    """Save the changed plan in one transaction."""
    try:
        store.save_plan(change.plan)
    except StoreError as error:
        raise UserFacingError(error.text) from None


def _with_roster(plan: Plan, imported: ImportedFile, first: date, last: date) -> Plan:
    covered = {first + timedelta(days=n) for n in range((last - first).days + 1)}
    changes = [c for c in plan.changes if c.date not in covered]
    changes += [DayChange(day, OFF, IMPORT_NOTE) for day in sorted(covered)]
    extras = [e for e in plan.extra_shifts if e.start.date() not in covered]
    for entry in imported.entries:
        start, end = entry.local()
        extras.append(ExtraShift(start, end, entry.zone, entry.label, 0, ShiftSource.IMPORT))
    return replace(
        plan,
        changes=tuple(sorted(changes, key=lambda c: c.date)),
        extra_shifts=tuple(sorted(extras, key=lambda e: (e.start, e.zone))),
    )


def _validated(plan: Plan) -> Plan:
    """The plan as the store will read it back, so an import never saves what cannot load."""
    try:
        return plan_from_json(plan_to_json(plan))
    except PlanError as error:
        raise UserFacingError(Text.of(DOES_NOT_FIT, problem=error.text)) from None


def _affected(plan: Plan, first: date, last: date) -> list[Shift]:
    margin = timedelta(days=2)
    return [
        s
        for s in expand(plan, first - margin, last + margin)
        if first <= s.roster_date <= last or s.source is ShiftSource.IMPORT
    ]


def _entry_days(imported: ImportedFile) -> dict[datetime, date]:
    return {entry.start: entry.day for entry in imported.entries}


def _diff(
    before: list[Shift], after: list[Shift], import_days: dict[datetime, date]
) -> tuple[
    tuple[Shift, ...], tuple[Shift, ...], tuple[tuple[Shift, Shift], ...], tuple[Shift, ...]
]:
    """Per roster date: same times are unchanged, leftover pairs moved, the rest added/removed."""
    added: list[Shift] = []
    removed: list[Shift] = []
    moved: list[tuple[Shift, Shift]] = []
    unchanged: list[Shift] = []
    days = sorted({s.roster_date for s in before} | set(import_days.values()))
    for day in days:
        old = [s for s in before if s.roster_date == day and s not in after]
        new = [s for s in after if import_days.get(s.start, s.roster_date) == day]
        kept = [s for s in before if s.roster_date == day and s in after]
        same = [n for n in new if any(_same_time(n, o) for o in old)]
        old = [o for o in old if not any(_same_time(o, n) for n in same)]
        new = [n for n in new if n not in same and n not in kept]
        unchanged += same + kept
        moved += list(zip(old, new, strict=False))
        removed += old[len(new) :]
        added += new[len(old) :]
    return tuple(added), tuple(removed), tuple(moved), tuple(dict.fromkeys(unchanged))


def _same_time(one: Shift, other: Shift) -> bool:
    return (one.start, one.end) == (other.start, other.end)


def _new_findings(before: Plan, after: Plan, first: date, last: date) -> tuple[Finding, ...]:
    """Rest findings around the imported dates that the import creates (by rule and span)."""
    margin = timedelta(days=1)
    old = {_key(f) for f in analyse(before, first - margin, last + margin)}
    return tuple(f for f in analyse(after, first - margin, last + margin) if _key(f) not in old)


def _key(finding: Finding) -> tuple[str, datetime, datetime, str]:
    return finding.rule, finding.start, finding.end, finding.severity.value


@dataclass(frozen=True, slots=True)
class BusyChange:
    """Busy time from a calendar file: it replaces the stored busy time it overlaps."""

    busy: tuple[BusyTime, ...]
    start: datetime
    end: datetime
    replaced: tuple[BusyTime, ...]
    notes: tuple[Text, ...]

    @property
    def changes_anything(self) -> bool:
        """Whether applying it would change the stored busy time at all."""
        return _busy_key(self.busy) != _busy_key(self.replaced)

    @property
    def edit(self) -> BusyEdit:
        """The change as an undoable edit."""
        return BusyEdit(self.start, self.end, self.replaced, self.busy)


def _busy_key(busy: tuple[BusyTime, ...]) -> list[tuple[datetime, datetime, str]]:
    return sorted((b.start, b.end, b.label) for b in busy)


@dataclass(frozen=True, slots=True)
class BusyEdit:
    """Busy time overlapping [start, end): `before` is stored now, `after` replaces it.

    Every `after` item lies inside [start, end) and every `before` item overlaps it, so
    swapping the two restores exactly what was stored.
    """

    start: datetime
    end: datetime
    before: tuple[BusyTime, ...]
    after: tuple[BusyTime, ...]

    def inverted(self) -> BusyEdit:
        """The edit that undoes this one."""
        return BusyEdit(self.start, self.end, self.after, self.before)


def busy_change(store: Store, imported: ImportedFile) -> BusyChange:
    """What importing appointments as busy time would do.

    Raises:
        UserFacingError: the file holds no timed events, or stored busy time is damaged.
    """
    if not imported.entries:
        raise UserFacingError(Text.of(NO_BUSY_TIME))
    busy = tuple(BusyTime(e.start, e.end, e.label) for e in imported.entries)
    start, end = min(b.start for b in busy), max(b.end for b in busy)
    try:
        stored = load_busy(store)
    except StoreError as error:
        raise UserFacingError(error.text) from None
    replaced = tuple(b for b in stored if b.end > start and b.start < end)
    return BusyChange(busy, start, end, replaced, imported.notes)


def apply_busy_change(store: Store, change: BusyChange) -> None:
    """Replace the overlapped busy time with the file's, in one transaction."""
    save_busy_edit(store, change.edit)


def save_busy_edit(store: Store, edit: BusyEdit) -> Changes:
    """Store an edit's busy time in one transaction; placement (the blocks) must follow.

    Raises:
        UserFacingError: the store refused the write or holds damaged busy time.
    """
    try:
        replace_busy(store, edit.start, edit.end, edit.after)
    except StoreError as error:
        raise UserFacingError(error.text) from None
    return Changes(blocks=True)
