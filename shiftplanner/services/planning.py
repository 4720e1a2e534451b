"""Use case: plan a week's sleep, study and self-care, and say where each goal stands.

The desktop app calls `plan_week` with the clock's "now", the blocks of its last plan and
the ones the person locked or did; the `plan` verb does the same from a plan file or store.
The horizon is the visible range plus the week after it, so next week is never a surprise.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from shiftplanner.core.analysis import DutyFatigue
from shiftplanner.core.blocks import Block, BusyTime
from shiftplanner.core.findings import Finding
from shiftplanner.core.goal_progress import eligible_study_hours, goal_progress
from shiftplanner.core.instants import day_bounds
from shiftplanner.core.placement import Placement, plan_blocks
from shiftplanner.core.placement.context import DEFAULT_SETTINGS
from shiftplanner.core.placement.week import done_study_minutes, split_fixed
from shiftplanner.core.plan import Plan
from shiftplanner.core.progress import GoalProgress, Unplaced
from shiftplanner.core.sleep_plan import plan_sleep_for_dates
from shiftplanner.services.analysis import check_range, fatigue_range
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange, load_stored_plan
from shiftplanner.storage.blocks_store import load_blocks
from shiftplanner.storage.busy import load_busy
from shiftplanner.storage.store import Store, StoreError

HORIZON_EXTRA_DAYS = 7
# The rest engine looks this far around a range; planned sleep should cover it.
_ANALYSIS_MARGIN = timedelta(days=10)


@dataclass(frozen=True, slots=True)
class WeekPlan:
    """A planned range: blocks, what did not fit, and goal progress.

    Args:
        dates: The visible range.
        placement: Blocks and unplaced sessions over the whole horizon.
        goals: Progress per goal, counted up to "now".
    """

    dates: DateRange
    placement: Placement
    goals: tuple[GoalProgress, ...]

    def blocks(self, home_zone: str) -> list[Block]:
        """Blocks overlapping the visible range, in start order."""
        start, end = day_bounds(self.dates.first, self.dates.last, home_zone)
        return [b for b in self.placement.blocks if b.end > start and b.start < end]

    def unplaced(self) -> list[Unplaced]:
        """Sessions of the visible range that found no place."""
        return [
            missed.unplaced
            for missed in self.placement.missed
            if missed.first_day <= self.dates.last and missed.last_day >= self.dates.first
        ]


def plan_week(
    plan: Plan,
    dates: DateRange,
    *,
    now: datetime,
    previous: Sequence[Block] = (),
    locked: Sequence[Block] = (),
    busy: Sequence[BusyTime] = (),
) -> WeekPlan:
    """Plan the range (and the week after it) and each goal's progress."""
    last = dates.last + timedelta(days=HORIZON_EXTRA_DAYS)
    placement = plan_blocks(
        plan, dates.first, last, now=now, previous=previous, locked=locked, busy=busy
    )
    fixed, _ = split_fixed([*previous, *locked], now, DEFAULT_SETTINGS)
    eligible = eligible_study_hours(plan, now=now, fixed=fixed, busy=busy)
    done = done_study_minutes(plan, [*previous, *locked])
    horizon_end = day_bounds(dates.first, last, plan.home_zone)[1]
    goals = tuple(
        goal_progress(
            goal, now=now, home_zone=plan.home_zone, done_minutes=done[goal.id],
            blocks=placement.blocks, horizon_end=horizon_end, eligible_hours=eligible[goal.id],
        )
        for goal in plan.goals
    )  # fmt: skip
    return WeekPlan(dates, placement, goals)


def plan_stored_week(store: Store, dates: DateRange, *, now: datetime) -> WeekPlan:
    """Plan a range from the store: its plan, last blocks (locked and done ones too), busy time.

    Raises:
        UserFacingError: the store is empty or damaged.
    """
    plan = load_stored_plan(store)
    try:
        blocks, busy = load_blocks(store), load_busy(store)
    except StoreError as error:
        raise UserFacingError(error.text) from None
    return plan_week(plan, dates, now=now, previous=blocks, busy=busy)


def findings_with_planned_sleep(plan: Plan, dates: DateRange) -> list[Finding]:
    """Rest-deficit findings where the planned sleep and naps replace the sleep estimate."""
    return check_range(plan, dates, sleeps=_planned_sleep_around(plan, dates))


def fatigue_with_planned_sleep(plan: Plan, dates: DateRange) -> list[DutyFatigue]:
    """Fatigue/risk index and peak sleepiness per shift, sleepiness from the planned sleep."""
    return fatigue_range(plan, dates, sleeps=_planned_sleep_around(plan, dates))


def _planned_sleep_around(plan: Plan, dates: DateRange) -> list[Block]:
    margin = dates.first - _ANALYSIS_MARGIN, dates.last + _ANALYSIS_MARGIN
    return plan_sleep_for_dates(plan, *margin)
