"""The installed Qt binding keeps Python's None alive: PySide6 6.12.0 on Python 3.11 drops a
reference to None on every call that returns nothing, and a painting app then aborts."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 20_000


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(CALLS // 2):
        widget.update()
        painter.drawLine(0, 0, 4, 4)
    painter.end()
    assert sys.getrefcount(None) > before - CALLS // 10
