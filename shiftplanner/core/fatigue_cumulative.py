"""Cumulative parts of the fatigue/risk index (after HSE RR446): how duties are strung together.

The cumulative fatigue model tracks a reaction-time score night by night from the sleep each
duty costs; the cumulative risk model adds risk for every short or ordinary rest and lets it
decay over long rests. Both look at a duty door to door, with a fixed 30 minutes of travel
each way, whatever the person's real commute.

Constants are the published tool's full-precision values; the fatigue/risk section of
rest-and-fatigue.md quotes most of them rounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

_PVT_RESTED = 3.9
_PVT_BEFORE_FIRST_NIGHT = 3.87
_PVT_PER_HOUR_LOST = 0.441596758431994
_RATE_WORSENING = 0.136934833451947
_RATE_RECOVERING = 0.686825862760272
_PVT_SCALE = 4.44


@dataclass(frozen=True, slots=True)
class DoorToDoor:
    """One duty from leaving home to getting back, as the cumulative models see it.

    Args:
        day: Day number, 1 for the home-zone date of the first duty; rest days keep theirs.
        leave: Clock hour of leaving home (a), which may be just below 0.
        arrive: Clock hour of getting home (b).
        gap_after: Real hours from getting home to leaving for the next duty; 24 after the last.
    """

    day: int
    leave: float
    arrive: float
    gap_after: float

    @property
    def span(self) -> float:
        """Clock hours from leaving to getting home (D), so that it ends at ``arrive``."""
        span = self.arrive - self.leave
        return span + 24 if span <= 0 else span

    @property
    def night(self) -> int:
        """The night whose sleep this duty cuts into: its own, or the next if it leaves late."""
        return self.day if self.leave < 15 else self.day + 1

    @property
    def start_hour(self) -> float:
        """Leaving hour (S) counted from the midnight before the day preceding its night."""
        return self.leave + 24 * (self.day - self.night + 1)


def high_sleepiness_probability(sleep_pressure: float) -> float:
    """Probability of KSS >= 8 for a sleep-pressure score: the tool's sleepiness chain."""
    spcc = 1 + 6 / (1 + math.exp(3.057 - 0.764 * sleep_pressure))
    kss = -0.6 + 1.436 * spcc
    return 1.26 / (1 + 3670 * math.exp(-1.06 * kss))


def cumulative_fatigue(duties: Sequence[DoorToDoor]) -> list[float]:
    """Cumulative fatigue component (0-100) per duty, for duties sorted by start."""
    charged = _sleep_loss_by_night(duties)
    pvt = _nightly_pvt(charged)
    return [
        100 * high_sleepiness_probability(_pvt_to_sleep_pressure(_duty_pvt(duties, i, pvt))) / 3
        for i in range(len(duties))
    ]


def cumulative_risk(duties: Sequence[DoorToDoor]) -> list[float]:
    """Cumulative risk component per duty (about 1 for an average schedule), sorted by start."""
    risks: list[float] = []
    risk = 1.0
    for i, duty in enumerate(duties):
        if i:
            risk = _next_risk(risk, duties[i - 1], duty)
        risks.append(risk / 1.113 * 0.98899)
    return risks


def _sleep_loss_after(end_hour: float) -> float:
    """Hours of main sleep lost after getting home at ``end_hour`` (two sleep-length fits)."""
    bed = 16.3 + 0.367 * end_hour if end_hour < 24.25 else end_hour + 1
    if end_hour < 18.5:
        fit = 8.13
    else:
        fit = -2.28827436527851 + 11.7995318577367 / (
            1 + 0.472949055173571 * math.exp(-1.77393493516727 + 0.16244804759197 * (bed - 20))
        )
    aircrew = min(8.0, 8 - 0.285 * (end_hour - 18.5))
    return min(8.0, 8.07 - (fit + aircrew) / 2)


def _loss_on_own_night(duty: DoorToDoor) -> float:
    """Sleep loss (A) charged to the duty's night: an early start or the sleep after it."""
    start = duty.start_hour
    after = max(_sleep_loss_after(start + duty.span), 9 - duty.gap_after)
    if 15 <= start <= 22.67:
        return after
    early = (0.03501 * (37.5 - start) + 0.01928) * (37.5 - start) if start > 22.76 else 0.0
    return min(early, after)


def _loss_on_next_night(duty: DoorToDoor) -> float:
    """Sleep loss (B) charged to the night after the duty's night."""
    return max(_sleep_loss_after(duty.start_hour + duty.span - 24), 9 - duty.gap_after)


def _sleep_loss_by_night(duties: Sequence[DoorToDoor]) -> list[float]:
    """Hours lost on each night 1..N (index 0 unused), the first duty of a night counting."""
    last_night = duties[-1].night if duties else 0
    own = [0.0] * (last_night + 2)
    following = [0.0] * (last_night + 2)
    for duty in reversed(duties):
        own[duty.night] = _loss_on_own_night(duty)
        following[duty.night + 1] = _loss_on_next_night(duty)
    return [min(8.0, own[n] + following[n]) for n in range(last_night + 1)]


def _nightly_pvt(loss_by_night: Sequence[float]) -> list[float]:
    """Reaction-time score after each night, index 0 being the score before night 1."""
    scores = [_PVT_BEFORE_FIRST_NIGHT]
    for loss in loss_by_night[1:]:
        target = _PVT_RESTED - _PVT_PER_HOUR_LOST * loss
        previous = scores[-1]
        rate = _RATE_WORSENING if previous > target else _RATE_RECOVERING
        scores.append(target + (previous - target) * math.exp(-rate))
    return scores


def _duty_pvt(duties: Sequence[DoorToDoor], i: int, pvt: Sequence[float]) -> float:
    """Reaction-time score at the start of duty ``i``, blended over the night it follows."""
    duty = duties[i]
    night = duty.night
    last_of_night = i == len(duties) - 1 or duties[i + 1].night != night
    if i == 0 or night == 1 or not last_of_night:
        current = following = _PVT_RESTED
    else:
        current, following = pvt[night - 1], pvt[night]
    start = duty.start_hour
    if 27 < start < 39:
        blend = 0.5 * (1 + math.sin(math.pi * (start - 33) / 12))
        current += (following - current) * blend
    scaled = current * _PVT_SCALE / _PVT_RESTED
    rested_share = 1.0 if i == 0 else _rested_share(duties[i - 1].gap_after)
    return rested_share * scaled + (1 - rested_share) * following


def _rested_share(gap: float) -> float:
    """How far a rest of ``gap`` hours counts as a night's sleep: none below 1 h, all from 9 h."""
    return min(1.0, max(0.0, (gap - 1) / 8))


def _pvt_to_sleep_pressure(pvt: float) -> float:
    """Sleep-pressure score for a reaction-time score, floored at 1."""
    return max(1.0, math.log((1.001 - pvt / _PVT_SCALE) / 0.00189) / 0.801)


def _next_risk(risk: float, previous: DoorToDoor, duty: DoorToDoor) -> float:
    """Running cumulative risk at ``duty``, from the risk at ``previous`` and the rest between."""
    gap = previous.gap_after
    if gap < 9:
        return risk + 0.06 * (9 - gap)
    if gap <= 24:
        return risk + 0.5 * (_circadian_risk(duty) + _circadian_risk(previous))
    return 1 + (risk - 1) * math.exp(-1.118 * (_recovery_nights(gap, previous, duty) - 1))


def _circadian_risk(duty: DoorToDoor) -> float:
    """Risk a duty adds by the time of day of its door-to-door midpoint."""
    return 0.0886 + 0.0359 * math.cos(math.pi * (duty.leave + duty.span / 2) / 12)


def _recovery_nights(gap: float, previous: DoorToDoor, duty: DoorToDoor) -> float:
    """Nights of sleep in a long rest, counting 23:00-07:00 nights cut by the rest fractionally."""
    home = (previous.arrive + 1) % 24
    leave = (duty.leave + 1) % 24
    after_end = 8 - home if home < 8 else 0.0
    before_start = leave if leave < 8 else 0.0
    nights = gap // 24 + (after_end + before_start) / 8
    if after_end > 0 and before_start > 0 and leave >= home:
        nights -= 2
    return nights
