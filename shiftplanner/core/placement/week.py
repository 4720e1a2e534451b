"""Planning a horizon end to end: sleep first, then every goal's and habit's sessions.

This is what the services call. `now` is an input: blocks that start within the freeze
window after it, and blocks the person locked or did, stay exactly where they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from shiftplanner.core.blocks import Block, BlockKind, BusyTime
from shiftplanner.core.goals import Goal
from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.candidates import Weights
from shiftplanner.core.placement.context import DEFAULT_SETTINGS, Context, Settings, build_context
from shiftplanner.core.placement.items import expand_items, weeks
from shiftplanner.core.placement.placer import DEFAULT_WEIGHTS, place, to_block
from shiftplanner.core.placement.reasons import explain
from shiftplanner.core.plan import Plan
from shiftplanner.core.progress import Unplaced


@dataclass(frozen=True, slots=True)
class Missed:
    """A session that did not fit, and the dates it could have used."""

    unplaced: Unplaced
    first_day: date
    last_day: date


@dataclass(frozen=True, slots=True)
class Placement:
    """Sleep, fixed and placed blocks over the horizon, and what did not fit.

    Args:
        blocks: Every block, in start order: planned sleep, the fixed ones, the placed ones.
        missed: Sessions with no place, each with a reason and its dates.
        first: First home-zone date of the horizon; `last` the last.
    """

    blocks: tuple[Block, ...]
    missed: tuple[Missed, ...]
    first: date
    last: date

    @property
    def unplaced(self) -> tuple[Unplaced, ...]:
        """Sessions with no place, each with a reason."""
        return tuple(missed.unplaced for missed in self.missed)


def plan_blocks(
    plan: Plan,
    first: date,
    last: date,
    *,
    now: datetime,
    previous: Sequence[Block] = (),
    locked: Sequence[Block] = (),
    busy: Sequence[BusyTime] = (),
    settings: Settings = DEFAULT_SETTINGS,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Placement:
    """Plan the home-zone dates first..last.

    Args:
        previous: The last plan's blocks; the ones that still fit stay put.
        locked: Blocks the person placed by hand or marked done; never moved.
        busy: Appointments to keep free.
    """
    fixed, hints = split_fixed([*previous, *locked], now, settings)
    context = build_context(plan, first, last, now=now, fixed=fixed, busy=busy, settings=settings)
    quotas = weekly_quotas(context, done_study_minutes(plan, [*previous, *locked]))
    items = expand_items(context, quotas)
    outcome = place(context, items, previous=hints, weights=weights)
    placed = [to_block(p, outcome.board) for p in outcome.placed]
    blocks = sorted([*context.sleeps, *fixed, *placed], key=lambda b: (b.start, b.end, b.ref))
    missed = tuple(
        Missed(Unplaced(i.ref, i.minutes, explain(i, outcome.board)), i.first_day, i.last_day)
        for i in outcome.unplaced
    )
    return Placement(tuple(blocks), missed, first, last)


def split_fixed(
    blocks: Sequence[Block], now: datetime, settings: Settings
) -> tuple[list[Block], list[Block]]:
    """Blocks that must not move (locked, done, starting before the freeze ends) and the rest.

    Planned sleep follows the roster, so a sleep block is fixed only when the person fixed it.
    """
    freeze_end = now + timedelta(minutes=settings.freeze_minutes)
    fixed: list[Block] = []
    hints: list[Block] = []
    for block in sorted(set(blocks), key=lambda b: (b.start, b.end, b.ref, b.kind.value)):
        if block.locked or block.done:
            fixed.append(block)
        elif not block.kind.is_sleep:
            (fixed if block.start < freeze_end else hints).append(block)
    return fixed, hints


def done_study_minutes(plan: Plan, blocks: Sequence[Block]) -> dict[str, int]:
    """Confirmed study per goal: its log plus study blocks marked done."""
    done = {goal.id: goal.done_minutes for goal in plan.goals}
    for block in set(blocks):
        if block.done and block.kind is BlockKind.STUDY and block.ref in done:
            done[block.ref] += round(block.hours * 60)
    return done


def weekly_quotas(context: Context, done: dict[str, int]) -> dict[str, list[int]]:
    """Study minutes per goal for each week chunk of the horizon.

    What is left, spread evenly over the days to the deadline, never more than the week's
    free study-eligible time, rounded up to whole quarter hours.
    """
    board = Board(context, DEFAULT_WEIGHTS)
    chunks = weeks(context)
    eligible = [sum(board.study_minutes(day) for day in chunk) for chunk in chunks]
    return {
        goal.id: _goal_quotas(goal, done.get(goal.id, 0), chunks, eligible)
        for goal in context.plan.goals
    }


def _goal_quotas(goal: Goal, done: int, chunks: list[list[date]], eligible: list[int]) -> list[int]:
    remaining = max(0, round(goal.target_hours * 60) - done)
    quotas = []
    for chunk, room in zip(chunks, eligible, strict=True):
        days_left = (goal.deadline - chunk[0]).days + 1
        days_here = sum(1 for day in chunk if day <= goal.deadline)
        share = remaining * min(1.0, days_here / days_left) if days_left > 0 else 0.0
        quota = min(15 * -(-round(share) // 15), room, remaining)
        quotas.append(quota)
        remaining -= quota
    return quotas
