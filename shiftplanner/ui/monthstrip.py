"""A compact strip of the month around the visible week: each day's shift at a glance."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QToolTip, QWidget

from shiftplanner.ui import theme
from shiftplanner.ui.weekview.model import Category, StripDay

_LETTERS = {Category.MORNING: "D", Category.MID: "M", Category.GRAVEYARD: "N"}


class MonthStrip(QWidget):
    """Five weeks from the week before the visible one; click a day to jump to its week."""

    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[StripDay] = []
        self._week: tuple[date, date] | None = None
        self.setMouseTracking(True)
        self.setAccessibleName(self.tr("Your shifts over five weeks: N graveyard, M mid, D day"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(700, QFontMetrics(self.font()).height() * 2 + 10)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(300, self.sizeHint().height())

    def set_days(self, days: list[StripDay], visible_week: tuple[date, date]) -> None:
        """Show these days, outlining the visible week."""
        self._days = days
        self._week = visible_week
        self.update()

    def _cell(self, index: int) -> QRectF:
        width = self.width() / max(1, len(self._days))
        return QRectF(index * width + 1, 1, width - 2, self.height() - 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
            metrics = QFontMetrics(self.font())
            for index, day in enumerate(self._days):
                self._paint_day(painter, index, day, metrics)
        finally:
            painter.end()

    def _paint_day(
        self, painter: QPainter, index: int, day: StripDay, metrics: QFontMetrics
    ) -> None:
        rect = self._cell(index)
        palette = self.palette()
        in_week = self._week is not None and self._week[0] <= day.day <= self._week[1]
        if day.category is None:
            fill = QColor(palette.color(QPalette.ColorRole.WindowText))
            fill.setAlpha(18)
        else:
            fill = theme.item_colour("shift", day.category, day.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if in_week:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        text = (
            palette.color(QPalette.ColorRole.WindowText)
            if day.category is None
            else theme.text_on(fill)
        )
        painter.setPen(text)
        top = QRectF(rect.left(), rect.top() + 2, rect.width(), metrics.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignHCenter, str(day.day.day))
        letter = _LETTERS[day.category] if day.category is not None else "·"
        bottom = QRectF(rect.left(), top.bottom(), rect.width(), metrics.height())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignHCenter, letter)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        for index, day in enumerate(self._days):
            if self._cell(index).contains(event.position()):
                self.day_clicked.emit(day.day)
                return

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            for index, day in enumerate(self._days):
                if self._cell(index).contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), _day_tooltip(day), self)
                    return True
        return super().event(event)


def _day_tooltip(day: StripDay) -> str:
    """The text describing one day in the locale, e.g. "Tue 10 Mar: Graveyard"."""
    qdate = QDate(day.day.year, day.day.month, day.day.day)
    return f"{QLocale().toString(qdate, 'ddd d MMM')}: {day.name}"
