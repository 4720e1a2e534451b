"""Rotation presets: every one usable, with the cycle a BPO agent expects."""

from __future__ import annotations

from datetime import date, time

import pytest

from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import PRESETS, RotationPreset, fixed_week, preset
from shiftplanner.core.roster import expand
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType, find_overlaps

MANILA = "Asia/Manila"
ROLES = {"A": "day", "D": "day", "M": "mid", "N": "grave"}
TYPES = (
    ShiftType("day", "Day", time(6), time(15), MANILA),
    ShiftType("mid", "Mid", time(14), time(23), MANILA),
    ShiftType("grave", "Graveyard", time(22), time(7), MANILA),
)


@pytest.mark.parametrize(
    ("preset_id", "length", "workdays"),
    [
        ("fixed-5-2", 7, 5),
        ("2w-nights-2w-days", 28, 20),
        ("4-on-4-off", 8, 4),
        ("dupont", 28, 14),
        ("panama-2-2-3", 14, 7),
        ("continental", 8, 6),
    ],
)
def test_presets_have_their_known_shape(preset_id: str, length: int, workdays: int) -> None:
    chosen = preset(preset_id)
    cycle = chosen.cycle(ROLES)
    assert (len(cycle), sum(entry != OFF for entry in cycle)) == (length, workdays)
    assert chosen.name
    assert chosen.description.endswith(".")


@pytest.mark.parametrize("chosen", PRESETS, ids=lambda p: p.id)
def test_every_preset_expands_without_overlaps(chosen: RotationPreset) -> None:
    plan = Plan(
        person=Person("Ana", MANILA),
        shift_types=TYPES,
        rotations=(Rotation(date(2026, 3, 2), chosen.cycle(ROLES)),),
    )
    shifts = expand(plan, date(2026, 3, 2), date(2026, 5, 31))
    assert shifts
    assert find_overlaps(shifts) == []


def test_a_preset_names_the_roles_it_is_missing() -> None:
    with pytest.raises(KeyError, match="needs a shift type for: mid shift, graveyard shift"):
        preset("continental").cycle({"D": "day"})


def test_fixed_week_puts_rest_days_on_the_chosen_weekdays() -> None:
    assert fixed_week("mid", frozenset({1, 2})) == ("mid", OFF, OFF, "mid", "mid", "mid", "mid")
    with pytest.raises(ValueError, match="no working day"):
        fixed_week("mid", frozenset(range(7)))
    with pytest.raises(ValueError, match="weekdays run"):
        fixed_week("mid", frozenset({7}))


def test_unknown_preset() -> None:
    with pytest.raises(KeyError, match="no rotation preset 'weekly'"):
        preset("weekly")
