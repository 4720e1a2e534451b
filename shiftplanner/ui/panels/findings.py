"""The findings panel: one line per problem, grouped by day, with the full story below."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from shiftplanner.core.findings import Finding, Severity
from shiftplanner.core.instants import home_date
from shiftplanner.core.text import TextContext
from shiftplanner.ui import theme
from shiftplanner.ui.wording import translated, words

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
# Texts outside the panel's class share its translation context.
_SEVERITY_WORDS = {
    Severity.CRITICAL: QT_TRANSLATE_NOOP("FindingsPanel", "Critical"),
    Severity.HIGH: QT_TRANSLATE_NOOP("FindingsPanel", "High"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("FindingsPanel", "Medium"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingsPanel", "Note"),
}


def _severity_word(severity: Severity) -> str:
    return QCoreApplication.translate("FindingsPanel", _SEVERITY_WORDS[severity])


def findings_model(findings: list[Finding], zone_name: str, locale: QLocale) -> QStandardItemModel:
    """A two-level model: each home-zone day, then its findings, most severe first."""
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("FindingsPanel", "Finding")])
    by_day: dict[date, list[Finding]] = {}
    for finding in findings:
        by_day.setdefault(home_date(finding.start, zone_name), []).append(finding)
    for day in sorted(by_day):
        qdate = QDate(day.year, day.month, day.day)
        group = QStandardItem(locale.toString(qdate, "dddd d MMMM"))
        group.setEditable(False)
        group.setSelectable(False)
        for finding in sorted(by_day[day], key=lambda f: (f.severity.rank, f.start)):
            group.appendRow(_finding_item(finding, locale))
        model.appendRow(group)
    return model


def _finding_item(finding: Finding, locale: QLocale) -> QStandardItem:
    message = translated(TextContext.FINDINGS, finding.texts()[0], locale)
    item = QStandardItem(QIcon(theme.severity_pixmap(finding.severity.value, 16)), message)
    item.setEditable(False)
    item.setData(finding, FINDING_ROLE)
    item.setToolTip(f"{_severity_word(finding.severity)}: {message}")
    return item


def said(finding: Finding, locale: QLocale) -> tuple[str, str]:
    """The finding's message and suggestion in the app's language."""
    message, suggestion = finding.texts()
    return (
        translated(TextContext.FINDINGS, message, locale),
        translated(TextContext.FINDINGS, suggestion, locale),
    )


def explanation(finding: Finding) -> str:
    """The full story of a finding as rich text: what, why (rule, basis, source) and the fix."""
    message, suggestion = said(finding, QLocale())
    colour = theme.SEVERITY_COLOURS[finding.severity.value]
    word = _severity_word(finding.severity)
    helps = QCoreApplication.translate("FindingsPanel", "What would help:")
    why = QCoreApplication.translate("FindingsPanel", "Why:")
    basis = words(TextContext.FINDINGS, finding.basis.value)
    source = words(TextContext.FINDINGS, finding.source)
    return (
        f'<p><b style="color:{colour}">{word}</b> &middot; {_escape(finding.rule)}</p>'
        f"<p>{_escape(message)}</p>"
        f"<p><b>{helps}</b> {_escape(suggestion)}</p>"
        f"<p><small>{why} {_escape(basis)}, {_escape(source)}</small></p>"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class FindingsPanel(QWidget):
    """Findings of the visible week; emits `finding_selected(Finding | None)`."""

    finding_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel("<b>{}</b>".format(self.tr("Rest and sleep checks")))
        self.view = QTreeView()
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Findings"))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        self.model = QStandardItemModel(self)
        self.view.setModel(self.model)
        self.show_message(self.tr("Checking rest and sleep…"))

    def show_message(self, reason: str) -> None:
        """Show no findings, only a message saying why (still checking, for instance)."""
        self._show_model(QStandardItemModel(self))
        self.empty.setText(reason)
        self.empty.show()

    def set_findings(self, findings: list[Finding], zone_name: str) -> None:
        """Show a week's findings (an empty list says the week looks fine)."""
        self._show_model(findings_model(findings, zone_name, QLocale()))
        self.view.expandAll()
        self.empty.setVisible(not findings)
        self.empty.setText(self.tr("No rest or sleep problems this week."))

    def _show_model(self, model: QStandardItemModel) -> None:
        old = self.model
        self.model = model
        self.view.setModel(model)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        if old.parent() is self:
            old.deleteLater()
        self.detail.clear()
        self.detail.hide()
        self.finding_selected.emit(None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = current.data(FINDING_ROLE) if current.isValid() else None
        if isinstance(finding, Finding):
            self.detail.setText(explanation(finding))
            self.detail.show()
        else:
            self.detail.hide()
        self.finding_selected.emit(finding if isinstance(finding, Finding) else None)

    def select_first(self) -> None:
        """Move the selection to the first finding (keyboard users and tests)."""
        group = self.model.index(0, 0)
        if group.isValid():
            self.view.setCurrentIndex(self.model.index(0, 0, group))
