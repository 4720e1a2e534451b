"""The shifts, import and backup verbs, as a person runs them: output, exit status, refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shiftplanner import __version__
from shiftplanner.cli.app import main
from shiftplanner.storage.store import Store

EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-day.json"
SUNDAY_IN_MANILA = datetime(2026, 3, 8, 4, tzinfo=UTC)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv), clock=lambda: SUNDAY_IN_MANILA)
    out, err = capsys.readouterr()
    return status, out, err


def test_shifts_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "shifts", "--plan", str(EXAMPLE), "--from", "2026-03-06", "--to", "2026-03-09",
        "--format", "json",
    )  # fmt: skip
    assert status == 0
    shifts = json.loads(out)["shifts"]
    assert [(s["start"], s["end"], s["hours"], s["source"]) for s in shifts] == [
        ("2026-03-05T14:00:00Z", "2026-03-05T23:00:00Z", 8.0, "rotation"),
        ("2026-03-06T14:00:00Z", "2026-03-06T23:00:00Z", 8.0, "rotation"),
        ("2026-03-09T13:00:00Z", "2026-03-09T22:00:00Z", 8.0, "rotation"),
    ]
    assert {s["type"] for s in shifts} == {"us-day"}


def test_shifts_text_defaults_to_this_week_in_home_time(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "shifts", "--plan", str(EXAMPLE))
    assert status == 0
    assert out.startswith("Shifts Mon 02 Mar 2026 - Sun 08 Mar 2026 (times in Asia/Manila)")
    assert "Mon 02 Mar  22:00 - Tue 07:00" in out
    assert "(09:00-18:00 EST)" in out
    assert "5 shifts, 40 h worked" in out


def test_import_then_shifts_from_the_store_match_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "store.sqlite3")
    assert run(capsys, "import", str(EXAMPLE), "--db", db)[0] == 0
    window = ("--from", "2026-03-01", "--to", "2026-03-31", "--format", "json")
    from_store = run(capsys, "shifts", "--db", db, *window)[1]
    from_file = run(capsys, "shifts", "--plan", str(EXAMPLE), *window)[1]
    assert from_store == from_file
    assert len(json.loads(from_store)["shifts"]) == 23


def test_a_refused_import_leaves_the_store_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.sqlite3"
    run(capsys, "import", str(EXAMPLE), "--db", str(db))
    bad = tmp_path / "bad.json"
    bad.write_text(EXAMPLE.read_text().replace('"America/New_York"', '"America/NewYork"'))
    status, out, err = run(capsys, "import", str(bad), "--db", str(db))
    assert status == 1
    assert out == ""
    assert err == (
        f'shiftplanner: {bad}: shift_types[0].zone: unknown time zone "America/NewYork"\n'
    )
    with Store.open(db) as store:
        plan = store.load_plan()
    assert plan is not None
    assert plan.shift_type("us-day").zone == "America/New_York"


def test_backup_writes_a_plan_file_that_loads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, out_file = str(tmp_path / "store.sqlite3"), tmp_path / "backup" / "plan.json"
    run(capsys, "import", str(EXAMPLE), "--db", db)
    status, out, _ = run(capsys, "backup", "--db", db, "--out", str(out_file))
    assert status == 0
    assert "2 shift types, 1 rotations" in out
    original = json.loads(EXAMPLE.read_text())
    backed_up = json.loads(out_file.read_text())
    assert backed_up["shift_types"][0]["zone"] == original["shift_types"][0]["zone"]
    assert backed_up["changes"] == original["changes"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("shifts", "--plan", "missing.json"), "missing.json: cannot read it"),
        (("shifts", "--db", "{db}"), "no plan yet; import one"),
        (("shifts", "--plan", "{example}", "--from", "2026-03-09", "--to", "2026-03-01"),
         "--to 2026-03-01 is before --from 2026-03-09"),
        (("shifts", "--plan", "{example}", "--from", "1900-01-01", "--to", "2100-01-01"),
         "is too long"),
        (("backup", "--db", "{db}", "--out", "{tmp}/x.json"), "no plan yet"),
    ],
)  # fmt: skip
def test_refusals_are_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    values = {"db": str(tmp_path / "s.sqlite3"), "example": str(EXAMPLE), "tmp": str(tmp_path)}
    status, _, err = run(capsys, *(arg.format(**values) for arg in argv))
    assert status == 1
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("content", [b"\xff\xfe not utf-8", b"<html><body>502</body></html>", b""])
def test_unreadable_plan_files_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    path = tmp_path / "plan.json"
    path.write_bytes(content)
    status, _, err = run(capsys, "shifts", "--plan", str(path))
    assert status == 1
    assert err.startswith(f"shiftplanner: {path}: ")


def test_bad_dates_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run(capsys, "shifts", "--plan", str(EXAMPLE), "--from", "2026-13-01")
    assert exited.value.code == 2
    assert '"2026-13-01" is not a real date' in capsys.readouterr().err


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "shiftplanner", "--version"], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout.strip()) == (0, f"shiftplanner {__version__}")
