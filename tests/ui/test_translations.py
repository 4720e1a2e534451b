"""The Filipino translation: complete, compiled, in step with the code, and what the app shows."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from shiftplanner.ui import translations
from shiftplanner.ui.editors.rotation_preview import RotationPreview
from shiftplanner.ui.editors.shift_types import type_problems
from shiftplanner.ui.i18n import (
    ENGLISH,
    ENVIRONMENT_VARIABLE,
    FILIPINO,
    SETTING,
    LanguageMenu,
    PackagedTranslator,
    chosen_language,
    install_language,
    known_language,
    system_language,
)
from shiftplanner.ui.mainwindow import MainWindow

TS_FILE = Path(translations.__file__).with_name("shiftplanner_fil.ts")
TOOL = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
# Qt's %1..%99 and %n, and Python's {name} / {0:g} fields.
PLACEHOLDER = re.compile(r"%\d+|%n|\{[^{}]*\}")


@dataclass(frozen=True, slots=True)
class Message:
    """One text of the .ts file and its translation (every plural form)."""

    context: str
    source: str
    comment: str | None
    numerus: bool
    forms: tuple[str, ...]
    state: str | None


def ts_messages(path: Path) -> list[Message]:
    """Every message in a Qt Linguist file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(form.text or "" for form in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    numerus,
                    forms,
                    translation.get("type"),
                )
            )
    return messages


def update_tool() -> ModuleType:
    """tools/update_translations.py, loaded as a module."""
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def require_tool(name: str) -> None:
    tool = update_tool()
    try:
        tool.tool(name)
    except tool.ToolMissingError:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")


def test_every_text_has_a_finished_filipino_translation() -> None:
    messages = ts_messages(TS_FILE)
    assert len(messages) > 300
    untranslated = [
        (m.context, m.source, m.state)
        for m in messages
        if m.state is not None or not all(form.strip() for form in m.forms)
    ]
    assert untranslated == []


def test_translations_keep_every_placeholder() -> None:
    broken = [
        (m.context, m.source, form)
        for m in ts_messages(TS_FILE)
        for form in m.forms
        if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source))
    ]
    assert broken == []


def test_the_packaged_qm_translates_every_text(qapp: QApplication) -> None:
    """The .qm is up to date: each text translates as the .ts says (compared by meaning, as
    lrelease's bytes may differ between Qt versions)."""
    translator = PackagedTranslator(FILIPINO)
    assert translator.loaded
    assert translator.language() == FILIPINO
    wrong = []
    for m in ts_messages(TS_FILE):
        found = translator.translate(m.context, m.source, m.comment, 3 if m.numerus else -1)
        if found not in m.forms:
            wrong.append((m.context, m.source, found))
    assert wrong == []


def test_the_ts_holds_exactly_the_texts_in_the_code(tmp_path: Path) -> None:
    """lupdate over ui/ adds no new (untranslated) text and drops none that the .ts holds."""
    require_tool("pyside6-lupdate")
    scanned = tmp_path / "scanned.ts"
    shutil.copy(TS_FILE, scanned)
    update_tool().lupdate(scanned, FILIPINO)
    after = ts_messages(scanned)
    new = [(m.context, m.source) for m in after if m.state is not None]
    assert new == [], "new texts: run python tools/update_translations.py and translate them"
    keys = {(m.context, m.source, m.comment) for m in ts_messages(TS_FILE)}
    assert {(m.context, m.source, m.comment) for m in after} == keys


@pytest.mark.parametrize(
    ("environment", "stored", "system", "expected"),
    [
        ({}, None, "en_US", ENGLISH),
        ({}, None, "fil_PH", FILIPINO),
        ({}, None, "de_DE", ENGLISH),
        ({}, FILIPINO, "en_US", FILIPINO),
        ({}, ENGLISH, "fil_PH", ENGLISH),
        ({ENVIRONMENT_VARIABLE: "fil"}, ENGLISH, "en_US", FILIPINO),
        ({ENVIRONMENT_VARIABLE: "en"}, FILIPINO, "fil_PH", ENGLISH),
        ({ENVIRONMENT_VARIABLE: "klingon"}, FILIPINO, "en_US", FILIPINO),
    ],
)
def test_language_comes_from_environment_then_setting_then_system(
    tmp_path: Path, environment: dict[str, str], stored: str | None, system: str, expected: str
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if stored is not None:
        settings.setValue(SETTING, stored)
    assert chosen_language(environment, settings, QLocale(system)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("fil_PH.UTF-8", FILIPINO), ("tl", FILIPINO), ("Filipino", FILIPINO), ("en-GB", ENGLISH)],
)
def test_language_names_and_tags_are_recognised(name: str, expected: str) -> None:
    assert known_language(name) == expected
    assert known_language("ja_JP") is None
    assert system_language(QLocale("ja_JP")) == ENGLISH


@pytest.fixture
def filipino(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The app in Filipino as SHIFTPLANNER_LANG=fil starts it; English again afterwards."""
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, "fil")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    language = chosen_language({ENVIRONMENT_VARIABLE: "fil"}, settings, QLocale("en_US"))
    before = QLocale()
    installed = install_language(qapp, language)
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_the_main_window_speaks_filipino(filipino: None, window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Plano", "&Tingnan"]
    assert window.today_action.text() == "Ngayong linggo"
    assert window.export_action.text() == "I-export sa phone"
    assert window.language_menu.title() == "&Wika"
    assert window.findings.title.text() == "<b>Check sa pahinga at tulog</b>"
    assert "shift ngayong linggo" in window.statusBar().currentMessage()
    assert QLocale().language() == QLocale.Language.Filipino


def test_the_welcome_and_the_standard_buttons_speak_filipino(
    filipino: None, store_path: Path, open_window: Callable[[Path], MainWindow], qtbot: QtBot
) -> None:
    welcome = open_window(store_path).welcome
    assert welcome.start_button.text() == "Ipakita ang linggo ko"
    assert welcome.starters.button(0).text() == "US account, graveyard, off ang Sab-Lin"
    welcome.home_zone.setEditText("Asia/Manilla")
    welcome.start_button.click()
    assert welcome.problem.text() == 'Hindi kilalang home time zone "Asia/Manilla"'
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    standard = QDialogButtonBox.StandardButton
    texts = [buttons.button(b).text() for b in (standard.Save, standard.Cancel)]
    assert texts == ["I-save", "I-cancel"]


def test_texts_outside_widgets_and_counted_texts_speak_filipino(
    filipino: None, window: MainWindow, qtbot: QtBot
) -> None:
    plan = window.plan
    assert plan is not None
    nameless = replace(plan.shift_types[0], name=" ")
    assert type_problems(nameless, [])["name"] == "Lagyan ng pangalan ang shift."
    preview = RotationPreview()
    qtbot.addWidget(preview)
    preview.show_plan(plan, date(2026, 3, 2))
    assert preview.findings_title.text() == "1 finding sa mga linggong ito:"


def test_the_language_menu_keeps_the_choice_for_the_next_start(
    tmp_path: Path, window: MainWindow
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    menu = LanguageMenu(settings, window)
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == ["Same as the system", "English", "Filipino"]
    assert [a.isChecked() for a in menu.actions() if a.isCheckable()] == [True, False, False]
    menu.choose(FILIPINO)
    assert settings.value(SETTING) == FILIPINO
    assert "next time" in window.statusBar().currentMessage()
    assert chosen_language({}, settings, QLocale("en_US")) == FILIPINO
    menu.choose("")
    assert settings.value(SETTING) is None


EN_TS_FILE = TS_FILE.with_name("shiftplanner_en.ts")


def test_english_holds_every_counted_text_with_its_singular_and_plural() -> None:
    messages = ts_messages(EN_TS_FILE)
    assert messages
    assert all(m.numerus for m in messages)
    unfinished = [
        (m.context, m.source)
        for m in messages
        if m.state is not None or len(m.forms) != 2 or not all(f.strip() for f in m.forms)
    ]
    assert unfinished == []
    broken = [
        (m.source, form)
        for m in messages
        for form in m.forms
        if Counter(PLACEHOLDER.findall(form)) != Counter(PLACEHOLDER.findall(m.source))
    ]
    assert broken == []
    counted = {(m.context, m.source) for m in ts_messages(TS_FILE) if m.numerus}
    assert {(m.context, m.source) for m in messages} == counted


def test_the_english_ts_holds_exactly_the_counted_texts_in_the_code(tmp_path: Path) -> None:
    require_tool("pyside6-lupdate")
    scanned = tmp_path / "scanned.ts"
    shutil.copy(EN_TS_FILE, scanned)
    update_tool().lupdate(scanned, ENGLISH)
    after = ts_messages(scanned)
    assert [(m.context, m.source) for m in after if m.state is not None] == []
    assert {(m.context, m.source) for m in after} == {
        (m.context, m.source) for m in ts_messages(EN_TS_FILE)
    }


@pytest.mark.parametrize(
    ("context", "source", "one", "two"),
    [
        (
            "RotationPreview",
            "%n finding(s) in these weeks:",
            "1 finding in these weeks:",
            "2 findings in these weeks:",
        ),
        (
            "ImportRosterDialog",
            "%n new finding(s) after the import:",
            "1 new finding after the import:",
            "2 new findings after the import:",
        ),
        (
            "GoalsDialog",
            "{0:g} h in %n session(s)",
            "{0:g} h in 1 session",
            "{0:g} h in 2 sessions",
        ),
    ],
)
def test_english_counts_in_singular_and_plural(
    english: None, context: str, source: str, one: str, two: str
) -> None:
    assert QCoreApplication.translate(context, source, "", 1) == one
    assert QCoreApplication.translate(context, source, "", 2) == two


def test_english_findings_read_1_finding_and_2_findings(
    english: None, window: MainWindow, qtbot: QtBot
) -> None:
    plan = window.plan
    assert plan is not None
    preview = RotationPreview()
    qtbot.addWidget(preview)
    preview.show_plan(plan, date(2026, 3, 2))
    assert preview.findings_title.text() == "1 finding in these weeks:"
    quick_return = replace(plan, rotations=(replace(plan.rotations[0], cycle=("us-day",) * 7),))
    preview.show_plan(quick_return, date(2026, 3, 2))
    assert re.fullmatch(r"[2-9]\d* findings in these weeks:", preview.findings_title.text())


def test_english_installs_the_counted_texts_and_qts_own(qapp: QApplication) -> None:
    installed = install_language(qapp, ENGLISH)
    try:
        assert any(isinstance(t, PackagedTranslator) and t.loaded for t in installed)
        assert PackagedTranslator(ENGLISH).language() == ENGLISH
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
