"""Starting the desktop app: parse `--db`, pick the language, show the window first, then
read the store.

Only what the first painted week needs is imported here; the window builds and imports the
rest once that week is on screen (see `MainWindow.finish_building`).
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
from shiftplanner.services.plans import open_store
from shiftplanner.ui import theme
from shiftplanner.ui.i18n import chosen_language, install_language
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.session import PlanSession

if TYPE_CHECKING:
    from shiftplanner.storage.store import Store

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
    try:
        store = open_store(arguments.db)
    except UserFacingError as error:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Shift Planner", str(error))
        return 1
    window = launch(store)
    status = app.exec()
    window.close()
    store.close()
    return status


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


def launch(store: Store) -> MainWindow:
    """Show the window at once, then read the store once the event loop runs."""
    window = MainWindow(PlanSession(store))
    window.show()
    QTimer.singleShot(0, window.load)
    return window
