"""Plan edits as data: apply, invert, report the changed dates, save to the store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.roster import expand, roster_entry
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, DayChange, ShiftType
from shiftplanner.services.editing import (
    OVERTIME_LABEL,
    Changes,
    add_overtime,
    apply_edit,
    remove_extra,
    save_edit,
    save_new_plan,
    set_day_shift,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.storage.store import Store

MANILA = "Asia/Manila"
NEW_YORK = "America/New_York"


def _plan() -> Plan:
    night = ShiftType("us-day", "US day", time(9), time(18), NEW_YORK, 60)
    mid = ShiftType("mid", "Mid", time(14), time(23), MANILA, 60)
    cycle = ("us-day",) * 5 + (OFF, OFF)
    return Plan(
        person=Person("Ana", MANILA, commute_minutes=45),
        shift_types=(night, mid),
        rotations=(Rotation(date(2026, 3, 2), cycle),),
    )


def test_setting_a_day_off_adds_a_change_and_reports_both_dates_of_the_night() -> None:
    plan = _plan()
    edit = set_day_shift(plan, date(2026, 3, 3), OFF, "vacation leave")
    new_plan, changes = apply_edit(plan, edit)
    assert roster_entry(new_plan, date(2026, 3, 3))[0] == OFF
    # 09:00-18:00 New York is 22:00-07:00 in Manila: Tue night into Wed morning.
    assert changes.dates == frozenset({date(2026, 3, 3), date(2026, 3, 4)})
    assert changes.shifts


def test_undo_is_the_inverse_edit() -> None:
    plan = _plan()
    edit = set_day_shift(plan, date(2026, 3, 7), "mid", "overtime")
    changed, _ = apply_edit(plan, edit)
    restored, _ = apply_edit(changed, edit.inverted())
    assert restored == plan


def test_choosing_the_rotation_own_shift_removes_the_change() -> None:
    plan = _plan()
    changed, _ = apply_edit(plan, set_day_shift(plan, date(2026, 3, 3), "mid"))
    back, _ = apply_edit(changed, set_day_shift(changed, date(2026, 3, 3), "us-day"))
    assert back.changes == ()


def test_replacing_an_existing_change_keeps_one_change_per_date() -> None:
    plan = _plan()
    plan, _ = apply_edit(plan, set_day_shift(plan, date(2026, 3, 3), "mid", "swap"))
    plan, _ = apply_edit(plan, set_day_shift(plan, date(2026, 3, 3), OFF, "sick"))
    assert plan.changes == (DayChange(date(2026, 3, 3), OFF, "sick"),)


def test_a_stale_edit_is_refused() -> None:
    plan = _plan()
    edit = set_day_shift(plan, date(2026, 3, 3), OFF)
    changed, _ = apply_edit(plan, edit)
    with pytest.raises(UserFacingError, match="changed elsewhere"):
        apply_edit(changed, edit)


def test_unknown_shift_type_is_refused() -> None:
    with pytest.raises(UserFacingError, match="no shift type"):
        set_day_shift(_plan(), date(2026, 3, 3), "graveyard")


@pytest.mark.parametrize(
    ("day", "start_utc"),
    [
        # Winter: the New York duty ends 18:00 EST = 23:00 UTC.
        (date(2026, 3, 6), datetime(2026, 3, 6, 23)),
        # After the US change on 8 March it ends 18:00 EDT = 22:00 UTC.
        (date(2026, 3, 9), datetime(2026, 3, 9, 22)),
    ],
)
def test_overtime_follows_the_shift_across_the_dst_change(day: date, start_utc: datetime) -> None:
    plan = _plan()
    new_plan, _ = apply_edit(plan, add_overtime(plan, day, 2))
    overtime = [
        s for s in expand(new_plan, day, day + timedelta(days=1)) if s.name == OVERTIME_LABEL
    ]
    assert len(overtime) == 1
    assert overtime[0].start.replace(tzinfo=None) == start_utc
    assert overtime[0].real_hours == 2


def test_overtime_on_a_rest_day_is_refused() -> None:
    with pytest.raises(UserFacingError, match="rest day"):
        add_overtime(_plan(), date(2026, 3, 7), 2)


def test_removing_overtime_restores_the_plan() -> None:
    plan = _plan()
    add = add_overtime(plan, date(2026, 3, 3), 4)
    with_overtime, _ = apply_edit(plan, add)
    assert add.after is not None
    without, changes = apply_edit(with_overtime, remove_extra(add.after))
    assert without == plan
    assert date(2026, 3, 4) in changes.dates


def test_saved_edits_survive_reopening_the_store(tmp_path: Path) -> None:
    path = tmp_path / "plan.sqlite3"
    plan = _plan()
    with Store.open(path) as store:
        assert save_new_plan(store, plan) == Changes(shifts=True, blocks=True, goals=True)
        save_edit(store, plan, set_day_shift(plan, date(2026, 3, 5), OFF, "holiday"))
    with Store.open(path) as store:
        reopened = store.load_plan()
    assert reopened is not None
    assert reopened.changes == (DayChange(date(2026, 3, 5), OFF, "holiday"),)
