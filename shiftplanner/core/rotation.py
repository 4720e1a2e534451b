"""Rotations: a cycle of shift-type ids (or "off") repeating from a start date."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Rotation:
    """From `start_date` on, day i gets `cycle[i mod len(cycle)]`, until `end_date` inclusive."""

    start_date: date
    cycle: tuple[str, ...]
    end_date: date | None = None

    def entry_on(self, day: date) -> str | None:
        """The cycle entry for a date, or None outside this rotation's dates."""
        if day < self.start_date or (self.end_date is not None and day > self.end_date):
            return None
        return self.cycle[(day - self.start_date).days % len(self.cycle)]


def rotation_entry(rotations: Sequence[Rotation], day: date) -> str | None:
    """The entry for a date: the latest-starting rotation that has begun replaces earlier ones.

    A rotation ended by its `end_date` leaves the date to no rotation, not to an older one,
    because the later rotation replaced it from its start.
    """
    current: Rotation | None = None
    for rotation in rotations:
        if rotation.start_date <= day and (
            current is None or rotation.start_date >= current.start_date
        ):
            current = rotation
    return None if current is None else current.entry_on(day)
