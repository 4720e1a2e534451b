"""What placement knows about the horizon before it places anything: roster, sleep, busy time.

Built once per run from the plan: the duties with their commute, the planned sleep (trimmed
around anything the person fixed), imported busy time, and the slots study must avoid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from shiftplanner.core.blocks import Block, BlockKind, BusyTime
from shiftplanner.core.instants import day_bounds, home_date, to_instant
from shiftplanner.core.placement.grid import Grid
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift
from shiftplanner.core.sleep_plan import is_night_shift, plan_sleep

TROUGH_START = time(2, 0)
TROUGH_END = time(6, 0)
AFTER_NIGHT_SHIFT = timedelta(hours=2)
BEFORE_MAIN_SLEEP = timedelta(hours=1)
_SWITCH_GAP = timedelta(hours=48)
_ROSTER_MARGIN = timedelta(days=3)
_ONE = timedelta(days=1)
_SHORTEST_TRIMMED_SLEEP = timedelta(minutes=90)


@dataclass(frozen=True, slots=True)
class Settings:
    """The placer's knobs (`placement.md`), all in minutes.

    Args:
        buffer_minutes: Kept free between a block and anything else.
        work_day_cap_minutes: Planned non-sleep time at most on a day a shift starts.
        rest_day_cap_minutes: The same on a rest day.
        switch_day_study_minutes: Study at most on a day the roster switches day <-> night.
        freeze_minutes: Blocks starting this soon after "now" never move.
    """

    buffer_minutes: int = 15
    work_day_cap_minutes: int = 240
    rest_day_cap_minutes: int = 360
    switch_day_study_minutes: int = 60
    freeze_minutes: int = 12 * 60


DEFAULT_SETTINGS = Settings()


@dataclass(frozen=True, slots=True)
class Context:
    """The horizon as the placer sees it; masks are slot sets of `grid`."""

    plan: Plan
    grid: Grid
    now: datetime
    settings: Settings
    shifts: tuple[Shift, ...]
    sleeps: tuple[Block, ...]
    fixed: tuple[Block, ...]
    work_days: frozenset[date]
    switch_days: frozenset[date]
    roster_busy: int
    study_avoid: int

    @property
    def home_zone(self) -> str:
        """The person's zone."""
        return self.plan.home_zone

    def cap_minutes(self, day: date) -> int:
        """Planned non-sleep minutes allowed on a date."""
        settings = self.settings
        work = day in self.work_days
        return settings.work_day_cap_minutes if work else settings.rest_day_cap_minutes


def build_context(
    plan: Plan,
    first: date,
    last: date,
    *,
    now: datetime,
    fixed: Sequence[Block] = (),
    busy: Sequence[BusyTime] = (),
    settings: Settings = DEFAULT_SETTINGS,
) -> Context:
    """Everything placement needs for the home-zone dates first..last."""
    start, end = day_bounds(first, last, plan.home_zone)
    grid = Grid(start, end, plan.home_zone)
    shifts = tuple(expand(plan, first - _ROSTER_MARGIN, last + _ROSTER_MARGIN))
    planned = plan_sleep(shifts, plan.person, start=start, end=end)
    sleeps = tuple(_around_fixed(planned, fixed, busy))
    commute = timedelta(minutes=plan.person.commute_minutes)
    busy_mask = 0
    for shift in shifts:
        busy_mask |= grid.touching(shift.start - commute, shift.end + commute)
    for start_end in [(b.start, b.end) for b in (*sleeps, *fixed)] + [
        (b.start, b.end) for b in busy
    ]:
        busy_mask |= grid.touching(*start_end)
    return Context(
        plan=plan,
        grid=grid,
        now=now,
        settings=settings,
        shifts=shifts,
        sleeps=sleeps,
        fixed=tuple(fixed),
        work_days=frozenset(home_date(s.start, plan.home_zone) for s in shifts),
        switch_days=_switch_days(shifts, plan.home_zone),
        roster_busy=busy_mask,
        study_avoid=_study_avoid(grid, shifts, sleeps),
    )


def _around_fixed(
    planned: Sequence[Block], fixed: Sequence[Block], busy: Sequence[BusyTime]
) -> list[Block]:
    """Planned sleep, giving way to the person's own sleep and trimmed around fixed time."""
    own_sleep = [b for b in fixed if b.kind.is_sleep]
    taken = [(b.start, b.end) for b in fixed if not b.kind.is_sleep]
    taken += [(b.start, b.end) for b in busy]
    kept = []
    for block in planned:
        if any(o.start < block.end and block.start < o.end for o in own_sleep):
            continue
        piece = _longest_free_piece(block.start, block.end, taken)
        if piece is not None and piece[1] - piece[0] >= _SHORTEST_TRIMMED_SLEEP:
            kept.append(Block(block.kind, block.ref, piece[0], piece[1]))
    return kept


def _longest_free_piece(
    start: datetime, end: datetime, taken: list[tuple[datetime, datetime]]
) -> tuple[datetime, datetime] | None:
    pieces = [(start, end)]
    for busy_start, busy_end in taken:
        pieces = [
            part
            for low, high in pieces
            for part in ((low, min(high, busy_start)), (max(low, busy_end), high))
            if part[1] > part[0]
        ]
    return max(pieces, key=lambda p: (p[1] - p[0], -p[0].timestamp()), default=None)


def _switch_days(shifts: Sequence[Shift], home_zone: str) -> frozenset[date]:
    """Dates a duty starts whose night-ness differs from the duty before it, 48 h or less back."""
    days = set()
    for before, after in pairwise(shifts):
        if after.start - before.end > _SWITCH_GAP:
            continue
        if is_night_shift(before, home_zone) != is_night_shift(after, home_zone):
            days.add(home_date(after.start, home_zone))
    return frozenset(days)


def _study_avoid(grid: Grid, shifts: Sequence[Shift], sleeps: Sequence[Block]) -> int:
    """The night trough, the 2 h after a night shift ends, and the hour before main sleep."""
    mask = 0
    for day in [grid.days()[0] - _ONE, *grid.days()]:
        trough = to_instant(day, TROUGH_START, grid.home_zone)
        mask |= grid.touching(trough, to_instant(day, TROUGH_END, grid.home_zone))
    for shift in shifts:
        if is_night_shift(shift, grid.home_zone):
            mask |= grid.touching(shift.end, shift.end + AFTER_NIGHT_SHIFT)
    for sleep in sleeps:
        if sleep.kind is BlockKind.SLEEP:
            mask |= grid.touching(sleep.start - BEFORE_MAIN_SLEEP, sleep.start)
    return mask
