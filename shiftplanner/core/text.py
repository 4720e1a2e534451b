"""Texts for people made in the core: an English template with named, typed arguments.

The core says things in English (the CLI and the plan-format JSON print `render()`), while
the desktop app translates each template and fills the arguments in its own language: dates
with its locale's day and month names, durations with `hours_text`. Templates use Python's
`str.format` fields (`{gap}`, `{kss:.1f}`); an argument may itself be a `Text`, so a phrase
made of words ("night shift", "the change 'Mid'") is translated as a whole too.

Example:
    >>> Text.of(Template("Only {gap} off"), gap=Hours(7.5)).render()
    'Only 7 h 30 min off'
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from types import ModuleType
from typing import TypeAlias

from shiftplanner.core.instants import hours_text


class TextContext(Enum):
    """Where a core text is translated: the context name of its entries in the .ts file."""

    FINDINGS = "FindingTexts"
    PRESETS = "RotationPresets"
    THRESHOLDS = "RuleThresholds"
    ERRORS = "ErrorTexts"


class Template(str):
    """An English template that translators see.

    Templates are module-level constants (alone, in a `Plural`, or as the values of a dict
    or tuple), so `templates_in` can list every one of a module for the .ts file.
    """

    __slots__ = ()


class Style(Enum):
    """How a moment is written; each member's English form is beside it."""

    CLOCK = "clock"  # 23:00
    WEEKDAY_CLOCK = "weekday clock"  # Tue 23:00
    DAY = "day"  # Mon 9 Mar
    DAY_CLOCK = "day clock"  # Mon 9 Mar 22:00


@dataclass(frozen=True, slots=True)
class Moment:
    """A wall-clock time in the home zone, written in one of the `Style`s."""

    at: datetime
    style: Style

    def render(self) -> str:
        """The English form."""
        at = self.at
        day = f"{at:%a} {at.day} {at:%b}"
        return {
            Style.CLOCK: f"{at:%H:%M}",
            Style.WEEKDAY_CLOCK: f"{at:%a %H:%M}",
            Style.DAY: day,
            Style.DAY_CLOCK: f"{day} {at:%H:%M}",
        }[self.style]


@dataclass(frozen=True, slots=True)
class Hours:
    """A duration, written as `hours_text` writes it (`7 h 30 min`)."""

    hours: float

    def render(self) -> str:
        """The English (and Filipino) form."""
        return hours_text(self.hours)


@dataclass(frozen=True, slots=True)
class Join:
    """Parts written one after another with a separator of punctuation only (`; `)."""

    separator: str
    parts: tuple[TextArg, ...]


# A number stays a number until the template's format spec writes it (`{kss:.1f}`).
TextArg: TypeAlias = "str | int | float | Moment | Hours | Join | Text"
ArgWriter: TypeAlias = Callable[[TextArg], object]


@dataclass(frozen=True, slots=True)
class Text:
    """A template and its arguments, by field name."""

    template: str
    args: tuple[tuple[str, TextArg], ...] = ()

    @classmethod
    def of(cls, template: Template, **args: TextArg) -> Text:
        """The template with these arguments."""
        return cls(template, tuple(args.items()))

    @classmethod
    def literal(cls, words: str) -> Text:
        """Words that are their own template, braces and all (nothing to fill in)."""
        return cls(words.replace("{", "{{").replace("}", "}}"))

    def render(self) -> str:
        """The English text."""
        return self.fill(self.template, english)

    def fill(self, template: str, write: ArgWriter) -> str:
        """`template` (this one, or its translation) with each argument written by `write`."""
        return template.format(**{name: write(value) for name, value in self.args})

    def templates(self) -> Iterator[str]:
        """This template and those of every text among its arguments."""
        yield self.template
        for _, value in self.args:
            yield from _templates_of(value)


def _templates_of(value: TextArg) -> Iterator[str]:
    if isinstance(value, Text):
        yield from value.templates()
    elif isinstance(value, Join):
        for part in value.parts:
            yield from _templates_of(part)


def english(value: TextArg) -> object:
    """An argument as the English text writes it."""
    if isinstance(value, Text | Moment | Hours):
        return value.render()
    if isinstance(value, Join):
        return value.separator.join(str(english(part)) for part in value.parts)
    return value


def located(where: str, problem: Text) -> Text:
    """`where: problem`, or the problem alone when `where` is empty.

    `where` (a JSON path, a file name, "row 4") is written as it is in every language.
    """
    return Text.of(_LOCATED, where=where, problem=problem) if where else problem


_LOCATED = Template("{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Plural:
    """A counted phrase: English templates for one and for more, each with a `{count}` field."""

    one: Template
    other: Template

    def of(self, count: int) -> Text:
        """The phrase for `count`."""
        return Text.of(self.one if count == 1 else self.other, count=count)


def templates_in(module: ModuleType) -> tuple[str, ...]:
    """Every template among a module's constants, in order of definition, each once."""
    found: dict[str, None] = {}
    for value in vars(module).values():
        for template in _constant_templates(value):
            found.setdefault(template)
    return tuple(found)


def _constant_templates(value: object) -> Iterator[str]:
    if isinstance(value, Template):
        yield value
    elif isinstance(value, Plural):
        yield from (value.one, value.other)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _constant_templates(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from _constant_templates(item)
