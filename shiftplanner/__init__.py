"""Shift Planner: rest, sleep, study and self-care planning for rotating shift workers."""

__version__ = "0.1.0"
