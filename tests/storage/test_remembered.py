"""The remembered week: read back only while the store is unchanged since it was kept."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.storage.migrations import MIGRATIONS
from shiftplanner.storage.remembered import RememberedWeek, read_remembered_weeks, remember_weeks
from shiftplanner.storage.store import Store

EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-day.json"
WEEK = RememberedWeek(
    key="0.1.0|en_US|#efefef",
    week=date(2026, 3, 9),
    zone="Asia/Manila",
    geometry=b"\x01\xd9\xd0\xcb geometry",
    board_split=b"\x00\xff board",
    side_split=b"\x00\xff side",
    picture=b"\x89PNG picture",
    ratio=1.25,
)
NEXT = replace(WEEK, week=date(2026, 3, 16), picture=b"\x89PNG next week")


@pytest.fixture
def plan() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def path(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "plan.sqlite3"
    with Store.open(path) as store:
        store.save_plan(plan)
    return path


def test_kept_weeks_read_back_whole_and_current(path: Path) -> None:
    with Store.open(path) as store:
        assert remember_weeks(store, [WEEK, NEXT], store.revision)
    assert read_remembered_weeks(path) == [WEEK, NEXT]


def test_keeping_weeks_again_replaces_those_kept_before(path: Path) -> None:
    with Store.open(path) as store:
        remember_weeks(store, [WEEK, NEXT], store.revision)
        remember_weeks(store, [NEXT], store.revision)
    assert read_remembered_weeks(path) == [NEXT]


def test_a_write_after_keeping_makes_the_week_stale(path: Path, plan: Plan) -> None:
    with Store.open(path) as store:
        remember_weeks(store, [WEEK], store.revision)
        store.save_plan(plan)
    assert read_remembered_weeks(path) == [replace(WEEK, current=False)]


def test_weeks_pictured_before_a_write_from_elsewhere_are_stale(path: Path, plan: Plan) -> None:
    with Store.open(path) as store:
        seen = store.revision
        store.save_plan(plan)
        remember_weeks(store, [WEEK], seen)
    assert read_remembered_weeks(path) == [replace(WEEK, current=False)]


def test_keeping_a_week_does_not_count_as_a_change(path: Path) -> None:
    with Store.open(path) as store:
        before = store.revision
        remember_weeks(store, [WEEK, NEXT], store.revision)
        assert store.revision == before


def test_each_committed_write_counts_once_and_a_failed_one_not_at_all(
    path: Path, plan: Plan
) -> None:
    with Store.open(path) as store:
        before = store.revision
        store.save_plan(plan)
        assert store.revision == before + 1
        with pytest.raises(sqlite3.IntegrityError):
            _insert_two_goals_with_one_id(store)
        assert store.revision == before + 1


def _insert_two_goals_with_one_id(store: Store) -> None:
    with store.transaction() as connection:
        connection.execute("INSERT INTO goals (position, id, data) VALUES (0, 'x', 'a')")
        connection.execute("INSERT INTO goals (position, id, data) VALUES (1, 'x', 'b')")


def test_no_store_or_not_a_store_reads_as_nothing_remembered(tmp_path: Path) -> None:
    assert read_remembered_weeks(tmp_path / "missing.sqlite3") == []
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert read_remembered_weeks(junk) == []
    assert junk.read_bytes() == b"this is not a database" * 100


def test_an_older_store_reads_as_nothing_remembered_and_is_left_as_it_was(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path, MIGRATIONS[:-1]) as store:
        assert store.schema_version == len(MIGRATIONS) - 1
    assert read_remembered_weeks(path) == []
    with Store.open(path, MIGRATIONS[:-1]) as store:
        assert store.schema_version == len(MIGRATIONS) - 1


def test_a_store_that_cannot_be_written_keeps_nothing_and_says_so(path: Path) -> None:
    store = Store.open(path)
    store.close()
    assert not remember_weeks(store, [WEEK], 0)
    assert read_remembered_weeks(path) == []


def test_a_store_with_nothing_remembered_reads_as_no_weeks(path: Path) -> None:
    assert read_remembered_weeks(path) == []
