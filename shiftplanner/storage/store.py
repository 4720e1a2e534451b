"""The SQLite store: open (migrating after a backup), load and save the plan atomically."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import plan_from_json, plan_to_json
from shiftplanner.core.text import Template, Text, located
from shiftplanner.core.validation import PlanError
from shiftplanner.storage.migrations import MIGRATIONS, Migration

_LIST_TABLES = ("shift_types", "rotations", "changes", "extra_shifts", "goals", "habits")
_META_KEYS = ("person", "work", "rules")

NOT_A_STORE = Template("not a Shift Planner store ({reason})")
DAMAGED = Template("the stored plan is damaged: {problem}")
NEWER = Template(
    "made by a newer Shift Planner (schema {version}; this app knows {known}); "
    "update the app to open it"
)


class StoreError(RuntimeError):
    """The store cannot be opened, read or written; the message says which file and why.

    `text` says the same as a template and arguments, for the app to translate; a message
    given as a plain string stays English there.
    """

    def __init__(self, message: str | Text) -> None:
        text = message if isinstance(message, Text) else Text.literal(message)
        super().__init__(text.render())
        self.text = text


class Store:
    """A plan kept in one SQLite file. Every write is one transaction."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._connection = connection
        self.path = path

    @classmethod
    def open(cls, path: Path, migrations: Sequence[Migration] = MIGRATIONS) -> Store:
        """Open or create the store at `path`, migrating it (after a backup copy) if older.

        Raises:
            StoreError: not a store, newer than this app, or unreadable.
        """
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA foreign_keys=ON")
            _migrate(connection, path, migrations)
        except sqlite3.DatabaseError as error:
            not_a_store = Text.of(NOT_A_STORE, reason=str(error))
            raise StoreError(located(str(path), not_a_store)) from None
        return cls(connection, path)

    def close(self) -> None:
        """Close the connection."""
        self._connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        """The store's PRAGMA user_version."""
        return int(self._connection.execute("PRAGMA user_version").fetchone()[0])

    def is_empty(self) -> bool:
        """Whether no plan has been saved yet."""
        row = self._connection.execute("SELECT 1 FROM meta WHERE key = 'person'").fetchone()
        return row is None

    def load_plan(self) -> Plan | None:
        """The stored plan, or None if none was saved.

        Raises:
            StoreError: the stored rows do not form a valid plan.
        """
        if self.is_empty():
            return None
        data: dict[str, Any] = {"format": "shiftplanner-plan", "version": 1}
        for key, value in self._connection.execute("SELECT key, value FROM meta"):
            if key == "extensions":
                data.update(json.loads(value))
            else:
                data[key] = json.loads(value)
        for table in _LIST_TABLES:
            rows = self._connection.execute(f"SELECT data FROM {table} ORDER BY position")
            data[table] = [json.loads(row[0]) for row in rows]
        try:
            return plan_from_json(data)
        except PlanError as error:
            damaged = Text.of(DAMAGED, problem=error.text)
            raise StoreError(located(str(self.path), damaged)) from None

    def save_plan(self, plan: Plan) -> None:
        """Replace the stored plan with `plan` in one transaction."""
        data = plan_to_json(plan)
        extensions = {k: v for k, v in data.items() if k.startswith("x-")}
        with self.transaction() as connection:
            for table in (*_LIST_TABLES, "meta"):
                connection.execute(f"DELETE FROM {table}")
            for key in _META_KEYS:
                _put_meta(connection, key, data[key])
            _put_meta(connection, "extensions", extensions)
            for table in _LIST_TABLES:
                _insert_rows(connection, table, data[table])

    @contextmanager
    def transaction(self, *, counted: bool = True) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed whole, or rolled back whole on any error.

        A counted one also raises the store's revision; only copies of what the store holds
        (the remembered week) are written uncounted, as they change nothing in it.
        """
        connection = self._connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            if counted:
                connection.execute("UPDATE store_revision SET value = value + 1")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    @property
    def revision(self) -> int:
        """How many counted writes the store has committed."""
        return int(self._connection.execute("SELECT value FROM store_revision").fetchone()[0])

    def read(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only query, for the store's other tables."""
        return list(self._connection.execute(sql, parameters))


def _put_meta(connection: sqlite3.Connection, key: str, value: object) -> None:
    connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, json.dumps(value)))


def _insert_rows(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    for position, row in enumerate(rows):
        text = json.dumps(row, ensure_ascii=False)
        if table in ("shift_types", "goals", "habits"):
            sql = f"INSERT INTO {table} (position, id, data) VALUES (?, ?, ?)"
            connection.execute(sql, (position, row["id"], text))
        elif table == "changes":
            sql = "INSERT INTO changes (position, date, data) VALUES (?, ?, ?)"
            connection.execute(sql, (position, row["date"], text))
        else:
            connection.execute(
                f"INSERT INTO {table} (position, data) VALUES (?, ?)", (position, text)
            )


def _migrate(connection: sqlite3.Connection, path: Path, migrations: Sequence[Migration]) -> None:
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if version > len(migrations):
        newer = Text.of(NEWER, version=version, known=len(migrations))
        raise StoreError(located(str(path), newer))
    if version == len(migrations):
        return
    if _has_tables(connection):
        _backup(connection, path, version)
    for target, migration in enumerate(migrations[version:], start=version + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            migration(connection)
            connection.execute(f"PRAGMA user_version = {target}")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")


def _has_tables(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    return bool(row[0])


def _backup(connection: sqlite3.Connection, path: Path, version: int) -> Path:
    """Copy the whole store aside before a migration touches it."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.v{version}.{counter}.bak")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()
    shutil.copymode(path, target)
    return target
