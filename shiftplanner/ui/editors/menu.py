"""The "Plan" menu: every editor and dialog that changes the plan, with shortcuts and tooltips.

Dialog modules load when first opened (the roster import pulls in the iCalendar reader),
which keeps them out of the app's start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from shiftplanner.core.instants import in_zone
from shiftplanner.services.errors import UserFacingError
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import error_message

Clock = Callable[[], datetime]
ShownWeek = Callable[[], date]


@dataclass(frozen=True, slots=True)
class Days:
    """The dates a dialog may open on.

    Args:
        today: The home-zone date now.
        looked_at: The day the person is looking at: today if the board shows this week,
            else the first day of the week it shows.
    """

    today: date
    looked_at: date


DialogMaker = Callable[[PlanSession, Days, QMainWindow], QDialog]


def _shift_types(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.shift_types import ShiftTypesDialog

    return ShiftTypesDialog(session, days.today, window)


def _rotations(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.rotations import RotationsDialog

    return RotationsDialog(session, days.today, window)


def _day_change(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.day_change import DayChangeDialog

    return DayChangeDialog(session, days.looked_at, window)


def _goals(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.goals import GoalsDialog

    return GoalsDialog(session, days.today, window)


def _habits(session: PlanSession, _days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.habits import HabitsDialog

    return HabitsDialog(session, window)


def _study_log(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.study_log import StudyLogDialog

    return StudyLogDialog(session, days.today, window)


def _settings(session: PlanSession, _days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.editors.settings import SettingsDialog

    return SettingsDialog(session, window)


def _import_roster(session: PlanSession, days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.dialogs.import_roster import ImportRosterDialog

    return ImportRosterDialog(session, days.today, Path.home(), window)


def _backup(session: PlanSession, _days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.dialogs.backup import BackupDialog

    return BackupDialog(session, Path.home(), window)


def _restore(session: PlanSession, _days: Days, window: QMainWindow) -> QDialog:
    from shiftplanner.ui.dialogs.backup import RestoreDialog

    return RestoreDialog(session, Path.home(), window)


class PlanMenu(QMenu):
    """The menu itself; its actions are enabled while there is a plan to edit."""

    def __init__(
        self,
        window: QMainWindow,
        session: PlanSession,
        clock: Clock,
        shown_week: ShownWeek | None = None,
    ) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Plan"))
        self.setToolTipsVisible(True)
        self.window_ = window
        self.session = session
        self.clock = clock
        self.shown_week = shown_week
        self.plan_actions: list[QAction] = []
        for entry in self._entries():
            if entry is None:
                self.addSeparator()
            else:
                self._add(*entry)
        session.plan_changed.connect(lambda _changes: self._enable())
        self._enable()

    def _entries(self) -> tuple[tuple[str, str, str, DialogMaker] | None, ...]:
        """(text, shortcut, tooltip, dialog) per action; None is a separator."""
        return (
            (
                self.tr("Shift types…"),
                "Ctrl+Shift+T",
                self.tr("Add or change shift types, zones"),
                _shift_types,
            ),
            (
                self.tr("Rotations…"),
                "Ctrl+R",
                self.tr("Pick a rotation or build your own cycle"),
                _rotations,
            ),
            (
                self.tr("Change a day…"),
                "Ctrl+D",
                self.tr("Swap, rest, leave, overtime, extra shift"),
                _day_change,
            ),
            None,
            (
                self.tr("Goals…"),
                "Ctrl+G",
                self.tr("Certification goals: hours, exam date, times"),
                _goals,
            ),
            (
                self.tr("Habits…"),
                "Ctrl+H",
                self.tr("Self-care habits: how long, how often, when"),
                _habits,
            ),
            (
                self.tr("Log study…"),
                "Ctrl+L",
                self.tr("Record a study session you have done"),
                _study_log,
            ),
            None,
            (
                self.tr("Settings…"),
                "Ctrl+,",
                self.tr("You, your work, and the rest rules' limits"),
                _settings,
            ),
            None,
            (
                self.tr("Import roster…"),
                "Ctrl+I",
                self.tr("Read your roster, or your own calendar as busy time (.ics, .csv)"),
                _import_roster,
            ),
            (self.tr("Back up…"), "Ctrl+B", self.tr("Save the whole plan to a plan file"), _backup),
            (
                self.tr("Restore…"),
                "Ctrl+Shift+O",
                self.tr("Replace the plan with a backup"),
                _restore,
            ),
        )

    def _add(self, text: str, shortcut: str, tooltip: str, make: DialogMaker) -> None:
        action = self.addAction(text)
        sequence = QKeySequence(shortcut)
        action.setShortcut(sequence)
        native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tooltip} ({native})")
        action.setStatusTip(tooltip)
        action.triggered.connect(lambda _=False: self.open_dialog(make))
        self.plan_actions.append(action)

    def _enable(self) -> None:
        for action in self.plan_actions:
            action.setEnabled(self.session.plan is not None)

    def open_dialog(self, make: DialogMaker) -> QDialog | None:
        """Open one dialog modally; a refusal to open goes to the window's error line."""
        plan = self.session.plan
        if plan is None:
            return None
        today = in_zone(self.clock(), plan.home_zone).date()
        try:
            dialog = make(self.session, Days(today, self.looked_at(today)), self.window_)
        except UserFacingError as error:
            self.session.error_raised.emit(error_message(error.text))
            return None
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def looked_at(self, today: date) -> date:
        """Today if the board shows this week, else the first day of the week it shows."""
        if self.shown_week is None:
            return today
        first = self.shown_week()
        return today if first <= today <= first + timedelta(days=6) else first


def install_plan_menu(
    window: QMainWindow,
    session: PlanSession,
    clock: Clock | None = None,
    shown_week: ShownWeek | None = None,
) -> PlanMenu:
    """Add the "Plan" menu to the window's menu bar and return it.

    Args:
        clock: The current instant (tests pass a fixed one); the system clock by default.
        shown_week: The first day of the week the board shows, so "Change a day" opens on
            a day the person can see; without it, dialogs open on today.
    """
    menu = PlanMenu(window, session, clock or (lambda: datetime.now(UTC)), shown_week)
    window.menuBar().addMenu(menu)
    return menu
