"""The remembered week's picture: the window as the last session left it on this week,
shown while the plan is read (see `MainWindow` and `storage.remembered`)."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

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
