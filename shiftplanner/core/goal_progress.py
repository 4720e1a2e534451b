"""Where each certification goal stands (`placement.md`, "Certification progress").

Done counts only confirmed study (the goal's log and study blocks marked done); planned time is
not progress. The pace is what the current plan schedules per week from now; eligible hours are
the free, study-eligible hours the roster leaves before the deadline (within the daily cap).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta

from shiftplanner.core.blocks import Block, BlockKind, BusyTime
from shiftplanner.core.goals import Goal
from shiftplanner.core.instants import day_bounds, home_date
from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.context import DEFAULT_SETTINGS, Settings, build_context
from shiftplanner.core.placement.placer import DEFAULT_WEIGHTS
from shiftplanner.core.plan import Plan
from shiftplanner.core.progress import GoalProgress, GoalStatus

AT_RISK_MARGIN = 1.2
LOOK_AHEAD_DAYS = 366
_WEEK = timedelta(days=7)


def eligible_study_hours(
    plan: Plan,
    *,
    now: datetime,
    fixed: Sequence[Block] = (),
    busy: Sequence[BusyTime] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> dict[str, float]:
    """Free, study-eligible hours from `now` to each goal's deadline (inclusive).

    Beyond a year ahead the last year's rate is assumed, rather than planning sleep for years.
    """
    today = home_date(now, plan.home_zone)
    deadlines = [goal.deadline for goal in plan.goals if goal.deadline >= today]
    if not deadlines:
        return {goal.id: 0.0 for goal in plan.goals}
    last = min(max(deadlines), today + timedelta(days=LOOK_AHEAD_DAYS - 1))
    context = build_context(plan, today, last, now=now, fixed=fixed, busy=busy, settings=settings)
    board = Board(context, DEFAULT_WEIGHTS)
    daily = {day: board.study_minutes(day) / 60 for day in context.grid.days()}
    return {goal.id: _hours_until(goal.deadline, daily, today) for goal in plan.goals}


def _hours_until(deadline: date, daily: Mapping[date, float], today: date) -> float:
    if deadline < today:
        return 0.0
    known = sum(hours for day, hours in daily.items() if day <= deadline)
    beyond = (deadline - max(daily)).days
    return known + (known / len(daily) * beyond if beyond > 0 else 0.0)


def goal_progress(
    goal: Goal,
    *,
    now: datetime,
    home_zone: str,
    done_minutes: int,
    blocks: Sequence[Block],
    horizon_end: datetime,
    eligible_hours: float,
) -> GoalProgress:
    """One goal's progress, pace, projected finish and status."""
    done = done_minutes / 60
    remaining = max(0.0, goal.target_hours - done)
    planned = sum(
        b.hours for b in blocks
        if b.kind is BlockKind.STUDY and b.ref == goal.id and not b.done and b.start >= now
    )  # fmt: skip
    deadline_end = day_bounds(goal.deadline, goal.deadline, home_zone)[1]
    weeks_left = max((deadline_end - now) / _WEEK, 0.0)
    required = remaining / weeks_left if weeks_left > 0 else remaining
    finish = _projected_finish(remaining, planned, now, horizon_end, home_zone)
    status = _status(remaining, eligible_hours, finish, goal.deadline)
    return GoalProgress(
        goal_id=goal.id,
        done_hours=round(done, 2),
        planned_hours=round(planned, 2),
        eligible_hours=round(eligible_hours, 2),
        required_hours_per_week=round(required, 2),
        projected_finish=finish,
        status=status,
    )


def _projected_finish(
    remaining: float, planned: float, now: datetime, horizon_end: datetime, home_zone: str
) -> date | None:
    if remaining <= 0:
        return home_date(now, home_zone)
    weeks_planned = (horizon_end - now) / _WEEK
    if planned <= 0 or weeks_planned <= 0:
        return None
    pace = planned / weeks_planned
    return home_date(now + _WEEK * (remaining / pace), home_zone)


def _status(remaining: float, eligible: float, finish: date | None, deadline: date) -> GoalStatus:
    if remaining <= 0:
        return GoalStatus.ON_TRACK
    if eligible < remaining:
        return GoalStatus.BEHIND
    if finish is None or finish > deadline or eligible < remaining * AT_RISK_MARGIN:
        return GoalStatus.AT_RISK
    return GoalStatus.ON_TRACK
