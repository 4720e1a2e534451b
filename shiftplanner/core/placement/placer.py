"""The deterministic placer of `placement.md`.

1. Items already served by a fixed block (locked, done, or frozen within 12 h of now) are not
   placed again; the fixed blocks stay exactly where they are.
2. Items whose block from the last plan still fits keep it: a new roster re-plans only what
   it must.
3. Repeatedly take the item with the fewest candidates (ties: day-bound before floating,
   higher priority, then id) and place it at its cheapest start.
4. One repair pass: for each item left over, try moving one placed block of no higher
   priority out of its way, if that block then still finds a place, or, failing that, finds
   one by moving a third block of no higher priority than itself (an ejection chain of two).
5. Improvement: move each new block to its cheapest free start while the total cost drops.
Same input, same output: every choice breaks ties by start, then id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from shiftplanner.core.blocks import Block
from shiftplanner.core.instants import home_date
from shiftplanner.core.placement.board import Board, Placed
from shiftplanner.core.placement.candidates import Candidate, Weights
from shiftplanner.core.placement.context import Context
from shiftplanner.core.placement.grid import dilate
from shiftplanner.core.placement.improve import improve
from shiftplanner.core.placement.items import Item

DEFAULT_WEIGHTS = Weights()
CHAIN_DEPTH = 2


@dataclass(frozen=True, slots=True)
class Outcome:
    """Placed blocks (new or kept) and the items that found no place."""

    placed: tuple[Placed, ...]
    unplaced: tuple[Item, ...]
    board: Board


def place(
    context: Context,
    items: Sequence[Item],
    *,
    previous: Sequence[Block] = (),
    weights: Weights = DEFAULT_WEIGHTS,
) -> Outcome:
    """Place the items around the context's roster, sleep and fixed blocks."""
    board = Board(context, weights)
    served = _match(context.fixed, items, context)
    pending = [item for item in items if item.id not in served]
    earlier = _match(previous, pending, context)
    _keep_previous(board, pending, earlier)
    pending = [item for item in pending if item.id not in board.placed]
    slots = {item_id: board.grid.floor(block.start) for item_id, block in earlier.items()}
    starved = _greedy(board, pending, slots)
    unplaced = _repair(board, starved, slots)
    improve(board, slots)
    placed = sorted(board.placed.values(), key=lambda p: (p.candidate.slot, p.item.id))
    return Outcome(tuple(placed), tuple(unplaced), board)


def to_block(placed: Placed, board: Board) -> Block:
    """The block a placed item becomes."""
    start = board.grid.instant(placed.candidate.slot)
    end = start + timedelta(minutes=placed.candidate.minutes)
    return Block(placed.item.kind, placed.item.ref, start, end)


def _match(blocks: Iterable[Block], items: Sequence[Item], context: Context) -> dict[str, Block]:
    """Pair blocks with the items they serve: same ref, a date the item may use; day-bound first."""
    matched: dict[str, Block] = {}
    for block in sorted(blocks, key=lambda b: (b.start, b.ref)):
        day = home_date(block.start, context.home_zone)
        options = [
            item
            for item in items
            if item.ref == block.ref
            and item.id not in matched
            and item.first_day <= day <= item.last_day
        ]
        if options:
            chosen = min(options, key=lambda i: (not i.day_bound, i.id))
            matched[chosen.id] = block
    return matched


def _keep_previous(board: Board, items: Sequence[Item], earlier: dict[str, Block]) -> None:
    """Leave each item whose last-plan block still fits exactly where it was."""
    kept = sorted((earlier[i.id].start, i.id, i) for i in items if i.id in earlier)
    for start, _, item in kept:
        slot, minutes = board.grid.floor(start), round(earlier[item.id].hours * 60)
        on_grid = slot >= 0 and board.grid.instant(slot) == start
        if on_grid and board.starts(item).get(minutes, 0) >> slot & 1:
            board.place(item, Candidate(slot, minutes, 0.0), kept=True)


def _greedy(board: Board, items: Sequence[Item], slots: dict[str, int]) -> list[Item]:
    pending = list(items)
    starved: list[Item] = []
    while pending:
        counts = [
            (board.count(item), not item.day_bound, item.priority, item.id) for item in pending
        ]
        index = min(range(len(pending)), key=counts.__getitem__)
        item = pending.pop(index)
        if not _try_place(board, item, slots):
            starved.append(item)
    return starved


def _try_place(board: Board, item: Item, slots: dict[str, int]) -> bool:
    candidate = board.cheapest(item, slots.get(item.id))
    if candidate is None:
        return False
    board.place(item, candidate)
    return True


def _repair(board: Board, starved: list[Item], slots: dict[str, int]) -> list[Item]:
    left: list[Item] = []
    for item in sorted(starved, key=lambda i: (i.priority, i.id)):
        if not _make_room(board, item, slots, CHAIN_DEPTH, frozenset()):
            left.append(item)
    return sorted(left, key=lambda i: i.id)


def _make_room(
    board: Board, item: Item, slots: dict[str, int], depth: int, pinned: frozenset[str]
) -> bool:
    """Place `item` by moving one block out of its way, which may in turn move one more.

    `pinned` are the items already moved or placed along the chain; they stay where they are.
    """
    for other in _movable(board, item, pinned):
        board.remove(other.item.id)
        if _try_place(board, item, slots):
            if _try_place(board, other.item, slots):
                return True
            chain = pinned | {item.id, other.item.id}
            if depth > 1 and _make_room(board, other.item, slots, depth - 1, chain):
                return True
            board.remove(item.id)
        board.place(other.item, other.candidate)
    return False


def _movable(board: Board, item: Item, pinned: frozenset[str]) -> list[Placed]:
    """New blocks of no higher priority near the item's spans or on its days, lowest first."""
    reach, days = _reach(board, item)
    movable = [
        p
        for p in board.placed.values()
        if not p.kept
        and p.item.id not in pinned
        and p.item.priority >= item.priority
        and (board.block_mask(p) & reach or board.grid.dates[p.candidate.slot] in days)
    ]
    return sorted(movable, key=lambda p: (-p.item.priority, p.candidate.slot, p.item.id))


def _reach(board: Board, item: Item) -> tuple[int, frozenset[date]]:
    """Slots whose freeing could help the item (its spans and buffer), and its days (cap)."""
    reach = 0
    for span in item.spans:
        reach |= board.grid.touching(span.start, span.end)
    return dilate(reach, board.buffer), frozenset(span.day for span in item.spans)
