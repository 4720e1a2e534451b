"""Sleep around the schedule (planned or estimated) and the sleepiness it predicts per duty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from shiftplanner.core.alertness import AlertnessTimeline, SleepPeriod
from shiftplanner.core.rules.schedule import Schedule
from shiftplanner.core.sleep_estimate import (
    DutySpan,
    SleepLedger,
    SleepProfile,
    estimate_sleep,
)

PEAK_STEP_MINUTES = 5


class Body:
    """The sleep ledger and the alertness timeline for one schedule, built once.

    Peak sleepiness is computed on demand per duty and kept, since only the duties near the
    analysed range are asked about.
    """

    __slots__ = ("_peaks", "_schedule", "_timeline", "ledger")

    def __init__(self, schedule: Schedule, planned: Sequence[SleepPeriod] = ()) -> None:
        person = schedule.plan.person
        sleeps = estimate_sleep(
            [DutySpan(d.start, d.end, d.night) for d in schedule.duties],
            profile=SleepProfile.of(person),
            home_zone=schedule.home_zone,
            start=schedule.start,
            end=schedule.end,
            planned=planned,
        )
        self._schedule = schedule
        self.ledger = SleepLedger(
            sleeps, need_hours=person.sleep_need_hours, home_zone=schedule.home_zone
        )
        self._timeline = AlertnessTimeline(
            sleeps, home_zone=schedule.home_zone, start=schedule.start
        )
        self._peaks: dict[int, tuple[float, datetime]] = {}

    def peak(self, index: int) -> tuple[float, datetime]:
        """Highest predicted KSS during a duty (to 0.1) and when it occurs."""
        if index not in self._peaks:
            duty = self._schedule.duties[index]
            kss, at = self._timeline.peak(duty.start, duty.end, step_minutes=PEAK_STEP_MINUTES)
            self._peaks[index] = (round(kss, 1), at)
        return self._peaks[index]
