"""The check verb on the example plans: the JSON contract, the text for people, exit status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shiftplanner.cli.app import main

EXAMPLES = Path(__file__).parents[2] / "examples"
CONTRACT_KEYS = {"rule", "severity", "start", "end", "message", "suggestion", "basis", "source"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def check_json(capsys: pytest.CaptureFixture[str], name: str, first: str, last: str) -> list[dict]:
    status, out, _ = run(
        capsys, "check", "--plan", str(EXAMPLES / name), "--from", first, "--to", last,
        "--format", "json",
    )  # fmt: skip
    assert status == 0
    findings: list[dict] = json.loads(out)["findings"]
    return findings


def test_check_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    findings = check_json(capsys, "us-account-day.json", "2026-03-09", "2026-03-15")

    assert findings
    assert all(set(f) == CONTRACT_KEYS for f in findings)
    assert {f["severity"] for f in findings} <= {"critical", "high", "medium", "info"}
    assert findings[0] == {
        "rule": "dst-change",
        "severity": "info",
        "start": "2026-03-09T13:00:00Z",
        "end": "2026-03-09T22:00:00Z",
        "message": "From Mon 9 Mar your US day (Eastern) shift starts 21:00, not 22:00, and "
        "ends 06:00 (New York moved to daylight time).",
        "suggestion": "Move alarms, naps and the commute 1 h earlier from Mon 9 Mar; the "
        "shift itself has not changed.",
        "basis": "info",
        "source": "US Energy Policy Act 2005; tz database",
    }
    assert [f["start"] for f in findings] == sorted(f["start"] for f in findings)


@pytest.mark.parametrize(
    ("name", "first", "last", "expected"),
    [
        (
            "nights-days-rotation.json", "2026-02-09", "2026-02-22",
            {("consecutive-nights", "medium"), ("day-night-switch", "high"),
             ("weekly-rest-benchmark", "medium")},
        ),
        (
            "clopen-long-commute.json", "2026-06-01", "2026-06-07",
            {("quick-return", "critical"), ("sleep-opportunity", "critical"),
             ("prior-sleep", "critical"), ("backward-rotation", "medium")},
        ),
    ],
)  # fmt: skip
def test_example_plans_show_their_findings(
    capsys: pytest.CaptureFixture[str],
    name: str,
    first: str,
    last: str,
    expected: set[tuple[str, str]],
) -> None:
    findings = check_json(capsys, name, first, last)

    assert {(f["rule"], f["severity"]) for f in findings} == expected


def test_check_text_groups_by_day_with_fix_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(
        capsys, "check", "--plan", str(EXAMPLES / "clopen-long-commute.json"),
        "--from", "2026-06-01", "--to", "2026-06-07",
    )  # fmt: skip

    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0] == "Check Mon 01 Jun 2026 - Sun 07 Jun 2026 (times in Asia/Manila)"
    assert "Tue 2 Jun" in lines
    assert any(
        line.startswith("  CRITICAL Only 8 h between Tue 23:00 and Wed 07:00") for line in lines
    )
    assert any("Fix: Ask to start Wed 3 Jun at 10:00 or later" in line for line in lines)
    assert any("Why: international benchmark — EU Directive 2003/88/EC" in line for line in lines)
    assert lines[-1] == "4 findings: 3 critical, 1 medium"


def test_a_clean_range_says_so_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "check", "--plan", str(EXAMPLES / "us-account-day.json"),
        "--from", "2026-03-02", "--to", "2026-03-08",
    )  # fmt: skip

    assert status == 0
    assert "Nothing to flag" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--from", "2026-03-09", "--to", "2026-03-01"], "--to 2026-03-01 is before --from"),
        (["--plan", "/nonexistent/plan.json"], "cannot read it"),
    ],
)
def test_check_refuses_bad_input_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    plan = [] if "--plan" in argv else ["--plan", str(EXAMPLES / "us-account-day.json")]

    status, out, err = run(capsys, "check", *plan, *argv)

    assert status == 1
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
