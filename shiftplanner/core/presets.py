"""Rotation presets a BPO agent recognises, written as role patterns.

A pattern uses one letter a day: `A` the single shift of a fixed pattern, `D` day, `M` mid,
`N` graveyard, `O` a rest day. `cycle()` maps the letters onto the plan's shift-type ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shiftplanner.core.shifts import OFF

ROLE_NAMES = {"A": "shift", "D": "day shift", "M": "mid shift", "N": "graveyard shift"}


@dataclass(frozen=True, slots=True)
class RotationPreset:
    """A named cycle pattern with a one-line description."""

    id: str
    name: str
    description: str
    pattern: str

    @property
    def roles(self) -> tuple[str, ...]:
        """The shift roles the pattern needs, in the order D, M, N, A."""
        return tuple(role for role in "DMNA" if role in self.pattern)

    def cycle(self, role_types: Mapping[str, str]) -> tuple[str, ...]:
        """The cycle with each role replaced by its shift-type id.

        Raises:
            KeyError: a role of the pattern has no shift type.
        """
        missing = [role for role in self.roles if role not in role_types]
        if missing:
            names = ", ".join(ROLE_NAMES[role] for role in missing)
            raise KeyError(f"preset {self.id!r} needs a shift type for: {names}")
        return tuple(OFF if letter == "O" else role_types[letter] for letter in self.pattern)


def fixed_week(shift_type: str, days_off: frozenset[int]) -> tuple[str, ...]:
    """A Monday-first seven-day cycle of one shift with the given weekdays off (0 = Monday).

    Start the rotation on a Monday so the rest days fall on the chosen weekdays.
    """
    if any(day not in range(7) for day in days_off):
        raise ValueError("weekdays run 0 (Monday) to 6 (Sunday)")
    if len(days_off) == 7:
        raise ValueError("a week with no working day is not a rotation")
    return tuple(OFF if day in days_off else shift_type for day in range(7))


PRESETS: tuple[RotationPreset, ...] = (
    RotationPreset(
        "fixed-5-2",
        "Fixed 5 on / 2 off",
        "The same shift five days a week with two rest days (Sat-Sun unless you pick others).",
        "AAAAAOO",
    ),
    RotationPreset(
        "2w-nights-2w-days",
        "Two weeks graveyard / two weeks day",
        "Two 5-day weeks of graveyard, then two 5-day weeks of day shift, weekends off.",
        "NNNNNOONNNNNOODDDDDOODDDDDOO",
    ),
    RotationPreset(
        "4-on-4-off",
        "4 on / 4 off",
        "Four shifts in a row, then four rest days; usually long (12-hour) shifts.",
        "AAAAOOOO",
    ),
    RotationPreset(
        "dupont",
        "DuPont",
        "28 days of 12-hour shifts: 4 nights, 3 off, 3 days, 1 off, 3 nights, 3 off, "
        "4 days, 7 off.",
        "NNNNOOODDDONNNOOODDDDOOOOOOO",
    ),
    RotationPreset(
        "panama-2-2-3",
        "Panama 2-2-3",
        "Two on, two off, three on, two off, two on, three off: every other weekend free.",
        "AAOOAAAOOAAOOO",
    ),
    RotationPreset(
        "continental",
        "Continental",
        "Fast forward rotation: two days, two mids, two graveyards, then two rest days.",
        "DDMMNNOO",
    ),
)


def preset(preset_id: str) -> RotationPreset:
    """The preset with this id.

    Raises:
        KeyError: no such preset.
    """
    for candidate in PRESETS:
        if candidate.id == preset_id:
            return candidate
    raise KeyError(f"no rotation preset {preset_id!r}")
