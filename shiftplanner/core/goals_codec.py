"""Plan-file sections for study goals and self-care habits."""

from __future__ import annotations

from typing import Any

from shiftplanner.core.goals import Goal, Habit, StudySession
from shiftplanner.core.validation import Node, PlanError

_GOAL_KEYS = (
    "id", "name", "target_hours", "deadline", "min_session_minutes", "max_session_minutes", "log",
)  # fmt: skip
_LOG_KEYS = ("date", "minutes")
_HABIT_KEYS = ("id", "name", "minutes", "per_week")


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
            f"{longest} is shorter than min_session_minutes ({shortest})"
        )
    return Goal(
        id=obj.get("id").text(),
        name=obj.optional("name", lambda n: n.text(), obj.get("id").text()),
        target_hours=obj.get("target_hours").number(0.25, 10_000),
        deadline=obj.get("deadline").day(),
        min_session_minutes=shortest,
        max_session_minutes=longest,
        log=obj.optional("log", _log, ()),
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
    habits = []
    for item in node.items():
        obj = item.obj(_HABIT_KEYS)
        habit_id = obj.get("id").text()
        habits.append(
            Habit(
                id=habit_id,
                name=obj.optional("name", lambda n: n.text(), habit_id),
                minutes=obj.get("minutes").integer(5, 720),
                per_week=obj.get("per_week").integer(1, 21),
            )
        )
    _check_unique_ids([h.id for h in habits], node)
    return tuple(habits)


def _check_unique_ids(ids: list[str], node: Node) -> None:
    seen: set[str] = set()
    for index, item_id in enumerate(ids):
        if item_id in seen:
            raise PlanError(f"{node.child_path(index)}.id", f'"{item_id}" is listed twice')
        seen.add(item_id)


def goals_to_json(goals: tuple[Goal, ...]) -> list[dict[str, Any]]:
    """Plan-file form of goals."""
    return [
        {
            "id": g.id,
            "name": g.name,
            "target_hours": g.target_hours,
            "deadline": g.deadline.isoformat(),
            "min_session_minutes": g.min_session_minutes,
            "max_session_minutes": g.max_session_minutes,
            "log": [{"date": s.date.isoformat(), "minutes": s.minutes} for s in g.log],
        }
        for g in goals
    ]


def habits_to_json(habits: tuple[Habit, ...]) -> list[dict[str, Any]]:
    """Plan-file form of habits."""
    return [
        {"id": h.id, "name": h.name, "minutes": h.minutes, "per_week": h.per_week} for h in habits
    ]
