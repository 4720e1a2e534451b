"""The week board: seven board days by 24 hours in home time, painted by hand.

The widget only paints and reports gestures. Layout comes from the pure `geometry` module;
edits are requested through signals and come back as new content, never made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from shiftplanner.ui.weekview.days import DASH
from shiftplanner.ui.weekview.geometry import HOURS_PER_DAY, Piece, Span, layout_week
from shiftplanner.ui.weekview.layers import BoardLayers
from shiftplanner.ui.weekview.model import BoardItem, WeekContent
from shiftplanner.ui.weekview.painting import BoardPainter, Frame, format_moment

SNAP_MINUTES = 15
_MENU_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Menu)
_RESIZE_GRIP = 6


@dataclass(slots=True)
class _Drag:
    """A gesture on a block in progress: moving it, or resizing its end."""

    item: BoardItem
    press: QPointF
    resize: bool
    active: bool = False
    start: datetime | None = None
    end: datetime | None = None


class WeekBoard(QWidget):
    """The custom-painted week. Emits requests; the window turns them into commands."""

    item_selected = Signal(str)
    painted = Signal()
    block_moved = Signal(str, object, object)
    context_requested = Signal(object, str, QPoint)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Week board"))
        self._content: WeekContent | None = None
        self._day_start = 0
        self._pieces: list[Piece] = []
        self._highlight: tuple[datetime, datetime, QColor] | None = None
        self._now: datetime | None = None
        self._selected = ""
        self._drag: _Drag | None = None
        self._frame = Frame(QRectF(), 0, 0, 0)
        self._layers = BoardLayers()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(900, 560)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 360)

    @property
    def content(self) -> WeekContent | None:
        """What the board shows now."""
        return self._content

    @property
    def day_start_hour(self) -> int:
        """The home-time hour each board day starts at."""
        return self._day_start

    @property
    def selected_key(self) -> str:
        """The selected item's key, or "" when none is."""
        return self._selected

    def set_content(self, content: WeekContent, day_start_hour: int) -> None:
        """Show a week; the layout is recomputed from scratch."""
        self._content = content
        self._day_start = day_start_hour
        self._pieces = layout_week(content.spans(), content.first_day, day_start_hour)
        if content.item(self._selected) is None:
            self._selected = ""
        self.update()

    def set_highlight(self, span: tuple[datetime, datetime, QColor] | None) -> None:
        """Mark a finding's span (home-time start, end and colour), or clear the mark."""
        self._highlight = span
        self.update()

    def set_now(self, now: datetime | None) -> None:
        """Where the now-line goes, in home time."""
        self._now = now
        self.update()

    def select(self, key: str) -> None:
        """Select an item by key ("" clears)."""
        self._selected = key
        self.update()

    def highlight_pieces(self) -> list[Piece]:
        """The highlighted span cut into board days (full column width)."""
        if self._highlight is None or self._content is None:
            return []
        start, end, _ = self._highlight
        end = max(end, start + timedelta(minutes=20))
        return layout_week(
            [Span("highlight", start, end)], self._content.first_day, self._day_start
        )

    def item_rect(self, key: str) -> QRectF:
        """The on-screen rectangle of an item's first piece (empty if not shown)."""
        for piece in self._pieces:
            if piece.key == key:
                return self._frame.piece_rect(piece)
        return QRectF()

    def point_at(self, day: int, hours: float) -> QPointF:
        """The widget point at `hours` into board day `day`, centred in the column."""
        return self._frame.point(day, hours)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._frame = self._make_frame()

    def _make_frame(self) -> Frame:
        metrics = QFontMetrics(self.font())
        gutter = metrics.horizontalAdvance("00:00") + 14
        header = metrics.height() * 2 + 12
        if self._content is not None and self._content.notes:
            header += metrics.height() + 4
        return Frame(QRectF(self.rect()), gutter, header, 7)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._frame = self._make_frame()
        painter = QPainter(self)
        try:
            texts = self._layers.texts
            board = BoardPainter(painter, self._frame, self.palette(), QLocale(), texts)
            week = (self._content, self._day_start, self._today())
            self._layers.draw_grid(painter, self, self._frame, week)
            if self._content is not None:
                board.commutes(self._content, self._pieces)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            if self._content is not None:
                board.items(self._content, self._pieces, self._selected, self._dragged_key())
                board.drag_preview(self._drag_preview())
                if self._highlight is not None:
                    board.highlight(self.highlight_pieces(), self._highlight[2])
                board.now_line(self._now_position())
            self._layers.draw_header(painter)
        finally:
            painter.end()
        self.painted.emit()

    def _today(self) -> date | None:
        return self._now.date() if self._now is not None else None

    def _now_position(self) -> tuple[int, float] | None:
        if self._now is None or self._content is None:
            return None
        return self._position(self._now)

    def _position(self, moment: datetime) -> tuple[int, float] | None:
        assert self._content is not None
        origin = datetime.combine(self._content.first_day, time(self._day_start))
        hours = (moment - origin).total_seconds() / 3600
        day, offset = divmod(hours, HOURS_PER_DAY)
        if not 0 <= day < 7:
            return None
        return int(day), offset

    def _dragged_key(self) -> str:
        return self._drag.item.key if self._drag is not None and self._drag.active else ""

    def _drag_preview(self) -> tuple[BoardItem, list[Piece]] | None:
        drag = self._drag
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            return None
        assert self._content is not None
        spans = [Span(drag.item.key, drag.start, drag.end)]
        return drag.item, layout_week(spans, self._content.first_day, self._day_start)

    def item_at(self, point: QPointF) -> BoardItem | None:
        """The topmost item under a widget point."""
        if self._content is None:
            return None
        for piece in reversed(self._pieces):
            if self._frame.piece_rect(piece).contains(point):
                return self._content.item(piece.key)
        return None

    def day_at(self, point: QPointF) -> date | None:
        """The board day (its date) under a widget point."""
        if self._content is None:
            return None
        column = self._frame.column_at(point.x())
        return None if column is None else self._content.days[column]

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        item = self.item_at(event.position())
        self._select_and_emit(item.key if item is not None else "")
        if item is not None and item.movable:
            rect = self._last_piece_rect(item.key)
            resize = event.position().y() >= rect.bottom() - _RESIZE_GRIP
            self._drag = _Drag(item, event.position(), resize)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag = self._drag
        if drag is None:
            self._update_cursor(event.position())
            return
        distance = (event.position() - drag.press).manhattanLength()
        if not drag.active and distance < QApplication.startDragDistance():
            return
        drag.active = True
        drag.start, drag.end = self._dragged_times(drag, event.position())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        drag, self._drag = self._drag, None
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            return
        self.update()
        if (drag.start, drag.end) != (drag.item.start, drag.item.end):
            self.block_moved.emit(drag.item.key, drag.start, drag.end)

    def _dragged_times(self, drag: _Drag, point: QPointF) -> tuple[datetime, datetime]:
        item = drag.item
        minutes = self._frame.minutes_between(drag.press, point, resize=drag.resize)
        snapped = timedelta(minutes=round(minutes / SNAP_MINUTES) * SNAP_MINUTES)
        if drag.resize:
            length = (item.end - item.start) + snapped
            low, high = timedelta(minutes=item.min_minutes), timedelta(minutes=item.max_minutes)
            return item.start, item.start + min(max(length, low), high)
        return item.start + snapped, item.end + snapped

    def _last_piece_rect(self, key: str) -> QRectF:
        rects = [self._frame.piece_rect(p) for p in self._pieces if p.key == key]
        return rects[-1] if rects else QRectF()

    def _update_cursor(self, point: QPointF) -> None:
        item = self.item_at(point)
        if item is None or not item.movable:
            self.unsetCursor()
        elif point.y() >= self._last_piece_rect(item.key).bottom() - _RESIZE_GRIP:
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def _select_and_emit(self, key: str) -> None:
        self._selected = key
        self.update()
        self.item_selected.emit(key)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        point = QPointF(event.pos())
        item = self.item_at(point)
        if item is None and self._selected and event.reason() == event.Reason.Keyboard:
            item = self._content.item(self._selected) if self._content else None
            point = self.item_rect(self._selected).center()
        self._request_menu(item, point)

    def _request_menu(self, item: BoardItem | None, point: QPointF) -> None:
        day = self.day_at(point)
        if item is not None and item.shift is not None:
            day = item.shift.roster_date
        if day is None:
            return
        if item is not None:
            self._select_and_emit(item.key)
        self.context_requested.emit(
            day, item.key if item else "", self.mapToGlobal(point.toPoint())
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        selected = self._content.item(self._selected) if self._content is not None else None
        if event.key() in step and self._content is not None and self._pieces:
            self._select_and_emit(self._neighbour(step[event.key()]))
        elif event.key() in _MENU_KEYS and selected is not None:
            self._request_menu(selected, self.item_rect(selected.key).center())
        elif event.key() == Qt.Key.Key_Delete and selected is not None and selected.block:
            self.delete_requested.emit(selected.key)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab and Shift+Tab walk the week's items; past the last one, focus moves on."""
        keys = self._ordered_keys()
        if keys and self.hasFocus():
            if self._selected in keys:
                index = keys.index(self._selected) + (1 if forward else -1)
            else:
                index = 0 if forward else len(keys) - 1
            if 0 <= index < len(keys):
                self._select_and_emit(keys[index])
                return True
            self._select_and_emit("")
        return super().focusNextPrevChild(forward)

    def _ordered_keys(self) -> list[str]:
        """Item keys in reading order: by board day, then from the top."""
        ordered = sorted(self._pieces, key=lambda p: (p.day, p.top, p.lane))
        return list(dict.fromkeys(p.key for p in ordered))

    def _neighbour(self, step: int) -> str:
        keys = self._ordered_keys()
        if self._selected not in keys:
            return keys[0 if step > 0 else -1]
        return keys[(keys.index(self._selected) + step) % len(keys)]

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip_at(self, point: QPointF) -> str:
        item = self.item_at(point)
        if item is not None:
            return _tooltip(item, QLocale())
        day = self.day_at(point)
        if point.y() < self._frame.header and day is not None and self._content is not None:
            note = self._content.notes.get(day)
            return note.full if note is not None else ""
        return ""


def _tooltip(item: BoardItem, locale: QLocale) -> str:
    span = f"{format_moment(locale, item.start)} {DASH} {format_moment(locale, item.end)}"
    lines = [f"<b>{item.title}</b>", span]
    if item.note:
        lines.append(item.note)
    if item.block is not None:
        if item.block.locked:
            lines.append(
                QCoreApplication.translate(
                    "WeekBoard", "Locked: placed by you, the planner will not move it"
                )
            )
        if item.block.done:
            lines.append(QCoreApplication.translate("WeekBoard", "Done"))
        else:
            lines.append(
                QCoreApplication.translate(
                    "WeekBoard", "Drag to move, drag the lower edge to resize, right-click for more"
                )
            )
    else:
        lines.append(
            QCoreApplication.translate("WeekBoard", "Right-click to change this day's shift")
        )
    return "<br>".join(lines)
