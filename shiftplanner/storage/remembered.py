"""The remembered week: a copy of the week the app showed, to paint at the next start before
the plan is read.

Kept with the store's revision at the time: any counted write since (the app's own edits,
an import from the command line) makes the copy stale, and it is not used. Reading it needs
only sqlite3, so start-up does not wait for the plan's domain model.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shiftplanner.storage.store import Store


def read_remembered_week(path: Path, key: str) -> str | None:
    """The week remembered under `key` in the store at `path`, if the store has not changed
    since; None otherwise, and for a missing, older or unreadable store (which the normal
    opening then reports)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute(
            """SELECT content FROM remembered_week, store_revision
               WHERE key = ? AND revision = store_revision.value""",
            (key,),
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return str(row[0]) if row is not None else None


def remember_week(store: Store, key: str, content: str) -> bool:
    """Keep `content` as the week to paint at the next start, for the store as it is now.

    Returns False if the store could not be written (read-only, locked or closed): nothing
    is lost but a faster start, which then reads the plan before painting.
    """
    try:
        with store.transaction(counted=False) as connection:
            connection.execute("DELETE FROM remembered_week")
            connection.execute(
                """INSERT INTO remembered_week (key, revision, content)
                   SELECT ?, value, ? FROM store_revision""",
                (key, content),
            )
    except sqlite3.Error:
        return False
    return True
