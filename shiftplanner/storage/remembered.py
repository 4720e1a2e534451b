"""The remembered weeks: pictures of the window as the last session would show this week and
the next, one of which the next start shows while the plan is read.

Kept with the store's revision at the time: any counted write since (the app's own edits,
an import from the command line) makes the picture stale, and it is not shown. Reading it
needs only sqlite3, so start-up does not wait for the plan's domain model.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shiftplanner.storage.store import Store


@dataclass(frozen=True, slots=True)
class RememberedWeek:
    """What the last session showed of this week, and of the window around it.

    Args:
        key: What the picture was made with (app version, language, palette); a start
            with anything else does not show it.
        week: The Monday of the week pictured.
        zone: The home zone that week is in.
        geometry: The window's saved geometry (Qt's saveGeometry), to open the same size.
        board_split: The saved state of the splitter between the board and the side panels.
        side_split: The saved state of the splitter between the findings and the goals.
        picture: The window's contents under its toolbar, as the app encodes pictures.
        ratio: Device pixels per logical pixel in the picture.
        current: Whether the store is unchanged since; only read ones can be False.
    """

    key: str
    week: date
    zone: str
    geometry: bytes
    board_split: bytes
    side_split: bytes
    picture: bytes
    ratio: float
    current: bool = True


def read_remembered_weeks(path: Path) -> list[RememberedWeek]:
    """The weeks remembered in the store at `path`, earliest first; none for a missing, older
    or unreadable store (which the normal opening then reports)."""
    if not path.is_file():
        return []
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        rows = connection.execute(
            """SELECT key, week, zone, geometry, board_split, side_split, picture, ratio,
                      revision = store_revision.value
               FROM remembered_week, store_revision ORDER BY week"""
        ).fetchall()
    except sqlite3.Error:
        return []
    finally:
        connection.close()
    weeks = (_week_from_row(row) for row in rows)
    return [week for week in weeks if week is not None]


def _week_from_row(row: tuple[Any, ...]) -> RememberedWeek | None:
    key, week, zone, geometry, board_split, side_split, picture, ratio, current = row
    try:
        return RememberedWeek(
            str(key),
            date.fromisoformat(str(week)),
            str(zone),
            bytes(geometry),
            bytes(board_split),
            bytes(side_split),
            bytes(picture),
            float(ratio),
            bool(current),
        )
    except (TypeError, ValueError):
        return None


def remember_weeks(store: Store, weeks: Sequence[RememberedWeek], revision: int) -> bool:
    """Keep `weeks` (in place of any kept before) for the next start, as pictures of the
    store at `revision`: the one the pictured plan was read or last saved at, so a write
    from elsewhere since (the command line, another window) makes them stale.

    Returns False if the store could not be written (read-only, locked or closed): nothing
    is lost but a faster start, which then reads the plan before painting.
    """
    try:
        with store.transaction(counted=False) as connection:
            connection.execute("DELETE FROM remembered_week")
            for week in weeks:
                connection.execute(
                    """INSERT INTO remembered_week (key, revision, week, zone, geometry,
                                                   board_split, side_split, picture, ratio)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (
                        week.key,
                        revision,
                        week.week.isoformat(),
                        week.zone,
                        week.geometry,
                        week.board_split,
                        week.side_split,
                        week.picture,
                        week.ratio,
                    ),
                )
    except sqlite3.Error:
        return False
    return True
