"""Blocks in the store: round trip with locked/done flags, migration from an older store."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.storage.blocks_store import load_blocks, save_blocks
from shiftplanner.storage.migrations import MIGRATIONS
from shiftplanner.storage.store import Store, StoreError

BLOCKS = [
    Block(BlockKind.STUDY, "cx-cert", datetime(2026, 3, 3, 10, tzinfo=UTC),
          datetime(2026, 3, 3, 11, 15, tzinfo=UTC), done=True),
    Block(BlockKind.SLEEP, "sleep", datetime(2026, 3, 3, 0, 15, tzinfo=UTC),
          datetime(2026, 3, 3, 8, 15, tzinfo=UTC)),
    Block(BlockKind.SELF_CARE, "exercise", datetime(2026, 3, 4, 9, tzinfo=UTC),
          datetime(2026, 3, 4, 9, 45, tzinfo=UTC), locked=True),
]  # fmt: skip


def test_blocks_round_trip_in_start_order(tmp_path: Path) -> None:
    with Store.open(tmp_path / "plan.sqlite3") as store:
        assert load_blocks(store) == []
        save_blocks(store, BLOCKS)
    with Store.open(tmp_path / "plan.sqlite3") as store:
        loaded = load_blocks(store)
    assert loaded == sorted(BLOCKS, key=lambda b: b.start)
    assert [(b.locked, b.done) for b in loaded] == [(False, False), (False, True), (True, False)]


def test_saving_replaces_every_block(tmp_path: Path) -> None:
    with Store.open(tmp_path / "plan.sqlite3") as store:
        save_blocks(store, BLOCKS)
        save_blocks(store, BLOCKS[:1])
        assert load_blocks(store) == BLOCKS[:1]


def test_an_older_store_gains_the_table_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    Store.open(path, MIGRATIONS[:-1]).close()
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        save_blocks(store, BLOCKS)
        assert len(load_blocks(store)) == len(BLOCKS)
    assert list(tmp_path.glob("plan.sqlite3.v*.bak"))


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        (("lunch", "x", "2026-03-03T10:00:00Z", "2026-03-03T11:00:00Z"), "'lunch' is not a valid"),
        (("study", "x", "2026-03-03T10:00:00", "2026-03-03T11:00:00Z"), "has no offset"),
        (("study", "x", "2026-03-03T11:00:00Z", "2026-03-03T10:00:00Z"), "ends before it starts"),
    ],
)
def test_a_damaged_row_is_refused_with_the_file_named(
    tmp_path: Path, row: tuple[str, ...], problem: str
) -> None:
    path = tmp_path / "plan.sqlite3"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO blocks (position, kind, ref, start_utc, end_utc) VALUES (0, ?, ?, ?, ?)", row
    )
    connection.commit()
    connection.close()
    with Store.open(path) as store, pytest.raises(StoreError, match=problem) as caught:
        load_blocks(store)
    assert str(path) in str(caught.value)
