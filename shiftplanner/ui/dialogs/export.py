"""The "Export to phone" dialog: which weeks, which layers, one file or one per layer, alarm.

Importing this module loads the iCalendar writer, so the main window imports it only when
the person asks to export.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
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

from shiftplanner.ical.events import Layer
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.export import (
    ExportRequest,
    WrittenFile,
    export_calendars,
    export_stamp,
    planned_blocks,
    with_plan_identity,
)
from shiftplanner.services.plans import DateRange
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import error_message

GOOGLE_ALARM_NOTE = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Google Calendar drops reminders from imported files; set default notifications on the "
    "calendar there instead.",
)
PHONE_STEPS = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "<b>Getting it onto your phone</b><br>"
    "<b>Google Calendar:</b> on a computer, open calendar.google.com, Settings, "
    "Import &amp; export, and import the file (the phone app cannot import).<br>"
    "<b>iPhone:</b> mail the file to yourself, open it in Mail and tap <i>Add All</i>.<br>"
    "<b>Outlook, Samsung, Thunderbird:</b> open the file.<br>"
    "Exporting again to the same place updates the events instead of duplicating them.",
)
_SETTINGS_KEYS = ("export/destination", "export/split", "export/alarm_minutes")
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
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to phone"))
        self.session = session
        self.first_day = first_day
        self.settings = settings if settings is not None else QSettings()
        self.written: list[WrittenFile] = []
        layout = QVBoxLayout(self)
        form = self.form = QFormLayout()
        layout.addLayout(form)
        self._build_choices(form)
        self._build_destination(form)
        self._build_notes(layout)
        self._build_buttons(layout)
        self._restore_choices()
        self._validate()

    def _build_choices(self, form: QFormLayout) -> None:
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
        self.layer_problem = _problem_label()
        form.addRow("", self.layer_problem)
        self.split = QCheckBox(self.tr("One calendar file per layer (each gets its own colour)"))
        form.addRow("", self.split)
        self.alarm = QSpinBox()
        self.alarm.setRange(0, 240)
        self.alarm.setSingleStep(15)
        self.alarm.setSpecialValueText(self.tr("no reminder"))
        self.alarm.setSuffix(self.tr(" min before"))
        self.alarm.setToolTip(self.tr(GOOGLE_ALARM_NOTE))
        form.addRow(self.tr("Reminder:"), self.alarm)
        self.alarm_note = QLabel(self.tr(GOOGLE_ALARM_NOTE))
        self.alarm_note.setWordWrap(True)
        form.addRow("", self.alarm_note)

    def _build_destination(self, form: QFormLayout) -> None:
        self.destination = QLineEdit(str(Path.home() / "shift-planner.ics"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        form.addRow(self.tr("Save to:"), where)
        self.destination_problem = _problem_label()
        form.addRow("", self.destination_problem)

    def _build_notes(self, layout: QVBoxLayout) -> None:
        steps = QLabel(self.tr(PHONE_STEPS))
        steps.setWordWrap(True)
        layout.addWidget(steps)
        self.problem = _problem_label()
        layout.addWidget(self.problem)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for box in self.layers.values():
            box.toggled.connect(self._validate)
        self.split.toggled.connect(self._split_changed)
        self.destination.textChanged.connect(self._validate)
        self.alarm.valueChanged.connect(self._validate)

    def _split_changed(self, split: bool) -> None:
        """One file per layer goes into a folder; one file needs a name ending in .ics."""
        path = Path(self.destination.text().strip() or Path.home() / "shift-planner.ics")
        if split and path.suffix.lower() == ".ics":
            self.destination.setText(str(path.with_suffix("")))
        elif not split and path.suffix.lower() != ".ics":
            self.destination.setText(str(path / "shift-planner.ics"))
        self._validate()

    def _restore_choices(self) -> None:
        """The destination, split and reminder of the last export, so re-export is one click."""
        destination, split, alarm = (self.settings.value(key) for key in _SETTINGS_KEYS)
        self.split.setChecked(str(split).lower() == "true")
        if destination:
            self.destination.setText(str(destination))
        if alarm is not None and str(alarm).isdigit():
            self.alarm.setValue(int(str(alarm)))

    def _remember_choices(self) -> None:
        values = (self.destination.text(), self.split.isChecked(), self.alarm.value())
        for key, value in zip(_SETTINGS_KEYS, values, strict=True):
            self.settings.setValue(key, value)
        self.settings.sync()

    def _validate(self) -> None:
        """Say what is wrong next to the field, and keep Save disabled until it is fixed."""
        no_layer = not any(box.isChecked() for box in self.layers.values())
        self._show_row(
            self.layer_problem, self.tr("Choose at least one layer.") if no_layer else ""
        )
        where = self.destination_error()
        self._show_row(self.destination_problem, where)
        self.form.setRowVisible(self.alarm_note, self.alarm.value() > 0)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not no_layer and not where)

    def _show_row(self, label: QLabel, text: str) -> None:
        label.setText(text)
        self.form.setRowVisible(label, bool(text))

    def destination_error(self) -> str:
        """Why the destination cannot be used, or an empty string."""
        text = self.destination.text().strip()
        if not text:
            return self.tr("Choose where to save.")
        path = Path(text).expanduser()
        if self.split.isChecked():
            return self.tr("Choose a folder, not a file.") if path.is_file() else ""
        if path.is_dir():
            return self.tr("That is a folder; add a file name ending in .ics.")
        if path.suffix.lower() != ".ics":
            return self.tr("A calendar file name ends in .ics.")
        return ""

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
        store = self.session.store
        plan = with_plan_identity(plan, store)
        self.session.adopt(plan)
        stamp = export_stamp(now)
        blocks = planned_blocks(plan, request.dates, now=stamp, store=store)
        return export_calendars(plan, request, stamp=stamp, blocks=blocks, store=store)

    def _accept(self) -> None:
        try:
            self.written = self.export(datetime.now().astimezone())
        except UserFacingError as error:
            self.problem.setText(error_message(error.text))
            return
        self._remember_choices()
        self.accept()


def _problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #d62d2d")
    return label


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
