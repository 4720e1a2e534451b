"""Blocks: planned non-work intervals (sleep, nap, study, self-care) and busy time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from shiftplanner.core.instants import real_hours


class BlockKind(Enum):
    """What a block is for; the values are the contract's `kind`."""

    SLEEP = "sleep"
    NAP = "nap"
    STUDY = "study"
    SELF_CARE = "self-care"

    @property
    def is_sleep(self) -> bool:
        """Sleep and naps feed the sleep ledger and the alertness model."""
        return self in (BlockKind.SLEEP, BlockKind.NAP)


@dataclass(frozen=True, slots=True)
class Block:
    """One planned interval.

    Args:
        kind: Sleep, nap, study or self-care.
        ref: What it serves: a goal or habit id, or "sleep"/"nap".
        start: UTC instant.
        end: UTC instant.
        locked: The person placed it by hand; the placer never moves it.
        done: The person confirmed it happened (counts toward a goal).
    """

    kind: BlockKind
    ref: str
    start: datetime
    end: datetime
    locked: bool = False
    done: bool = False

    @property
    def hours(self) -> float:
        """Real length."""
        return real_hours(self.start, self.end)


@dataclass(frozen=True, slots=True)
class BusyTime:
    """A personal appointment (imported or typed in) that placement must avoid."""

    start: datetime
    end: datetime
    label: str = ""
