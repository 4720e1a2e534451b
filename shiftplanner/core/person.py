"""The person a plan belongs to and the demands of their job."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Person:
    """Who the plan is for and the zone their body clock lives in.

    Args:
        name: Display name.
        home_zone: IANA zone where the person lives and sleeps.
        sleep_need_hours: Sleep the person needs per day.
        commute_minutes: One-way commute.
        personal_minutes: Time in a rest gap that is neither commute nor sleep.
    """

    name: str
    home_zone: str
    sleep_need_hours: float = 8.0
    commute_minutes: int = 0
    personal_minutes: int = 90


@dataclass(frozen=True, slots=True)
class WorkProfile:
    """Job demands used by the fatigue/risk index (HSE RR446 scales).

    Workload and attention run 0-3, 3 the most demanding. Break pattern in minutes.
    """

    workload: int = 2
    attention: int = 2
    break_every_minutes: int = 120
    break_minutes: int = 15
    longest_work_minutes: int = 240
    break_after_longest_minutes: int = 60
