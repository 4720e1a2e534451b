"""The `plan` verb as a person runs it: JSON per the contract, text for people, refusals."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from shiftplanner.cli.app import main
from shiftplanner.storage.store import Store

EXAMPLES = Path(__file__).parents[2] / "examples"
STUDY = EXAMPLES / "us-account-study.json"
SUNDAY_EVENING = datetime(2026, 3, 8, 11, tzinfo=UTC)  # 19:00 in Manila


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv), clock=lambda: SUNDAY_EVENING)
    out, err = capsys.readouterr()
    return status, out, err


def test_json_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "plan", "--plan", str(STUDY), "--from", "2026-03-09", "--format", "json",
        "--now", "2026-03-08T19:00:00+08:00",
    )  # fmt: skip
    assert status == 0
    data = json.loads(out)
    assert {"blocks", "unplaced", "goals"} <= set(data)
    kinds = {b["kind"] for b in data["blocks"]}
    assert kinds == {"sleep", "nap", "study", "self-care"}
    for block in data["blocks"]:
        assert {"kind", "ref", "start", "end"} <= set(block)
        assert block["start"].endswith("Z")
        assert block["start"] < block["end"]
    (goal,) = data["goals"]
    assert {"id", "done_hours", "planned_hours", "projected_finish", "status"} <= set(goal)
    assert (goal["id"], goal["status"]) == ("cx-cert", "on-track")
    assert data["now"] == "2026-03-08T11:00:00Z"


def test_now_defaults_to_the_clock_and_output_repeats(capsys: pytest.CaptureFixture[str]) -> None:
    first = run(capsys, "plan", "--plan", str(STUDY), "--from", "2026-03-09", "--format", "json")
    second = run(capsys, "plan", "--plan", str(STUDY), "--from", "2026-03-09", "--format", "json")
    assert first == second
    assert json.loads(first[1])["now"] == "2026-03-08T11:00:00Z"


def test_text_reads_like_a_week(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "plan", "--plan", str(STUDY), "--from", "2026-03-09")
    assert status == 0
    assert out.startswith("Plan Mon 09 Mar 2026 - Sun 15 Mar 2026 (times in Asia/Manila")
    assert "  17:15 - 19:15      nap        Nap before the first night" in out
    assert "  21:00 - Tue 06:00  work       US day (Eastern)" in out
    assert "CX certification: on track" in out
    assert "Everything fitted." in out


def test_a_day_without_sleep_is_called_out(capsys: pytest.CaptureFixture[str]) -> None:
    day_plan = EXAMPLES / "us-account-day.json"
    status, out, _ = run(capsys, "plan", "--plan", str(day_plan), "--from", "2026-03-09")
    assert status == 0
    assert "least 0 h (waking on Sat 14 Mar 2026)" in out
    assert "  Only 0 h of sleep ends on Sat 14 Mar 2026: the roster leaves no longer gap" in out


def test_unplaced_sessions_are_listed_with_reasons(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(STUDY.read_text(encoding="utf-8"))
    data["habits"].append(
        {"id": "gym", "name": "Gym", "minutes": 120, "per_week": 2, "window": "07:00-09:30",
         "days": "work"}
    )  # fmt: skip
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, out, _ = run(capsys, "plan", "--plan", str(path), "--from", "2026-03-09")
    assert status == 0
    assert "Did not fit (2):" in out
    assert "  - Gym, 120 min: no 120-minute window outside sleep and shifts in 07:00-09:30" in out


def test_the_store_is_read_when_no_plan_file_is_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    database = tmp_path / "plan.sqlite3"
    assert run(capsys, "import", str(STUDY), "--db", str(database))[0] == 0
    status, out, _ = run(capsys, "plan", "--db", str(database), "--from", "2026-03-09",
                         "--format", "json")  # fmt: skip
    assert status == 0
    assert json.loads(out)["goals"][0]["id"] == "cx-cert"
    with Store.open(database) as store:
        assert store.read("SELECT count(*) FROM blocks") == [(0,)]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--now", "2026-03-08T19:00"), "needs an offset or Z"),
        (("--now", "tomorrow"), "is not an instant"),
    ],
)
def test_bad_now_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        run(capsys, "plan", "--plan", str(STUDY), *argv)
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def test_a_bad_plan_file_is_refused_without_a_traceback(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = json.loads(STUDY.read_text(encoding="utf-8"))
    data["habits"][0]["window"] = {"after": "lunch", "from_minutes": 0, "to_minutes": 90}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    status, out, err = run(capsys, "plan", "--plan", str(path))
    assert status == 1
    assert out == ""
    assert 'habits[0].window.after: "lunch" is not one of' in err
    assert "Traceback" not in err
