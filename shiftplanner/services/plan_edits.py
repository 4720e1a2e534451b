"""Whole-plan edits: what a dialog makes when it changes several parts of a plan at once.

A dialog builds the plan it wants and pushes a `PlanReplacement` of the current plan by that
one, so its change is undoable like the board's day edits. What changed is found by diffing
the two plans, so the views repaint no more than they must.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from shiftplanner.core.instants import in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import plan_from_json, plan_to_json
from shiftplanner.core.roster import expand, extra_to_shift
from shiftplanner.core.shifts import Shift
from shiftplanner.core.text import Template, Text
from shiftplanner.core.validation import PlanError
from shiftplanner.services.errors import UserFacingError

if TYPE_CHECKING:
    from shiftplanner.services.editing import Changes

PLAN_CHANGED_ELSEWHERE = Template("the plan was changed elsewhere; reload the plan")


@dataclass(frozen=True, slots=True)
class PlanReplacement:
    """Replace the whole plan `before` by `after` (a dialog's change)."""

    before: Plan
    after: Plan

    def inverted(self) -> PlanReplacement:
        """The edit that undoes this one."""
        return PlanReplacement(self.after, self.before)


def checked_plan(plan: Plan) -> Plan:
    """The plan, if a plan file could hold it; what a dialog builds goes through here.

    Raises:
        UserFacingError: naming the plan-file field and the problem, e.g.
            `shift_types[1].zone: unknown time zone "America/NewYork"`.
    """
    try:
        plan_from_json(plan_to_json(plan))
    except PlanError as error:
        raise UserFacingError(error.text) from None
    return plan


def apply_replacement(plan: Plan, edit: PlanReplacement) -> tuple[Plan, Changes]:
    """The plan `edit.after`, once checked, and what changed from the current plan.

    Raises:
        UserFacingError: the plan is no longer `edit.before` (it was changed elsewhere), or
            `edit.after` is not a valid plan.
    """
    if plan != edit.before:
        raise UserFacingError(Text.of(PLAN_CHANGED_ELSEWHERE))
    return checked_plan(edit.after), plan_changes(edit.before, edit.after)


def plan_changes(before: Plan, after: Plan) -> Changes:
    """What differs between two plans, as the views need to know it.

    A change to the shift types, the rotations or the person (home zone, sleep need, commute)
    can move any date, so it names no dates, which means all of them. One-off changes and
    extra shifts name the home-zone dates whose duties differ.
    """
    # editing.py imports this module for its PlanEdit union, so Changes is imported late.
    from shiftplanner.services.editing import Changes

    wide = (
        before.shift_types != after.shift_types
        or before.rotations != after.rotations
        or before.person != after.person
        or before.work != after.work
        or before.rules != after.rules
    )
    one_off = before.changes != after.changes or before.extra_shifts != after.extra_shifts
    goals = before.goals != after.goals or before.habits != after.habits
    dates = frozenset() if wide or not one_off else _one_off_dates(before, after)
    return Changes(
        shifts=wide or one_off,
        blocks=wide or goals,
        goals=wide or one_off or goals,
        dates=dates,
    )


def _one_off_dates(before: Plan, after: Plan) -> frozenset[date]:
    """Home-zone dates covered by a duty that one plan has and the other has not."""
    roster_days = {c.date for c in set(before.changes) ^ set(after.changes)}
    extras = [extra_to_shift(e) for e in set(before.extra_shifts) ^ set(after.extra_shifts)]
    touched = {in_zone(s.start, before.home_zone).date() for s in extras} | roster_days
    if not touched:
        return frozenset()
    first, last = min(touched) - timedelta(days=1), max(touched) + timedelta(days=1)
    differing = set(expand(before, first, last)) ^ set(expand(after, first, last))
    for shift in differing:
        touched |= _home_dates(shift, before.home_zone)
    return frozenset(touched)


def _home_dates(shift: Shift, home_zone: str) -> set[date]:
    first = in_zone(shift.start, home_zone).date()
    last = in_zone(shift.end, home_zone).date()
    return {first + timedelta(days=i) for i in range((last - first).days + 1)}
