"""Four weeks of a draft plan at a glance, with the findings they would raise."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.instants import format_clock, in_zone
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand
from shiftplanner.core.shifts import Shift
from shiftplanner.services.analysis import check_range
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange
from shiftplanner.ui import theme
from shiftplanner.ui.panels.findings import findings_model
from shiftplanner.ui.weekview.content import category
from shiftplanner.ui.wording import error_message

PREVIEW_WEEKS = 4


class RotationPreview(QWidget):
    """A weeks-by-weekdays table of duties (by home-time start) beside the findings list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("The next four weeks (home time):")))
        self.table = QTableWidget(PREVIEW_WEEKS, 7)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.findings_title = QLabel()
        right.addWidget(self.findings_title)
        self.findings = QTreeView()
        self.findings.setHeaderHidden(True)
        self.findings.setWordWrap(True)
        right.addWidget(self.findings, 1)
        layout.addLayout(right, 2)
        self.finding_count = 0

    def show_plan(self, plan: Plan, monday: date) -> None:
        """Show four weeks from `monday` and their findings."""
        last = monday + timedelta(days=7 * PREVIEW_WEEKS - 1)
        self._fill_table(plan, monday, last)
        try:
            findings = check_range(plan, DateRange(monday, last))
        except UserFacingError as error:
            self.findings_title.setText(error_message(error.text))
            return
        self.finding_count = len(findings)
        model = findings_model(findings, plan.home_zone, QLocale())
        model.setParent(self.findings)
        old = self.findings.model()
        self.findings.setModel(model)
        if old is not None:
            old.deleteLater()
        self.findings.expandAll()
        if findings:
            self.findings_title.setText(self.tr("%n finding(s) in these weeks:", "", len(findings)))
        else:
            self.findings_title.setText(self.tr("No findings in these weeks."))

    def _fill_table(self, plan: Plan, monday: date, last: date) -> None:
        locale = QLocale()
        self.table.setHorizontalHeaderLabels(
            [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
        )
        by_day: dict[date, list[Shift]] = {}
        for shift in expand(plan, monday, last):
            by_day.setdefault(in_zone(shift.start, plan.home_zone).date(), []).append(shift)
        for week in range(PREVIEW_WEEKS):
            first = monday + timedelta(days=7 * week)
            label = locale.toString(QDate(first.year, first.month, first.day), "d MMM")
            self.table.setVerticalHeaderItem(week, QTableWidgetItem(label))
            for weekday in range(7):
                day = first + timedelta(days=weekday)
                self.table.setItem(week, weekday, self._cell(by_day.get(day, []), plan))

    def _cell(self, shifts: list[Shift], plan: Plan) -> QTableWidgetItem:
        if not shifts:
            item = QTableWidgetItem(self.tr("off"))
            item.setForeground(QBrush(Qt.GlobalColor.gray))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            return item
        shift = shifts[0]
        start = in_zone(shift.start, plan.home_zone).replace(tzinfo=None)
        colour = None
        if shift.type_id is not None:
            colour = plan.shift_type(shift.type_id).color
        fill = theme.item_colour("shift", category(start), colour)
        item = QTableWidgetItem(f"{shift.name}\n{format_clock(start.time())}")
        item.setBackground(QBrush(fill))
        item.setForeground(QBrush(theme.text_on(fill)))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setToolTip("\n".join(s.name for s in shifts))
        return item
