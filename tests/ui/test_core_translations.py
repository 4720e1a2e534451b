"""Texts made outside the UI (findings, presets, thresholds, errors) read in Filipino in the
Filipino app."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from shiftplanner.core.analysis import analyse
from shiftplanner.core.findings import Finding
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import ExtraShift
from shiftplanner.core.text import Moment, Style
from shiftplanner.core.thresholds import threshold
from shiftplanner.services.catalog import all_texts
from shiftplanner.ui import translations
from shiftplanner.ui.editors.rotations import RotationsDialog
from shiftplanner.ui.editors.settings import SettingsDialog
from shiftplanner.ui.editors.thresholds import DEFAULT, MEANING, SOURCE, UNIT, ThresholdModel
from shiftplanner.ui.panels.findings import FINDING_ROLE, FindingsPanel, explanation
from shiftplanner.ui.session import PlanSession
from shiftplanner.ui.wording import moment_text

MANILA = "Asia/Manila"
TS_FILE = Path(translations.__file__).with_name("shiftplanner_fil.ts")
# Tue 5 May 15:30-23:00, then Wed 6 May 06:30-15:00 in Manila, with 45 minutes' commute.
QUICK_RETURN_PLAN = Plan(
    person=Person("Ana", MANILA, commute_minutes=45),
    extra_shifts=(
        ExtraShift(datetime(2026, 5, 5, 15, 30), datetime(2026, 5, 5, 23), MANILA, label="Mid"),
        ExtraShift(datetime(2026, 5, 6, 6, 30), datetime(2026, 5, 6, 15), MANILA, label="Day"),
    ),
)


def quick_return() -> Finding:
    (found,) = [
        f for f in analyse(QUICK_RETURN_PLAN, date(2026, 5, 4), date(2026, 5, 10))
        if f.rule == "quick-return"
    ]  # fmt: skip
    return found


def finished_translations() -> set[tuple[str, str]]:
    """(context, source) of every message in the Filipino .ts with a finished translation."""
    finished = set()
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") is None and "".join(translation.itertext()).strip():
                finished.add((context.findtext("name") or "", message.findtext("source") or ""))
    return finished


def test_every_text_made_outside_the_ui_has_a_finished_filipino_translation() -> None:
    translated = finished_translations()
    missing = [
        (context.value, text)
        for context, texts in all_texts().items()
        for text in texts
        if (context.value, text) not in translated
    ]
    assert missing == []


def test_the_findings_panel_shows_a_quick_return_in_filipino(filipino: None, qtbot: QtBot) -> None:
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    finding = quick_return()
    panel.set_findings([finding], MANILA)
    day = panel.model.item(0)
    assert day.text() == "Martes 5 Mayo"
    item = day.child(0)
    assert item.data(FINDING_ROLE) is finding
    assert item.text() == (
        "7 h 30 min lang ang pagitan mula Mar 23:00 hanggang Miy 06:30 — kulang sa 11 h na "
        "benchmark; 4 h 30 min na lang para matulog pagkatapos ng commute."
    )
    assert item.toolTip() == f"Kritikal: {item.text()}"
    panel.select_first()
    story = panel.detail.text()
    assert "Mag-request na magsimula sa Miy 6 May nang 10:00 o mas huli" in story
    assert "Bakit: international benchmark, EU Directive 2003/88/EC Art. 3 (11 h na" in story


def test_the_english_app_shows_the_core_words_unchanged(english: None) -> None:
    finding = quick_return()
    story = explanation(finding)
    assert f"<p>{finding.message}</p>" in story
    assert f"{finding.suggestion}</p>" in story
    assert finding.message.startswith("Only 7 h 30 min between Tue 23:00 and Wed 06:30")


@pytest.mark.parametrize(
    ("style", "english", "filipino"),
    [
        (Style.CLOCK, "02:30", "02:30"),
        (Style.WEEKDAY_CLOCK, "Sun 02:30", "Lin 02:30"),
        (Style.DAY, "Sun 8 Mar", "Lin 8 Mar"),
        (Style.DAY_CLOCK, "Sun 8 Mar 02:30", "Lin 8 Mar 02:30"),
    ],
)
def test_moments_keep_their_wall_clock_even_in_a_daylight_saving_gap(
    style: Style, english: str, filipino: str
) -> None:
    # 02:30 on 8 March 2026 does not exist in New York; a home-zone time is never moved.
    moment = Moment(datetime(2026, 3, 8, 2, 30), style)
    assert moment.render() == english
    assert moment_text(moment, QLocale(QLocale.Language.English)) == english
    assert moment_text(moment, QLocale(QLocale.Language.Filipino)) == filipino


def test_the_settings_show_meaning_unit_default_and_source_in_filipino(
    filipino: None, session_for: Callable[[Plan], PlanSession], qtbot: QtBot
) -> None:
    dialog = SettingsDialog(session_for(QUICK_RETURN_PLAN))
    qtbot.addWidget(dialog)
    model = dialog.thresholds
    row = [model.index(r, MEANING).data() for r in range(model.rowCount())].index(
        "sunod-sunod na night shift"
    )
    cells = [model.index(row, column).data() for column in (DEFAULT, UNIT, SOURCE)]
    assert cells == ["5", "gabi", "HSE HSG256"]
    assert model.headerData(SOURCE, Qt.Orientation.Horizontal) == "Batayan"
    tooltip = model.index(row, MEANING).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "max_consecutive_nights: 1 hanggang 31 gabi (default 5, mula sa HSE HSG256)"


def test_every_threshold_shows_where_its_default_comes_from(qapp: QApplication) -> None:
    model = ThresholdModel({})
    sources = [model.index(row, SOURCE).data() for row in range(model.rowCount())]
    assert all(sources)
    assert sources[0] == threshold("min_rest_hours").source == "EU Directive 2003/88/EC Art. 3"


def test_the_rotation_presets_read_in_filipino(
    filipino: None, session_for: Callable[[Plan], PlanSession], qtbot: QtBot
) -> None:
    dialog = RotationsDialog(session_for(QUICK_RETURN_PLAN), date(2026, 5, 4))
    qtbot.addWidget(dialog)
    index = dialog.preset.findData("2w-nights-2w-days")
    assert dialog.preset.itemText(index) == "Dalawang linggong graveyard / dalawang linggong day"
    dialog.preset.setCurrentIndex(index)
    assert dialog.description.text().startswith("Dalawang linggong tig-5 araw na graveyard")
