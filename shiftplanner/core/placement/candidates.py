"""Candidate starts for an item and what each one costs (`placement.md`, "The placer").

A candidate is a start on the 15-minute grid and a length: the block lies inside one of the
item's spans, on free slots with the buffer kept, after "now", within the daily cap, and, for
study, outside the hours study must avoid. The cost adds, with weights:
distance from the ideal start (Gaussian, sigma 45 min), distance from where the last plan had
it, the same habit or goal already on that day, the body clock by cognitive load, touching
busy time, and being shorter than preferred.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime

from shiftplanner.core.placement.grid import SLOT_MINUTES, Grid, bits, runs, spread_starts
from shiftplanner.core.placement.items import Item

SIGMA_MINUTES = 45.0
_CIRCADIAN_LOW_HOUR = 4.8  # the body clock's trough, about 04:48 (Three-Process Model C)


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each cost term counts; an ideal start missed by far costs 1 x `ideal`."""

    ideal: float = 1.0
    moved: float = 1.0
    same_day: float = 0.6
    circadian: float = 0.3
    touching: float = 0.05
    shortened: float = 0.5


@dataclass(frozen=True, slots=True)
class Candidate:
    """A start slot and a length in minutes, with its cost."""

    slot: int
    minutes: int
    cost: float

    @property
    def slots(self) -> int:
        """Grid slots the block occupies."""
        return -(-self.minutes // SLOT_MINUTES)


def lengths(item: Item) -> list[int]:
    """Lengths to try, preferred first, down to the shortest acceptable in 15-minute steps."""
    result = [item.minutes]
    while result[-1] - SLOT_MINUTES >= item.min_minutes:
        result.append(result[-1] - SLOT_MINUTES)
    return result


def window_starts(item: Item, grid: Grid, minutes: int, earliest: int) -> int:
    """Starts keeping a block of `minutes` inside one of the item's spans, from `earliest` on."""
    slots = -(-minutes // SLOT_MINUTES)
    mask = 0
    for span in item.spans:
        first = max(grid.ceil(span.start), earliest)
        mask |= spread_starts(first, min(grid.floor(span.end), grid.size) - slots)
    return mask


def fitting_starts(free: int, window: int, minutes: int) -> int:
    """Starts inside `window` where the whole block lies on `free` slots."""
    return runs(free, -(-minutes // SLOT_MINUTES)) & window


def gaussian_distance(minutes: float) -> float:
    """0 at the ideal, rising to 1 far from it."""
    return 1.0 - math.exp(-(minutes * minutes) / (2 * SIGMA_MINUTES * SIGMA_MINUTES))


def circadian_penalty(clock_hour: float) -> float:
    """0 in the late afternoon, 1 at the body clock's low point before dawn."""
    return (1 + math.cos(2 * math.pi * (clock_hour - _CIRCADIAN_LOW_HOUR) / 24)) / 2


@dataclass(frozen=True, slots=True)
class CostInputs:
    """What a candidate's cost depends on beyond the item itself; instants as POSIX seconds."""

    grid: Grid
    busy: int
    buffer_slots: int
    same_ref_days: frozenset[date]
    previous: float | None
    weights: Weights
    spans: tuple[tuple[float, float, float | None], ...]

    @classmethod
    def build(
        cls,
        item: Item,
        grid: Grid,
        busy: int,
        buffer_slots: int,
        same_ref_days: frozenset[date],
        previous: datetime | None,
        weights: Weights,
    ) -> CostInputs:
        """Inputs with the item's spans and the previous start turned into seconds once."""
        earlier = None if previous is None else previous.timestamp()
        return cls(grid, busy, buffer_slots, same_ref_days, earlier, weights, _seconds(item))


def best_candidate(item: Item, starts: dict[int, int], inputs: CostInputs) -> Candidate | None:
    """The cheapest of `starts` (length -> start mask); ties go to the earlier start."""
    best: Candidate | None = None
    for minutes, mask in starts.items():
        for slot in bits(mask):
            cost = candidate_cost(item, slot, minutes, inputs)
            if best is None or (round(cost, 9), slot) < (round(best.cost, 9), best.slot):
                best = Candidate(slot, minutes, cost)
    return best


def candidate_cost(item: Item, slot: int, minutes: int, inputs: CostInputs) -> float:
    """The weighted cost of placing `item` at `slot` for `minutes`."""
    grid, weights = inputs.grid, inputs.weights
    start = grid.start.timestamp() + slot * SLOT_MINUTES * 60
    cost = weights.ideal * ideal_cost(inputs.spans, start, minutes)
    if inputs.previous is not None:
        cost += weights.moved * gaussian_distance((start - inputs.previous) / 60)
    if grid.dates[slot] in inputs.same_ref_days:
        cost += weights.same_day
    middle = min(slot + minutes // (2 * SLOT_MINUTES), grid.size - 1)
    load = 1.0 if item.is_study else 0.2
    cost += weights.circadian * load * circadian_penalty(grid.hours[middle])
    slots = -(-minutes // SLOT_MINUTES)
    before, after = slot - inputs.buffer_slots - 1, slot + slots + inputs.buffer_slots
    touching = (before >= 0 and inputs.busy >> before & 1) + (inputs.busy >> after & 1)
    cost += weights.touching * touching
    cost += weights.shortened * (item.minutes - minutes) / item.minutes
    return cost


def ideal_cost(
    spans: tuple[tuple[float, float, float | None], ...], start: float, minutes: int
) -> float:
    """Gaussian distance to the ideal of the nearest span holding the block (POSIX seconds)."""
    best = 1.0
    end = start + minutes * 60
    for span_start, span_end, ideal in spans:
        if span_start <= start and end <= span_end:
            if ideal is None:
                return 0.0
            best = min(best, gaussian_distance((start - ideal) / 60))
    return best


def distance_from_ideal(item: Item, start: datetime, minutes: int) -> float:
    """The ideal-time term alone (0-1) for a block of the item: what quality is measured by."""
    return ideal_cost(_seconds(item), start.timestamp(), minutes)


def _seconds(item: Item) -> tuple[tuple[float, float, float | None], ...]:
    return tuple(
        (s.start.timestamp(), s.end.timestamp(), s.ideal.timestamp() if s.ideal else None)
        for s in item.spans
    )
