"""The remembered week's picture: the window as the last session left it on this week,
shown while the plan is read (see `MainWindow` and `storage.remembered`)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget


def picture_from_png(png: bytes, ratio: float) -> QPixmap | None:
    """The picture in `png` at `ratio` device pixels per logical pixel; None if it is not
    a picture Qt can read."""
    pixmap = QPixmap()
    if not pixmap.loadFromData(png, "PNG"):
        return None
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def png_of(pixmap: QPixmap) -> bytes:
    """`pixmap` as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


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
