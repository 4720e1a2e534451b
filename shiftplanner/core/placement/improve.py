"""The placer's last pass: move new blocks to cheaper free starts while the plan gets cheaper.

Greedy placement fixes each block before it knows what comes after it, so a block placed early
may sit far from its ideal once the board has settled. This pass visits the blocks placed in
this run in id order and moves each to its cheapest start on the board as it stands, keeping a
move only when the plan's total cost drops; it repeats until a round moves nothing. Blocks kept
from the last plan and fixed blocks are never visited, so stability holds.
"""

from __future__ import annotations

from shiftplanner.core.placement.board import Board
from shiftplanner.core.placement.candidates import candidate_cost

MAX_ROUNDS = 2
_GAIN = 1e-9


def total_cost(board: Board, previous: dict[str, int]) -> float:
    """The summed cost of every block on the board, each given all the others."""
    return sum(board.cost_of(p, previous.get(item_id)) for item_id, p in board.placed.items())


def improve(board: Board, previous: dict[str, int]) -> None:
    """Move new blocks to cheaper starts, round after round, until none moves.

    `previous` maps item ids to the slot their block had in the last plan.
    """
    for _ in range(MAX_ROUNDS):
        movable = sorted(item_id for item_id, p in board.placed.items() if not p.kept)
        moved = [item_id for item_id in movable if _move(board, item_id, previous)]
        if not moved:
            return


def _move(board: Board, item_id: str, previous: dict[str, int]) -> bool:
    """Move one block to its cheapest start if that lowers the total cost; say if it moved."""
    placed = board.placed[item_id]
    item, here, anchor = placed.item, placed.candidate, previous.get(item_id)
    board.remove(item_id)
    staying = candidate_cost(item, here.slot, here.minutes, board.cost_inputs(item, anchor))
    candidate = board.cheapest(item, anchor)
    board.place(item, here)
    if candidate is None or candidate.cost >= staying - _GAIN:
        return False
    before = total_cost(board, previous)
    board.remove(item_id)
    board.place(item, candidate)
    if total_cost(board, previous) < before - _GAIN:
        return True
    board.remove(item_id)
    board.place(item, here)
    return False
