"""The main window: toolbar, the week board with its month strip, and the side panels.

It turns gestures into edits pushed on the session, and repaints from `plan_changed`.

Start-up paints the week first: the constructor builds only the navigation and the board;
everything else (side panels, the month strip's days, menus, editing actions, the welcome
page) is built by `finish_building`, which runs once the board has painted its week. The
plan's domain model and the board are not imported here either: when the last session left
a picture of this week in the store (the remembered week), the window shows that before the
store is even opened, then reads the plan, builds the week and shows it in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

# No `Qt` at module level: PySide builds the Qt namespace's enums on first use, a cost the
# remembered week's picture is shown without (see picture.py).
from PySide6.QtCore import QByteArray, QLocale, QPoint, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.ui import theme
from shiftplanner.ui.picture import Opening, PicturePage
from shiftplanner.ui.weektoolbar import AUTO_DAY_START, WeekToolbar, window_action
from shiftplanner.ui.weekview.days import DASH, format_day, local, week_start

if TYPE_CHECKING:
    from shiftplanner.core.blocks import Block
    from shiftplanner.core.findings import Finding
    from shiftplanner.core.plan import Plan
    from shiftplanner.services.block_edits import BoardWeek
    from shiftplanner.services.editing import Changes
    from shiftplanner.services.plans import DateRange
    from shiftplanner.ui.blockmenu import BlockActions
    from shiftplanner.ui.i18n import LanguageMenu
    from shiftplanner.ui.monthstrip import MonthStrip
    from shiftplanner.ui.panels.findings import FindingsPanel
    from shiftplanner.ui.panels.goals import GoalsPanel
    from shiftplanner.ui.session import PlanSession
    from shiftplanner.ui.starters import Essentials
    from shiftplanner.ui.weekview.model import WeekContent
    from shiftplanner.ui.weekview.widget import WeekBoard
    from shiftplanner.ui.welcome import WelcomePage

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The real clock; tests pass their own."""
    return datetime.now(UTC)


class MainWindow(QMainWindow):
    """Shift Planner's one window."""

    week_planned = Signal()
    # The first time the window shows a week: the board's, or the remembered week's picture.
    week_on_screen = Signal()
    # Built with the week page: at once, or after the remembered week's picture is shown.
    board: WeekBoard
    month_strip: MonthStrip
    splitter: QSplitter
    side_splitter: QSplitter
    # Built by `finish_building`, after the first painted week.
    findings: FindingsPanel
    goals: GoalsPanel
    block_actions: BlockActions
    undo_action: QAction
    redo_action: QAction
    export_action: QAction
    language_menu: LanguageMenu

    def __init__(
        self,
        session: PlanSession | None = None,
        clock: Clock = utc_now,
        opening: Opening | None = None,
    ) -> None:
        """A window on `session`'s plan; or, with an `opening`, one that shows the remembered
        week's picture first: once it is on screen the store is opened (the window closes if
        it cannot be) and the real week replaces the picture."""
        super().__init__()
        self._session: PlanSession | None = None
        self._open_session = opening.open_session if opening is not None else None
        self._split_states: tuple[bytes, bytes] | None = None
        self.open_failed = False
        self.clock = clock
        self.first_day = opening.week if opening is not None else week_start(clock().date())
        self.finished = False
        self.welcome: WelcomePage | None = None
        self._week_shown = True
        self._week_on_screen = False
        self._analysis_due = False
        self._checked_week: date | None = None
        self._blocks: tuple[Block, ...] = ()
        self.resize(1280, 720)
        self._build_toolbar()
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self._build_view_menu()
        self.statusBar().showMessage(self.tr("Opening your plan…"))
        self._update_title()
        if opening is None:
            self._build_week_page()
        else:
            self._show_picture(opening.picture)
        if session is not None:
            self.attach(session)

    @property
    def session(self) -> PlanSession:
        """The open store and its plan.

        Raises:
            RuntimeError: asked while the window still paints the remembered week.
        """
        if self._session is None:
            raise RuntimeError("the store is not open yet")
        return self._session

    @property
    def has_session(self) -> bool:
        """Whether the store is open (it is not while the remembered week is painted)."""
        return self._session is not None

    @property
    def plan(self) -> Plan | None:
        """The plan on show, None before a plan exists."""
        return self._session.plan if self._session is not None else None

    def attach(self, session: PlanSession) -> None:
        """Show the plan of this open store from now on (call `load` to read it)."""
        self._session = session
        session.plan_changed.connect(self._plan_changed)
        session.error_raised.connect(self._show_error)

    def restore_layout(self, geometry: bytes, board_split: bytes, side_split: bytes) -> None:
        """Open at the size and with the splits the last session left (the remembered week's
        picture was taken so; restoring them puts the real week where it is pictured)."""
        self.restoreGeometry(QByteArray(geometry))
        self._split_states = (board_split, side_split)
        if self.finished:
            self._restore_splits()

    def _restore_splits(self) -> None:
        """The splits kept by `restore_layout`, once both splitters exist."""
        if self._split_states is None:
            return
        board_split, side_split = self._split_states
        # At the size the window gives it, or the splitter would rescale what it restores.
        self.splitter.resize(self.pages.size())
        self.splitter.restoreState(QByteArray(board_split))
        self.side_splitter.restoreState(QByteArray(side_split))

    def _show_picture(self, picture: QPixmap) -> None:
        page = PicturePage(picture)
        page.painted.connect(self._picture_painted)
        self.pages.addWidget(page)
        self.week_toolbar.show_date(self.first_day)

    def picture_fits(self) -> bool:
        """Whether the remembered week's picture covers the week area exactly, at the size
        the window now has (a smaller screen may not give it the size it was closed at)."""
        page = self.pages.currentWidget()
        self.layout().activate()
        return (
            isinstance(page, PicturePage)
            and page.picture.deviceIndependentSize().toSize() == self.pages.size()
        )

    def _picture_painted(self) -> None:
        if self._open_session is not None:
            self._said_week_on_screen()
            QTimer.singleShot(0, self._open_after_picture)

    def _open_after_picture(self) -> None:
        """Open the store, then build, load, plan and check the week in one go, so the
        picture gives way to the finished week with nothing half-built in between."""
        open_session, self._open_session = self._open_session, None
        if open_session is None:
            return
        session = open_session()
        if session is None:
            self.open_failed = True
            self.close()
            return
        picture = self.pages.currentWidget()
        self._build_week_page()
        self.attach(session)
        self.load()
        if self.plan is not None:
            self.finish_building()
            self._refresh_analysis()
        self.pages.removeWidget(picture)
        picture.deleteLater()

    def remember_weeks(self) -> None:
        """Keep pictures of this week and the next as the window shows them, so the next
        start can show one at once, this week or after the weekend."""
        from shiftplanner.storage.remembered import remember_weeks
        from shiftplanner.ui.picture import week_as_pictured

        plan = self.plan
        revision = self.session.seen_revision if self.has_session else None
        if plan is None or revision is None or not self.finished:
            return
        if self.pages.currentWidget() is not self.splitter:
            return
        this_week = week_start(self._today())
        weeks = [
            week_as_pictured(self, this_week + timedelta(days=7 * i), plan.home_zone)
            for i in (0, 1)
        ]
        remember_weeks(self.session.store, weeks, revision)

    def show_checked_week(self, first_day: date) -> None:
        """Show the week from `first_day` planned and checked, now rather than after the
        next paint."""
        if self.first_day != first_day:
            self.go_to(first_day)
        if self._checked_week != first_day:
            self._refresh_analysis()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.remember_weeks()
        super().closeEvent(event)

    def load(self) -> None:
        """Read the store (after the window is on screen) and show the week or the welcome."""
        plan = self.session.load()
        if plan is None:
            self.finish_building()
            self.pages.setCurrentWidget(self._welcome_page())
            self._week_controls(False)
            self.statusBar().showMessage(self.tr("Pick a starting plan"))
        else:
            self.go_to(self._today())

    def finish_building(self) -> None:
        """Build what the first painted week does not need: side panels, the month strip's
        days, menus, editing actions and the board's gestures. Runs once; the app calls it
        after the first paint, tests may call it straight after `load`."""
        if self.finished:
            return
        self.finished = True
        self.setWindowIcon(theme.icon("app"))
        self._build_edit_actions()
        self._build_side()
        self._attach_board()
        self._build_menus()
        self._restore_splits()
        self._week_controls(self._week_shown)
        self._refresh_month()
        self._refresh_goals()
        # The week's planning and checks follow the board's next paint, as they always do.
        self.board.update()

    def _build_edit_actions(self) -> None:
        """Undo, redo and export, at the end of the week toolbar."""
        self.undo_action = self.session.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setIcon(theme.icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.session.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setIcon(theme.icon("redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.export_action = window_action(
            self, "export", self.tr("Export to phone"), "Ctrl+E", self.export
        )
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
        self.week_toolbar.add_edit_actions(self.undo_action, self.redo_action, self.export_action)

    def _build_view_menu(self) -> None:
        """View: the week to show; made up front so the menu bar has its height from the
        first paint (an empty one has none, and the board would jump down later)."""
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_menu.addActions(self.week_toolbar.navigation)

    def _build_menus(self) -> None:
        """Plan (before View), and View's language choice (applied on the next start)."""
        from shiftplanner.ui.editors.menu import install_plan_menu
        from shiftplanner.ui.i18n import LanguageMenu

        plan_menu = install_plan_menu(
            self, self.session, clock=self.clock, shown_week=lambda: self.first_day
        )
        self.menuBar().insertAction(self.view_menu.menuAction(), plan_menu.menuAction())
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(QSettings(), self)
        self.view_menu.addMenu(self.language_menu)

    def _build_toolbar(self) -> None:
        bar = self.week_toolbar = WeekToolbar(self)
        self.addToolBar(bar)
        self.previous_action, self.today_action, self.next_action = bar.navigation
        self.date_picker, self.day_start = bar.date_picker, bar.day_start
        bar.previous_week.connect(self.previous_week)
        bar.this_week.connect(self.this_week)
        bar.next_week.connect(self.next_week)
        bar.day_picked.connect(self.go_to)
        bar.day_start_changed.connect(self._refresh_week)

    def _build_week_page(self) -> None:
        """The board under an empty month strip, an empty slot where the side panels go, the
        navigation keys and the clock that moves the now-line."""
        from PySide6.QtCore import Qt

        from shiftplanner.ui.monthstrip import MonthStrip
        from shiftplanner.ui.weekview.widget import WeekBoard

        self.week_toolbar.bind_keys()
        self.board = WeekBoard()
        self.board.painted.connect(self._board_painted)
        self.month_strip = MonthStrip()
        self.month_strip.day_clicked.connect(self.go_to)
        board_page = QWidget()
        board_layout = QVBoxLayout(board_page)
        board_layout.setContentsMargins(4, 4, 4, 4)
        board_layout.addWidget(self.month_strip)
        board_layout.addWidget(self.board, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(board_page)
        self.splitter.addWidget(QWidget())
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([960, 320])
        self.pages.addWidget(self.splitter)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._update_now)
        self._tick.start(60_000)

    def _build_side(self) -> None:
        """The findings over the goals, in the slot beside the board."""
        from PySide6.QtCore import Qt

        from shiftplanner.ui.panels.findings import FindingsPanel
        from shiftplanner.ui.panels.goals import GoalsPanel

        self.findings = FindingsPanel()
        self.findings.finding_selected.connect(self._finding_selected)
        self.goals = GoalsPanel()
        side = self.side_splitter = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(self.findings)
        side.addWidget(self.goals)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setSizes([420, 280])
        sizes = self.splitter.sizes()
        # Not replaceWidget: PySide leaves the new widget owned by Python, which deletes it.
        self.splitter.widget(1).setParent(None)
        self.splitter.addWidget(side)
        self.splitter.setSizes(sizes)

    def _attach_board(self) -> None:
        """The board's gestures: block edits and the right-click menus."""
        from shiftplanner.ui.blockmenu import BlockActions

        self.board.context_requested.connect(self._context_menu)
        self.block_actions = BlockActions(self.session, self._board_week, self)
        self.block_actions.attach(self.board, self._zone)

    def _welcome_page(self) -> WelcomePage:
        """The first-start page, made when an empty store first needs it."""
        if self.welcome is None:
            from shiftplanner.ui.welcome import WelcomePage

            self.welcome = WelcomePage()
            self.welcome.chosen.connect(self._start_plan)
            self.pages.addWidget(self.welcome)
        return self.welcome

    def _today(self) -> date:
        plan = self.plan
        now = self.clock()
        return local(now, plan.home_zone).date() if plan is not None else now.date()

    def previous_week(self) -> None:
        self.go_to(self.first_day - timedelta(days=7))

    def next_week(self) -> None:
        self.go_to(self.first_day + timedelta(days=7))

    def this_week(self) -> None:
        self.go_to(self._today())

    def go_to(self, day: date) -> None:
        """Show the week holding `day`."""
        self.first_day = week_start(day)
        self.week_toolbar.show_date(day)
        self.pages.setCurrentWidget(self.splitter)
        self._week_controls(True)
        self._refresh_week()
        self._refresh_month()
        self._refresh_goals()
        self._update_title()

    def _week_controls(self, shown: bool) -> None:
        """The week toolbar and its shortcuts, which mean nothing before a plan exists."""
        self._week_shown = shown
        self.week_toolbar.setVisible(shown)
        for action in self.week_toolbar.navigation:
            action.setEnabled(shown)
        if self.finished:
            self.export_action.setEnabled(shown)

    def _update_title(self) -> None:
        last = self.first_day + timedelta(days=6)
        self.setWindowTitle(f"Shift Planner — {self.week_label(self.first_day, last)}")

    @staticmethod
    def week_label(first: date, last: date) -> str:
        """The week as "9 Mar - 15 Mar 2026", in the locale's month names."""
        locale = QLocale()
        return f"{format_day(locale, first)} {DASH} {format_day(locale, last)} {last.year}"

    def week(self) -> WeekContent | None:
        """The visible week's content."""
        return self.board.content

    def _refresh_week(self) -> None:
        plan = self.plan
        if plan is None:
            return
        self._show_week(plan, self._blocks_in_week())
        # Placement and the rest engine are loaded and run after the board has painted, so
        # the week's shifts show at once and the blocks and findings follow.
        self._analysis_due = True
        self._checked_week = None

    def _blocks_in_week(self) -> tuple[Block, ...]:
        from shiftplanner.core.instants import day_bounds

        first, last = day_bounds(self.first_day, self.first_day + timedelta(days=6), self._zone())
        return tuple(b for b in self._blocks if b.end > first and b.start < last)

    def _zone(self) -> str:
        return self.plan.home_zone if self.plan is not None else "UTC"

    def _show_week(self, plan: Plan, blocks: tuple[Block, ...]) -> None:
        from shiftplanner.ui.weekview.content import week_content

        self._show_content(week_content(plan, self.first_day, blocks))

    def _show_content(self, content: WeekContent) -> None:
        from shiftplanner.ui.weekview.geometry import board_day_start

        hour = self.day_start.value()
        if hour == AUTO_DAY_START:
            hour = board_day_start((i.start, i.end) for i in content.items if i.is_shift)
        self.board.set_content(content, hour)
        self._update_now()
        days = set(content.days)
        shifts = sum(1 for i in content.items if i.is_shift and i.start.date() in days)
        self.statusBar().showMessage(
            self.tr("{shifts} shifts this week · day starts {hour}").format(
                shifts=shifts, hour=f"{hour:02d}:00"
            )
        )

    def _said_week_on_screen(self) -> None:
        if not self._week_on_screen:
            self._week_on_screen = True
            self.week_on_screen.emit()

    def _board_painted(self) -> None:
        if self.board.content is not None:
            self._said_week_on_screen()
        if not self.finished:
            if self.board.content is not None:
                QTimer.singleShot(0, self.finish_building)
            return
        if self._analysis_due:
            self._analysis_due = False
            QTimer.singleShot(0, self._refresh_analysis)

    def _refresh_analysis(self) -> None:
        """Plan the week's blocks and goal progress, then check rest with the planned sleep."""
        plan = self.plan
        if plan is None:
            return
        from shiftplanner.services.planning import findings_with_planned_sleep

        if not self._replan_blocks():
            return
        dates = self._dates()
        self.findings.set_findings(findings_with_planned_sleep(plan, dates), plan.home_zone)
        self._checked_week = self.first_day
        self.week_planned.emit()

    def _replan_blocks(self) -> bool:
        """Plan the week's blocks around the stored ones and show them with goal progress."""
        from shiftplanner.services.block_edits import plan_board_week
        from shiftplanner.services.errors import UserFacingError
        from shiftplanner.ui.wording import error_message

        plan = self.plan
        if plan is None:
            return False
        try:
            week_plan = plan_board_week(self.session.store, self._dates(), now=self.clock())
        except UserFacingError as error:
            self._show_error(error_message(error.text))
            return False
        self._blocks = tuple(week_plan.blocks(plan.home_zone))
        self._show_week(plan, self._blocks)
        self._analysis_due = False
        self.goals.set_goals(plan.goals, {g.goal_id: g for g in week_plan.goals}, self._today())
        return True

    def _dates(self) -> DateRange:
        from shiftplanner.services.plans import DateRange

        return DateRange(self.first_day, self.first_day + timedelta(days=6))

    def _board_week(self) -> BoardWeek:
        """What a block edit is worked out against: the store, this week, the clock now."""
        from shiftplanner.services.block_edits import load_board_week

        return load_board_week(self.session.store, self._dates(), now=self.clock())

    def _refresh_month(self) -> None:
        plan = self.plan
        if plan is None or not self.finished:
            return
        from shiftplanner.ui.weekview.content import strip_days

        first = self.first_day - timedelta(days=7)
        self.month_strip.set_days(
            strip_days(plan, first), (self.first_day, self.first_day + timedelta(days=6))
        )

    def _refresh_goals(self) -> None:
        plan = self.plan
        if plan is not None and self.finished:
            self.goals.set_goals(plan.goals, {}, self._today())

    def _plan_changed(self, changes: Changes) -> None:
        if self.plan is None or self.pages.currentWidget() is self.welcome:
            return
        week = {self.first_day + timedelta(days=i) for i in range(-1, 8)}
        if changes.dates and not changes.dates & week and not changes.blocks:
            self._refresh_month()
            return
        if changes.blocks and not changes.shifts:
            # Findings follow the roster's sleep, not the blocks: re-plan the blocks alone,
            # at once, so a dragged block never flicks back to where it was.
            self._replan_blocks()
            return
        if changes.shifts or changes.blocks:
            self._refresh_week()
            self._refresh_month()
        if changes.goals:
            self._refresh_goals()

    def _update_now(self) -> None:
        content = self.board.content
        if content is not None:
            self.board.set_now(local(self.clock(), content.home_zone))

    def _finding_selected(self, finding: Finding | None) -> None:
        plan = self.plan
        if finding is None or plan is None:
            self.board.set_highlight(None)
            return
        colour = QColor(theme.SEVERITY_COLOURS[finding.severity.value])
        start, end = local(finding.start, plan.home_zone), local(finding.end, plan.home_zone)
        self.board.set_highlight((start, end, colour))

    def _context_menu(self, day: date, key: str, where: QPoint) -> None:
        from shiftplanner.ui.blockmenu import block_menu_at
        from shiftplanner.ui.daymenu import DayMenu

        plan = self.plan
        if plan is None:
            return
        content = self.board.content
        if block_menu_at(self.block_actions, content, key, where, self):
            return
        item = content.item(key) if content is not None and key else None
        menu = DayMenu(self.session, plan, day, item, self)
        menu.exec(where)

    def _start_plan(self, starter_id: str, essentials: Essentials) -> None:
        from shiftplanner.ui.starters import starter_plan

        today = local(self.clock(), essentials.home_zone).date()
        if self.session.start_plan(starter_plan(starter_id, essentials, today)):
            self.go_to(today)

    def export(self) -> None:
        """Ask what to export and write it; the iCalendar writer loads only now."""
        from shiftplanner.ui.dialogs.export import ExportDialog, summary

        if self.plan is None:
            return
        dialog = ExportDialog(self.session, self.first_day, parent=self)
        if dialog.exec():
            self.statusBar().showMessage(summary(dialog.written), 15_000)

    def _show_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(message, 10_000)
        QMessageBox.warning(self, "Shift Planner", message)
