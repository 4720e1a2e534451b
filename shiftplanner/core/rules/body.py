"""Sleep around the schedule (planned or estimated) and the sleepiness it predicts per duty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from shiftplanner.core.alertness import AlertnessTimeline, SleepPeriod
from shiftplanner.core.rules.schedule import Schedule
from shiftplanner.core.sleep_estimate import (
    DutySpan,
    SleepLedger,
    SleepProfile,
    estimate_sleep,
)

# Awake and on duty, KSS changes by at most about 1.3 an hour (homeostatic, circadian and
# ultradian terms together), so a half-hourly scan misses the peak by under 0.35; 5-minute
# steps around the best sample then find it.
COARSE_STEP = timedelta(minutes=30)
FINE_STEP_MINUTES = 5
COARSE_MARGIN = 0.4


class Body:
    """The sleep ledger and the alertness timeline for one schedule, built once.

    Peak sleepiness is computed on demand per duty and kept, since only the duties near the
    analysed range are asked about.
    """

    __slots__ = ("_coarse", "_peaks", "_schedule", "_timeline", "ledger")

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
        self._coarse: dict[int, tuple[float, datetime]] = {}

    def may_reach(self, index: int, kss: float) -> bool:
        """Whether a duty's peak KSS could reach a level; a cheap scan rules most duties out."""
        return self._coarse_peak(index)[0] >= kss - COARSE_MARGIN

    def peak(self, index: int) -> tuple[float, datetime]:
        """Highest predicted KSS during a duty (to 0.1) and when it occurs."""
        if index not in self._peaks:
            duty = self._schedule.duties[index]
            coarse, at = self._coarse_peak(index)
            around = (max(duty.start, at - COARSE_STEP), min(duty.end, at + COARSE_STEP))
            fine, fine_at = self._timeline.peak(*around, step_minutes=FINE_STEP_MINUTES)
            kss, when = (fine, fine_at) if fine > coarse else (coarse, at)
            self._peaks[index] = (round(kss, 1), when)
        return self._peaks[index]

    def _coarse_peak(self, index: int) -> tuple[float, datetime]:
        if index not in self._coarse:
            duty = self._schedule.duties[index]
            minutes = round(COARSE_STEP.total_seconds() / 60)
            self._coarse[index] = self._timeline.peak(duty.start, duty.end, step_minutes=minutes)
        return self._coarse[index]
