"""Typed reading of icalendar components, for files we did not necessarily write.

icalendar is a tolerant reader: a property it cannot parse becomes a "broken" value, a TZID
it does not know gives a naive time. These helpers return plain Python values, or raise
PropertyError naming the property, so callers check what they need themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import icalendar

from shiftplanner.core.text import Template, Text

NOT_A_STAMP = Template("{name} is not a date or a date-time")
NOT_A_DURATION = Template("{name} is not a duration")
NOT_A_NUMBER = Template("{name} is not a whole number")


class PropertyError(ValueError):
    """A property that is there but cannot be read as what it should be.

    `text` is the message as a template and arguments, for the app to say in its language.
    """

    def __init__(self, text: Text) -> None:
        super().__init__(text.render())
        self.text = text


@dataclass(frozen=True, slots=True)
class Stamp:
    """A DTSTART/DTEND-like value: a date or date-time, and the TZID it was written with."""

    value: date | datetime
    tzid: str | None

    @property
    def is_date(self) -> bool:
        """An all-day value (VALUE=DATE)."""
        return not isinstance(self.value, datetime)


def stamp_of(component: icalendar.Component, name: str) -> Stamp | None:
    """The date or date-time property `name`, or None when absent.

    Raises:
        PropertyError: present but not a date or date-time.
    """
    prop = component.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if not isinstance(value, date):
        raise PropertyError(Text.of(NOT_A_STAMP, name=name))
    params = getattr(prop, "params", {})
    tzid = params.get("TZID") if hasattr(params, "get") else None
    return Stamp(value, str(tzid) if tzid is not None else None)


def duration_of(component: icalendar.Component, name: str = "DURATION") -> timedelta | None:
    """A DURATION property, or None when absent.

    Raises:
        PropertyError: present but not a duration.
    """
    prop = component.get(name)
    if prop is None:
        return None
    value = getattr(prop, "dt", None)
    if not isinstance(value, timedelta):
        raise PropertyError(Text.of(NOT_A_DURATION, name=name))
    return value


def text_of(component: icalendar.Component, name: str, default: str = "") -> str:
    """A text property as a plain string."""
    prop = component.get(name)
    if prop is None:
        return default
    if isinstance(prop, list):
        prop = prop[0] if prop else default
    return str(prop)


def integer_of(component: icalendar.Component, name: str, default: int) -> int:
    """A whole-number property such as SEQUENCE.

    Raises:
        PropertyError: present but not a whole number.
    """
    prop = component.get(name)
    if prop is None:
        return default
    try:
        return int(str(prop).strip())
    except ValueError:
        raise PropertyError(Text.of(NOT_A_NUMBER, name=name)) from None


def categories_of(component: icalendar.Component) -> list[str]:
    """Every CATEGORIES value, across repeated properties."""
    prop = component.get("CATEGORIES")
    if prop is None:
        return []
    props = prop if isinstance(prop, list) else [prop]
    return [str(category) for item in props for category in getattr(item, "cats", [])]
