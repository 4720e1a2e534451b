"""Ordered schema migrations: MIGRATIONS[i] takes a store from user_version i to i + 1."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Migration = Callable[[sqlite3.Connection], None]


def _create_plan_tables(connection: sqlite3.Connection) -> None:
    # Each row keeps its plan-file JSON, so the store and the file share one validator.
    # Statement by statement: executescript() would COMMIT the migration's open transaction.
    script = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE shift_types (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                                  data TEXT NOT NULL);
        CREATE TABLE rotations (position INTEGER PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE changes (position INTEGER PRIMARY KEY, date TEXT NOT NULL UNIQUE,
                              data TEXT NOT NULL);
        CREATE TABLE extra_shifts (position INTEGER PRIMARY KEY, data TEXT NOT NULL);
        CREATE TABLE goals (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                            data TEXT NOT NULL);
        CREATE TABLE habits (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                             data TEXT NOT NULL);
        """
    for statement in script.split(";"):
        if statement.strip():
            connection.execute(statement)


def _create_export_ledger_and_busy_times(connection: sqlite3.Connection) -> None:
    # The ledger remembers, per export destination, what each UID was last written as, so a
    # re-export bumps SEQUENCE or cancels instead of duplicating. Busy times are personal
    # appointments imported from a calendar, which placement keeps free.
    connection.execute(
        """CREATE TABLE export_ledger (destination TEXT NOT NULL, uid TEXT NOT NULL,
                                       data TEXT NOT NULL, PRIMARY KEY (destination, uid))"""
    )
    connection.execute(
        """CREATE TABLE busy_times (position INTEGER PRIMARY KEY, start_utc TEXT NOT NULL,
                                    end_utc TEXT NOT NULL, label TEXT NOT NULL)"""
    )


def _create_blocks(connection: sqlite3.Connection) -> None:
    # Blocks the placer made, the person locked or confirmed done: the next plan keeps what
    # still fits (stability), never moves locked or done ones, and counts done study.
    connection.execute(
        """CREATE TABLE blocks (position INTEGER PRIMARY KEY, kind TEXT NOT NULL,
                                ref TEXT NOT NULL, start_utc TEXT NOT NULL,
                                end_utc TEXT NOT NULL, locked INTEGER NOT NULL DEFAULT 0,
                                done INTEGER NOT NULL DEFAULT 0)"""
    )


def _create_skipped_blocks(connection: sqlite3.Connection) -> None:
    # Sessions the person skipped ("not this time"): the next plan leaves them out instead of
    # finding them another time.
    connection.execute(
        """CREATE TABLE skipped_blocks (position INTEGER PRIMARY KEY, kind TEXT NOT NULL,
                                        ref TEXT NOT NULL, start_utc TEXT NOT NULL,
                                        end_utc TEXT NOT NULL)"""
    )


def _create_revision_and_remembered_week(connection: sqlite3.Connection) -> None:
    # The revision counts committed writes, so a copy of something shown (the picture of the
    # week the app shows before it reads the plan) can tell whether anything changed since.
    connection.execute("CREATE TABLE store_revision (value INTEGER NOT NULL)")
    connection.execute("INSERT INTO store_revision (value) VALUES (0)")
    connection.execute(
        """CREATE TABLE remembered_week (key TEXT NOT NULL, revision INTEGER NOT NULL,
                                         week TEXT NOT NULL, zone TEXT NOT NULL,
                                         geometry BLOB NOT NULL, board_split BLOB NOT NULL,
                                         side_split BLOB NOT NULL, picture BLOB NOT NULL,
                                         ratio REAL NOT NULL)"""
    )


MIGRATIONS: Sequence[Migration] = (
    _create_plan_tables,
    _create_export_ledger_and_busy_times,
    _create_blocks,
    _create_skipped_blocks,
    _create_revision_and_remembered_week,
)
