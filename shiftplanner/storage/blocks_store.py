"""Blocks in the store: the last plan's blocks, the ones the person locked or did, and the
sessions they skipped."""

from __future__ import annotations

import sqlite3
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
    columns = "kind, ref, start_utc, end_utc, locked, done"
    return _read_blocks(store, f"SELECT {columns} FROM blocks ORDER BY position", "stored")


def save_blocks(store: Store, blocks: Sequence[Block]) -> None:
    """Replace the stored blocks with `blocks`, in one transaction."""
    with store.transaction() as connection:
        _write_blocks(connection, blocks)


def load_skipped(store: Store) -> list[Block]:
    """The sessions the person skipped, in start order.

    Raises:
        StoreError: a stored row is damaged.
    """
    columns = "kind, ref, start_utc, end_utc, 0, 0"
    return _read_blocks(store, f"SELECT {columns} FROM skipped_blocks ORDER BY position", "skipped")


def _read_blocks(store: Store, sql: str, what: str) -> list[Block]:
    try:
        blocks = [_block(*row) for row in store.read(sql)]
    except ValueError as error:
        raise StoreError(f"{store.path}: a {what} block is damaged ({error})") from None
    return sorted(blocks, key=lambda b: (b.start, b.end, b.ref))


def save_blocks_and_skipped(
    store: Store, blocks: Sequence[Block], skipped: Sequence[Block]
) -> None:
    """Replace the stored blocks and the skipped sessions together, in one transaction."""
    rows = [
        (position, b.kind.value, b.ref, format_utc(b.start), format_utc(b.end))
        for position, b in enumerate(_ordered(skipped))
    ]
    with store.transaction() as connection:
        _write_blocks(connection, blocks)
        connection.execute("DELETE FROM skipped_blocks")
        connection.executemany(
            "INSERT INTO skipped_blocks (position, kind, ref, start_utc, end_utc) "
            "VALUES (?, ?, ?, ?, ?)",
            rows,
        )


def _ordered(blocks: Sequence[Block]) -> list[Block]:
    return sorted(set(blocks), key=lambda b: (b.start, b.end, b.ref, b.kind.value))


def _write_blocks(connection: sqlite3.Connection, blocks: Sequence[Block]) -> None:
    rows = [
        (position, b.kind.value, b.ref, format_utc(b.start), format_utc(b.end), b.locked, b.done)
        for position, b in enumerate(_ordered(blocks))
    ]
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
