"""The "Export to phone" dialog: which weeks, which layers, one file or one per layer, alarm.

Importing this module loads the iCalendar writer, so the main window imports it only when
the person asks to export.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.blocks import Block
from shiftplanner.ical.events import Layer
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.export import (
    ExportRequest,
    WrittenFile,
    export_calendars,
    export_stamp,
    with_plan_identity,
)
from shiftplanner.services.plans import DateRange
from shiftplanner.ui.session import PlanSession

GOOGLE_ALARM_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Google Calendar drops reminders from imported files; set default notifications on the "
    "calendar there instead.",
)
_LAYER_TITLES = {
    Layer.WORK: QT_TRANSLATE_NOOP("ExportDialog", "Work"),
    Layer.SLEEP: QT_TRANSLATE_NOOP("ExportDialog", "Sleep"),
    Layer.STUDY: QT_TRANSLATE_NOOP("ExportDialog", "Study"),
    Layer.SELF_CARE: QT_TRANSLATE_NOOP("ExportDialog", "Self-care"),
}


class ExportDialog(QDialog):
    """Choices for one export; `export()` writes the files through the export service."""

    def __init__(
        self,
        session: PlanSession,
        first_day: date,
        blocks: tuple[Block, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to phone"))
        self.session = session
        self.first_day = first_day
        self.blocks = blocks
        self.written: list[WrittenFile] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 12)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" weeks from this one"))
        form.addRow(self.tr("Weeks:"), self.weeks)
        self.layers = {layer: QCheckBox(self.tr(_LAYER_TITLES[layer])) for layer in Layer}
        row = QHBoxLayout()
        for box in self.layers.values():
            box.setChecked(True)
            row.addWidget(box)
        form.addRow(self.tr("Layers:"), row)
        self.split = QCheckBox(self.tr("One calendar file per layer (each gets its own colour)"))
        form.addRow("", self.split)
        self.alarm = QSpinBox()
        self.alarm.setRange(0, 240)
        self.alarm.setSingleStep(15)
        self.alarm.setSpecialValueText(self.tr("no reminder"))
        self.alarm.setSuffix(self.tr(" min before"))
        self.alarm.setToolTip(self.tr(GOOGLE_ALARM_NOTE))
        form.addRow(self.tr("Reminder:"), self.alarm)
        self.destination = QLineEdit(str(Path.home() / "shift-planner.ics"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save to:"), where)
        note = QLabel(
            self.tr(
                "Open the file on your phone (or mail it to yourself) and add all events. "
                "Exporting again to the same place updates the events instead of duplicating "
                "them."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #d62d2d")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        if self.split.isChecked():
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Folder for the calendar files")
            )
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Calendar file"),
                self.destination.text(),
                self.tr("Calendar (*.ics)"),
            )
        if chosen:
            self.destination.setText(chosen)

    def request(self) -> ExportRequest:
        """The export the dialog describes.

        Raises:
            UserFacingError: no layer chosen.
        """
        last = self.first_day + timedelta(days=7 * self.weeks.value() - 1)
        return ExportRequest(
            dates=DateRange(self.first_day, last),
            out=Path(self.destination.text()).expanduser(),
            layers=tuple(layer for layer, box in self.layers.items() if box.isChecked()),
            split=self.split.isChecked(),
            alarm_minutes=self.alarm.value() or None,
        )

    def export(self, now: datetime) -> list[WrittenFile]:
        """Write the files; raises UserFacingError with a message for the person."""
        plan = self.session.plan
        if plan is None:
            raise UserFacingError(self.tr("there is no plan to export yet"))
        request = self.request()
        plan = with_plan_identity(plan, self.session.store)
        self.session.adopt(plan)
        return export_calendars(
            plan, request, stamp=export_stamp(now), blocks=self.blocks, store=self.session.store
        )

    def _accept(self) -> None:
        try:
            self.written = self.export(datetime.now().astimezone())
        except UserFacingError as error:
            self.problem.setText(str(error))
            return
        self.accept()


def summary(written: list[WrittenFile]) -> str:
    """One line per file: where, and how many events are new, changed or cancelled."""
    line = QCoreApplication.translate(
        "ExportDialog",
        "{path}: {new} new, {changed} changed, {unchanged} unchanged, {cancelled} cancelled",
    )
    return "\n".join(
        line.format(
            path=w.path, new=w.new, changed=w.changed, unchanged=w.unchanged, cancelled=w.cancelled
        )
        for w in written
    )
