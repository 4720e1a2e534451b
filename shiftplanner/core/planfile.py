"""The plan file, version 1 (`plan-format.md`): parse and validate JSON text, and write it.

A bad file is refused whole with a PlanError naming the JSON path and the bad value.
"""

from __future__ import annotations

import json
from typing import Any

from shiftplanner.core.goals_codec import (
    goals_from_json,
    goals_to_json,
    habits_from_json,
    habits_to_json,
)
from shiftplanner.core.person import Person, WorkProfile
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile_sections import (
    changes_from_json,
    changes_to_json,
    extras_from_json,
    extras_to_json,
    rotations_from_json,
    rotations_to_json,
    rules_from_json,
    shift_types_from_json,
    shift_types_to_json,
)
from shiftplanner.core.text import Template, Text
from shiftplanner.core.validation import Node, ObjectNode, PlanError

FORMAT = "shiftplanner-plan"
VERSION = 1
NOT_JSON = Template("not valid JSON at {where}: {reason}")
TOO_DEEP = Template("not a plan file: nested too deeply")
NOT_OUR_FORMAT = Template('expected "{format}"')
NEWER_VERSION = Template(
    "version {version} is newer than this app understands (it reads version {known})"
)
_TOP_KEYS = (
    "format", "version", "person", "work", "shift_types", "rotations",
    "changes", "extra_shifts", "goals", "habits", "rules",
)  # fmt: skip
_PERSON_KEYS = (
    "name",
    "home_zone",
    "sleep_need_hours",
    "commute_minutes",
    "personal_minutes",
)
_WORK_KEYS = (
    "workload", "attention", "break_every_minutes", "break_minutes",
    "longest_work_minutes", "break_after_longest_minutes",
)  # fmt: skip


def parse_plan(text: str) -> Plan:
    """A validated Plan from plan-file JSON text.

    Raises:
        PlanError: syntax (with line and column) or the first invalid value (with its path).
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        raise PlanError("", Text.of(NOT_JSON, where=where, reason=error.msg)) from None
    except RecursionError:
        raise PlanError("", Text.of(TOO_DEEP)) from None
    return plan_from_json(data)


def plan_from_json(data: Any) -> Plan:
    """A validated Plan from already-decoded JSON data."""
    root = Node(data, "").obj(_TOP_KEYS)
    _check_header(root)
    person = _person(root.get("person"))
    types = shift_types_from_json(root.list_member("shift_types"), person.home_zone)
    type_ids = frozenset(t.id for t in types)
    return Plan(
        person=person,
        work=root.optional("work", _work, WorkProfile()),
        shift_types=types,
        rotations=rotations_from_json(root.list_member("rotations"), type_ids),
        changes=changes_from_json(root.list_member("changes"), type_ids),
        extra_shifts=extras_from_json(root.list_member("extra_shifts"), person),
        goals=goals_from_json(root.list_member("goals")),
        habits=habits_from_json(root.list_member("habits")),
        rules=root.optional("rules", rules_from_json, {}),
        extensions=root.extensions(),
    )


def dump_plan(plan: Plan) -> str:
    """Plan-file JSON text for a plan (stable key order, UTF-8 friendly)."""
    return json.dumps(plan_to_json(plan), indent=2, ensure_ascii=False) + "\n"


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan-file object for a plan."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "person": _person_to_json(plan.person),
        "work": _work_to_json(plan.work),
        "shift_types": shift_types_to_json(plan.shift_types),
        "rotations": rotations_to_json(plan.rotations),
        "changes": changes_to_json(plan.changes),
        "extra_shifts": extras_to_json(plan.extra_shifts),
        "goals": goals_to_json(plan.goals),
        "habits": habits_to_json(plan.habits),
        "rules": dict(plan.rules),
        **plan.extensions,
    }


def _check_header(root: ObjectNode) -> None:
    if root.get("format").text() != FORMAT:
        raise root.get("format").fail(Text.of(NOT_OUR_FORMAT, format=FORMAT))
    version = root.get("version").integer(1, 10_000)
    if version != VERSION:
        raise root.get("version").fail(Text.of(NEWER_VERSION, version=version, known=VERSION))


def _person(node: Node) -> Person:
    obj = node.obj(_PERSON_KEYS)
    return Person(
        name=obj.optional("name", lambda n: n.text(allow_empty=True), ""),
        home_zone=obj.get("home_zone").zone_name(),
        sleep_need_hours=obj.optional("sleep_need_hours", lambda n: n.number(4, 12), 8.0),
        commute_minutes=obj.optional("commute_minutes", lambda n: n.integer(0, 360), 0),
        personal_minutes=obj.optional("personal_minutes", lambda n: n.integer(0, 480), 90),
    )


def _work(node: Node) -> WorkProfile:
    obj = node.obj(_WORK_KEYS)
    default = WorkProfile()

    def minutes(key: str, fallback: int, least: int = 0) -> int:
        return obj.optional(key, lambda n: n.integer(least, 24 * 60), fallback)

    return WorkProfile(
        workload=obj.optional("workload", lambda n: n.integer(0, 3), default.workload),
        attention=obj.optional("attention", lambda n: n.integer(0, 3), default.attention),
        break_every_minutes=minutes("break_every_minutes", default.break_every_minutes, 15),
        break_minutes=minutes("break_minutes", default.break_minutes),
        longest_work_minutes=minutes("longest_work_minutes", default.longest_work_minutes, 15),
        break_after_longest_minutes=minutes(
            "break_after_longest_minutes", default.break_after_longest_minutes
        ),
    )


def _person_to_json(person: Person) -> dict[str, Any]:
    return {
        "name": person.name,
        "home_zone": person.home_zone,
        "sleep_need_hours": person.sleep_need_hours,
        "commute_minutes": person.commute_minutes,
        "personal_minutes": person.personal_minutes,
    }


def _work_to_json(work: WorkProfile) -> dict[str, Any]:
    return {
        "workload": work.workload,
        "attention": work.attention,
        "break_every_minutes": work.break_every_minutes,
        "break_minutes": work.break_minutes,
        "longest_work_minutes": work.longest_work_minutes,
        "break_after_longest_minutes": work.break_after_longest_minutes,
    }
