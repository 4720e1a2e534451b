"""The person's verbs on a planned block, as data: move, resize, done, unlock, skip, delete.

`placement.md` ("Person's verbs"): drag = move and lock, resize within min/max, done counts
toward the goal, skip = not this time, delete = find another time. An edit is worked out from
a `BoardWeek` without touching the store: it re-plans the horizon around the change and keeps
the result as the stored blocks, so the next plan keeps everything where the person saw it.
`before` and `after` are whole stored states, so undo writes `before` back exactly.
Skipped sessions are stored too and planned as fixed placeholders that are never shown, so the
placer does not find them another time that week. Planning is imported when an edit is worked
out, not with this module: the board imports it at start-up for `block_limits`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from shiftplanner.core.blocks import Block, BlockKind, BusyTime
from shiftplanner.core.instants import day_bounds, home_date
from shiftplanner.core.plan import Plan
from shiftplanner.core.text import Template, Text, TextArg
from shiftplanner.services.editing import Changes
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange, load_stored_plan
from shiftplanner.storage.blocks_store import load_blocks, load_skipped, save_blocks_and_skipped
from shiftplanner.storage.busy import load_busy
from shiftplanner.storage.store import Store, StoreError

if TYPE_CHECKING:
    from shiftplanner.services.planning import WeekPlan

# What the board says when it refuses a gesture on a block.
THIS_SLEEP = Template("This sleep")
THIS_NAP = Template("This nap")
MOVED = Template("moved")
RESIZED = Template("resized")
SKIPPED = Template("skipped")
DELETED = Template("deleted")
LASTS_BETWEEN = Template("{block} can last {low} to {high} minutes, not {minutes}")
ALREADY_DONE = Template("{block} is already done")
NOT_STARTED = Template("{block} has not started yet; mark it done afterwards")
NOT_LOCKED = Template("{block} is not locked")
DONE_STAYS = Template("{block} is done and stays where it happened; not {verb}")
FOLLOWS_SHIFTS = Template("{block} follows your shifts and cannot be {verb}; drag it to change it")
BLOCKS_CHANGED_ELSEWHERE = Template("the planned blocks were changed elsewhere; reload the plan")
NO_LONGER_PLANNED = Template("{block} is no longer on the plan; reload the week")


@dataclass(frozen=True, slots=True)
class StoredBlocks:
    """What the store holds about blocks: the last plan's (with locked and done ones) and skips."""

    blocks: tuple[Block, ...] = ()
    skipped: tuple[Block, ...] = ()

    def same_as(self, other: StoredBlocks) -> bool:
        """Whether both hold the same blocks, whatever their order."""
        return set(self.blocks) == set(other.blocks) and set(self.skipped) == set(other.skipped)


@dataclass(frozen=True, slots=True)
class BoardWeek:
    """What a block edit is worked out against: the plan, the visible dates, now, the store."""

    plan: Plan
    dates: DateRange
    now: datetime
    stored: StoredBlocks
    busy: tuple[BusyTime, ...] = ()

    @property
    def horizon(self) -> tuple[datetime, datetime]:
        """The UTC span planned: the visible dates and the week after them."""
        from shiftplanner.services.planning import HORIZON_EXTRA_DAYS

        last = self.dates.last + timedelta(days=HORIZON_EXTRA_DAYS)
        return day_bounds(self.dates.first, last, self.plan.home_zone)


@dataclass(frozen=True, slots=True)
class BlockEdit:
    """Replace the stored blocks `before` with `after`; `dates` are the home dates it touched."""

    before: StoredBlocks
    after: StoredBlocks
    dates: frozenset[date]

    def inverted(self) -> BlockEdit:
        """The edit that undoes this one."""
        return BlockEdit(self.after, self.before, self.dates)


def block_limits(plan: Plan, block: Block) -> tuple[int, int]:
    """Shortest and longest minutes a resize may give a block.

    A study block keeps to its goal's session bounds; a habit to between its shortest and
    longest session (half and twice its length when it sets none); sleep and naps to what the
    placement rules call sleep and a nap.
    """
    if block.kind is BlockKind.SLEEP:
        return 60, 12 * 60
    if block.kind is BlockKind.NAP:
        return 15, 3 * 60
    for goal in plan.goals:
        if goal.id == block.ref:
            return goal.min_session_minutes, goal.max_session_minutes
    for habit in plan.habits:
        if habit.id == block.ref:
            low = habit.min_minutes if habit.min_minutes is not None else habit.minutes // 2
            high = habit.max_minutes if habit.max_minutes is not None else habit.minutes * 2
            return max(15, low), high
    return 15, 4 * 60


def load_board_week(store: Store, dates: DateRange, *, now: datetime) -> BoardWeek:
    """The stored plan, blocks, skips and busy time, ready for planning or an edit.

    Raises:
        UserFacingError: the store is empty or damaged.
    """
    plan = load_stored_plan(store)
    try:
        stored = StoredBlocks(tuple(load_blocks(store)), tuple(load_skipped(store)))
        busy = tuple(load_busy(store))
    except StoreError as error:
        raise UserFacingError(error.text) from None
    return BoardWeek(plan, dates, now, stored, busy)


def plan_board(week: BoardWeek) -> WeekPlan:
    """The week's plan and goal progress around the stored blocks, without the skipped ones."""
    from shiftplanner.services.planning import plan_week

    placeholders = _placeholders(week.stored.skipped)
    planned = plan_week(
        week.plan, week.dates, now=week.now, previous=week.stored.blocks,
        locked=tuple(placeholders), busy=week.busy,
    )  # fmt: skip
    shown = tuple(b for b in planned.placement.blocks if b not in placeholders)
    return replace(planned, placement=replace(planned.placement, blocks=shown))


def plan_board_week(store: Store, dates: DateRange, *, now: datetime) -> WeekPlan:
    """`plan_board` on what the store holds.

    Raises:
        UserFacingError: the store is empty or damaged.
    """
    return plan_board(load_board_week(store, dates, now=now))


def move_block(week: BoardWeek, block: Block, start: datetime) -> BlockEdit:
    """Move a block to start at `start`, same length, and lock it there.

    Raises:
        UserFacingError: the block is done, or no longer on the plan.
    """
    _refuse_done(block, MOVED)
    moved = replace(block, start=start, end=start + (block.end - block.start), locked=True)
    return _edit(week, block, moved)


def resize_block(week: BoardWeek, block: Block, end: datetime) -> BlockEdit:
    """Give a block a new end within its item's min/max length, and lock it.

    Raises:
        UserFacingError: the length is outside the limits, the block is done or gone.
    """
    _refuse_done(block, RESIZED)
    low, high = block_limits(week.plan, block)
    minutes = (end - block.start) / timedelta(minutes=1)
    if not low <= minutes <= high:
        raise UserFacingError(
            Text.of(LASTS_BETWEEN, block=_name(block), low=low, high=high, minutes=f"{minutes:.0f}")
        )
    return _edit(week, block, replace(block, end=end, locked=True))


def mark_done(week: BoardWeek, block: Block) -> BlockEdit:
    """Confirm a block happened: it never moves again, and done study counts toward its goal.

    Raises:
        UserFacingError: it is already done, has not started yet, or is gone.
    """
    if block.done:
        raise UserFacingError(Text.of(ALREADY_DONE, block=_name(block)))
    if block.start > week.now:
        raise UserFacingError(Text.of(NOT_STARTED, block=_name(block)))
    return _edit(week, block, replace(block, done=True))


def unlock_block(week: BoardWeek, block: Block) -> BlockEdit:
    """Let the planner move a block again.

    Raises:
        UserFacingError: it is not locked, or is gone.
    """
    if not block.locked:
        raise UserFacingError(Text.of(NOT_LOCKED, block=_name(block)))
    return _edit(week, block, replace(block, locked=False))


def skip_block(week: BoardWeek, block: Block) -> BlockEdit:
    """Not this time: remove the block, and keep its session out of this week's plan.

    Raises:
        UserFacingError: planned sleep (it follows the roster), a done block, or gone.
    """
    _refuse_planned_sleep(block, SKIPPED)
    _refuse_done(block, SKIPPED)
    return _edit(week, block, None, skip=True)


def delete_block(week: BoardWeek, block: Block) -> BlockEdit:
    """Remove the block; its session finds another time (not the same one again).

    Raises:
        UserFacingError: planned sleep (it follows the roster), or gone.
    """
    _refuse_planned_sleep(block, DELETED)
    avoid = () if block.kind.is_sleep else (BusyTime(block.start, block.end, "deleted"),)
    return _edit(week, block, None, avoid=avoid)


def save_block_edit(store: Store, edit: BlockEdit) -> Changes:
    """Write an edit's `after` to the store in one transaction, if it still holds `before`.

    Raises:
        UserFacingError: the stored blocks changed since the edit was worked out, or the
            store cannot be read or written.
    """
    try:
        current = StoredBlocks(tuple(load_blocks(store)), tuple(load_skipped(store)))
        if not current.same_as(edit.before):
            raise UserFacingError(Text.of(BLOCKS_CHANGED_ELSEWHERE))
        save_blocks_and_skipped(store, edit.after.blocks, edit.after.skipped)
    except StoreError as error:
        raise UserFacingError(error.text) from None
    return Changes(blocks=True, goals=True, dates=edit.dates)


def _edit(
    week: BoardWeek,
    old: Block,
    new: Block | None,
    *,
    skip: bool = False,
    avoid: Sequence[BusyTime] = (),
) -> BlockEdit:
    shown = _placement(week)
    if old not in shown:
        raise UserFacingError(Text.of(NO_LONGER_PLANNED, block=_name(old)))
    current = _settled(week, shown)
    blocks = (*(b for b in current.blocks if b != old), *((new,) if new is not None else ()))
    skipped = current.skipped
    if skip:
        skipped = (*skipped, replace(old, locked=False, done=False))
    edited = replace(week, stored=StoredBlocks(blocks, skipped))
    after = _settled(edited, _placement(edited, avoid))
    return BlockEdit(week.stored, after, _dates(week.plan.home_zone, old, new))


def _placement(week: BoardWeek, avoid: Sequence[BusyTime] = ()) -> list[Block]:
    """Every block of the horizon's plan as the board shows it (skips left out)."""
    from shiftplanner.core.placement import plan_blocks
    from shiftplanner.services.planning import HORIZON_EXTRA_DAYS

    placeholders = _placeholders(week.stored.skipped)
    last = week.dates.last + timedelta(days=HORIZON_EXTRA_DAYS)
    placement = plan_blocks(
        week.plan, week.dates.first, last, now=week.now, previous=week.stored.blocks,
        locked=tuple(placeholders), busy=[*week.busy, *avoid],
    )  # fmt: skip
    return [b for b in placement.blocks if b not in placeholders]


def _settled(week: BoardWeek, shown: Iterable[Block]) -> StoredBlocks:
    """The stored state that reproduces `shown`: the horizon's blocks replace the stored ones
    there; sleep the roster plans is left out unless the person fixed it."""
    start, end = week.horizon
    outside = [b for b in week.stored.blocks if b.end <= start or b.start >= end]
    kept = [b for b in shown if not b.kind.is_sleep or b.locked or b.done]
    ordered = sorted({*outside, *kept}, key=lambda b: (b.start, b.end, b.ref, b.kind.value))
    return StoredBlocks(tuple(ordered), week.stored.skipped)


def _placeholders(skipped: Iterable[Block]) -> frozenset[Block]:
    """Skipped sessions as fixed blocks, so each still serves (and hides) its session."""
    return frozenset(replace(b, locked=True) for b in skipped)


def _dates(zone: str, *blocks: Block | None) -> frozenset[date]:
    days: set[date] = set()
    for block in blocks:
        if block is not None:
            first, last = home_date(block.start, zone), home_date(block.end, zone)
            days |= {first + timedelta(days=i) for i in range((last - first).days + 1)}
    return frozenset(days)


def _refuse_done(block: Block, verb: Template) -> None:
    if block.done:
        raise UserFacingError(Text.of(DONE_STAYS, block=_name(block), verb=Text.of(verb)))


def _refuse_planned_sleep(block: Block, verb: Template) -> None:
    if block.kind.is_sleep and not (block.locked or block.done):
        raise UserFacingError(Text.of(FOLLOWS_SHIFTS, block=_name(block), verb=Text.of(verb)))


def _name(block: Block) -> TextArg:
    if block.kind is BlockKind.SLEEP:
        return Text.of(THIS_SLEEP)
    if block.kind.is_sleep:
        return Text.of(THIS_NAP)
    return f'"{block.ref}"'
