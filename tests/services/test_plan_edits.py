"""Whole-plan replacements: apply, undo, refuse a bad plan naming the field, what changed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from shiftplanner.core.goals import Goal, Habit
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, DayChange, ExtraShift, ShiftType
from shiftplanner.services.editing import Changes, apply_edit, save_edit
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plan_edits import PlanReplacement, checked_plan, plan_changes
from shiftplanner.storage.store import Store

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"


def _plan() -> Plan:
    us_day = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
    mid = ShiftType("mid", "Mid", time(14), time(23), MANILA, 60)
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(us_day, mid),
        rotations=(Rotation(date(2026, 3, 2), ("us-day",) * 5 + (OFF, OFF)),),
    )


def test_a_replacement_applies_and_its_inverse_restores() -> None:
    before = _plan()
    after = replace(before, person=replace(before.person, sleep_need_hours=7.5))
    edit = PlanReplacement(before, after)
    plan, _ = apply_edit(before, edit)
    assert plan == after
    restored, _ = apply_edit(plan, edit.inverted())
    assert restored == before


def test_a_replacement_of_a_plan_changed_elsewhere_is_refused() -> None:
    before = _plan()
    elsewhere = replace(before, rules={"min_rest_hours": 10})
    edit = PlanReplacement(before, replace(before, habits=()))
    with pytest.raises(UserFacingError, match="changed elsewhere"):
        apply_edit(elsewhere, edit)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda p: replace(p, person=replace(p.person, home_zone="America/NewYork")),
            'person.home_zone: unknown time zone "America/NewYork"',
        ),
        (
            lambda p: replace(p, rotations=(Rotation(date(2026, 3, 2), ("night",)),)),
            "rotations[0].cycle[0]",
        ),
        (
            lambda p: replace(p, person=replace(p.person, sleep_need_hours=20)),
            "person.sleep_need_hours",
        ),
        (
            lambda p: replace(p, habits=(Habit("walk", "Walk", 30, 40),)),
            "habits[0].per_week",
        ),
    ],
)
def test_an_invalid_plan_is_refused_naming_the_field(
    change: Callable[[Plan], Plan], message: str
) -> None:
    before = _plan()
    with pytest.raises(UserFacingError, match=re.escape(message)):
        apply_edit(before, PlanReplacement(before, change(before)))
    with pytest.raises(UserFacingError):
        checked_plan(change(before))


def test_saving_a_refused_replacement_writes_nothing(tmp_path: Path) -> None:
    before = _plan()
    bad = replace(before, rules={"min_rest_hours": 0.1})
    with Store.open(tmp_path / "plan.sqlite3") as store:
        store.save_plan(before)
        with pytest.raises(UserFacingError, match=r"rules\.min_rest_hours"):
            save_edit(store, before, PlanReplacement(before, bad))
        assert store.load_plan() == before


def test_a_rotation_change_names_no_dates_meaning_all() -> None:
    before = _plan()
    after = replace(before, rotations=(Rotation(date(2026, 3, 2), ("mid",) * 5 + (OFF, OFF)),))
    assert plan_changes(before, after) == Changes(shifts=True, blocks=True, goals=True)


def test_a_one_off_change_names_the_home_dates_it_touches() -> None:
    before = _plan()
    # Wed 11 Mar in New York starts 21:00 Manila on the 11th and ends 06:00 on the 12th.
    after = replace(before, changes=(DayChange(date(2026, 3, 11), OFF, "leave"),))
    changes = plan_changes(before, after)
    assert changes.shifts
    assert changes.goals
    assert not changes.blocks
    assert changes.dates == {date(2026, 3, 11), date(2026, 3, 12)}


def test_an_extra_shift_names_its_dates() -> None:
    before = _plan()
    extra = ExtraShift(datetime(2026, 3, 14, 22), datetime(2026, 3, 15, 2), MANILA, "Training")
    changes = plan_changes(before, replace(before, extra_shifts=(extra,)))
    assert changes.dates == {date(2026, 3, 14), date(2026, 3, 15)}


def test_goals_and_habits_change_goals_and_blocks_only() -> None:
    before = _plan()
    goal = Goal("cx", "CX certification", 60, date(2026, 6, 30))
    changes = plan_changes(before, replace(before, goals=(goal,)))
    assert changes == Changes(blocks=True, goals=True)


def test_nothing_changed_says_so() -> None:
    assert plan_changes(_plan(), _plan()) == Changes()
