"""Combo boxes for the small enumerations goals and habits share: priority and which days."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from shiftplanner.core.goals import HIGHEST_PRIORITY, LOWEST_PRIORITY, DayFilter


def priority_combo() -> QComboBox:
    """Priorities 1 (most important) to 4, in words."""
    combo = QComboBox()
    words = {
        1: QCoreApplication.translate("choices", "1 - most important"),
        2: QCoreApplication.translate("choices", "2 - important"),
        3: QCoreApplication.translate("choices", "3 - normal"),
        4: QCoreApplication.translate("choices", "4 - if there is room"),
    }
    for priority in range(HIGHEST_PRIORITY, LOWEST_PRIORITY + 1):
        combo.addItem(words[priority], priority)
    return combo


def days_combo() -> QComboBox:
    """Any day, work days only, or rest days only."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("choices", "Any day"), DayFilter.ANY)
    combo.addItem(QCoreApplication.translate("choices", "Work days only"), DayFilter.WORK)
    combo.addItem(QCoreApplication.translate("choices", "Rest days only"), DayFilter.REST)
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the entry whose data is `value`."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)
