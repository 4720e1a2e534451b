"""The planning use case: a week from a plan or the store; planned naps feed the rest engine."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from shiftplanner.core.analysis import analyse, fatigue
from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.progress import GoalStatus
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import ShiftType
from shiftplanner.core.sleep_plan import plan_sleep_for_dates
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.planning import findings_with_planned_sleep, plan_stored_week, plan_week
from shiftplanner.services.plans import DateRange
from shiftplanner.storage.blocks_store import load_blocks, save_blocks
from shiftplanner.storage.store import Store

MANILA = "Asia/Manila"
EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-study.json"
WEEK = DateRange(date(2026, 3, 9), date(2026, 3, 15))
NOW = to_instant(date(2026, 3, 8), time(19), MANILA)


@pytest.fixture(scope="module")
def ana() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


def test_a_week_gives_blocks_unplaced_and_goals(ana: Plan) -> None:
    week = plan_week(ana, WEEK, now=NOW)
    blocks = week.blocks(MANILA)
    assert {b.kind for b in blocks} == set(BlockKind)
    assert all(b.end > to_instant(WEEK.first, time(0), MANILA) for b in blocks)
    assert week.placement.last == date(2026, 3, 22)  # the visible week plus the next
    assert week.unplaced() == []
    (goal,) = week.goals
    assert (goal.goal_id, goal.done_hours, goal.status) == ("cx-cert", 1.0, GoalStatus.ON_TRACK)
    assert goal.planned_hours > 0
    assert goal.projected_finish is not None
    assert goal.projected_finish <= date(2026, 6, 30)


def test_an_impossible_target_is_reported_honestly(ana: Plan) -> None:
    huge = replace(ana.goals[0], target_hours=2000)
    (goal,) = plan_week(replace(ana, goals=(huge,)), WEEK, now=NOW).goals
    assert goal.status is GoalStatus.BEHIND
    assert goal.eligible_hours < 2000


def test_the_store_keeps_locked_and_done_blocks_between_plans(ana: Plan, tmp_path: Path) -> None:
    start = to_instant(date(2026, 3, 10), time(17), MANILA)
    done = Block(BlockKind.STUDY, "cx-cert", start, start + timedelta(minutes=90), done=True)
    with Store.open(tmp_path / "plan.sqlite3") as store:
        store.save_plan(ana)
        save_blocks(store, [done])
        week = plan_stored_week(store, WEEK, now=NOW)
        assert done in week.blocks(MANILA)
        assert week.goals[0].done_hours == 2.5
        save_blocks(store, week.placement.blocks)
        assert plan_stored_week(store, WEEK, now=NOW) == week
        assert done in load_blocks(store)


def test_an_empty_store_is_refused_with_a_message(tmp_path: Path) -> None:
    with Store.open(tmp_path / "plan.sqlite3") as store, pytest.raises(UserFacingError) as caught:
        plan_stored_week(store, WEEK, now=NOW)
    assert "no plan yet" in str(caught.value)


def first_night_plan() -> Plan:
    night = ShiftType("night", "Graveyard", time(22), time(7), MANILA, 60)
    cycle = ("off", "off", "night", "night", "night", "off", "off")
    person = Person("Ana", MANILA, commute_minutes=45)
    return Plan(person, shift_types=(night,), rotations=(Rotation(date(2026, 3, 2), cycle),))


def test_a_planned_nap_before_the_first_night_lowers_predicted_sleepiness() -> None:
    plan = first_night_plan()
    night = date(2026, 3, 4)
    planned = plan_sleep_for_dates(plan, date(2026, 2, 20), date(2026, 3, 15))
    without_nap = [b for b in planned if b.kind is not BlockKind.NAP]
    assert any(b.kind is BlockKind.NAP for b in planned)
    (with_nap_row,) = fatigue(plan, night, night, sleeps=planned)[:1]
    (no_nap_row,) = fatigue(plan, night, night, sleeps=without_nap)[:1]
    assert no_nap_row.kss_max - with_nap_row.kss_max > 0.5
    alert_without = [
        f for f in analyse(plan, night, night, sleeps=without_nap) if f.rule == "alertness"
    ]
    alert_with = [f for f in analyse(plan, night, night, sleeps=planned) if f.rule == "alertness"]
    assert alert_without
    assert not alert_with


def test_findings_use_the_planned_sleep() -> None:
    plan = first_night_plan()
    findings = findings_with_planned_sleep(plan, DateRange(date(2026, 3, 4), date(2026, 3, 4)))
    assert not [f for f in findings if f.rule == "alertness"]
