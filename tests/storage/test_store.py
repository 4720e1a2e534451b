"""The SQLite store: round trip, migrations with a backup first, refusals, atomic writes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.core.roster import expand
from shiftplanner.storage.migrations import MIGRATIONS
from shiftplanner.storage.store import Store, StoreError

EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-day.json"


@pytest.fixture
def plan() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


def test_a_new_store_is_empty_and_current(tmp_path: Path) -> None:
    with Store.open(tmp_path / "deep" / "plan.sqlite3") as store:
        assert store.is_empty()
        assert store.load_plan() is None
        assert store.schema_version == len(MIGRATIONS)
    mode = sqlite3.connect(tmp_path / "deep" / "plan.sqlite3").execute("PRAGMA journal_mode")
    assert mode.fetchone()[0] == "wal"


def test_round_trip_gives_the_same_plan_and_shifts(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "plan.sqlite3"
    with Store.open(path) as store:
        store.save_plan(plan)
    with Store.open(path) as store:
        loaded = store.load_plan()
    assert loaded == plan
    assert expand(loaded, date(2026, 3, 1), date(2026, 3, 31)) == expand(
        plan, date(2026, 3, 1), date(2026, 3, 31)
    )


def test_saving_replaces_the_whole_plan(tmp_path: Path, plan: Plan) -> None:
    with Store.open(tmp_path / "plan.sqlite3") as store:
        store.save_plan(plan)
        smaller = replace(plan, changes=(), goals=(), extensions={"x-note": "v2"})
        store.save_plan(smaller)
        assert store.load_plan() == smaller


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path: Path, plan: Plan) -> None:
    with Store.open(tmp_path / "plan.sqlite3") as store:
        store.save_plan(plan)
        broken = replace(plan, extensions={"x-bad": object()})
        with pytest.raises(TypeError):
            store.save_plan(broken)
        assert store.load_plan() == plan


def test_migration_from_version_0_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    legacy = sqlite3.connect(path)
    legacy.execute("CREATE TABLE notes (text TEXT)")
    legacy.execute("INSERT INTO notes VALUES ('from an early build')")
    legacy.commit()
    legacy.close()
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.is_empty()
    backup = tmp_path / "plan.sqlite3.v0.bak"
    assert backup.exists()
    rows = sqlite3.connect(backup).execute("SELECT text FROM notes").fetchall()
    assert rows == [("from an early build",)]


def test_each_pending_migration_runs_once_in_order(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "plan.sqlite3"
    with Store.open(path) as store:
        store.save_plan(plan)

    def add_column(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE later (value TEXT)")

    with Store.open(path, (*MIGRATIONS, add_column)) as store:
        assert store.schema_version == len(MIGRATIONS) + 1
        assert store.load_plan() == plan
        assert store.read("SELECT count(*) FROM later") == [(0,)]
    assert (tmp_path / f"plan.sqlite3.v{len(MIGRATIONS)}.bak").exists()


def test_a_failing_migration_changes_nothing(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "plan.sqlite3"
    with Store.open(path) as store:
        store.save_plan(plan)

    def broken(connection: sqlite3.Connection) -> None:
        connection.execute("CREATE TABLE half (value TEXT)")
        raise sqlite3.OperationalError("disk trouble")

    with pytest.raises(StoreError, match="disk trouble"):
        Store.open(path, (*MIGRATIONS, broken))
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert store.read("SELECT name FROM sqlite_master WHERE name = 'half'") == []
        assert store.load_plan() == plan


def test_a_store_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    newer = sqlite3.connect(path)
    newer.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    newer.close()
    with pytest.raises(StoreError, match="made by a newer Shift Planner"):
        Store.open(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Shift Planner store"):
        Store.open(path)


def test_damaged_rows_are_reported_not_crashed_on(tmp_path: Path, plan: Plan) -> None:
    path = tmp_path / "plan.sqlite3"
    with Store.open(path) as store:
        store.save_plan(plan)
    raw = sqlite3.connect(path)
    raw.execute("""UPDATE shift_types SET data = '{"id": "us-day", "start": "9"}'""")
    raw.commit()
    raw.close()
    with Store.open(path) as store, pytest.raises(StoreError, match=r"damaged: shift_types\[0\]"):
        store.load_plan()
