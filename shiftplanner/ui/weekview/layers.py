"""The board's still parts, painted once and reused: the grid with its hour labels, the header
with dates and notes, and the items' laid-out labels.

A repaint (a drag, the now-line, a selection) then only blits two pixmaps and draws the items.
Everything the still parts depend on is in their key (size, pixel ratio, palette, font,
locale, week, board-day start, today), so they are repainted exactly when one of those changes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from datetime import date

from PySide6.QtCore import QLocale, QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap, QStaticText
from PySide6.QtWidgets import QWidget

from shiftplanner.ui.weekview.model import WeekContent
from shiftplanner.ui.weekview.painting import BoardPainter, Frame


class BoardLayers:
    """Cached pixmaps of the grid and the header, and the label cache, for one widget."""

    def __init__(self) -> None:
        self._key: Hashable = None
        self._grid = QPixmap()
        self._header = QPixmap()
        self.texts: dict[tuple[str, int], QStaticText] = {}

    def draw_grid(
        self,
        painter: QPainter,
        widget: QWidget,
        frame: Frame,
        week: tuple[WeekContent | None, int, date | None],
    ) -> None:
        """Blit the background grid, repainting it first if anything it shows changed."""
        self._refresh(widget, frame, week)
        painter.drawPixmap(QPointF(0, 0), self._grid)

    def draw_header(self, painter: QPainter) -> None:
        """Blit the header (after the items, so an item never covers a date)."""
        painter.drawPixmap(QPointF(0, 0), self._header)

    def _refresh(
        self, widget: QWidget, frame: Frame, week: tuple[WeekContent | None, int, date | None]
    ) -> None:
        content, day_start, today = week
        notes = tuple(sorted(content.notes.items())) if content is not None else ()
        key = (
            widget.width(), widget.height(), widget.devicePixelRatioF(),
            widget.palette().cacheKey(), widget.font().key(), QLocale().name(),
            content.days if content is not None else (), notes, day_start, today, frame.header,
        )  # fmt: skip
        if key == self._key:
            return
        self._key = key
        self.texts.clear()
        self._grid = _layer(widget, frame, widget.height(), False,
                            lambda b: b.background(content, day_start, today))  # fmt: skip
        self._header = _layer(widget, frame, math.ceil(frame.header), True,
                              lambda b: b.header(content, day_start, today))  # fmt: skip


def _layer(
    widget: QWidget,
    frame: Frame,
    height: int,
    antialiased: bool,
    draw: Callable[[BoardPainter], None],
) -> QPixmap:
    ratio = widget.devicePixelRatioF()
    pixmap = QPixmap(max(1, round(widget.width() * ratio)), max(1, round(height * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setFont(widget.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialiased)
        draw(BoardPainter(painter, frame, widget.palette(), QLocale()))
    finally:
        painter.end()
    return pixmap
