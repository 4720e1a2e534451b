"""Goals and habits expanded into the sessions (items) to place over the horizon.

A habit gives `per_week` sessions in each 7-day chunk of the horizon. When it wants at least
one session on every eligible day, each day gets its own (day-bound) items; otherwise the
sessions float over the week. A goal's weekly quota is split into sessions of its allowed
length. Each item carries the spans it may sit in, one per window instance, each with the
start the person would like best.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import (
    Anchor,
    ClockWindow,
    DayFilter,
    Goal,
    Habit,
    RelativeWindow,
    Window,
)
from shiftplanner.core.instants import format_clock, home_date, to_instant
from shiftplanner.core.placement.context import Context

WEEK_DAYS = 7
_ONE = timedelta(days=1)
_ANCHOR_WORDS = {
    Anchor.WAKE: "waking",
    Anchor.SLEEP: "main sleep",
    Anchor.SHIFT_START: "a shift starts",
    Anchor.SHIFT_END: "a shift ends",
}


@dataclass(frozen=True, slots=True)
class Span:
    """One instance of a window: a session must lie within [start, end).

    Args:
        ideal: The best start, or None when any start is as good.
        day: The home-zone date the instance belongs to.
    """

    start: datetime
    end: datetime
    ideal: datetime | None
    day: date


@dataclass(frozen=True, slots=True)
class Item:
    """One session to place.

    Args:
        id: Stable and sortable: the ref, the date or week, and a counter.
        minutes: Preferred length; `min_minutes` the shortest acceptable.
        priority: 1 (most important) to 4.
        day_bound: Belongs to one date rather than floating over a week.
        first_day: First home date it may fall on; `last_day` the last.
        window_text: The window in words, for reasons ("" when it has none).
        days: Which dates it may use, for reasons.
    """

    id: str
    ref: str
    name: str
    kind: BlockKind
    minutes: int
    min_minutes: int
    priority: int
    spans: tuple[Span, ...]
    day_bound: bool
    first_day: date
    last_day: date
    window_text: str = ""
    days: DayFilter = DayFilter.ANY

    @property
    def is_study(self) -> bool:
        """Study follows the cognitive-load rules."""
        return self.kind is BlockKind.STUDY


def weeks(context: Context) -> list[list[date]]:
    """The horizon's dates in 7-day chunks from its first date."""
    days = context.grid.days()
    return [days[i : i + WEEK_DAYS] for i in range(0, len(days), WEEK_DAYS)]


def expand_items(context: Context, quotas: Mapping[str, Sequence[int]]) -> list[Item]:
    """Every session of every habit and goal over the horizon, in id order.

    `quotas[goal_id][w]` is the goal's study minutes for week chunk w.
    """
    items: list[Item] = []
    for index, week in enumerate(weeks(context)):
        for habit in context.plan.habits:
            items.extend(_habit_items(habit, week, context))
        for goal in context.plan.goals:
            minutes = quotas.get(goal.id, ())
            if index < len(minutes) and minutes[index] > 0:
                items.extend(_goal_items(goal, week, minutes[index], context))
    return sorted(items, key=lambda item: item.id)


def _habit_items(habit: Habit, week: list[date], context: Context) -> Iterator[Item]:
    count = round(habit.per_week * len(week) / WEEK_DAYS)
    eligible = [d for d in week if _day_allowed(habit.days, d, context)]
    spans = {d: tuple(_window_spans(habit.window, d, habit.minutes, context)) for d in eligible}
    per_day, floating = divmod(count, len(eligible)) if 0 < len(eligible) <= count else (0, count)
    for day in eligible:
        for number in range(per_day):
            item_id = f"{habit.id}@{day.isoformat()}#{number + 1}"
            yield _habit_item(habit, item_id, spans[day], (day, day))
    week_spans = tuple(span for day in eligible for span in spans[day])
    for number in range(floating):
        item_id = f"{habit.id}@{week[0].isoformat()}~{number + 1}"
        yield _habit_item(habit, item_id, week_spans, (week[0], week[-1]))


def _habit_item(
    habit: Habit, item_id: str, spans: tuple[Span, ...], days: tuple[date, date]
) -> Item:
    return Item(
        id=item_id, ref=habit.id, name=habit.name, kind=habit.kind, minutes=habit.minutes,
        min_minutes=habit.shortest, priority=habit.priority, spans=spans,
        day_bound=days[0] == days[1], first_day=days[0], last_day=days[1],
        window_text=_window_text(habit.window), days=habit.days,
    )  # fmt: skip


def _goal_items(goal: Goal, week: list[date], quota: int, context: Context) -> Iterator[Item]:
    sessions = math.ceil(quota / goal.max_session_minutes)
    length = 15 * math.ceil(quota / sessions / 15)
    length = min(max(length, goal.min_session_minutes), goal.max_session_minutes)
    eligible = [d for d in week if _day_allowed(goal.days, d, context)]
    windows: Sequence[Window | None] = goal.windows or (None,)
    spans = tuple(
        span for day in eligible for window in windows
        for span in _window_spans(window, day, length, context)
    )  # fmt: skip
    text = ", ".join(_window_text(w) for w in goal.windows)
    for number in range(sessions):
        yield Item(
            id=f"{goal.id}@{week[0].isoformat()}~{number + 1}", ref=goal.id, name=goal.name,
            kind=BlockKind.STUDY, minutes=length, min_minutes=min(length, goal.min_session_minutes),
            priority=goal.priority, spans=spans, day_bound=False, first_day=week[0],
            last_day=week[-1], window_text=text, days=goal.days,
        )  # fmt: skip


def _day_allowed(days: DayFilter, day: date, context: Context) -> bool:
    if days is DayFilter.ANY:
        return True
    return (day in context.work_days) == (days is DayFilter.WORK)


def _window_spans(
    window: Window | None, day: date, minutes: int, context: Context
) -> Iterator[Span]:
    zone = context.home_zone
    if window is None:
        yield Span(to_instant(day, time(0), zone), to_instant(day + _ONE, time(0), zone), None, day)
    elif isinstance(window, ClockWindow):
        yield _clock_span(window, day, minutes, zone)
    else:
        for anchor in _anchors(window.anchor, context):
            if home_date(anchor, zone) == day:
                yield _relative_span(window, anchor, minutes, day)


def _clock_span(window: ClockWindow, day: date, minutes: int, zone: str) -> Span:
    start = to_instant(day, window.start, zone)
    end_day = day + _ONE if window.end <= window.start else day
    end = to_instant(end_day, window.end, zone)
    if window.ideal is None:
        return Span(start, end, _centred(start, end, minutes), day)
    ideal_day = day + _ONE if window.ideal < window.start else day
    return Span(start, end, to_instant(ideal_day, window.ideal, zone), day)


def _relative_span(window: RelativeWindow, anchor: datetime, minutes: int, day: date) -> Span:
    sign = 1 if window.after else -1
    edges = sorted(
        anchor + sign * timedelta(minutes=m) for m in (window.from_minutes, window.to_minutes)
    )
    if window.ideal_minutes is None:
        ideal = _centred(edges[0], edges[1], minutes)
    else:
        ideal = anchor + sign * timedelta(minutes=window.ideal_minutes)
    return Span(edges[0], edges[1], ideal, day)


def _centred(start: datetime, end: datetime, minutes: int) -> datetime:
    return start + max(timedelta(0), (end - start - timedelta(minutes=minutes)) / 2)


def _anchors(anchor: Anchor, context: Context) -> Iterator[datetime]:
    main_sleeps = [b for b in context.sleeps if b.kind is BlockKind.SLEEP]
    if anchor is Anchor.WAKE:
        yield from (b.end for b in main_sleeps)
    elif anchor is Anchor.SLEEP:
        yield from (b.start for b in main_sleeps)
    elif anchor is Anchor.SHIFT_START:
        yield from (s.start for s in context.shifts)
    else:
        yield from (s.end for s in context.shifts)


def _window_text(window: Window | None) -> str:
    if window is None:
        return ""
    if isinstance(window, ClockWindow):
        return f"{format_clock(window.start)}-{format_clock(window.end)}"
    direction = "after" if window.after else "before"
    words = _ANCHOR_WORDS[window.anchor]
    return f"{window.from_minutes}-{window.to_minutes} min {direction} {words}"
