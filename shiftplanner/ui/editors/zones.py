"""Time zones as a person knows them: "US Eastern (New York)", and any IANA name by typing."""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from shiftplanner.core.instants import is_known_zone

# The zones BPO accounts in Manila are scheduled in, first; the rest of tzdata follows.
_FRIENDLY: tuple[tuple[str, str], ...] = (
    ("Asia/Manila", QT_TRANSLATE_NOOP("zones", "Philippines (Manila)")),
    ("America/New_York", QT_TRANSLATE_NOOP("zones", "US Eastern (New York)")),
    ("America/Chicago", QT_TRANSLATE_NOOP("zones", "US Central (Chicago)")),
    ("America/Denver", QT_TRANSLATE_NOOP("zones", "US Mountain (Denver)")),
    ("America/Phoenix", QT_TRANSLATE_NOOP("zones", "US Arizona (Phoenix)")),
    ("America/Los_Angeles", QT_TRANSLATE_NOOP("zones", "US Pacific (Los Angeles)")),
    ("America/Anchorage", QT_TRANSLATE_NOOP("zones", "US Alaska (Anchorage)")),
    ("Pacific/Honolulu", QT_TRANSLATE_NOOP("zones", "US Hawaii (Honolulu)")),
    ("America/Toronto", QT_TRANSLATE_NOOP("zones", "Canada Eastern (Toronto)")),
    ("America/Vancouver", QT_TRANSLATE_NOOP("zones", "Canada Pacific (Vancouver)")),
    ("Europe/London", QT_TRANSLATE_NOOP("zones", "UK (London)")),
    ("Europe/Berlin", QT_TRANSLATE_NOOP("zones", "Central Europe (Berlin)")),
    ("Australia/Sydney", QT_TRANSLATE_NOOP("zones", "Australia Eastern (Sydney)")),
    ("Asia/Singapore", QT_TRANSLATE_NOOP("zones", "Singapore")),
    ("Asia/Tokyo", QT_TRANSLATE_NOOP("zones", "Japan (Tokyo)")),
    ("Asia/Kolkata", QT_TRANSLATE_NOOP("zones", "India (Kolkata)")),
    ("UTC", QT_TRANSLATE_NOOP("zones", "UTC")),
)


def friendly_name(zone_name: str) -> str:
    """The name a person knows a zone by, or the IANA name itself."""
    for name, label in _FRIENDLY:
        if name == zone_name:
            return QCoreApplication.translate("zones", label)
    return zone_name


@cache
def _other_zones() -> tuple[str, ...]:
    """Every region/city zone of tzdata, without the legacy and POSIX aliases."""
    friendly = {name for name, _ in _FRIENDLY}
    return tuple(
        sorted(
            name
            for name in zoneinfo.available_timezones()
            if "/" in name
            and name not in friendly
            and not name.startswith(("posix/", "right/", "Etc/", "SystemV/", "US/"))
        )
    )


class ZoneCombo(QComboBox):
    """An editable, searchable zone picker; `zone()` is the IANA name or None if unknown."""

    zone_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        for name, _ in _FRIENDLY:
            self.addItem(friendly_name(name), name)
            self.setItemData(self.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.insertSeparator(self.count())
        for name in _other_zones():
            self.addItem(name, name)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type a city or region, e.g. New York"))
        self.currentTextChanged.connect(lambda _text: self.zone_changed.emit())

    def zone(self) -> str | None:
        """The chosen IANA zone: a listed name, or any known IANA name typed in."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.itemData(index):
            return str(self.itemData(index))
        return text if text and is_known_zone(text) else None

    def set_zone(self, zone_name: str) -> None:
        """Show a zone by its friendly name if it has one."""
        index = self.findData(zone_name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone_name)
