"""Editing when sessions may happen: any free time, by the home clock, or around the roster.

A relative window ("60-180 min after waking") follows the roster, so one habit lands in the
morning of a day week and in the evening of a graveyard week (`placement.md`).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QWidget,
)

from shiftplanner.core.goals import Anchor, ClockWindow, RelativeWindow, Window
from shiftplanner.core.instants import format_clock

ANY, CLOCK, AFTER, BEFORE = range(4)
MAX_RELATIVE_MINUTES = 1440
_DAY_MINUTES = 24 * 60


def anchor_words(anchor: Anchor) -> str:
    """A roster event in words."""
    words = {
        Anchor.WAKE: QCoreApplication.translate("windows", "waking"),
        Anchor.SLEEP: QCoreApplication.translate("windows", "going to sleep"),
        Anchor.SHIFT_START: QCoreApplication.translate("windows", "the shift starts"),
        Anchor.SHIFT_END: QCoreApplication.translate("windows", "the shift ends"),
    }
    return words[anchor]


def window_text(window: Window | None) -> str:
    """A window in words, for lists: "19:00-23:00" or "60-180 min after waking"."""
    if window is None:
        return QCoreApplication.translate("windows", "any free time")
    if isinstance(window, ClockWindow):
        return f"{format_clock(window.start)}-{format_clock(window.end)}"
    if window.after:
        text = QCoreApplication.translate("windows", "{0}-{1} min after {2}")
    else:
        text = QCoreApplication.translate("windows", "{0}-{1} min before {2}")
    return text.format(window.from_minutes, window.to_minutes, anchor_words(window.anchor))


def window_problem(window: Window | None, session_minutes: int) -> str:
    """Why a window cannot hold a session of `session_minutes` ('' if it can)."""
    if window is None:
        return ""
    if isinstance(window, ClockWindow):
        length = _clock_length(window.start, window.end)
        ideal_inside = window.ideal is None or _clock_length(window.start, window.ideal) < length
    else:
        if window.to_minutes < window.from_minutes:
            return QCoreApplication.translate(
                "windows", "The far edge is nearer than the near edge."
            )
        length = window.to_minutes - window.from_minutes
        ideal = window.ideal_minutes
        ideal_inside = ideal is None or window.from_minutes <= ideal <= window.to_minutes
    if not ideal_inside:
        return QCoreApplication.translate("windows", "The ideal start is outside the window.")
    if length < session_minutes:
        return QCoreApplication.translate(
            "windows", "This window is {0} min, too short for a {1}-minute session."
        ).format(length, session_minutes)
    return ""


def _clock_length(start: time, end: time) -> int:
    """Minutes from start to end by the clock; equal times mean the whole day."""
    return (_minutes(end) - _minutes(start)) % _DAY_MINUTES or _DAY_MINUTES


def _minutes(clock: time) -> int:
    return clock.hour * 60 + clock.minute


class WindowEditor(QWidget):
    """One window: a mode, then clock times or an anchor with distances, and an ideal start."""

    window_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.mode = QComboBox()
        self.mode.addItems(
            [self.tr("Any free time"), self.tr("By the clock"), self.tr("After"), self.tr("Before")]
        )
        row.addWidget(self.mode)
        self.pages = QStackedWidget()
        self.pages.addWidget(QWidget())
        self.pages.addWidget(self._clock_page())
        self.pages.addWidget(self._relative_page())
        row.addWidget(self.pages, 1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self._mode_changed(ANY)

    def _clock_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.clock_start = _time_edit(time(18))
        self.clock_end = _time_edit(time(21))
        self.clock_has_ideal = QCheckBox(self.tr("ideally at"))
        self.clock_ideal = _time_edit(time(19))
        for widget in (
            self.clock_start,
            QLabel(self.tr("to")),
            self.clock_end,
            self.clock_has_ideal,
            self.clock_ideal,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        for edit in (self.clock_start, self.clock_end, self.clock_ideal):
            edit.timeChanged.connect(lambda _: self.window_changed.emit())
        self.clock_has_ideal.toggled.connect(self.clock_ideal.setEnabled)
        self.clock_has_ideal.toggled.connect(lambda _: self.window_changed.emit())
        self.clock_ideal.setEnabled(False)
        return page

    def _relative_page(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        self.anchor = QComboBox()
        for anchor in Anchor:
            self.anchor.addItem(anchor_words(anchor), anchor)
        self.near = _minutes_spin(60)
        self.far = _minutes_spin(180)
        self.relative_has_ideal = QCheckBox(self.tr("ideally"))
        self.relative_ideal = _minutes_spin(120)
        for widget in (
            self.anchor,
            QLabel(self.tr("from")),
            self.near,
            QLabel(self.tr("to")),
            self.far,
            self.relative_has_ideal,
            self.relative_ideal,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        self.anchor.currentIndexChanged.connect(lambda _: self.window_changed.emit())
        for spin in (self.near, self.far, self.relative_ideal):
            spin.valueChanged.connect(lambda _: self.window_changed.emit())
        self.relative_has_ideal.toggled.connect(self.relative_ideal.setEnabled)
        self.relative_has_ideal.toggled.connect(lambda _: self.window_changed.emit())
        self.relative_ideal.setEnabled(False)
        return page

    def _mode_changed(self, mode: int) -> None:
        self.pages.setCurrentIndex(min(mode, AFTER))
        self.window_changed.emit()

    def set_window(self, window: Window | None) -> None:
        """Show a window (None: any free time) without announcing a change per field."""
        self.blockSignals(True)
        if window is None:
            self.mode.setCurrentIndex(ANY)
        elif isinstance(window, ClockWindow):
            self.mode.setCurrentIndex(CLOCK)
            self.clock_start.setTime(_qtime(window.start))
            self.clock_end.setTime(_qtime(window.end))
            self.clock_has_ideal.setChecked(window.ideal is not None)
            self.clock_ideal.setTime(_qtime(window.ideal or window.start))
        else:
            self.mode.setCurrentIndex(AFTER if window.after else BEFORE)
            self.anchor.setCurrentIndex(self.anchor.findData(window.anchor))
            self.near.setValue(window.from_minutes)
            self.far.setValue(window.to_minutes)
            self.relative_has_ideal.setChecked(window.ideal_minutes is not None)
            self.relative_ideal.setValue(window.ideal_minutes or window.from_minutes)
        self.blockSignals(False)

    def window(self) -> Window | None:
        """The window the fields describe, or None for any free time."""
        mode = self.mode.currentIndex()
        if mode == ANY:
            return None
        if mode == CLOCK:
            ideal = _pytime(self.clock_ideal.time()) if self.clock_has_ideal.isChecked() else None
            return ClockWindow(
                _pytime(self.clock_start.time()), _pytime(self.clock_end.time()), ideal
            )
        ideal_minutes = self.relative_ideal.value() if self.relative_has_ideal.isChecked() else None
        return RelativeWindow(
            self.anchor.currentData(),
            mode == AFTER,
            self.near.value(),
            self.far.value(),
            ideal_minutes,
        )


def _time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value))
    edit.setDisplayFormat("HH:mm")
    edit.setWrapping(True)
    return edit


def _minutes_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, MAX_RELATIVE_MINUTES)
    spin.setSingleStep(15)
    spin.setValue(value)
    spin.setSuffix(QCoreApplication.translate("windows", " min"))
    return spin


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> time:
    return time(value.hour(), value.minute())
