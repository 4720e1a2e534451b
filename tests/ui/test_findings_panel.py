"""The findings panel: grouped by day, checked by qtmodeltester, selecting highlights the span."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from shiftplanner.core.findings import Basis, Finding, Severity
from shiftplanner.ui.mainwindow import MainWindow
from shiftplanner.ui.panels.findings import FINDING_ROLE, explanation, findings_model

MANILA = "Asia/Manila"


def _finding(severity: Severity, start: datetime, end: datetime, rule: str) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        start=start,
        end=end,
        basis=Basis.BENCHMARK,
        message=f"Only 7 h 30 min between shifts ({rule})",
        suggestion="Ask to start Wednesday's shift later",
        source="EU Directive 2003/88/EC Art. 3",
    )


# Tue 10 Mar 06:00 to 13:30 Manila (UTC+8): the gap after Monday night's shift.
QUICK = _finding(
    Severity.HIGH,
    datetime(2026, 3, 9, 22, tzinfo=UTC),
    datetime(2026, 3, 10, 5, 30, tzinfo=UTC),
    "quick-return",
)
NOTE = _finding(
    Severity.INFO,
    datetime(2026, 3, 9, 13, tzinfo=UTC),
    datetime(2026, 3, 9, 22, tzinfo=UTC),
    "dst-change",
)
DEBT = _finding(
    Severity.CRITICAL,
    datetime(2026, 3, 10, 1, tzinfo=UTC),
    datetime(2026, 3, 10, 2, tzinfo=UTC),
    "sleep-debt",
)


def test_model_groups_by_home_day_most_severe_first(qtmodeltester: object, qapp: object) -> None:
    model = findings_model([QUICK, NOTE, DEBT], MANILA, QLocale(QLocale.Language.English))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    monday, tuesday = model.item(0), model.item(1)
    assert monday.text() == "Monday 9 March"
    assert [monday.child(i).data(FINDING_ROLE).rule for i in range(monday.rowCount())] == [
        "dst-change"
    ]
    rules = [tuesday.child(i).data(FINDING_ROLE).rule for i in range(tuesday.rowCount())]
    assert rules == ["sleep-debt", "quick-return"]


def test_explanation_tells_what_why_and_what_helps() -> None:
    text = explanation(QUICK)
    assert "Only 7 h 30 min" in text
    assert "Ask to start Wednesday" in text
    assert "2003/88/EC" in text
    assert "international benchmark" in text


def test_selecting_a_finding_highlights_its_span(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0)
    window.findings.set_findings([QUICK], MANILA)
    assert window.findings.detail.isHidden()
    assert window.board.highlight_pieces() == []
    with qtbot.waitSignal(window.findings.finding_selected):
        window.findings.select_first()
    pieces = window.board.highlight_pieces()
    # 06:00-13:30 on a noon board: the end of Monday's board day and the start of Tuesday's.
    assert [(p.day, p.top, p.bottom) for p in pieces] == [(0, 18.0, 24.0), (1, 0.0, 1.5)]
    assert window.findings.detail.isVisible()
    assert "Ask to start" in window.findings.detail.text()
    after = _pixel(window, 1, 0.75)
    window.findings.view.setCurrentIndex(window.findings.model.index(0, 0))
    before = _pixel(window, 1, 0.75)
    # The high-severity orange wash warms whatever lies under it.
    assert after.red() - after.blue() > before.red() - before.blue()
    assert window.board.highlight_pieces() == []


def _pixel(window: MainWindow, day: int, hours: float) -> QColor:
    image = window.board.grab().toImage()
    ratio = image.devicePixelRatio()
    point = window.board.point_at(day, hours)
    return QColor(image.pixel(int(point.x() * ratio), int(point.y() * ratio)))


def test_the_rest_engine_fills_the_panel_after_the_first_paint(
    window: MainWindow, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: window.findings.model.rowCount() > 0)
    model = window.findings.model
    groups = [model.item(row) for row in range(model.rowCount())]
    rules = {g.child(i).data(FINDING_ROLE).rule for g in groups for i in range(g.rowCount())}
    # Monday 9 March: the first shift after the US change starts an hour earlier in Manila.
    assert "dst-change" in rules
    assert not window.findings.empty.isVisible()
