"""The schedule as the rules see it: duties in home time, the rest gaps and the work runs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from enum import Enum

from shiftplanner.core.instants import home_date, in_zone, to_instant
from shiftplanner.core.plan import Plan
from shiftplanner.core.shifts import Shift

NIGHT_START = time(22, 0)
NIGHT_END = time(6, 0)
NIGHT_MIN_MINUTES = 3 * 60
RUN_BREAK = timedelta(hours=24)


class Category(Enum):
    """A shift's category by its start in home time; forward rotation follows this order."""

    MORNING = "morning"
    MID = "mid"
    GRAVEYARD = "graveyard"

    @classmethod
    def of(cls, start: datetime, home_zone: str) -> Category:
        """Morning 04:00-10:59, mid 11:00-17:59, graveyard 18:00-03:59 (home time)."""
        hour = in_zone(start, home_zone).hour
        if 4 <= hour < 11:
            return cls.MORNING
        if 11 <= hour < 18:
            return cls.MID
        return cls.GRAVEYARD

    def is_backward_step_to(self, following: Category) -> bool:
        """Graveyard -> mid, mid -> morning and morning -> graveyard go against the body clock."""
        order = list(Category)
        return (order.index(following) - order.index(self)) % len(order) == len(order) - 1


def night_minutes(start: datetime, end: datetime, home_zone: str) -> int:
    """Minutes of a duty that fall between 22:00 and 06:00 home time (real time)."""
    total = timedelta()
    day = home_date(start, home_zone) - timedelta(days=1)
    while (night_start := to_instant(day, NIGHT_START, home_zone)) < end:
        night_end = to_instant(day + timedelta(days=1), NIGHT_END, home_zone)
        overlap = min(end, night_end) - max(start, night_start)
        total += max(overlap, timedelta())
        day += timedelta(days=1)
    return round(total.total_seconds() / 60)


@dataclass(frozen=True, slots=True)
class Duty:
    """A shift with what the rules ask of it: is it a night shift, which category."""

    shift: Shift
    night: bool
    category: Category

    @property
    def start(self) -> datetime:
        """UTC start."""
        return self.shift.start

    @property
    def end(self) -> datetime:
        """UTC end."""
        return self.shift.end

    @property
    def worked_minutes(self) -> int:
        """Worked time (real length less the unpaid break), to the minute."""
        return round(self.shift.worked_hours * 60)


@dataclass(frozen=True, slots=True)
class Gap:
    """Rest between the end of one duty and the start of the next, in real time."""

    before: Duty
    after: Duty

    @property
    def start(self) -> datetime:
        """When the rest starts."""
        return self.before.end

    @property
    def end(self) -> datetime:
        """When it ends."""
        return self.after.start

    @property
    def minutes(self) -> int:
        """Length to the minute."""
        return round((self.end - self.start).total_seconds() / 60)

    @property
    def hours(self) -> float:
        """Length in hours, to the minute."""
        return self.minutes / 60


@dataclass(frozen=True, slots=True)
class Schedule:
    """Duties around the analysed range, with their gaps and work runs.

    Args:
        plan: The plan (person, thresholds, shift types for suggestions).
        duties: Every duty in the window, in start order.
        gaps: Positive rest gaps between consecutive duties (overlaps have none).
        runs: Maximal sequences of duties whose gaps are each under 24 h.
        run_ids: The run of each duty, by index.
        start: Where the window begins; the time before the first duty counts as rest.
        end: Where it ends.
    """

    plan: Plan
    duties: tuple[Duty, ...]
    gaps: tuple[Gap, ...]
    runs: tuple[tuple[Duty, ...], ...]
    run_ids: tuple[int, ...]
    start: datetime
    end: datetime

    @property
    def home_zone(self) -> str:
        """The zone of the body clock and of every message."""
        return self.plan.home_zone

    def threshold(self, key: str) -> float:
        """A rule threshold with the person's overrides."""
        return self.plan.thresholds()[key]

    def group_by_run(self, flagged: Iterable[int]) -> list[list[int]]:
        """Flagged duty indices grouped by work run: one finding per problem, not per shift."""
        groups: dict[int, list[int]] = {}
        for index in sorted(flagged):
            groups.setdefault(self.run_ids[index], []).append(index)
        return list(groups.values())


def build_schedule(plan: Plan, shifts: Sequence[Shift], start: datetime, end: datetime) -> Schedule:
    """The schedule of these shifts (any order) between two instants."""
    zone = plan.home_zone
    ordered = sorted(shifts, key=_order)
    duties = tuple(
        Duty(
            shift=shift,
            night=night_minutes(shift.start, shift.end, zone) >= NIGHT_MIN_MINUTES,
            category=Category.of(shift.start, zone),
        )
        for shift in ordered
    )
    gaps: list[Gap] = []
    runs: list[list[Duty]] = []
    latest: Duty | None = None
    for duty in duties:
        if latest is None or duty.start - latest.end >= RUN_BREAK:
            runs.append([])
        if latest is not None and duty.start > latest.end:
            gaps.append(Gap(latest, duty))
        runs[-1].append(duty)
        if latest is None or duty.end > latest.end:
            latest = duty
    run_ids = tuple(number for number, run in enumerate(runs) for _ in run)
    return Schedule(plan, duties, tuple(gaps), tuple(tuple(r) for r in runs), run_ids, start, end)


def _order(shift: Shift) -> tuple[datetime, datetime, str, str, str]:
    return shift.start, shift.end, shift.name, shift.type_id or "", shift.source.value
