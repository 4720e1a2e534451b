"""Settings: the person (home zone, sleep need, commute, personal time), the work profile the
fatigue index reads, and every rule threshold with its default, unit and meaning."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.core.person import Person, WorkProfile
from shiftplanner.core.plan import Plan
from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.choices import select_data
from shiftplanner.ui.editors.thresholds import (
    DEFAULT,
    MEANING,
    SOURCE,
    UNIT,
    VALUE,
    ThresholdDelegate,
    ThresholdModel,
    order_problem,
)
from shiftplanner.ui.editors.zones import ZoneCombo
from shiftplanner.ui.session import PlanSession

DAY_MINUTES = 24 * 60


class SettingsDialog(PlanDialog):
    """The person, the work profile and the rule thresholds, applied as one undoable change."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._person_page(), self.tr("You"))
        self.tabs.addTab(self._work_page(), self.tr("Work"))
        self.tabs.addTab(self._rules_page(), self.tr("Rules"))
        self.finish(layout)

    def _person_page(self) -> QWidget:
        person = self.original.person
        page = QWidget()
        form = QFormLayout(page)
        self.name = QLineEdit(person.name)
        self.home_zone = ZoneCombo()
        self.home_zone.set_zone(person.home_zone)
        self.home_zone.setToolTip(self.tr("Where you live and sleep: your body clock's zone"))
        self.sleep_need = QDoubleSpinBox()
        self.sleep_need.setRange(4, 12)
        self.sleep_need.setSingleStep(0.5)
        self.sleep_need.setDecimals(1)
        self.sleep_need.setSuffix(self.tr(" h a day"))
        self.sleep_need.setValue(person.sleep_need_hours)
        self.commute = _minutes(0, 360, person.commute_minutes, self.tr(" min each way"))
        self.personal = _minutes(0, 480, person.personal_minutes, self.tr(" min"))
        self.personal.setToolTip(
            self.tr("Time in a rest gap that is neither commute nor sleep: meals, hygiene")
        )
        self.notes.add_row(form, self.tr("Name:"), self.name)
        self.notes.add_row(form, self.tr("Home zone:"), self.home_zone)
        form.addRow(self.tr("Sleep need:"), self.sleep_need)
        form.addRow(self.tr("Commute:"), self.commute)
        form.addRow(self.tr("Personal time:"), self.personal)
        self.home_zone.zone_changed.connect(self.revalidate)
        for spin in (self.sleep_need, self.commute, self.personal):
            spin.valueChanged.connect(lambda _: self.revalidate())
        self.name.textChanged.connect(lambda _: self.revalidate())
        return page

    def _work_page(self) -> QWidget:
        work = self.original.work
        page = QWidget()
        form = QFormLayout(page)
        explain = QLabel(
            self.tr("How demanding the job is; the fatigue and risk index (HSE RR446) uses these.")
        )
        explain.setWordWrap(True)
        form.addRow(explain)
        self.workload = _scale(
            [
                self.tr("0 - light"),
                self.tr("1 - moderate"),
                self.tr("2 - high"),
                self.tr("3 - very high"),
            ]
        )
        select_data(self.workload, work.workload)
        self.attention = _scale(
            [
                self.tr("0 - rarely"),
                self.tr("1 - sometimes"),
                self.tr("2 - mostly"),
                self.tr("3 - always"),
            ]
        )
        select_data(self.attention, work.attention)
        minutes = self.tr(" min")
        self.break_every = _minutes(15, DAY_MINUTES, work.break_every_minutes, minutes)
        self.break_minutes = _minutes(0, DAY_MINUTES, work.break_minutes, minutes)
        self.longest_work = _minutes(15, DAY_MINUTES, work.longest_work_minutes, minutes)
        self.break_after_longest = _minutes(
            0, DAY_MINUTES, work.break_after_longest_minutes, minutes
        )
        form.addRow(self.tr("Workload:"), self.workload)
        form.addRow(self.tr("Attention needed:"), self.attention)
        form.addRow(self.tr("A break every:"), self.break_every)
        self.notes.add_row(form, self.tr("Break length:"), self.break_minutes)
        form.addRow(self.tr("Longest work without a break:"), self.longest_work)
        form.addRow(self.tr("Break after it:"), self.break_after_longest)
        for combo in (self.workload, self.attention):
            combo.currentIndexChanged.connect(lambda _: self.revalidate())
        for spin in (
            self.break_every,
            self.break_minutes,
            self.longest_work,
            self.break_after_longest,
        ):
            spin.valueChanged.connect(lambda _: self.revalidate())
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        explain = QLabel(
            self.tr(
                "The limits the rest checks use. Changed values are in bold; "
                "double-click a value to change it."
            )
        )
        explain.setWordWrap(True)
        column.addWidget(explain)
        self.thresholds = ThresholdModel(self.original.thresholds(), self)
        self.table = QTableView()
        self.table.setModel(self.thresholds)
        self.table.setItemDelegateForColumn(VALUE, ThresholdDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The rule and its source share the width; the numbers take what they need.
        for section in (MEANING, SOURCE):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
        for section in (VALUE, DEFAULT, UNIT):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.table, 1)
        column.addWidget(self.notes.attach(self.table))
        self.reset_button = QPushButton(self.tr("Reset to defaults"))
        self.reset_button.setToolTip(self.tr("Put every rule threshold back to its default"))
        self.reset_button.clicked.connect(self.reset_thresholds)
        column.addWidget(self.reset_button)
        self.thresholds.dataChanged.connect(lambda *_: self.revalidate())
        self.thresholds.modelReset.connect(self.revalidate)
        return page

    def reset_thresholds(self) -> None:
        """Every threshold back to its default (applied with OK, like every other field)."""
        self.thresholds.reset()

    def field_problems(self) -> dict[QWidget, str]:
        problems: dict[QWidget, str] = {}
        if self.home_zone.zone() is None:
            problems[self.home_zone] = self.tr(
                "Pick a time zone from the list or type an IANA name."
            )
        if self.break_minutes.value() >= self.break_every.value():
            problems[self.break_minutes] = self.tr(
                "A break cannot be as long as the time between breaks."
            )
        order = order_problem(self.thresholds.values())
        if order:
            problems[self.table] = order
        return problems

    def build_plan(self) -> Plan:
        person = Person(
            name=self.name.text().strip(),
            home_zone=self.home_zone.zone() or self.original.home_zone,
            sleep_need_hours=self.sleep_need.value(),
            commute_minutes=self.commute.value(),
            personal_minutes=self.personal.value(),
        )
        work = WorkProfile(
            workload=self.workload.currentData(),
            attention=self.attention.currentData(),
            break_every_minutes=self.break_every.value(),
            break_minutes=self.break_minutes.value(),
            longest_work_minutes=self.longest_work.value(),
            break_after_longest_minutes=self.break_after_longest.value(),
        )
        return replace(self.original, person=person, work=work, rules=self.thresholds.overrides())

    def undo_text(self) -> str:
        return self.tr("Change settings")


def _minutes(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSingleStep(5)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _scale(words: list[str]) -> QComboBox:
    combo = QComboBox()
    for level, word in enumerate(words):
        combo.addItem(word, level)
    return combo
