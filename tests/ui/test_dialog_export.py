"""The "Export to phone" dialog: writes what the board shows, remembers where, refuses bad input."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import vobject
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from shiftplanner.ical.events import Layer
from shiftplanner.ui.dialogs.export import ExportDialog
from shiftplanner.ui.mainwindow import MainWindow

WEEK = date(2026, 3, 9)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def dialog_for(window: MainWindow, qtbot: QtBot, settings: QSettings) -> ExportDialog:
    dialog = ExportDialog(window.session, WEEK, parent=window, settings=settings)
    qtbot.addWidget(dialog)
    return dialog


def save_button(dialog: ExportDialog) -> QDialogButtonBox:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def test_saving_writes_the_weeks_shifts_at_their_instants(
    window: MainWindow, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = dialog_for(window, qtbot, settings)
    dialog.weeks.setValue(1)
    dialog.destination.setText(str(tmp_path / "ana.ics"))
    save_button(dialog).click()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    calendar = vobject.readOne((tmp_path / "ana.ics").read_text(encoding="utf-8"))
    work = [e for e in calendar.vevent_list if "work" in e.categories.value]
    starts = sorted(e.dtstart.value.astimezone(UTC) for e in work)
    # The first week on daylight time in New York: 09:00 EDT is 13:00 UTC (21:00 in Manila).
    assert starts == [datetime(2026, 3, day, 13, tzinfo=UTC) for day in range(9, 14)]
    assert "sleep" in {c for e in calendar.vevent_list for c in e.categories.value}


def test_the_last_destination_and_choices_are_remembered(
    window: MainWindow, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    first = dialog_for(window, qtbot, settings)
    first.destination.setText(str(tmp_path / "phone" / "week.ics"))
    first.alarm.setValue(30)
    save_button(first).click()
    again = dialog_for(window, qtbot, settings)
    assert again.destination.text() == str(tmp_path / "phone" / "week.ics")
    assert again.alarm.value() == 30
    assert again.alarm_note.isVisibleTo(again)


@pytest.mark.parametrize(
    ("destination", "split", "message"),
    [
        ("", False, "Choose where to save."),
        ("{tmp}/week.txt", False, "A calendar file name ends in .ics."),
        ("{tmp}", False, "That is a folder"),
    ],
)
def test_a_bad_destination_is_explained_and_save_stays_disabled(
    window: MainWindow,
    qtbot: QtBot,
    settings: QSettings,
    tmp_path: Path,
    destination: str,
    split: bool,
    message: str,
) -> None:
    dialog = dialog_for(window, qtbot, settings)
    dialog.split.setChecked(split)
    dialog.destination.setText(destination.format(tmp=tmp_path))
    assert message in dialog.destination_problem.text()
    assert not save_button(dialog).isEnabled()


def test_no_layer_chosen_keeps_save_disabled(
    window: MainWindow, qtbot: QtBot, settings: QSettings
) -> None:
    dialog = dialog_for(window, qtbot, settings)
    for box in dialog.layers.values():
        box.setChecked(False)
    assert dialog.layer_problem.text() == "Choose at least one layer."
    assert not save_button(dialog).isEnabled()
    dialog.layers[Layer.WORK].setChecked(True)
    assert save_button(dialog).isEnabled()


def test_one_file_per_layer_goes_into_a_folder(
    window: MainWindow, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = dialog_for(window, qtbot, settings)
    dialog.destination.setText(str(tmp_path / "calendars.ics"))
    dialog.split.setChecked(True)
    assert dialog.destination.text() == str(tmp_path / "calendars")
    save_button(dialog).click()
    assert {p.name for p in (tmp_path / "calendars").iterdir()} >= {"work.ics", "sleep.ics"}


def test_cancel_writes_nothing(
    window: MainWindow, qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    dialog = dialog_for(window, qtbot, settings)
    dialog.destination.setText(str(tmp_path / "never.ics"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not (tmp_path / "never.ics").exists()
    assert settings.value("export/destination") is None
