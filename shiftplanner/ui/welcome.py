"""First start: pick a ready plan and answer three questions, and the board is ready."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.instants import is_known_zone
from shiftplanner.ui.starters import STARTERS, Essentials

HOME_ZONES = ("Asia/Manila", "Asia/Kolkata", "Asia/Kuala_Lumpur", "Africa/Cairo", "UTC")
SHIFT_ZONES = (
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "Australia/Sydney",
    "Europe/London",
    "Asia/Manila",
)


class WelcomePage(QWidget):
    """Offers the starter plans; emits `chosen(starter_id, essentials)` when the person starts."""

    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        outer.addLayout(column, 3)
        outer.addStretch(1)
        title = QLabel("<h2>{}</h2>".format(self.tr("Welcome to Shift Planner")))
        intro = QLabel(
            self.tr(
                "Pick the schedule closest to yours. You can change any day later by "
                "right-clicking it on the board."
            )
        )
        intro.setWordWrap(True)
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self._starter_choices())
        column.addWidget(self._essentials_form())
        self.start_button = QPushButton(self.tr("Show my week"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        column.addWidget(self.start_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #d62d2d")
        column.addWidget(self.problem)
        column.addStretch(2)

    def _starter_choices(self) -> QFrame:
        frame = QFrame()
        layout = QVBoxLayout(frame)
        self.starters = QButtonGroup(self)
        for index, starter in enumerate(STARTERS):
            description = QCoreApplication.translate("Starters", starter.description)
            button = QRadioButton(QCoreApplication.translate("Starters", starter.name))
            button.setToolTip(description)
            button.setObjectName(starter.id)
            self.starters.addButton(button, index)
            note = QLabel(description)
            note.setIndent(24)
            note.setEnabled(False)
            layout.addWidget(button)
            layout.addWidget(note)
        self.starters.button(0).setChecked(True)
        return frame

    def _essentials_form(self) -> QFrame:
        frame = QFrame()
        form = QFormLayout(frame)
        self.home_zone = _zone_box(HOME_ZONES)
        self.shift_zone = _zone_box(SHIFT_ZONES)
        self.commute = QSpinBox()
        self.commute.setRange(0, 240)
        self.commute.setSingleStep(5)
        self.commute.setValue(45)
        self.commute.setSuffix(self.tr(" min each way"))
        form.addRow(self.tr("Where you live and sleep:"), self.home_zone)
        form.addRow(self.tr("Time zone your shifts are set in:"), self.shift_zone)
        form.addRow(self.tr("Commute:"), self.commute)
        return frame

    def essentials(self) -> Essentials:
        """What the person entered."""
        return Essentials(
            home_zone=self.home_zone.currentText().strip(),
            shift_zone=self.shift_zone.currentText().strip(),
            commute_minutes=self.commute.value(),
        )

    def select_starter(self, starter_id: str) -> None:
        """Choose a starter (keyboard users and tests)."""
        for button in self.starters.buttons():
            if button.objectName() == starter_id:
                button.setChecked(True)

    def _start(self) -> None:
        essentials = self.essentials()
        unknown = (
            (self.tr('Unknown home time zone "{zone}"'), essentials.home_zone),
            (self.tr('Unknown shift time zone "{zone}"'), essentials.shift_zone),
        )
        for message, zone_name in unknown:
            if not is_known_zone(zone_name):
                self.problem.setText(message.format(zone=zone_name))
                return
        self.problem.clear()
        starter = STARTERS[self.starters.checkedId()]
        self.chosen.emit(starter.id, essentials)


def _zone_box(zones: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.addItems(zones)
    box.setToolTip(
        QCoreApplication.translate(
            "WelcomePage", "An IANA time zone name, for example America/New_York"
        )
    )
    return box
