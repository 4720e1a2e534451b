"""The rule thresholds as an editable table: meaning, value, default, unit and source of each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from shiftplanner.core.text import TextContext
from shiftplanner.core.thresholds import THRESHOLDS, Threshold
from shiftplanner.ui.wording import words

_Index = QModelIndex | QPersistentModelIndex
MEANING, VALUE, DEFAULT, UNIT, SOURCE = range(5)
COLUMNS = 5
# Pairs (lower, upper) whose order the rules rely on: a critical level below its warning level.
ORDERED_PAIRS: tuple[tuple[str, str], ...] = (
    ("critical_rest_hours", "min_rest_hours"),
    ("max_consecutive_nights", "high_consecutive_nights"),
    ("max_weekly_hours", "high_weekly_hours"),
    ("critical_sleep_opportunity_hours", "min_sleep_opportunity_hours"),
    ("kss_warn", "kss_high"),
)


class ThresholdModel(QAbstractTableModel):
    """One row per threshold; only the value column is editable, within the allowed range."""

    def __init__(self, values: Mapping[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values = {t.key: float(values.get(t.key, t.default)) for t in THRESHOLDS}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(THRESHOLDS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < COLUMNS:
            return None
        return (
            self.tr("Rule"),
            self.tr("Value"),
            self.tr("Default"),
            self.tr("Unit"),
            self.tr("Source"),
        )[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == VALUE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(THRESHOLDS):
            return None
        threshold = THRESHOLDS[index.row()]
        value = self._values[threshold.key]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            cell = (
                meaning(threshold),
                value,
                threshold.default,
                unit(threshold),
                threshold.source,
            )[column]
            if role == Qt.ItemDataRole.DisplayRole and isinstance(cell, float | int):
                return f"{cell:g}"
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ThresholdModel", "{0}: {1:g} to {2:g} {3} (default {4:g}, from {5})"
            ).format(
                threshold.key,
                threshold.low,
                threshold.high,
                unit(threshold),
                threshold.default,
                threshold.source,
            )
        if role == Qt.ItemDataRole.FontRole and column == VALUE and value != threshold.default:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != VALUE or role != Qt.ItemDataRole.EditRole:
            return False
        threshold = THRESHOLDS[index.row()]
        try:
            number = float(value)
        except (TypeError, ValueError):
            return False
        if not threshold.low <= number <= threshold.high:
            return False
        self._values[threshold.key] = number
        self.dataChanged.emit(index, index)
        return True

    def values(self) -> dict[str, float]:
        """Every threshold's value."""
        return dict(self._values)

    def overrides(self) -> dict[str, float]:
        """Only the values that differ from the defaults (what the plan file keeps)."""
        return {t.key: self._values[t.key] for t in THRESHOLDS if self._values[t.key] != t.default}

    def reset(self) -> None:
        """Every threshold back to its default."""
        self.beginResetModel()
        self._values = {t.key: float(t.default) for t in THRESHOLDS}
        self.endResetModel()


def meaning(threshold: Threshold) -> str:
    """What the threshold limits, in the app's language."""
    return words(TextContext.THRESHOLDS, threshold.meaning)


def unit(threshold: Threshold) -> str:
    """Its unit (h, days, nights, KSS) in the app's language."""
    return words(TextContext.THRESHOLDS, threshold.unit)


def order_problem(values: Mapping[str, float]) -> str:
    """Why a pair of thresholds contradicts itself ('' if none does)."""
    meanings = {t.key: meaning(t) for t in THRESHOLDS}
    for lower, upper in ORDERED_PAIRS:
        if values[lower] > values[upper]:
            return QCoreApplication.translate(
                "ThresholdModel", "“{0}” ({1:g}) should not be above “{2}” ({3:g})."
            ).format(meanings[lower], values[lower], meanings[upper], values[upper])
    return ""


class ThresholdDelegate(QStyledItemDelegate):
    """Edits a value with a spin box held to the threshold's range and unit."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        model = index.model()
        threshold = THRESHOLDS[index.row()] if isinstance(model, ThresholdModel) else None
        spin = QDoubleSpinBox(parent)
        if threshold is not None:
            spin.setRange(threshold.low, threshold.high)
            spin.setSuffix(f" {unit(threshold)}")
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        return spin
