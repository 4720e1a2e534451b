"""The whole plan: person, work profile, shift types, rotations, changes, goals and habits."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shiftplanner.core.goals import Goal, Habit
from shiftplanner.core.person import Person, WorkProfile
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import DayChange, ExtraShift, ShiftType
from shiftplanner.core.thresholds import effective_rules


@dataclass(frozen=True, slots=True)
class Plan:
    """Everything a person has said about their work and their week.

    `rules` holds only the thresholds the person overrode; `extensions` keeps the plan
    file's top-level `x-` keys so a round trip loses nothing.
    """

    person: Person
    work: WorkProfile = field(default_factory=WorkProfile)
    shift_types: tuple[ShiftType, ...] = ()
    rotations: tuple[Rotation, ...] = ()
    changes: tuple[DayChange, ...] = ()
    extra_shifts: tuple[ExtraShift, ...] = ()
    goals: tuple[Goal, ...] = ()
    habits: tuple[Habit, ...] = ()
    rules: Mapping[str, float] = field(default_factory=dict)
    extensions: Mapping[str, Any] = field(default_factory=dict)

    @property
    def home_zone(self) -> str:
        """Where the person lives and sleeps."""
        return self.person.home_zone

    def shift_type(self, type_id: str) -> ShiftType:
        """The shift type with this id.

        Raises:
            KeyError: no such type.
        """
        for candidate in self.shift_types:
            if candidate.id == type_id:
                return candidate
        raise KeyError(type_id)

    def thresholds(self) -> dict[str, float]:
        """Every rule threshold, the person's overrides applied to the defaults."""
        return effective_rules(self.rules)
