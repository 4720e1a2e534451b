"""Use cases of the rest-deficit engine: findings and per-shift fatigue for a date range."""

from __future__ import annotations

from collections.abc import Sequence

from shiftplanner.core.analysis import DutyFatigue, analyse, fatigue
from shiftplanner.core.blocks import Block
from shiftplanner.core.findings import Finding
from shiftplanner.core.plan import Plan
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange


def check_range(
    plan: Plan, dates: DateRange, *, sleeps: Sequence[Block] | None = None
) -> list[Finding]:
    """Every rest-deficit finding overlapping the range, by start then severity."""
    return analyse(plan, dates.first, dates.last, sleeps=sleeps)


def fatigue_range(
    plan: Plan, dates: DateRange, *, sleeps: Sequence[Block] | None = None
) -> list[DutyFatigue]:
    """Fatigue/risk index and peak sleepiness of every shift overlapping the range.

    Raises:
        UserFacingError: the work profile cannot feed the index.
    """
    try:
        return fatigue(plan, dates.first, dates.last, sleeps=sleeps)
    except ValueError as error:
        raise UserFacingError(f"work: {error}") from None
