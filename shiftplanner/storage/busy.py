"""Busy time in the store: personal appointments that placement keeps free."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from shiftplanner.core.blocks import BusyTime
from shiftplanner.core.instants import format_utc
from shiftplanner.storage.store import Store, StoreError


def load_busy(store: Store) -> list[BusyTime]:
    """Every stored busy time, in start order.

    Raises:
        StoreError: a stored row is damaged.
    """
    rows = store.read("SELECT start_utc, end_utc, label FROM busy_times ORDER BY start_utc")
    try:
        busy = [BusyTime(_instant(start), _instant(end), str(label)) for start, end, label in rows]
    except ValueError as error:
        raise StoreError(f"{store.path}: a stored busy time is damaged ({error})") from None
    return busy


def replace_busy(
    store: Store, start: datetime, end: datetime, busy: Sequence[BusyTime]
) -> list[BusyTime]:
    """Replace the busy times overlapping [start, end) with `busy`, in one transaction.

    Returns the busy times that were replaced.
    """
    kept: list[BusyTime] = []
    replaced: list[BusyTime] = []
    for item in load_busy(store):
        (replaced if item.end > start and item.start < end else kept).append(item)
    merged = sorted([*kept, *busy], key=lambda b: (b.start, b.end, b.label))
    with store.transaction() as connection:
        connection.execute("DELETE FROM busy_times")
        connection.executemany(
            "INSERT INTO busy_times (position, start_utc, end_utc, label) VALUES (?, ?, ?, ?)",
            [
                (position, format_utc(b.start), format_utc(b.end), b.label)
                for position, b in enumerate(merged)
            ],
        )
    return replaced


def _instant(text: str) -> datetime:
    value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if value.tzinfo is None:
        raise ValueError(f'"{text}" has no offset')
    return value
