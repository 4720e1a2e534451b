"""Starting the desktop app: parse `--db`, pick the language, show the window first, then
read the store.

Only what the first painted week needs is imported here; the window builds and imports the
rest once that week is on screen (see `MainWindow.finish_building`). When the store holds
the week the last session showed, still current, the window paints it before the plan's
domain model is even imported (see `MainWindow` and `storage.remembered`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from shiftplanner import __version__
from shiftplanner.storage.location import default_db_path
from shiftplanner.storage.remembered import RememberedWeek, read_remembered_weeks
from shiftplanner.ui import theme
from shiftplanner.ui.i18n import chosen_language, install_language
from shiftplanner.ui.mainwindow import Clock, MainWindow, utc_now
from shiftplanner.ui.picture import Opening, picture_from_bytes, remembered_key
from shiftplanner.ui.weekview.days import local, week_start

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
    window = start(argv)
    if window is None:
        return 1
    status = QApplication.exec()
    window.close()
    if window.has_session:
        window.session.store.close()
    return 1 if window.open_failed else status


def start(argv: Sequence[str]) -> MainWindow | None:
    """Everything `run` does before the event loop: the application, its language, and the
    window shown (None if the store cannot be opened, after saying why)."""
    arguments = parse_arguments(argv)
    app = application()
    install_language(app, chosen_language(os.environ, QSettings(), QLocale.system()))
    return open_window(arguments.db or default_db_path())


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
    """The window on the store at `path`, shown at the size the last session left it:
    with this week's remembered picture at once if it is still true and fits, else after
    opening the store (None if it cannot be opened, after saying why)."""
    remembered = read_remembered_weeks(path)
    layout = remembered[0] if remembered else None
    shown = _picture_to_show(remembered, clock)
    if shown is not None:
        week, picture = shown
        opening = Opening(picture, week.week, lambda: _session_for(path))
        window = MainWindow(clock=clock, opening=opening)
        _restore_layout(window, layout)
        if window.picture_fits():
            window.show()
            return window
        window.deleteLater()
    store = open_or_report(path)
    return launch(store, clock, layout) if store is not None else None


def _restore_layout(window: MainWindow, layout: RememberedWeek | None) -> None:
    if layout is not None:
        window.restore_layout(layout.geometry, layout.board_split, layout.side_split)


def _picture_to_show(
    remembered: list[RememberedWeek], clock: Clock
) -> tuple[RememberedWeek, QPixmap] | None:
    """This week's remembered picture if nothing changed since it was made: the store, the
    app's version, language and palette."""
    key = remembered_key(QApplication.palette())
    for week in remembered:
        this_week = week_start(local(clock(), week.zone).date())
        if week.current and week.key == key and week.week == this_week:
            picture = picture_from_bytes(week.picture, week.ratio)
            return (week, picture) if picture is not None else None
    return None


def launch(
    store: Store, clock: Clock = utc_now, layout: RememberedWeek | None = None
) -> MainWindow:
    """Show the window at once (at the size and splits `layout` kept), then read the store
    once the event loop runs."""
    window = MainWindow(_new_session(store), clock)
    _restore_layout(window, layout)
    window.show()
    QTimer.singleShot(0, window.load)
    return window


def _new_session(store: Store) -> PlanSession:
    from shiftplanner.ui.session import PlanSession

    return PlanSession(store)


def open_or_report(path: Path) -> Store | None:
    """The store at `path`; None, after saying why in a message box, if it cannot be opened."""
    from PySide6.QtWidgets import QMessageBox

    from shiftplanner.services.errors import UserFacingError
    from shiftplanner.services.plans import open_store
    from shiftplanner.ui.wording import error_message

    try:
        return open_store(path)
    except UserFacingError as error:
        QMessageBox.critical(None, "Shift Planner", error_message(error.text))
        return None


def _session_for(path: Path) -> PlanSession | None:
    store = open_or_report(path)
    return _new_session(store) if store is not None else None
