"""Goal progress: confirmed hours only, pace, projected finish, on-track / at-risk / behind."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goal_progress import eligible_study_hours, goal_progress
from shiftplanner.core.goals import Goal, StudySession
from shiftplanner.core.instants import to_instant
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.progress import GoalProgress, GoalStatus

MANILA = "Asia/Manila"
NOW = to_instant(date(2026, 3, 1), time(20), MANILA)
HORIZON_END = NOW + timedelta(weeks=2)
GOAL = Goal("cert", "Cert", 20, date(2026, 4, 26), log=(StudySession(date(2026, 2, 20), 120),))
EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-study.json"


def study(hours_from_now: float, minutes: int, *, done: bool = False) -> Block:
    start = NOW + timedelta(hours=hours_from_now)
    return Block(BlockKind.STUDY, "cert", start, start + timedelta(minutes=minutes), done=done)


def progress(blocks: list[Block], eligible: float, goal: Goal = GOAL) -> GoalProgress:
    return goal_progress(
        goal, now=NOW, home_zone=MANILA, done_minutes=goal.done_minutes, blocks=blocks,
        horizon_end=HORIZON_END, eligible_hours=eligible,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sessions", "eligible", "status", "finish"),
    [
        # 18 h left; 5 h planned in 2 weeks is 7.2 weeks of study: done by 21 Apr.
        ([study(24 * d, 60) for d in range(1, 6)], 100.0, GoalStatus.ON_TRACK, date(2026, 4, 21)),
        # 1 h in two weeks: 36 weeks to finish, after the deadline.
        ([study(30, 60)], 100.0, GoalStatus.AT_RISK, date(2026, 11, 8)),
        # Enough planned, but fewer than 1.2 x the hours needed are free.
        ([study(24 * d, 90) for d in range(1, 8)], 20.0, GoalStatus.AT_RISK, date(2026, 3, 25)),
        # Not even every free hour would do.
        ([study(24 * d, 90) for d in range(1, 8)], 17.5, GoalStatus.BEHIND, date(2026, 3, 25)),
        ([], 100.0, GoalStatus.AT_RISK, None),
    ],
)
def test_status_and_projected_finish(
    sessions: list[Block], eligible: float, status: GoalStatus, finish: date | None
) -> None:
    result = progress(sessions, eligible)
    assert result.status is status
    assert result.projected_finish == finish
    weeks_left = (to_instant(date(2026, 4, 27), time(0), MANILA) - NOW) / timedelta(weeks=1)
    assert result.required_hours_per_week == pytest.approx(18 / weeks_left, abs=0.01)


def test_planned_time_is_not_progress_until_done() -> None:
    blocks = [study(10, 60), study(-30, 90, done=True), study(-50, 60)]
    result = progress(blocks, 100.0, replace(GOAL))
    assert result.done_hours == 2.0
    assert result.planned_hours == 1.0


def test_a_finished_goal_is_on_track_today() -> None:
    goal = replace(GOAL, target_hours=2)
    result = progress([], 0.0, goal)
    assert result.status is GoalStatus.ON_TRACK
    assert result.projected_finish == date(2026, 3, 1)


def test_a_passed_deadline_with_hours_left_is_behind() -> None:
    goal = replace(GOAL, deadline=date(2026, 2, 27))
    assert progress([study(5, 60)], 0.0, goal).status is GoalStatus.BEHIND


def test_eligible_hours_follow_the_roster_and_the_daily_cap() -> None:
    plan = parse_plan(EXAMPLE.read_text(encoding="utf-8"))
    week_goal = replace(plan.goals[0], deadline=date(2026, 3, 8))
    now = datetime(2026, 3, 1, 16, tzinfo=UTC)  # Mon 2 Mar 00:00 in Manila
    hours = eligible_study_hours(replace(plan, goals=(week_goal,)), now=now)["cx-cert"]
    # Five work days capped at 4 h and two rest days at 6 h.
    assert hours == pytest.approx(5 * 4 + 2 * 6)
    longer = eligible_study_hours(plan, now=now)["cx-cert"]
    assert longer > 400
