"""Placing sleep, study and self-care blocks around the shifts (`placement.md`)."""

from shiftplanner.core.placement.candidates import Weights
from shiftplanner.core.placement.context import Settings
from shiftplanner.core.placement.week import Placement, plan_blocks

__all__ = ["Placement", "Settings", "Weights", "plan_blocks"]
