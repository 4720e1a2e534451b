"""What placement returns beside blocks: items that did not fit, and goal progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A session that did not fit, with a reason a person understands."""

    ref: str
    minutes: int
    reason: str


class GoalStatus(Enum):
    """placement.md's statuses; the values are the contract's `status`."""

    ON_TRACK = "on-track"
    AT_RISK = "at-risk"
    BEHIND = "behind"


@dataclass(frozen=True, slots=True)
class GoalProgress:
    """Where a certification goal stands.

    Args:
        goal_id: The goal.
        done_hours: Confirmed study hours.
        planned_hours: Study hours planned ahead (not yet done).
        eligible_hours: Free, study-eligible hours the roster leaves before the deadline.
        required_hours_per_week: Pace needed from now to the deadline.
        projected_finish: Date the target is reached at the planned pace, None if never.
        status: on-track, at-risk or behind.
    """

    goal_id: str
    done_hours: float
    planned_hours: float
    eligible_hours: float
    required_hours_per_week: float
    projected_finish: date | None
    status: GoalStatus
