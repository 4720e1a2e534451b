"""Drawing the week board: the frame that maps hours to pixels, and the painter's passes.

Split from the widget so the widget keeps to gestures and state, and this module to pixels.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
)

from shiftplanner.ui import theme
from shiftplanner.ui.weekview.days import DASH, format_day
from shiftplanner.ui.weekview.geometry import HOURS_PER_DAY, Piece
from shiftplanner.ui.weekview.model import BoardItem, DayNote, WeekContent

_LANE_GAP = 2.0
_COLUMN_PAD = 3.0
_COMMUTE_WIDTH = 7.0


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the board's grid sits in the widget: gutter for hours, header for dates."""

    rect: QRectF
    gutter: float
    header: float
    days: int

    @property
    def column_width(self) -> float:
        return max(1.0, (self.rect.width() - self.gutter) / self.days)

    @property
    def hour_height(self) -> float:
        return max(1.0, (self.rect.height() - self.header - 1) / HOURS_PER_DAY)

    def x(self, day: int) -> float:
        return self.rect.left() + self.gutter + day * self.column_width

    def y(self, hours: float) -> float:
        return self.rect.top() + self.header + hours * self.hour_height

    def point(self, day: int, hours: float) -> QPointF:
        return QPointF(self.x(day) + self.column_width / 2, self.y(hours))

    def column_at(self, x: float) -> int | None:
        column = int((x - self.rect.left() - self.gutter) // self.column_width)
        return column if 0 <= column < self.days and x >= self.gutter else None

    def piece_rect(self, piece: Piece) -> QRectF:
        inner = self.column_width - 2 * _COLUMN_PAD
        lane_width = inner / piece.lanes
        left = self.x(piece.day) + _COLUMN_PAD + piece.lane * lane_width
        top, bottom = self.y(piece.top), self.y(piece.bottom)
        return QRectF(left, top, max(2.0, lane_width - _LANE_GAP), max(3.0, bottom - top - 1))

    def minutes_between(self, press: QPointF, point: QPointF, *, resize: bool) -> float:
        """Minutes a drag from `press` to `point` means: vertical hours, plus whole days."""
        minutes = (point.y() - press.y()) / self.hour_height * 60
        if not resize:
            day_from, day_to = self.column_at(press.x()), self.column_at(point.x())
            if day_from is not None and day_to is not None:
                minutes += (day_to - day_from) * HOURS_PER_DAY * 60
        return minutes


def format_moment(locale: QLocale, moment: datetime) -> str:
    """A weekday and a 24-hour time in the locale, e.g. "Tue 22:00"."""
    weekday = locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {moment:%H:%M}"


class BoardPainter:
    """One paint pass of the board, in layers from back to front."""

    def __init__(
        self,
        painter: QPainter,
        frame: Frame,
        palette: QPalette,
        locale: QLocale,
        texts: dict[tuple[str, int], QStaticText] | None = None,
    ) -> None:
        self.p = painter
        # Labels elided and laid out once, reused by every paint until the font or size changes.
        self.texts = texts if texts is not None else {}
        self.f = frame
        self.palette = palette
        self.locale = locale
        self.dark = theme.is_dark(palette)
        self.metrics = QFontMetrics(painter.font())

    def _grid_colour(self, alpha: int) -> QColor:
        colour = QColor(self.palette.color(QPalette.ColorRole.WindowText))
        colour.setAlpha(alpha)
        return colour

    def background(self, content: WeekContent | None, day_start: int, today: date | None) -> None:
        f = self.f
        self.p.fillRect(f.rect, self.palette.color(QPalette.ColorRole.Base))
        days = content.days if content is not None else ()
        for column, day in enumerate(days):
            tint = self._column_tint(day, today)
            if tint is not None:
                self.p.fillRect(QRectF(f.x(column), f.y(0), f.column_width, f.y(24) - f.y(0)), tint)
        self._hour_lines(day_start)
        self.p.setPen(QPen(self._grid_colour(70), 1))
        for column in range(f.days + 1):
            x = round(f.x(column)) + 0.5
            self.p.drawLine(QLineF(x, f.rect.top(), x, f.y(24)))

    def _column_tint(self, day: date, today: date | None) -> QColor | None:
        if day == today:
            colour = QColor(self.palette.color(QPalette.ColorRole.Highlight))
            colour.setAlpha(28)
            return colour
        if day.weekday() >= 5:
            return self._grid_colour(12)
        return None

    def _hour_lines(self, day_start: int) -> None:
        f = self.f
        label_height = self.metrics.height()
        for hour in range(HOURS_PER_DAY + 1):
            y = round(f.y(hour)) + 0.5
            strong = (day_start + hour) % 6 == 0
            self.p.setPen(QPen(self._grid_colour(60 if strong else 25), 1))
            self.p.drawLine(QLineF(f.gutter, y, f.rect.right(), y))
            if hour == HOURS_PER_DAY or (f.hour_height < label_height and hour % 2):
                continue
            self.p.setPen(self._grid_colour(200 if strong else 140))
            label = f"{(day_start + hour) % 24:02d}:00"
            # Below its line, as calendars do, so the first label is not under the header.
            box = QRectF(0, y + 1, f.gutter - 6, label_height)
            self.p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)

    def header(self, content: WeekContent | None, day_start: int, today: date | None) -> None:
        f = self.f
        band = QRectF(f.rect.left(), f.rect.top(), f.rect.width(), f.header)
        self.p.fillRect(band, self.palette.color(QPalette.ColorRole.Window))
        self.p.setPen(QPen(self._grid_colour(90), 1))
        self.p.drawLine(QLineF(f.rect.left(), f.header - 0.5, f.rect.right(), f.header - 0.5))
        if content is None:
            return
        line = self.metrics.height()
        bold = QFont(self.p.font())
        bold.setBold(True)
        for column, day in enumerate(content.days):
            x, width = f.x(column) + 4, f.column_width - 8
            is_today = day == today
            colour = self.palette.color(
                QPalette.ColorRole.Highlight if is_today else QPalette.ColorRole.WindowText
            )
            self.p.setPen(colour)
            self.p.setFont(bold)
            name = self.locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            if QFontMetrics(bold).horizontalAdvance(name) > width:
                name = self.locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            self.p.drawText(QRectF(x, 4, width, line), Qt.AlignmentFlag.AlignLeft, name)
            self.p.setFont(self.metrics_font())
            self.p.drawText(QRectF(x, 4 + line, width, line), 0, format_day(self.locale, day))
            note = content.notes.get(day)
            if note:
                self._note(QRectF(x - 2, 8 + 2 * line, width + 4, line), note)

    def metrics_font(self) -> QFont:
        font = QFont(self.p.font())
        font.setBold(False)
        return font

    def _note(self, box: QRectF, note: DayNote) -> None:
        colour = QColor(theme.SEVERITY_COLOURS["info"])
        fill = QColor(colour)
        fill.setAlpha(45)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        self.p.drawRoundedRect(box, 3, 3)
        self.p.setPen(self.palette.color(QPalette.ColorRole.WindowText))
        width = int(box.width() - 6)
        text = self.metrics.elidedText(note.short, Qt.TextElideMode.ElideRight, width)
        self.p.drawText(box.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def commutes(self, content: WeekContent, pieces: list[Piece]) -> None:
        if content.commute_minutes <= 0:
            return
        commute = content.commute_minutes / 60
        brush = QBrush(self._grid_colour(110), Qt.BrushStyle.BDiagPattern)
        self.p.setPen(Qt.PenStyle.NoPen)
        shifts = {item.key for item in content.items if item.is_shift}
        for piece in pieces:
            if piece.key not in shifts:
                continue
            rect = self.f.piece_rect(piece)
            bands = []
            if not piece.cut_above:
                bands.append((max(0.0, piece.top - commute), piece.top))
            if not piece.cut_below:
                bands.append((piece.bottom, min(24.0, piece.bottom + commute)))
            for top, bottom in bands:
                band = QRectF(
                    rect.left() + 4, self.f.y(top), _COMMUTE_WIDTH, self.f.y(bottom) - self.f.y(top)
                )
                self.p.fillRect(band, self._grid_colour(55))
                self.p.fillRect(band, brush)

    def items(self, content: WeekContent, pieces: list[Piece], selected: str, dragged: str) -> None:
        by_key = {item.key: item for item in content.items}
        for piece in pieces:
            item = by_key.get(piece.key)
            if item is None:
                continue
            self._item(item, piece, selected=piece.key == selected, faded=piece.key == dragged)

    def _item(self, item: BoardItem, piece: Piece, *, selected: bool, faded: bool) -> None:
        rect = self.f.piece_rect(piece)
        fill = theme.item_colour(item.kind, item.category, item.colour)
        if item.block is not None and item.block.done:
            fill = fill.lighter(125) if not self.dark else fill.darker(140)
        if faded:
            fill.setAlpha(70)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(fill)
        self.p.drawRoundedRect(rect, 4, 4)
        self._cut_marks(rect, piece)
        if selected:
            self.p.setPen(QPen(self.palette.color(QPalette.ColorRole.Highlight), 2.5))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
        if not faded:
            self._label(item, piece, rect, theme.text_on(fill))

    def _cut_marks(self, rect: QRectF, piece: Piece) -> None:
        """Dotted edges where an item runs on into the previous or next board day."""
        pen = QPen(self.palette.color(QPalette.ColorRole.Base), 2, Qt.PenStyle.DotLine)
        self.p.setPen(pen)
        if piece.cut_above:
            self.p.drawLine(QLineF(rect.left(), rect.top() + 1, rect.right(), rect.top() + 1))
        if piece.cut_below:
            self.p.drawLine(QLineF(rect.left(), rect.bottom() - 1, rect.right(), rect.bottom() - 1))

    def _label(self, item: BoardItem, piece: Piece, rect: QRectF, colour: QColor) -> None:
        line = self.metrics.height()
        if rect.height() < line * 0.8 or rect.width() < 14:
            return
        marks = ""
        if item.block is not None:
            marks = "✓ " if item.block.done else ""
            if item.block.locked:
                self._padlock(QRectF(rect.right() - 11, rect.top() + 3, 8, 10), colour)
        times = f"{item.start:%H:%M}{DASH}{item.end:%H:%M}"
        lines = [marks + item.title]
        if rect.height() >= 2 * line + 4:
            lines.append(times)
        if item.note and rect.height() >= 3 * line + 6:
            lines.append(item.note)
        self.p.setPen(colour)
        width = int(rect.width() - 6)
        for index, text in enumerate(lines):
            static = self._static_text(text, width)
            top = rect.top() + 2 + index * line + (line - static.size().height()) / 2
            self.p.drawStaticText(QPointF(rect.left() + 4, top), static)

    def _static_text(self, text: str, width: int) -> QStaticText:
        key = (text, width)
        static = self.texts.get(key)
        if static is None:
            elided = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(elided)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self.p.font())
            self.texts[key] = static
        return static

    def _padlock(self, box: QRectF, colour: QColor) -> None:
        """A small padlock in the item's corner: placed by hand, the planner leaves it."""
        if box.left() < 0:
            return
        self.p.setPen(QPen(colour, 1.4))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        shackle = QRectF(box.left() + 1.5, box.top(), box.width() - 3, box.height() * 0.8)
        self.p.drawArc(shackle, 0, 180 * 16)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(colour)
        body = QRectF(box.left(), box.top() + box.height() * 0.4, box.width(), box.height() * 0.6)
        self.p.drawRoundedRect(body, 1.5, 1.5)

    def drag_preview(self, preview: tuple[BoardItem, list[Piece]] | None) -> None:
        if preview is None:
            return
        item, pieces = preview
        fill = theme.item_colour(item.kind, item.category)
        for piece in pieces:
            rect = self.f.piece_rect(piece)
            self.p.setPen(QPen(fill.darker(130), 1.5, Qt.PenStyle.DashLine))
            self.p.setBrush(fill)
            self.p.drawRoundedRect(rect, 4, 4)
        if pieces:
            first = self.f.piece_rect(pieces[0])
            self._label(item, pieces[0], first, theme.text_on(fill))

    def highlight(self, pieces: list[Piece], colour: QColor) -> None:
        fill = QColor(colour)
        fill.setAlpha(50)
        for piece in pieces:
            left, right = self.f.x(piece.day), self.f.x(piece.day + 1)
            rect = QRectF(
                left + 1,
                self.f.y(piece.top),
                right - left - 2,
                self.f.y(piece.bottom) - self.f.y(piece.top),
            )
            self.p.fillRect(rect, fill)
            self.p.setPen(QPen(colour, 2))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(rect.adjusted(1, 1, -1, -1))

    def now_line(self, position: tuple[int, float] | None) -> None:
        if position is None:
            return
        day, hours = position
        y = self.f.y(hours)
        colour = QColor("#e5383b")
        self.p.setPen(QPen(colour, 2))
        self.p.drawLine(QLineF(self.f.x(day), y, self.f.x(day + 1), y))
        self.p.setBrush(colour)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.drawEllipse(QPointF(self.f.x(day), y), 4, 4)
