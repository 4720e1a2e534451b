"""Blocks in the store: the last plan's blocks, and the ones the person locked or did."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import format_utc
from shiftplanner.storage.store import Store, StoreError


def load_blocks(store: Store) -> list[Block]:
    """Every stored block, in start order.

    Raises:
        StoreError: a stored row is damaged.
    """
    rows = store.read(
        "SELECT kind, ref, start_utc, end_utc, locked, done FROM blocks ORDER BY position"
    )
    try:
        blocks = [_block(*row) for row in rows]
    except ValueError as error:
        raise StoreError(f"{store.path}: a stored block is damaged ({error})") from None
    return sorted(blocks, key=lambda b: (b.start, b.end, b.ref))


def save_blocks(store: Store, blocks: Sequence[Block]) -> None:
    """Replace the stored blocks with `blocks`, in one transaction."""
    ordered = sorted(set(blocks), key=lambda b: (b.start, b.end, b.ref, b.kind.value))
    rows = [
        (position, b.kind.value, b.ref, format_utc(b.start), format_utc(b.end), b.locked, b.done)
        for position, b in enumerate(ordered)
    ]
    with store.transaction() as connection:
        connection.execute("DELETE FROM blocks")
        connection.executemany(
            "INSERT INTO blocks (position, kind, ref, start_utc, end_utc, locked, done) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def _block(kind: str, ref: str, start: str, end: str, locked: int, done: int) -> Block:
    block = Block(
        kind=BlockKind(kind),
        ref=str(ref),
        start=_instant(start),
        end=_instant(end),
        locked=bool(locked),
        done=bool(done),
    )
    if block.end <= block.start:
        raise ValueError(f"{start} - {end} ends before it starts")
    return block


def _instant(text: str) -> datetime:
    value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f'"{text}" has no offset')
    return value
