"""Colours and icons: one place that knows how the board looks in light and dark palettes."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QIcon, QPalette, QPixmap

if TYPE_CHECKING:
    from shiftplanner.ui.weekview.model import Category

# Hues chosen to stay apart for the common colour-vision deficiencies: shifts in warm/blue
# tones by category, sleep in violet, study in green, self-care in pink.
# Keyed by category value, like the maps below by severity and status value: the window
# takes its icons from here before the board and the plan's model are loaded.
_SHIFT_COLOURS = {
    "morning": "#e7a23b",
    "mid": "#2f9e9a",
    "graveyard": "#4b5cc4",
}
_BLOCK_COLOURS = {
    "sleep": "#8a6fd1",
    "nap": "#b9a6ea",
    "study": "#3fa55b",
    "self-care": "#d9638f",
}
SEVERITY_COLOURS = {
    "critical": "#d62d2d",
    "high": "#ea7a12",
    "medium": "#c9a100",
    "info": "#3b82f6",
}
STATUS_COLOURS = {
    "on-track": "#3fa55b",
    "at-risk": "#ea7a12",
    "behind": "#d62d2d",
}


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark one (window darker than its text)."""
    return palette.window().color().lightness() < palette.windowText().color().lightness()


def item_colour(kind: str, shift_category: Category | None, custom: str | None = None) -> QColor:
    """The fill of a shift (by category, or its type's own colour) or a block (by kind)."""
    if custom:
        return QColor(custom)
    if shift_category is not None:
        return QColor(_SHIFT_COLOURS[shift_category.value])
    return QColor(_BLOCK_COLOURS[kind])


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor("#111318") if luminance > 0.55 else QColor("#ffffff")


def icon(name: str) -> QIcon:
    """A runtime icon from ui/icons, drawn sharp at the screen's device pixel ratio."""
    return QIcon(_icon_path(name))


def _icon_path(name: str) -> str:
    return str(files("shiftplanner.ui.icons").joinpath(f"{name}.svg"))


@cache
def severity_pixmap(severity: str, size: int) -> QPixmap:
    """The icon of a severity ("critical"...) at `size` logical pixels for the screen's ratio."""
    return _render(severity, size)


def _render(name: str, size: int) -> QPixmap:
    # Only the findings panel draws these, after the first paint: QtSvg loads then.
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    data = files("shiftplanner.ui.icons").joinpath(f"{name}.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(
        round(size * ratio), round(size * ratio), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
