"""Starting the desktop app: parse `--db`, pick the language, show the window first, then
read the store.

Only what the first painted week needs is imported here; the window builds and imports the
rest once that week is on screen (see `MainWindow.finish_building`). When the store holds
the week the last session showed, still current, the window paints it before the plan's
domain model is even imported (see `MainWindow.show_remembered_week`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from shiftplanner import __version__
from shiftplanner.services.errors import UserFacingError
from shiftplanner.storage.location import default_db_path
from shiftplanner.storage.remembered import read_remembered_week
from shiftplanner.ui import theme
from shiftplanner.ui.i18n import chosen_language, install_language
from shiftplanner.ui.mainwindow import Clock, MainWindow, remembered_key, utc_now
from shiftplanner.ui.weekview.model import local, week_from_json, week_start

if TYPE_CHECKING:
    from shiftplanner.storage.store import Store
    from shiftplanner.ui.session import PlanSession

APP_ID = "io.github.shiftplanner.ShiftPlanner"


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """`shiftplanner [gui] [--db PATH]`."""
    parser = argparse.ArgumentParser(prog="shiftplanner gui", description="Open the desktop app.")
    parser.add_argument("--db", type=Path, help="the store to open (default: your own)")
    return parser.parse_args(argv)


def run(argv: Sequence[str]) -> int:
    """Run the app until its window closes; returns the exit status."""
    arguments = parse_arguments(argv)
    app = application()
    install_language(app, chosen_language(os.environ, QSettings(), QLocale.system()))
    window = open_window(arguments.db or default_db_path())
    if window is None:
        return 1
    status = app.exec()
    window.close()
    if window.has_session:
        window.session.store.close()
    return 1 if window.open_failed else status


def application() -> QApplication:
    """The QApplication, named so the desktop matches it to its .desktop file and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0]])
    app.setApplicationName("Shift Planner")
    # QSettings (the language choice, for one) files under this name.
    app.setOrganizationName("shiftplanner")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(theme.icon("app"))
    return app


def open_window(path: Path, clock: Clock = utc_now) -> MainWindow | None:
    """The window on the store at `path`, shown: painting the remembered week at once if the
    store has one for this week, else opening the store first (None if it cannot be opened,
    after saying why)."""
    text = read_remembered_week(path, remembered_key())
    content = week_from_json(text) if text is not None else None
    this_week = content is not None and content.first_day == week_start(
        local(clock(), content.home_zone).date()
    )
    if text is None or content is None or not this_week:
        store = open_or_report(path)
        return launch(store, clock) if store is not None else None
    window = MainWindow(clock=clock)
    window.show_remembered_week(content, text, lambda: _session_for(path))
    window.show()
    return window


def launch(store: Store, clock: Clock = utc_now) -> MainWindow:
    """Show the window at once, then read the store once the event loop runs."""
    from shiftplanner.ui.session import PlanSession

    window = MainWindow(PlanSession(store), clock)
    window.show()
    QTimer.singleShot(0, window.load)
    return window


def open_or_report(path: Path) -> Store | None:
    """The store at `path`; None, after saying why in a message box, if it cannot be opened."""
    from shiftplanner.services.plans import open_store

    try:
        return open_store(path)
    except UserFacingError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Shift Planner", str(error))
        return None


def _session_for(path: Path) -> PlanSession | None:
    from shiftplanner.ui.session import PlanSession

    store = open_or_report(path)
    return PlanSession(store) if store is not None else None
