"""Where the person's store lives unless they name another one."""

from __future__ import annotations

import os
from pathlib import Path

DB_ENVIRONMENT_VARIABLE = "SHIFTPLANNER_DB"


def default_db_path() -> Path:
    """The store the app uses unless told otherwise: $SHIFTPLANNER_DB or the user data dir."""
    override = os.environ.get(DB_ENVIRONMENT_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only when no store was named: the app's start-up does not need it

    return Path(platformdirs.user_data_dir("shiftplanner", appauthor=False)) / "plan.sqlite3"
