"""The placer's working state: what is placed where, and the masks that follow from it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.placement.candidates import (
    Candidate,
    CostInputs,
    Weights,
    best_candidate,
    candidate_cost,
    fitting_starts,
    lengths,
    window_starts,
)
from shiftplanner.core.placement.context import Context
from shiftplanner.core.placement.grid import SLOT_MINUTES, dilate
from shiftplanner.core.placement.items import Item


@dataclass(frozen=True, slots=True)
class Placed:
    """An item on the board, and whether it kept its place from the last plan."""

    item: Item
    candidate: Candidate
    kept: bool = False


class Board:
    """Placed items and the derived busy masks, minutes per day and refs per day."""

    def __init__(self, context: Context, weights: Weights) -> None:
        self.context = context
        self.grid = context.grid
        self.weights = weights
        self.buffer = -(-context.settings.buffer_minutes // SLOT_MINUTES)
        self.earliest = max(0, self.grid.ceil(context.now))
        self.placed: dict[str, Placed] = {}
        self._windows: dict[tuple[str, int], int] = {}
        self._fixed_minutes: Counter[date] = Counter()
        self._fixed_study: Counter[date] = Counter()
        self._fixed_refs: set[tuple[str, date]] = set()
        self._block_masks: dict[tuple[str, int, int], tuple[int, int]] = {}
        self._base_blocked = dilate(context.roster_busy, self.buffer)
        for block in context.fixed:
            if not block.kind.is_sleep:
                day = self.grid.dates[min(max(self.grid.floor(block.start), 0), self.grid.size - 1)]
                minutes = round(block.hours * 60)
                self._fixed_minutes[day] += minutes
                if block.kind is BlockKind.STUDY:
                    self._fixed_study[day] += minutes
                self._fixed_refs.add((block.ref, day))
        self._reset()

    def place(self, item: Item, candidate: Candidate, *, kept: bool = False) -> None:
        """Put an item on the board."""
        self.placed[item.id] = Placed(item, candidate, kept)
        self._add(item, candidate)
        self._caps.clear()
        self._runs.clear()

    def remove(self, item_id: str) -> Placed:
        """Take an item off the board."""
        placed = self.placed.pop(item_id)
        day = self.grid.dates[placed.candidate.slot]
        self._minutes[day] -= placed.candidate.minutes
        if placed.item.is_study:
            self._study[day] -= placed.candidate.minutes
        self._refs[(placed.item.ref, day)] -= 1
        self.busy, self.blocked = self.context.roster_busy, self._base_blocked
        for other in self.placed.values():
            block, dilated = self._masks(other.item.id, other.candidate)
            self.busy |= block
            self.blocked |= dilated
        self._update_free()
        self._caps.clear()
        self._runs.clear()
        return placed

    def block_mask(self, placed: Placed) -> int:
        """The slots a placed item occupies."""
        return self._masks(placed.item.id, placed.candidate)[0]

    def starts(self, item: Item) -> dict[int, int]:
        """Start masks by length, for every length with at least one candidate."""
        result = {}
        study = item.is_study
        for minutes in lengths(item):
            key = (-(-minutes // SLOT_MINUTES), study)
            if key not in self._runs:
                free = self.free_study if study else self.free
                self._runs[key] = fitting_starts(free, self.grid.full, minutes)
            mask = self._runs[key] & self.window(item, minutes) & self.cap_mask(minutes, study)
            if mask:
                result[minutes] = mask
        return result

    def count(self, item: Item) -> int:
        """How many candidates an item has now."""
        return sum(mask.bit_count() for mask in self.starts(item).values())

    def window(self, item: Item, minutes: int, *, earliest: int | None = None) -> int:
        """Starts inside the item's spans (cached for the default `earliest`)."""
        if earliest is not None:
            return window_starts(item, self.grid, minutes, earliest)
        key = (item.id, minutes)
        if key not in self._windows:
            self._windows[key] = window_starts(item, self.grid, minutes, self.earliest)
        return self._windows[key]

    def cap_mask(self, minutes: int, study: bool) -> int:
        """Starts on days whose cap still has room for `minutes` more."""
        key = (minutes, study)
        if key not in self._caps:
            mask = 0
            for day in self.grid.days():
                if self.room(day, study) >= minutes:
                    mask |= self.grid.day_mask(day)
            self._caps[key] = mask
        return self._caps[key]

    def room(self, day: date, study: bool) -> int:
        """Minutes still plannable on a day (for study, also the switch-day limit)."""
        room = self.context.cap_minutes(day) - self._minutes[day]
        if study and day in self.context.switch_days:
            switch_room = self.context.settings.switch_day_study_minutes - self._study[day]
            room = min(room, switch_room)
        return room

    def cheapest(self, item: Item, previous_start: int | None) -> Candidate | None:
        """The item's lowest-cost start on the board as it is now, if it has any."""
        starts = self.starts(item)
        if not starts:
            return None
        return best_candidate(item, starts, self.cost_inputs(item, previous_start))

    def cost_of(self, placed: Placed, previous_start: int | None) -> float:
        """What a placed item costs where it is, given everything else on the board."""
        slot, minutes = placed.candidate.slot, placed.candidate.minutes
        inputs = self.cost_inputs(placed.item, previous_start, own_day=self.grid.dates[slot])
        return candidate_cost(placed.item, slot, minutes, inputs)

    def cost_inputs(
        self, item: Item, previous_start: int | None, *, own_day: date | None = None
    ) -> CostInputs:
        """What the cost of the item's candidates depends on now.

        `own_day` is the day the item itself sits on, so that it does not count as its own
        same-day repeat.
        """
        days = frozenset(
            day
            for (ref, day), n in self._refs.items()
            if ref == item.ref and n - (day == own_day) > 0
        )
        previous = None if previous_start is None else self.grid.instant(previous_start)
        return CostInputs.build(
            item, self.grid, self.busy, self.buffer, days, previous, self.weights
        )

    def _reset(self) -> None:
        self.busy = self.context.roster_busy
        self.blocked = self._base_blocked
        self._minutes: Counter[date] = Counter(self._fixed_minutes)
        self._study: Counter[date] = Counter(self._fixed_study)
        self._refs: Counter[tuple[str, date]] = Counter(self._fixed_refs)
        self._update_free()
        self._caps: dict[tuple[int, bool], int] = {}
        self._runs: dict[tuple[int, bool], int] = {}

    def _add(self, item: Item, candidate: Candidate) -> None:
        self._count_in(item, candidate)
        self._update_free()

    def _count_in(self, item: Item, candidate: Candidate) -> None:
        block, dilated = self._masks(item.id, candidate)
        self.busy |= block
        self.blocked |= dilated
        day = self.grid.dates[candidate.slot]
        self._minutes[day] += candidate.minutes
        if item.is_study:
            self._study[day] += candidate.minutes
        self._refs[(item.ref, day)] += 1

    def _masks(self, item_id: str, candidate: Candidate) -> tuple[int, int]:
        """The block's slots and the slots it keeps busy with its buffer (cached)."""
        key = (item_id, candidate.slot, candidate.minutes)
        if key not in self._block_masks:
            block = self.grid.between(candidate.slot, candidate.slot + candidate.slots)
            self._block_masks[key] = (block, dilate(block, self.buffer))
        return self._block_masks[key]

    def _update_free(self) -> None:
        self.free = self.grid.full & ~self.blocked
        self.free_study = self.free & ~self.context.study_avoid

    def study_minutes(self, day: date) -> int:
        """Study-eligible free minutes on a day, within its cap: what a goal could use."""
        future = self.grid.full & ~self.grid.between(0, self.earliest)
        free = (self.free_study & future & self.grid.day_mask(day)).bit_count() * SLOT_MINUTES
        return max(0, min(free, self.room(day, True)))
