"""The fatigue verb: the published RR446 example end to end, the JSON contract, the table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shiftplanner.cli.app import main

PUBLISHED_FI = [5.7, 7.9, 11.5, 15.1, 18.0, 7.3, 10.8, 14.4, 17.5, 19.8]
PUBLISHED_RI = [0.99, 1.04, 1.09, 1.14, 1.20, 1.02, 1.07, 1.12, 1.17, 1.22]


@pytest.fixture
def published_roster(tmp_path: Path) -> Path:
    """RR446's worked example: 06:00-18:00 on days 1-5 and 8-12, 60 min each way."""
    plan = {
        "format": "shiftplanner-plan",
        "version": 1,
        "person": {"name": "Example", "home_zone": "Europe/London", "commute_minutes": 60},
        "work": {
            "workload": 2, "attention": 1, "break_every_minutes": 180, "break_minutes": 15,
            "longest_work_minutes": 240, "break_after_longest_minutes": 30,
        },
        "shift_types": [{"id": "d", "name": "Day", "start": "06:00", "end": "18:00"}],
        "rotations": [
            {"start_date": "2026-06-01", "end_date": "2026-06-12",
             "cycle": ["d", "d", "d", "d", "d", "off", "off"]}
        ],
    }  # fmt: skip
    path = tmp_path / "rr446.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_fatigue_reproduces_the_published_example(
    capsys: pytest.CaptureFixture[str], published_roster: Path
) -> None:
    status, out, _ = run(
        capsys, "fatigue", "--plan", str(published_roster), "--from", "2026-06-01",
        "--to", "2026-06-14", "--format", "json",
    )  # fmt: skip

    shifts = json.loads(out)["shifts"]
    assert status == 0
    assert [s["fatigue_index"] for s in shifts] == PUBLISHED_FI
    assert [s["risk_index"] for s in shifts] == PUBLISHED_RI
    first = shifts[0]
    assert (first["fatigue_cumulative"], first["fatigue_timing"], first["fatigue_job"]) == (
        0.1, 1.3, 4.4,
    )  # fmt: skip
    assert (first["risk_cumulative"], first["risk_timing"], first["risk_job"]) == (
        0.89, 1.09, 1.02,
    )  # fmt: skip
    assert first["start"] == "2026-06-01T05:00:00Z"
    assert all(1 <= s["kss_max"] <= 9 for s in shifts)


def test_fatigue_text_is_a_table_in_home_time(
    capsys: pytest.CaptureFixture[str], published_roster: Path
) -> None:
    status, out, _ = run(
        capsys, "fatigue", "--plan", str(published_roster), "--from", "2026-06-01",
        "--to", "2026-06-07",
    )  # fmt: skip

    assert status == 0
    assert "(times in Europe/London)" in out
    assert "Mon 01 Jun 06:00-18:00     5.7   0.99" in out
    assert "after HSE RR446" in out


def test_fatigue_refuses_a_bad_plan(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "shiftplanner-plan", "version": 1}', encoding="utf-8")

    status, out, err = run(capsys, "fatigue", "--plan", str(bad), "--from", "2026-06-01")

    assert status == 1
    assert out == ""
    assert "person" in err
    assert "Traceback" not in err
