"""Path-aware reading of JSON-like data, so every error names where and what."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, time
from typing import Any, TypeVar

from shiftplanner.core.instants import UnknownZoneError, parse_clock, zone
from shiftplanner.core.text import Template, Text, located

T = TypeVar("T")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LOCAL = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")

EXPECTED_OBJECT = Template("expected an object, got {value}")
UNKNOWN_KEY = Template("unknown key (known keys: {known})")
EXPECTED_LIST = Template("expected a list, got {value}")
EXPECTED_TEXT = Template("expected text, got {value}")
EMPTY = Template("must not be empty")
EXPECTED_NUMBER = Template("expected a number, got {value}")
OUT_OF_RANGE = Template("{value} is out of range ({low} to {high})")
EXPECTED_WHOLE = Template("expected a whole number, got {value}")
EXPECTED_BOOLEAN = Template("expected true or false, got {value}")
NOT_A_DATE = Template('"{text}" is not a date; use YYYY-MM-DD')
NOT_A_REAL_DATE = Template('"{text}" is not a real date')
NOT_A_CLOCK = Template('"{text}" is not a time of day; use HH:MM, e.g. "09:00"')
CLOCK_OUT_OF_RANGE = Template('"{text}" is not a time of day; hours run 00-23 and minutes 00-59')
NOT_A_LOCAL_TIME = Template('"{text}" is not a local date-time; use YYYY-MM-DDTHH:MM')
NOT_A_REAL_TIME = Template('"{text}" is not a real date and time')
UNKNOWN_ZONE = Template('unknown time zone "{name}"')
NOT_A_COLOR = Template('"{text}" is not a colour; use #rrggbb')
NOT_ONE_OF = Template('"{text}" is not one of: {choices}')
REQUIRED = Template("is required")
LISTED_TWICE = Template('"{value}" is listed twice')


class PlanError(ValueError):
    """A plan that cannot be accepted, with the place (a JSON path) and the problem.

    `text` says the same as a template and arguments, for the app to translate; a problem
    given as a plain string stays English there.
    """

    def __init__(self, path: str, problem: str | Text) -> None:
        said = problem if isinstance(problem, Text) else Text.literal(problem)
        self.text = located(path, said)
        super().__init__(self.text.render())
        self.path = path
        self.problem = said.render()


def _describe(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if not isinstance(value, (dict, list)) else type(value).__name__


def _out_of_range(value: str, low: str, high: str) -> Text:
    return Text.of(OUT_OF_RANGE, value=value, low=low, high=high)


def _clock_problem(text: str) -> Text:
    """What `parse_clock` refused, said as its own message says it."""
    parts = text.split(":")
    well_formed = len(parts) == 2 and all(p.isdigit() and len(p) == 2 for p in parts)
    return Text.of(CLOCK_OUT_OF_RANGE if well_formed else NOT_A_CLOCK, text=text)


class Node:
    """A value at a JSON path, with typed getters that raise PlanError naming the path."""

    def __init__(self, value: Any, path: str) -> None:
        self.value = value
        self.path = path

    def fail(self, problem: str | Text) -> PlanError:
        """An error about this node."""
        return PlanError(self.path, problem)

    def child_path(self, key: str | int) -> str:
        """The JSON path of a member or item."""
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def obj(self, allowed: tuple[str, ...]) -> ObjectNode:
        """This node as an object whose keys are among `allowed` (or start with `x-`)."""
        if not isinstance(self.value, dict):
            raise self.fail(Text.of(EXPECTED_OBJECT, value=_describe(self.value)))
        for key in self.value:
            if key not in allowed and not str(key).startswith("x-"):
                known = ", ".join(allowed)
                raise PlanError(self.child_path(key), Text.of(UNKNOWN_KEY, known=known))
        return ObjectNode(self.value, self.path)

    def items(self) -> Iterator[Node]:
        """The items of a list node."""
        if not isinstance(self.value, list):
            raise self.fail(Text.of(EXPECTED_LIST, value=_describe(self.value)))
        for index, item in enumerate(self.value):
            yield Node(item, self.child_path(index))

    def text(self, *, allow_empty: bool = False) -> str:
        """A string."""
        if not isinstance(self.value, str):
            raise self.fail(Text.of(EXPECTED_TEXT, value=_describe(self.value)))
        if not allow_empty and not self.value.strip():
            raise self.fail(Text.of(EMPTY))
        return self.value

    def number(self, low: float, high: float) -> float:
        """A number within [low, high]."""
        value = self.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(Text.of(EXPECTED_NUMBER, value=_describe(value)))
        if not low <= value <= high:
            raise self.fail(_out_of_range(_describe(value), f"{low:g}", f"{high:g}"))
        return float(value)

    def integer(self, low: int, high: int) -> int:
        """A whole number within [low, high]."""
        value = self.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(Text.of(EXPECTED_WHOLE, value=_describe(self.value)))
        if not low <= value <= high:
            raise self.fail(_out_of_range(str(value), str(low), str(high)))
        return value

    def boolean(self) -> bool:
        """true or false."""
        if not isinstance(self.value, bool):
            raise self.fail(Text.of(EXPECTED_BOOLEAN, value=_describe(self.value)))
        return self.value

    def day(self) -> date:
        """A `YYYY-MM-DD` date."""
        text = self.text()
        if not _DATE.fullmatch(text):
            raise self.fail(Text.of(NOT_A_DATE, text=text))
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(Text.of(NOT_A_REAL_DATE, text=text)) from None

    def clock(self) -> time:
        """An `HH:MM` wall-clock time."""
        text = self.text()
        try:
            return parse_clock(text)
        except ValueError:
            raise self.fail(_clock_problem(text)) from None

    def local_datetime(self) -> datetime:
        """A naive `YYYY-MM-DDTHH:MM` local date-time."""
        text = self.text()
        if not _LOCAL.fullmatch(text):
            raise self.fail(Text.of(NOT_A_LOCAL_TIME, text=text))
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise self.fail(Text.of(NOT_A_REAL_TIME, text=text)) from None

    def zone_name(self) -> str:
        """An IANA zone that tzdata knows."""
        name = self.text()
        try:
            zone(name)
        except UnknownZoneError:
            raise self.fail(Text.of(UNKNOWN_ZONE, name=name)) from None
        return name

    def color(self) -> str:
        """A `#rrggbb` colour."""
        text = self.text()
        if not _COLOR.fullmatch(text):
            raise self.fail(Text.of(NOT_A_COLOR, text=text))
        return text.lower()

    def one_of(self, choices: tuple[str, ...]) -> str:
        """A string from a fixed set."""
        text = self.text()
        if text not in choices:
            raise self.fail(Text.of(NOT_ONE_OF, text=text, choices=", ".join(choices)))
        return text


class ObjectNode(Node):
    """An object node whose keys were checked."""

    value: dict[str, Any]

    def has(self, key: str) -> bool:
        """Whether the key is present (null counts as absent)."""
        return self.value.get(key) is not None

    def get(self, key: str) -> Node:
        """A required member."""
        if key not in self.value or self.value[key] is None:
            raise PlanError(self.child_path(key), Text.of(REQUIRED))
        return Node(self.value[key], self.child_path(key))

    def list_member(self, key: str) -> Node:
        """A list member; an absent or null one reads as an empty list."""
        return Node(self.value[key] if self.has(key) else [], self.child_path(key))

    def optional(self, key: str, read: Callable[[Node], T], default: T) -> T:
        """A member read with `read`, or `default` when absent."""
        return read(self.get(key)) if self.has(key) else default

    def extensions(self) -> Mapping[str, Any]:
        """The `x-` members, kept as they are."""
        return {k: v for k, v in self.value.items() if str(k).startswith("x-")}
