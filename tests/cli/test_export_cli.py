"""The export verb as a person runs it: files, messages, re-export, refusals."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import vobject

from shiftplanner.cli.app import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "us-account-day.json"
SUNDAY_IN_MANILA = datetime(2026, 3, 1, 4, tzinfo=UTC)
MARCH = ("--from", "2026-03-02", "--to", "2026-03-15")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv), clock=lambda: SUNDAY_IN_MANILA)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def _fixed_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")


def test_export_writes_a_valid_calendar_and_says_what_it_did(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "ana.ics"
    status, out, err = run(capsys, "export", "--plan", str(EXAMPLE), *MARCH, "--out", str(out_file))

    assert (status, err) == (0, "")
    assert out.startswith(f"Wrote {out_file}: ")
    calendar = vobject.readOne(out_file.read_text(encoding="utf-8"), validate=True)
    categories = {e.categories.value[0] for e in calendar.vevent_list}
    assert categories == {"work", "sleep", "study", "self-care"}


def test_second_export_is_identical_and_reports_unchanged(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "work.ics"
    args = ("export", "--plan", str(EXAMPLE), *MARCH, "--layers", "work", "--out", str(out_file))
    run(capsys, *args)
    first = out_file.read_bytes()

    status, out, _ = run(capsys, *args)

    assert status == 0
    assert out_file.read_bytes() == first
    assert "0 new, 0 changed, 11 unchanged, 0 cancelled" in out


def test_split_alarm_and_retract(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "phone"
    base = ("export", "--plan", str(EXAMPLE), *MARCH, "--out", str(folder), "--split")

    status, out, _ = run(capsys, *base, "--alarm-minutes", "30")
    assert status == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "self-care.ics", "sleep.ics", "study.ics", "work.ics",
    ]  # fmt: skip
    assert "Google Calendar drops reminders" in out
    assert "TRIGGER:-PT30M" in (folder / "work.ics").read_text(encoding="utf-8")

    status, out, _ = run(capsys, *base, "--retract")
    assert status == 0
    work = (folder / "work.ics").read_text(encoding="utf-8")
    assert work.count("STATUS:CANCELLED") == work.count("BEGIN:VEVENT") > 0


def test_export_from_the_store_keeps_a_ledger(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "store.sqlite3"
    out_file = tmp_path / "work.ics"
    run(capsys, "import", str(EXAMPLE), "--db", str(db))
    args = ("export", "--db", str(db), *MARCH, "--layers", "work", "--out", str(out_file))
    run(capsys, *args)
    out_file.unlink()

    status, out, _ = run(capsys, *args)

    assert status == 0
    assert "0 new, 0 changed, 11 unchanged" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (("--layers", "work,naps"), 'unknown layer "naps"'),
        (("--alarm-minutes", "-5"), "--alarm-minutes -5 is out of range"),
        (("--from", "2026-03-09", "--to", "2026-03-01"), "is before --from"),
    ],
)
def test_bad_options_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, extra: tuple[str, ...], message: str
) -> None:
    args = ["export", "--plan", str(EXAMPLE), "--out", str(tmp_path / "x.ics"), *extra]
    try:
        status, _, err = run(capsys, *args)
    except SystemExit as exit_:
        status, err = int(str(exit_.code)), capsys.readouterr().err

    assert status in (1, 2)
    assert message in err
    assert not (tmp_path / "x.ics").exists()


def test_foreign_file_is_refused_without_a_traceback(tmp_path: Path) -> None:
    out_file = tmp_path / "google.ics"
    out_file.write_text("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//EN\r\nEND:VCALENDAR\r\n")

    result = subprocess.run(
        [sys.executable, "-m", "shiftplanner", "export", "--plan", str(EXAMPLE),
         "--out", str(out_file)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )  # fmt: skip

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "not written by Shift Planner" in result.stderr
