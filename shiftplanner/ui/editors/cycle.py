"""A rotation cycle built by clicking days: each click gives the day the next shift or a rest."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from shiftplanner.core.instants import in_zone
from shiftplanner.core.shifts import OFF, ShiftType
from shiftplanner.ui import theme
from shiftplanner.ui.weekview.model import category

DAYS_PER_ROW = 7


class CycleEditor(QWidget):
    """A grid of day buttons, one per cycle day; clicking one steps it through the choices."""

    cycle_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._types: tuple[ShiftType, ...] = ()
        self._cycle: list[str] = [OFF]
        self._start = date.today()
        self._home_zone = "UTC"
        self._grid = QGridLayout(self)
        self._grid.setSpacing(3)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []

    def set_types(self, types: tuple[ShiftType, ...], home_zone: str) -> None:
        """The shift types a day can take, besides a rest day, coloured by home time."""
        self._types = types
        self._home_zone = home_zone
        self._rebuild()

    def set_cycle(self, cycle: tuple[str, ...], start: date) -> None:
        """Show a cycle whose first day falls on `start`."""
        self._cycle = list(cycle) or [OFF]
        self._start = start
        self._rebuild()

    def set_start(self, start: date) -> None:
        """Move the first day (the weekday labels follow)."""
        self._start = start
        self._rebuild()

    def set_length(self, days: int) -> None:
        """Cut the cycle or lengthen it with rest days."""
        days = max(1, days)
        self._cycle = (self._cycle + [OFF] * days)[:days]
        self._rebuild()
        self.cycle_changed.emit()

    def cycle(self) -> tuple[str, ...]:
        """The cycle as shift-type ids and "off"."""
        return tuple(self._cycle)

    def click_day(self, index: int) -> None:
        """Give day `index` the next choice: rest, then each shift type in turn."""
        choices = [OFF, *(t.id for t in self._types)]
        current = self._cycle[index]
        position = choices.index(current) if current in choices else -1
        self._cycle[index] = choices[(position + 1) % len(choices)]
        self._label(index)
        self.cycle_changed.emit()

    def _rebuild(self) -> None:
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for index in range(len(self._cycle)):
            button = QPushButton()
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(64)
            button.clicked.connect(lambda _=False, i=index: self.click_day(i))
            self._grid.addWidget(button, index // DAYS_PER_ROW, index % DAYS_PER_ROW)
            self.buttons.append(button)
            self._label(index)

    def _label(self, index: int) -> None:
        entry = self._cycle[index]
        day = self._start + timedelta(days=index)
        weekday = QLocale().toString(QDate(day.year, day.month, day.day), "ddd")
        shift_type = next((t for t in self._types if t.id == entry), None)
        if shift_type is None:
            name = self.tr("Off") if entry == OFF else entry
            style = ""
        else:
            name = shift_type.name
            fill = shift_colour(shift_type, day, self._home_zone)
            ink = theme.text_on(fill).name()
            style = f"background: {fill.name()}; color: {ink}"
        button = self.buttons[index]
        button.setText(f"{weekday}\n{name}")
        button.setStyleSheet(style)
        button.setToolTip(
            self.tr("Day {0} of the cycle: click to change (rest, then each shift)").format(
                index + 1
            )
        )


def shift_colour(shift_type: ShiftType, day: date, home_zone: str) -> QColor:
    """The board's fill for a type: its own colour, or its family by its home-time start."""
    start, _ = shift_type.on(day)
    family = category(in_zone(start, home_zone).replace(tzinfo=None))
    return theme.item_colour("shift", family, shift_type.color)
