"""`check` and `fatigue` judge the same planned sleep the desktop app shows, so they agree."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from shiftplanner.cli.app import main
from shiftplanner.core.instants import format_utc
from shiftplanner.services.planning import (
    fatigue_with_planned_sleep,
    findings_with_planned_sleep,
)
from shiftplanner.services.plans import DateRange, read_plan_file

CLOPEN = Path(__file__).parents[2] / "examples" / "clopen-long-commute.json"
WEEK = ("--from", "2026-10-26", "--to", "2026-11-01")
NOW = datetime(2026, 10, 25, tzinfo=UTC)


def run_json(capsys: pytest.CaptureFixture[str], verb: str) -> dict[str, list[dict[str, object]]]:
    assert main([verb, "--plan", str(CLOPEN), *WEEK, "--format", "json"], clock=lambda: NOW) == 0
    result: dict[str, list[dict[str, object]]] = json.loads(capsys.readouterr().out)
    return result


def test_check_reports_the_findings_of_the_planned_sleep(
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = read_plan_file(CLOPEN)
    expected = findings_with_planned_sleep(plan, DateRange(date(2026, 10, 26), date(2026, 11, 1)))
    findings = run_json(capsys, "check")["findings"]
    assert [(f["rule"], f["start"]) for f in findings] == [
        (e.rule, format_utc(e.start)) for e in expected
    ]
    # After the 23:00 close and 07:00 open with 90 minutes' commute, the planned sleep is short.
    assert ("prior-sleep", "critical") in {(f["rule"], f["severity"]) for f in findings}


def test_fatigue_uses_the_planned_sleep_for_sleepiness(
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = read_plan_file(CLOPEN)
    expected = fatigue_with_planned_sleep(plan, DateRange(date(2026, 10, 26), date(2026, 11, 1)))
    rows = run_json(capsys, "fatigue")["shifts"]
    assert [row["kss_max"] for row in rows] == [round(e.kss_max, 1) for e in expected]
