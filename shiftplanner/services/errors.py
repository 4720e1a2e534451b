"""The one error type a user ever sees: a message naming where and what, never a traceback."""

from __future__ import annotations

from shiftplanner.core.text import Template, Text

# `{reason}` is the operating system's own words ("Permission denied").
CANNOT_READ = Template("cannot read it ({reason})")
CANNOT_WRITE = Template("cannot write it ({reason})")


class UserFacingError(Exception):
    """Input or state the app refuses, with a message written for the person.

    `text` is the message as a template and arguments, so the app can say it in its own
    language; `str(error)` is the English the CLI prints. Words given as a plain string
    are their own template and stay English.
    """

    def __init__(self, message: str | Text) -> None:
        text = message if isinstance(message, Text) else Text.literal(message)
        super().__init__(text.render())
        self.text = text
