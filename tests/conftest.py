"""Test set-up shared by every test: Qt offscreen before any QApplication, and the gui marker."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses qtbot as `gui`, so `-m "not gui"` runs the pure parts alone."""
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)
