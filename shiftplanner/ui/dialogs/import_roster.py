"""Import the employer's roster (.ics or .csv), or one's own calendar as busy time: see what
changes (and for a roster, the new findings) first.

Nothing is written until Import; a roster is one undoable plan replacement, busy time one
undoable busy-time edit, and Cancel leaves everything as it was. Importing this module loads
the iCalendar reader, so open it only when the person asks to import.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.blocks import BusyTime
from shiftplanner.core.findings import Finding
from shiftplanner.core.instants import format_clock, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import Shift
from shiftplanner.ical.roster_csv import ROLES
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.roster_import import (
    BusyChange,
    BusyEdit,
    ReadOptions,
    RosterChange,
    busy_change,
    read_import_file,
    roster_change,
    save_busy_edit,
)
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.fields import row_widget
from shiftplanner.ui.editors.zones import ZoneCombo
from shiftplanner.ui.panels.findings import findings_model
from shiftplanner.ui.session import EditCommand, PlanSession
from shiftplanner.ui.wording import error_message

_HEADER_BYTES = 4096
SHIFTS, BUSY = range(2)


def csv_headers(path: Path) -> list[str]:
    """The header cells of a CSV file's first row ([] if unreadable), for column mapping."""
    try:
        with path.open("rb") as stream:
            first = stream.read(_HEADER_BYTES).decode("utf-8-sig", "replace").splitlines()
    except OSError:
        return []
    if not first:
        return []
    delimiter = max(",;|\t", key=first[0].count)
    return [cell.strip() for cell in next(csv.reader([first[0]], delimiter=delimiter))]


class ImportRosterDialog(PlanDialog):
    """Pick a roster file, map CSV columns if needed, see the change, then import or cancel."""

    def __init__(
        self, session: PlanSession, today: date, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Import roster"))
        self.today = today
        self.folder = folder
        self.change: RosterChange | None = None
        self.busy: BusyChange | None = None
        self.read_problem = ""
        self.findings: list[Finding] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        form.addRow(self.tr("Import as:"), self._kind_row())
        self.path = QLineEdit()
        self.path.setMinimumWidth(420)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.path_row = row_widget(self.path, browse, stretch=False)
        self.notes.add_row(form, self.tr("File:"), self.path_row)
        self.zone = ZoneCombo()
        self.zone.set_zone(self.original.home_zone)
        self.notes.add_row(form, self.tr("Times without a zone are in:"), self.zone)
        self.columns_box = QGroupBox(self.tr("Pick the CSV columns by hand"))
        self.columns_box.setCheckable(True)
        self.columns_box.setChecked(False)
        box_layout = QVBoxLayout(self.columns_box)
        self.columns_inner = QWidget()
        box_layout.addWidget(self.columns_inner)
        columns_form = QFormLayout(self.columns_inner)
        self.columns_box.toggled.connect(self.columns_inner.setVisible)
        self.columns_box.toggled.connect(lambda _: self.read_file())
        self.columns_inner.setVisible(False)
        self.columns = {role: QComboBox() for role in ROLES}
        for role, combo in self.columns.items():
            columns_form.addRow(_role_label(role), combo)
            combo.currentIndexChanged.connect(lambda _: self.read_file())
        self.columns_box.setVisible(False)
        layout.addWidget(self.columns_box)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.details = QListWidget()
        layout.addWidget(self.details, 1)
        self.findings_title = QLabel()
        layout.addWidget(self.findings_title)
        self.findings_view = QTreeView()
        self.findings_view.setHeaderHidden(True)
        layout.addWidget(self.findings_view, 1)
        self.ok_button.setText(self.tr("Import"))
        self.path.editingFinished.connect(self._path_chosen)
        self.zone.zone_changed.connect(self.read_file)
        self.kinds.idToggled.connect(self._kind_toggled)
        self._show_kind()
        self.finish(layout)

    def _kind_row(self) -> QWidget:
        self.kinds = QButtonGroup(self)
        shifts = QRadioButton(self.tr("Shifts"))
        shifts.setToolTip(self.tr("Your roster from work: it becomes the roster for its dates"))
        busy = QRadioButton(self.tr("Busy time, e.g. classes or family"))
        busy.setToolTip(self.tr("Your own appointments: study and self-care stay out of them"))
        self.kinds.addButton(shifts, SHIFTS)
        self.kinds.addButton(busy, BUSY)
        shifts.setChecked(True)
        return row_widget(shifts, busy)

    def as_busy(self) -> bool:
        """Whether the file is read as busy time rather than shifts."""
        return self.kinds.checkedId() == BUSY

    def _kind_toggled(self, _kind: int, checked: bool) -> None:
        if checked:
            self._show_kind()
            self.read_file()

    def _show_kind(self) -> None:
        if self.as_busy():
            self.path.setPlaceholderText(self.tr("A .ics calendar of your classes or appointments"))
        else:
            self.path.setPlaceholderText(self.tr("A .ics calendar or a .csv roster from work"))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import roster"),
            str(self.folder),
            self.tr("Rosters (*.ics *.csv);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)
            self._path_chosen()

    def _path_chosen(self) -> None:
        path = Path(self.path.text().strip()).expanduser()
        is_csv = path.suffix.lower() == ".csv"
        headers = csv_headers(path) if is_csv else []
        for combo in self.columns.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(found by its header)"), "")
            for header in headers:
                combo.addItem(header, header)
            combo.blockSignals(False)
        self.columns_box.setVisible(bool(headers))
        self.read_file()

    def read_file(self) -> None:
        """Read the file and work out the change; a problem shows beside the file."""
        self.change, self.busy, self.read_problem, self.findings = None, None, "", []
        text = self.path.text().strip()
        zone_name = self.zone.zone()
        if text and zone_name is not None:
            try:
                imported = read_import_file(
                    Path(text).expanduser(), self.original, self._options(zone_name)
                )
                if self.as_busy():
                    self.busy = busy_change(self.session.store, imported)
                else:
                    self.change = roster_change(self.original, imported)
            except UserFacingError as error:
                self.read_problem = error_message(error.text)
                if self.columns_box.isVisibleTo(self) and not self.columns_box.isChecked():
                    self.columns_box.setChecked(True)
        if self.change is not None:
            self.findings = list(self.change.new_findings)
        self._show_change()
        self.revalidate()

    def _options(self, zone_name: str) -> ReadOptions:
        columns = {
            r: c.currentData()
            for r, c in self.columns.items()
            if c.currentData() and self.columns_box.isChecked()
        }
        return ReadOptions(
            today=self.today, zone=zone_name, columns=columns or None, busy=self.as_busy()
        )

    def _show_change(self) -> None:
        self.details.clear()
        self.findings_view.setVisible(not self.as_busy())
        change = self.change
        if self.busy is not None:
            self._show_busy(self.busy)
            return
        if change is None:
            self.summary.clear()
            self.findings_title.clear()
            self.findings_view.setModel(None)
            return
        self.summary.setText(self._summary(change))
        for line in self._detail_lines(change):
            self.details.addItem(line)
        model = findings_model(self.findings, self.original.home_zone, QLocale())
        model.setParent(self.findings_view)
        self.findings_view.setModel(model)
        self.findings_view.expandAll()
        if self.findings:
            title = self.tr("%n new finding(s) after the import:", "", len(self.findings))
        else:
            title = self.tr("No new findings.")
        self.findings_title.setText(title)

    def _show_busy(self, change: BusyChange) -> None:
        added = self.tr("%n busy time(s) to add, from {0} to {1}.", "", len(change.busy))
        first = in_zone(change.start, self.original.home_zone).date()
        last = in_zone(change.end, self.original.home_zone).date()
        summary = added.format(first.isoformat(), last.isoformat())
        if change.replaced:
            summary += " " + self.tr(
                "%n busy time(s) stored for that period will be replaced.",
                "",
                len(change.replaced),
            )
        self.summary.setText(summary)
        lines = [self.tr("Busy: {0}").format(self._busy_when(b)) for b in change.busy]
        lines += [self.tr("Replaced: {0}").format(self._busy_when(b)) for b in change.replaced]
        for line in lines + [error_message(note) for note in change.notes]:
            self.details.addItem(line)
        self.findings_title.setText(
            self.tr("Busy time changes no shifts; study and self-care are planned around it.")
        )
        self.findings_view.setModel(None)

    def _busy_when(self, busy: BusyTime) -> str:
        return f"{self._span(busy.start, busy.end, whole=True)} {busy.label}".rstrip()

    def _summary(self, change: RosterChange) -> str:
        return self.tr("{0} to {1}: {2} added, {3} moved, {4} removed, {5} unchanged.").format(
            change.first.isoformat(),
            change.last.isoformat(),
            len(change.added),
            len(change.moved),
            len(change.removed),
            len(change.unchanged),
        )

    def _detail_lines(self, change: RosterChange) -> list[str]:
        lines = [self.tr("Added: {0}").format(self._when(s)) for s in change.added]
        lines += [
            self.tr("Moved: {0} → {1}").format(self._when(old), self._when(new))
            for old, new in change.moved
        ]
        lines += [self.tr("Removed: {0}").format(self._when(s)) for s in change.removed]
        return lines + [error_message(note) for note in change.notes]

    def _when(self, shift: Shift) -> str:
        return f"{self._span(shift.start, shift.end, whole=False)} {shift.name}"

    def _span(self, start: datetime, end: datetime, *, whole: bool) -> str:
        """Start and end in the home zone; `whole` names the end's day when it differs
        (busy time may last days; a shift's end the next morning needs no date)."""
        local_start = in_zone(start, self.original.home_zone)
        local_end = in_zone(end, self.original.home_zone)
        day = QLocale().toString(local_start.date(), "ddd d MMM")
        until = format_clock(local_end.time())
        if whole and local_end.date() != local_start.date():
            until = f"{QLocale().toString(local_end.date(), 'ddd d MMM')} {until}"
        return f"{day} {format_clock(local_start.time())}-{until}"

    def field_problems(self) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        if self.zone.zone() is None:
            problems[self.zone] = self.tr("Pick a time zone from the list or type an IANA name.")
        if self.read_problem:
            problems[self.path_row] = self.read_problem
        elif not self.path.text().strip():
            problems[self.path_row] = self.tr("Choose the file to import.")
        elif self.change is not None and not self.change.changes_anything:
            problems[self.path_row] = self.tr("Your roster already matches this file.")
        elif self.busy is not None and not self.busy.changes_anything:
            problems[self.path_row] = self.tr("This busy time is already stored.")
        return problems

    def apply(self) -> None:
        """Busy time goes on the undo stack as its own edit; a roster as the plan's."""
        if self.busy is None:
            super().apply()
            return
        if not self.revalidate():
            return
        # The command outlives the dialog, so it runs through the session, not through self.
        run = partial(_run_busy_edit, self.session)
        edit = self.busy.edit
        if run(edit):
            self.session.undo_stack.push(EditCommand(run, edit, self.tr("Import busy time")))
            self.accept()

    def build_plan(self) -> Plan:
        return self.change.plan if self.change is not None else self.original

    def undo_text(self) -> str:
        return self.tr("Import roster")


def _run_busy_edit(session: PlanSession, edit: BusyEdit) -> bool:
    """Save busy time and tell the views, or say why not; what the undo command runs."""
    try:
        changes = save_busy_edit(session.store, edit)
    except UserFacingError as error:
        session.error_raised.emit(error_message(error.text))
        return False
    session.plan_changed.emit(changes)
    return True


def _role_label(role: str) -> str:
    labels = {
        "date": ImportRosterDialog.tr("Schedule date:"),
        "start_date": ImportRosterDialog.tr("Start date:"),
        "start": ImportRosterDialog.tr("Start time:"),
        "end_date": ImportRosterDialog.tr("End date:"),
        "end": ImportRosterDialog.tr("End time:"),
        "label": ImportRosterDialog.tr("Shift name:"),
        "zone": ImportRosterDialog.tr("Time zone:"),
    }
    return labels.get(role, role)
