"""The import verb with rosters and busy time: summary, --dry-run, all or nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shiftplanner.cli.app import main
from shiftplanner.storage.store import Store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "us-account-day.json"
GENESYS = ROOT / "examples" / "roster-genesys.ics"
WEEKLY = ROOT / "examples" / "roster-weekly.csv"
IEX = ROOT / "examples" / "roster-iex.csv"
SUNDAY_IN_MANILA = datetime(2026, 3, 1, 4, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv), clock=lambda: SUNDAY_IN_MANILA)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def db(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    path = str(tmp_path / "store.sqlite3")
    assert run(capsys, "import", str(EXAMPLE), "--db", path)[0] == 0
    return path


def _shifts(capsys: pytest.CaptureFixture[str], db: str) -> list[dict[str, object]]:
    status, out, _ = run(
        capsys, "shifts", "--db", db, "--from", "2026-03-09", "--to", "2026-03-15",
        "--format", "json",
    )  # fmt: skip
    assert status == 0
    shifts: list[dict[str, object]] = json.loads(out)["shifts"]
    return shifts


def test_dry_run_prints_the_summary_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    before = _shifts(capsys, db)

    status, out, err = run(capsys, "import", str(WEEKLY), "--db", db, "--dry-run")

    assert (status, err) == (0, "")
    assert out.startswith(f"Roster from {WEEKLY}: 2026-03-09 to 2026-03-15 becomes the roster")
    assert (
        "  moved    Mon 09 Mar 22:00-Tue 07:00  Graveyard  (was Mon 09 Mar 21:00-Tue 06:00)" in out
    )
    assert "New findings:" in out
    assert out.rstrip().endswith("Dry run: nothing saved.")
    assert _shifts(capsys, db) == before


def test_csv_roster_becomes_the_roster_for_its_dates(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    status, out, _ = run(capsys, "import", str(WEEKLY), "--db", db)

    assert status == 0
    assert "Saved to" in out
    shifts = _shifts(capsys, db)
    assert [(s["start"], s["end"], s["source"]) for s in shifts] == [
        ("2026-03-09T14:00:00Z", "2026-03-09T23:00:00Z", "import"),
        ("2026-03-10T14:00:00Z", "2026-03-10T23:00:00Z", "import"),
        ("2026-03-11T14:00:00Z", "2026-03-11T23:00:00Z", "import"),
        ("2026-03-13T13:00:00Z", "2026-03-13T22:00:00Z", "import"),
        ("2026-03-14T13:00:00Z", "2026-03-14T22:00:00Z", "import"),
    ]


def test_ics_roster_imports_as_shifts(capsys: pytest.CaptureFixture[str], db: str) -> None:
    status, out, _ = run(capsys, "import", str(GENESYS), "--db", db)

    assert status == 0
    assert 'Left out: line 49: "Phone queue - US day" is cancelled, left out' in out
    starts = {s["start"] for s in _shifts(capsys, db) if s["source"] == "import"}
    assert "2026-03-10T14:00:00Z" in starts  # 10:00 EDT, after the change


def test_iex_pipe_file_with_explicit_columns(capsys: pytest.CaptureFixture[str], db: str) -> None:
    columns = "date=Schedule Date,start_date=Start Date,start=Start Time,end=End Time"
    status, out, _ = run(
        capsys, "import", str(IEX), "--db", db, "--columns", columns, "--zone", "Asia/Manila"
    )

    assert status == 0
    assert "2026-03-09 to 2026-03-12" in out


def test_busy_time_import(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path) -> None:
    calendar = tmp_path / "me.ics"
    calendar.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:d\r\n"
        "DTSTART:20260311T020000Z\r\nDTEND:20260311T033000Z\r\nSUMMARY:Dentist\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )

    status, out, _ = run(capsys, "import", str(calendar), "--db", db, "--as", "busy")

    assert status == 0
    assert "  Wed 11 Mar 10:00-11:30  Dentist" in out
    with Store.open(Path(db)) as store:
        assert store.read("SELECT label FROM busy_times") == [("Dentist",)]


@pytest.mark.parametrize(
    ("content", "name", "extra", "message"),
    [
        ("", "empty.ics", (), "the file is empty"),
        ("<html><body>502 Bad Gateway</body></html>", "feed.ics", (), "a web page (HTML)"),
        ("Date,Start,End\n2026-03-09,09:00,08:00x\n", "r.csv", (), "row 2"),
        ("Date,Start,End\n", "r.csv", ("--columns", "start"), "should look like role=Header"),
        ("{}", "plan.json", ("--as", "busy"), "a plan file takes no --as"),
    ],
)
def test_refusals_are_messages_and_leave_the_store_alone(
    capsys: pytest.CaptureFixture[str],
    db: str,
    tmp_path: Path,
    content: str,
    name: str,
    extra: tuple[str, ...],
    message: str,
) -> None:
    before = _shifts(capsys, db)
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    status, _, err = run(capsys, "import", str(path), "--db", db, *extra)

    assert status == 1
    assert message in err
    assert "Traceback" not in err
    assert _shifts(capsys, db) == before
