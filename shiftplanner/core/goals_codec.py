"""Plan-file sections for study goals and self-care habits (`docs/plan-file-goals-and-habits.md`).

Keys added after version 1 shipped are optional and written back only when set, so older
files load unchanged and dump exactly as before.
"""

from __future__ import annotations

from datetime import time
from typing import Any

from shiftplanner.core.blocks import BlockKind
from shiftplanner.core.goals import (
    HIGHEST_PRIORITY,
    LOWEST_PRIORITY,
    Anchor,
    ClockWindow,
    DayFilter,
    Goal,
    Habit,
    RelativeWindow,
    StudySession,
    Window,
)
from shiftplanner.core.instants import format_clock
from shiftplanner.core.text import Template, Text
from shiftplanner.core.validation import LISTED_TWICE, Node, ObjectNode, PlanError

_GOAL_KEYS = (
    "id", "name", "target_hours", "deadline", "min_session_minutes", "max_session_minutes", "log",
    "windows", "priority", "days",
)  # fmt: skip
_LOG_KEYS = ("date", "minutes")
_HABIT_KEYS = (
    "id", "name", "minutes", "min_minutes", "max_minutes", "per_week", "window", "ideal",
    "priority", "days", "kind",
)  # fmt: skip
_CLOCK_KEYS = ("start", "end", "ideal")
_RELATIVE_KEYS = ("after", "before", "from_minutes", "to_minutes", "ideal_minutes")
_ANCHORS = tuple(a.value for a in Anchor)
_DAYS = tuple(d.value for d in DayFilter)
_HABIT_KINDS = (BlockKind.SELF_CARE.value, BlockKind.STUDY.value)
_MAX_RELATIVE_MINUTES = 24 * 60
_DAY_MINUTES = 24 * 60

# `{field}` is the key the value is measured against, as the plan file spells it.
SHORTER_THAN = Template("{value} is shorter than {field} ({limit})")
LONGER_THAN = Template("{value} is longer than {field} ({limit})")
IDEAL_NEEDS_CLOCK = Template(
    'needs a clock window such as "window": "18:00-21:00" (a relative window takes ideal_minutes)'
)
MINUTES_REQUIRED = Template("is required (or both min_minutes and max_minutes)")
IDEAL_TWICE = Template("give the ideal time once, here or beside the window")
NOT_A_WINDOW = Template('"{text}" is not a window; use "HH:MM-HH:MM", e.g. "18:00-21:00"')
NARROW_WINDOW = Template(
    "the window {window} is {length} min, shorter than a {session}-minute session"
)
IDEAL_OUTSIDE = Template("ideal {ideal} is outside {window}")
AFTER_AND_BEFORE = Template('give "after" or "before", not both')
NO_ROOM = Template("from {nearer} to {farther} min leaves no room for a {session}-minute session")


def goals_from_json(node: Node) -> tuple[Goal, ...]:
    """Study goals with unique ids and sane session lengths."""
    goals = tuple(_goal(item) for item in node.items())
    _check_unique_ids([g.id for g in goals], node)
    return goals


def _goal(node: Node) -> Goal:
    obj = node.obj(_GOAL_KEYS)
    shortest = obj.optional("min_session_minutes", lambda n: n.integer(15, 600), 45)
    longest = obj.optional("max_session_minutes", lambda n: n.integer(15, 600), max(90, shortest))
    if longest < shortest:
        raise obj.get("max_session_minutes").fail(
            Text.of(SHORTER_THAN, value=longest, field="min_session_minutes", limit=shortest)
        )
    windows = tuple(_window(item, shortest, None) for item in obj.list_member("windows").items())
    return Goal(
        id=obj.get("id").text(),
        name=obj.optional("name", lambda n: n.text(), obj.get("id").text()),
        target_hours=obj.get("target_hours").number(0.25, 10_000),
        deadline=obj.get("deadline").day(),
        min_session_minutes=shortest,
        max_session_minutes=longest,
        log=obj.optional("log", _log, ()),
        windows=windows,
        priority=obj.optional("priority", _priority, 2),
        days=obj.optional("days", _days, DayFilter.ANY),
    )


def _log(node: Node) -> tuple[StudySession, ...]:
    sessions = []
    for item in node.items():
        obj = item.obj(_LOG_KEYS)
        sessions.append(
            StudySession(date=obj.get("date").day(), minutes=obj.get("minutes").integer(1, 1440))
        )
    return tuple(sessions)


def habits_from_json(node: Node) -> tuple[Habit, ...]:
    """Self-care habits with unique ids."""
    habits = tuple(_habit(item) for item in node.items())
    _check_unique_ids([h.id for h in habits], node)
    return habits


def _habit(node: Node) -> Habit:
    obj = node.obj(_HABIT_KEYS)
    habit_id = obj.get("id").text()
    minutes, shortest, longest = _session_minutes(obj)
    ideal = obj.optional("ideal", lambda n: n.clock(), None)
    window = obj.optional("window", lambda n: _window(n, shortest or minutes, ideal), None)
    if ideal is not None and not isinstance(window, ClockWindow):
        raise obj.get("ideal").fail(Text.of(IDEAL_NEEDS_CLOCK))
    return Habit(
        id=habit_id,
        name=obj.optional("name", lambda n: n.text(), habit_id),
        minutes=minutes,
        per_week=obj.get("per_week").integer(1, 21),
        min_minutes=shortest,
        max_minutes=longest,
        window=window,
        priority=obj.optional("priority", _priority, 3),
        days=obj.optional("days", _days, DayFilter.ANY),
        kind=obj.optional("kind", lambda n: BlockKind(n.one_of(_HABIT_KINDS)), BlockKind.SELF_CARE),
    )


def _session_minutes(obj: ObjectNode) -> tuple[int, int | None, int | None]:
    """Preferred, shortest and longest session: `minutes`, or `min_minutes`/`max_minutes`."""
    shortest = obj.optional("min_minutes", lambda n: n.integer(5, 720), None)
    longest = obj.optional("max_minutes", lambda n: n.integer(5, 720), None)
    if not obj.has("minutes") and (shortest is None or longest is None):
        raise PlanError(obj.child_path("minutes"), Text.of(MINUTES_REQUIRED))
    minutes = obj.optional("minutes", lambda n: n.integer(5, 720), longest or 0)
    if shortest is not None and minutes < shortest:
        where = "minutes" if obj.has("minutes") else "max_minutes"
        shorter = Text.of(SHORTER_THAN, value=minutes, field="min_minutes", limit=shortest)
        raise obj.get(where).fail(shorter)
    if longest is not None and minutes > longest:
        longer = Text.of(LONGER_THAN, value=minutes, field="max_minutes", limit=longest)
        raise obj.get("minutes").fail(longer)
    return minutes, shortest, longest


def _window(node: Node, session_minutes: int, ideal: time | None) -> Window:
    if isinstance(node.value, str):
        return _clock_window_text(node, session_minutes, ideal)
    obj = node.obj(_CLOCK_KEYS + _RELATIVE_KEYS)
    if obj.has("after") or obj.has("before"):
        return _relative_window(node.obj(_RELATIVE_KEYS), session_minutes)
    clock = node.obj(_CLOCK_KEYS)
    own_ideal = clock.optional("ideal", lambda n: n.clock(), None)
    if own_ideal is not None and ideal is not None:
        raise clock.get("ideal").fail(Text.of(IDEAL_TWICE))
    window = ClockWindow(clock.get("start").clock(), clock.get("end").clock(), own_ideal or ideal)
    return _checked_clock_window(node, window, session_minutes)


def _clock_window_text(node: Node, session_minutes: int, ideal: time | None) -> ClockWindow:
    parts = node.text().split("-")
    if len(parts) != 2:
        raise node.fail(Text.of(NOT_A_WINDOW, text=str(node.value)))
    start, end = (Node(part.strip(), node.path).clock() for part in parts)
    return _checked_clock_window(node, ClockWindow(start, end, ideal), session_minutes)


def _checked_clock_window(node: Node, window: ClockWindow, session_minutes: int) -> ClockWindow:
    length = _clock_length(window.start, window.end)
    if length < session_minutes:
        window_text = _clock_text(window)
        raise node.fail(
            Text.of(NARROW_WINDOW, window=window_text, length=length, session=session_minutes)
        )
    if window.ideal is not None and _clock_length(window.start, window.ideal) >= length:
        ideal = format_clock(window.ideal)
        raise node.fail(Text.of(IDEAL_OUTSIDE, ideal=ideal, window=_clock_text(window)))
    return window


def _relative_window(obj: ObjectNode, session_minutes: int) -> RelativeWindow:
    if obj.has("after") and obj.has("before"):
        raise obj.get("before").fail(Text.of(AFTER_AND_BEFORE))
    direction = "after" if obj.has("after") else "before"
    anchor = Anchor(obj.get(direction).one_of(_ANCHORS))
    nearer = obj.get("from_minutes").integer(0, _MAX_RELATIVE_MINUTES)
    farther = obj.get("to_minutes").integer(0, _MAX_RELATIVE_MINUTES)
    if farther - nearer < session_minutes:
        raise obj.get("to_minutes").fail(
            Text.of(NO_ROOM, nearer=nearer, farther=farther, session=session_minutes)
        )
    ideal = obj.optional("ideal_minutes", lambda n: n.integer(nearer, farther), None)
    return RelativeWindow(anchor, direction == "after", nearer, farther, ideal)


def _clock_length(start: time, end: time) -> int:
    """Minutes from start to end on the clock; equal times mean the whole day."""
    minutes = (end.hour * 60 + end.minute - start.hour * 60 - start.minute) % _DAY_MINUTES
    return minutes or _DAY_MINUTES


def _clock_text(window: ClockWindow) -> str:
    return f"{format_clock(window.start)}-{format_clock(window.end)}"


def _priority(node: Node) -> int:
    return node.integer(HIGHEST_PRIORITY, LOWEST_PRIORITY)


def _days(node: Node) -> DayFilter:
    return DayFilter(node.one_of(_DAYS))


def _check_unique_ids(ids: list[str], node: Node) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise PlanError(f"{node.child_path(index)}.id", Text.of(LISTED_TWICE, value=item_id))
        seen.add(item_id)


def goals_to_json(goals: tuple[Goal, ...]) -> list[dict[str, Any]]:
    """Plan-file form of goals."""
    return [_goal_to_json(goal) for goal in goals]


def _goal_to_json(goal: Goal) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": goal.id,
        "name": goal.name,
        "target_hours": goal.target_hours,
        "deadline": goal.deadline.isoformat(),
        "min_session_minutes": goal.min_session_minutes,
        "max_session_minutes": goal.max_session_minutes,
        "log": [{"date": s.date.isoformat(), "minutes": s.minutes} for s in goal.log],
    }
    if goal.windows:
        data["windows"] = [_window_to_json(window, inline_ideal=True) for window in goal.windows]
    if goal.priority != 2:
        data["priority"] = goal.priority
    if goal.days is not DayFilter.ANY:
        data["days"] = goal.days.value
    return data


def habits_to_json(habits: tuple[Habit, ...]) -> list[dict[str, Any]]:
    """Plan-file form of habits."""
    return [_habit_to_json(habit) for habit in habits]


def _habit_to_json(habit: Habit) -> dict[str, Any]:
    data: dict[str, Any] = {"id": habit.id, "name": habit.name, "minutes": habit.minutes}
    if habit.min_minutes is not None:
        data["min_minutes"] = habit.min_minutes
    if habit.max_minutes is not None:
        data["max_minutes"] = habit.max_minutes
    data["per_week"] = habit.per_week
    if habit.window is not None:
        data["window"] = _window_to_json(habit.window, inline_ideal=False)
        if isinstance(habit.window, ClockWindow) and habit.window.ideal is not None:
            data["ideal"] = format_clock(habit.window.ideal)
    if habit.priority != 3:
        data["priority"] = habit.priority
    if habit.days is not DayFilter.ANY:
        data["days"] = habit.days.value
    if habit.kind is not BlockKind.SELF_CARE:
        data["kind"] = habit.kind.value
    return data


def _window_to_json(window: Window, *, inline_ideal: bool) -> str | dict[str, Any]:
    if isinstance(window, ClockWindow):
        if inline_ideal and window.ideal is not None:
            return {
                "start": format_clock(window.start),
                "end": format_clock(window.end),
                "ideal": format_clock(window.ideal),
            }
        return _clock_text(window)
    data: dict[str, Any] = {
        "after" if window.after else "before": window.anchor.value,
        "from_minutes": window.from_minutes,
        "to_minutes": window.to_minutes,
    }
    if window.ideal_minutes is not None:
        data["ideal_minutes"] = window.ideal_minutes
    return data
