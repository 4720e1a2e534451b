"""Certification study goals and self-care habits, as the plan describes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class StudySession:
    """A study session already done (confirmed), counted toward its goal."""

    date: date
    minutes: int


@dataclass(frozen=True, slots=True)
class Goal:
    """A certification goal: hours of study by an exam date."""

    id: str
    name: str
    target_hours: float
    deadline: date
    min_session_minutes: int = 45
    max_session_minutes: int = 90
    log: tuple[StudySession, ...] = ()

    @property
    def done_minutes(self) -> int:
        """Minutes of confirmed study."""
        return sum(session.minutes for session in self.log)


@dataclass(frozen=True, slots=True)
class Habit:
    """A self-care habit: sessions of some length, a number of times a week."""

    id: str
    name: str
    minutes: int
    per_week: int
