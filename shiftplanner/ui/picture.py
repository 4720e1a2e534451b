"""The remembered week's picture: the window as the last session would show this week,
shown at the next start while the plan is read (see `MainWindow` and `storage.remembered`).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from shiftplanner import __version__

if TYPE_CHECKING:
    from shiftplanner.storage.remembered import RememberedWeek
    from shiftplanner.ui.mainwindow import MainWindow
    from shiftplanner.ui.session import PlanSession

# Kept as a PPM (the window is opaque) squeezed by zlib at its fastest level: as small as a
# PNG of the window, and read in a third of the time, which start-up waits for.
_FORMAT = "PPM"


def picture_from_bytes(data: bytes, ratio: float) -> QPixmap | None:
    """The picture `picture_bytes` made, at `ratio` device pixels per logical pixel; None if
    `data` is not such a picture."""
    try:
        image = zlib.decompress(data)
    except zlib.error:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(image, _FORMAT):
        return None
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def picture_bytes(pixmap: QPixmap) -> bytes:
    """`pixmap` as bytes for the store."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, _FORMAT)
    buffer.close()
    return zlib.compress(data.data(), 1)


@dataclass(frozen=True)
class Opening:
    """How a window opens on the remembered week: its picture, the week pictured, and a way
    to open the store once the picture is on screen (None if it cannot be opened, having
    said why)."""

    picture: QPixmap
    week: date
    open_session: Callable[[], PlanSession | None]


def remembered_key(palette: QPalette) -> str:
    """What a remembered week's picture must have been made with to be shown: this version
    of the app (how it paints), the language and locale (its words) and the palette."""
    return f"{__version__}|{QLocale().name()}|{palette.window().color().name()}"


def week_as_pictured(window: MainWindow, first_day: date, zone: str) -> RememberedWeek:
    """The week from `first_day` (in the home `zone`) as `window` shows it, planned and
    checked, without what will have changed by the next start: the now-line, a highlight,
    a selection."""
    from shiftplanner.storage.remembered import RememberedWeek

    window.show_checked_week(first_day)
    window.board.set_now(None)
    window.board.set_highlight(None)
    window.board.select("")
    picture = window.pages.grab()
    return RememberedWeek(
        key=remembered_key(window.palette()),
        week=first_day,
        zone=zone,
        geometry=window.saveGeometry().data(),
        board_split=window.splitter.saveState().data(),
        side_split=window.side_splitter.saveState().data(),
        picture=picture_bytes(picture),
        ratio=picture.devicePixelRatio(),
    )


class PicturePage(QWidget):
    """Paints the picture from the top left on the window's background; says when it has."""

    painted = Signal()

    def __init__(self, picture: QPixmap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = picture
        self.setAutoFillBackground(True)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # drawPixmap at a point, unlike most painting calls, does not make PySide build the
        # Qt namespace's enums: the picture shows without that start-up cost.
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self.picture)
        painter.end()
        self.painted.emit()
