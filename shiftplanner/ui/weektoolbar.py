"""The week toolbar: previous / this / next week, a date picker and the board's day start.

Built with the window, before the board, so it shows with the remembered week's picture; its
keys are bound only with the board (`bind_keys`), as binding one makes PySide build the Qt
namespace's enums, a cost the picture is shown without.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDateEdit, QLabel, QSpinBox, QToolBar, QWidget

from shiftplanner.ui import theme

AUTO_DAY_START = -1


def window_action(
    parent: QWidget,
    icon_name: str,
    text: str,
    shortcut: str,
    slot: Callable[[], None],
    *,
    bind: bool = True,
) -> QAction:
    """An action with an icon and a tooltip naming its key, added to `parent` so the key
    works anywhere in it; `bind=False` leaves the key to `bind_key`."""
    action = QAction(theme.icon(icon_name), text, parent)
    action.setData(shortcut)
    if bind:
        bind_key(action)
    native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({native})")
    action.triggered.connect(slot)
    parent.addAction(action)
    return action


def bind_key(action: QAction) -> None:
    """Give `action` the key `window_action` noted for it."""
    action.setShortcut(QKeySequence(action.data()))


class WeekToolbar(QToolBar):
    """Moves between weeks and sets the hour the board's days start."""

    previous_week = Signal()
    this_week = Signal()
    next_week = Signal()
    day_picked = Signal(object)
    day_start_changed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Week"))
        self.setObjectName("week-toolbar")
        self.setMovable(False)
        self.previous_action = window_action(
            window,
            "previous",
            self.tr("Previous week"),
            "Alt+Left",
            self.previous_week.emit,
            bind=False,
        )
        self.today_action = window_action(
            window, "today", self.tr("This week"), "Ctrl+T", self.this_week.emit, bind=False
        )
        self.next_action = window_action(
            window, "next", self.tr("Next week"), "Alt+Right", self.next_week.emit, bind=False
        )
        self.addActions(self.navigation)
        self.date_picker = self._date_picker()
        self.addWidget(self.date_picker)
        self.addSeparator()
        self.addWidget(QLabel(self.tr(" Day starts ")))
        self.day_start = self._day_start()
        self.addWidget(self.day_start)

    @property
    def navigation(self) -> list[QAction]:
        """Previous, this and next week."""
        return [self.previous_action, self.today_action, self.next_action]

    def bind_keys(self) -> None:
        """Give the navigation its keys (once the board is there to move)."""
        for action in self.navigation:
            bind_key(action)

    def show_date(self, day: date) -> None:
        """Show `day` in the date picker without it asking to go there."""
        self.date_picker.blockSignals(True)
        self.date_picker.setDate(QDate(day.year, day.month, day.day))
        self.date_picker.blockSignals(False)

    def add_edit_actions(self, undo: QAction, redo: QAction, export: QAction) -> None:
        """Undo, redo and export, after the week's own controls."""
        self.addSeparator()
        self.addAction(undo)
        self.addAction(redo)
        self.addSeparator()
        self.addAction(export)

    def _date_picker(self) -> QDateEdit:
        picker = QDateEdit()
        picker.setCalendarPopup(True)
        picker.setDisplayFormat("d MMM yyyy")
        picker.setToolTip(self.tr("Go to the week of a date"))
        picker.setAccessibleName(self.tr("Go to date"))
        picker.dateChanged.connect(
            lambda picked: self.day_picked.emit(date(picked.year(), picked.month(), picked.day()))
        )
        return picker

    def _day_start(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(AUTO_DAY_START, 23)
        box.setSpecialValueText(self.tr("auto"))
        box.setSuffix(":00")
        box.setValue(AUTO_DAY_START)
        box.setToolTip(
            self.tr(
                "The hour each column of the board starts. Auto picks an hour your shifts do "
                "not cross, so a graveyard shift is one block."
            )
        )
        box.setAccessibleName(self.tr("Board day starts at"))
        box.valueChanged.connect(lambda _value: self.day_start_changed.emit())
        return box
