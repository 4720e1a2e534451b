"""Edits the desktop app makes to a plan, as data: apply one, undo it, and say what changed.

Each edit holds the state before and after, so undo is applying its inverse. Applying an
edit to a plan is pure; `save_edit` also writes the result to the store in one transaction.
The returned `Changes` lets each view repaint only when something it shows changed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from shiftplanner.core.instants import in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand, extra_to_shift, roster_entry
from shiftplanner.core.rotation import rotation_entry
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, Shift
from shiftplanner.core.text import Template, Text, located
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plan_edits import PlanReplacement, apply_replacement
from shiftplanner.storage.store import Store, StoreError

OVERTIME_LABEL = "Overtime"

REST_DAY_NO_OVERTIME = Template("{day} is a rest day; give it a shift instead of overtime")
DAY_CHANGED_ELSEWHERE = Template("{day} was changed elsewhere; reload the plan")
EXTRA_CHANGED_ELSEWHERE = Template("that extra shift was changed elsewhere; reload the plan")
# `{reason}` is the store's or the operating system's own words.
COULD_NOT_SAVE = Template("could not save the change ({reason})")


@dataclass(frozen=True, slots=True)
class Changes:
    """What an edit changed: shifts on some home-zone dates, blocks, or goal progress.

    Args:
        shifts: The roster changed (findings and placement depend on it too).
        blocks: Planned blocks changed.
        goals: Goal progress changed.
        dates: Home-zone dates whose contents changed.
    """

    shifts: bool = False
    blocks: bool = False
    goals: bool = False
    dates: frozenset[date] = frozenset()


@dataclass(frozen=True, slots=True)
class DayEdit:
    """Replace one date's one-off change: `before` and `after` are None for "no change"."""

    date: date
    before: DayChange | None
    after: DayChange | None

    def inverted(self) -> DayEdit:
        """The edit that undoes this one."""
        return DayEdit(self.date, self.after, self.before)


@dataclass(frozen=True, slots=True)
class ExtraEdit:
    """Add (`before` None), remove (`after` None) or replace a one-off duty such as overtime."""

    before: ExtraShift | None
    after: ExtraShift | None

    def inverted(self) -> ExtraEdit:
        """The edit that undoes this one."""
        return ExtraEdit(self.after, self.before)


PlanEdit = DayEdit | ExtraEdit | PlanReplacement


def set_day_shift(plan: Plan, day: date, shift: str, note: str = "") -> DayEdit:
    """The edit that gives `day` the shift type `shift` (or "off").

    Asking for what the rotation already gives, without a note, removes the one-off change
    instead of storing a change that changes nothing.

    Raises:
        UserFacingError: `shift` is neither "off" nor a known shift type.
    """
    if shift != OFF and shift not in {t.id for t in plan.shift_types}:
        raise UserFacingError(f'no shift type "{shift}"')
    _, before = roster_entry(plan, day)
    after: DayChange | None = DayChange(day, shift, note)
    if not note and rotation_entry(plan.rotations, day) == shift:
        after = None
    return DayEdit(day, before, after)


def add_overtime(plan: Plan, day: date, hours: float) -> ExtraEdit:
    """The edit that adds `hours` of overtime right after the duty the rotation gives `day`.

    Raises:
        UserFacingError: `day` has no shift to extend.
    """
    entry, _ = roster_entry(plan, day)
    if entry is None or entry == OFF:
        raise UserFacingError(Text.of(REST_DAY_NO_OVERTIME, day=day.isoformat()))
    shift_type = plan.shift_type(entry)
    _, end = shift_type.on(day)
    local_end = in_zone(end, shift_type.zone).replace(tzinfo=None)
    extra = ExtraShift(
        start=local_end,
        end=local_end + timedelta(hours=hours),
        zone=shift_type.zone,
        label=OVERTIME_LABEL,
    )
    return ExtraEdit(None, extra)


def extra_behind(plan: Plan, shift: Shift) -> ExtraShift | None:
    """The plan's one-off duty that expands to `shift`, if it is one."""
    return next((e for e in plan.extra_shifts if extra_to_shift(e) == shift), None)


def remove_extra(extra: ExtraShift) -> ExtraEdit:
    """The edit that removes a one-off duty."""
    return ExtraEdit(extra, None)


def apply_edit(plan: Plan, edit: PlanEdit) -> tuple[Plan, Changes]:
    """The plan with the edit applied, and what changed.

    Raises:
        UserFacingError: the plan no longer holds the edit's `before` (it was changed
            elsewhere), so applying it would lose someone's change.
    """
    if isinstance(edit, DayEdit):
        return _apply_day(plan, edit)
    if isinstance(edit, PlanReplacement):
        return apply_replacement(plan, edit)
    return _apply_extra(plan, edit)


def _apply_day(plan: Plan, edit: DayEdit) -> tuple[Plan, Changes]:
    current = next((c for c in plan.changes if c.date == edit.date), None)
    if current != edit.before:
        raise UserFacingError(Text.of(DAY_CHANGED_ELSEWHERE, day=edit.date.isoformat()))
    others = tuple(c for c in plan.changes if c.date != edit.date)
    kept = (*others, edit.after) if edit.after is not None else others
    changes = tuple(sorted(kept, key=lambda c: c.date))
    touched = _dates_of_day(plan, edit.date)
    new_plan = replace(plan, changes=changes)
    touched |= _dates_of_day(new_plan, edit.date)
    return new_plan, Changes(shifts=True, goals=True, dates=frozenset(touched))


def _apply_extra(plan: Plan, edit: ExtraEdit) -> tuple[Plan, Changes]:
    extras = list(plan.extra_shifts)
    if edit.before is not None:
        if edit.before not in extras:
            raise UserFacingError(Text.of(EXTRA_CHANGED_ELSEWHERE))
        extras.remove(edit.before)
    if edit.after is not None:
        extras.append(edit.after)
    touched: set[date] = set()
    for extra in (edit.before, edit.after):
        if extra is not None:
            shift = extra_to_shift(extra)
            touched |= _dates_between(plan, shift.start, shift.end)
    new_plan = replace(plan, extra_shifts=tuple(extras))
    return new_plan, Changes(shifts=True, goals=True, dates=frozenset(touched))


def _dates_of_day(plan: Plan, day: date) -> set[date]:
    """Home-zone dates the duty of roster date `day` covers (the day itself if none)."""
    touched = {day}
    for shift in expand(plan, day - timedelta(days=1), day + timedelta(days=1)):
        if shift.roster_date == day and shift.type_id is not None:
            touched |= _dates_between(plan, shift.start, shift.end)
    return touched


def _dates_between(plan: Plan, start: datetime, end: datetime) -> set[date]:
    first = in_zone(start, plan.home_zone).date()
    last = in_zone(end, plan.home_zone).date()
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}


def save_edit(store: Store, plan: Plan, edit: PlanEdit) -> tuple[Plan, Changes]:
    """Apply an edit and write the new plan to the store at once, in one transaction.

    Raises:
        UserFacingError: the edit does not fit the plan, or the store cannot be written.
    """
    new_plan, changes = apply_edit(plan, edit)
    _save(store, new_plan)
    return new_plan, changes


def stored_plan(store: Store) -> Plan | None:
    """The plan in the store, or None on first start (nothing saved yet).

    Raises:
        UserFacingError: the stored plan is damaged.
    """
    try:
        return store.load_plan()
    except StoreError as error:
        raise UserFacingError(error.text) from None


def save_new_plan(store: Store, plan: Plan) -> Changes:
    """Store a plan made in the app (the welcome's starter plan), replacing what was there.

    Raises:
        UserFacingError: the store cannot be written.
    """
    _save(store, plan)
    return Changes(shifts=True, blocks=True, goals=True)


def _save(store: Store, plan: Plan) -> None:
    try:
        store.save_plan(plan)
    except (StoreError, sqlite3.Error, OSError) as error:
        reason = Text.of(COULD_NOT_SAVE, reason=str(error))
        raise UserFacingError(located(str(store.path), reason)) from None
