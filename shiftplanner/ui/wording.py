"""Texts made in the core, in the app's language.

The core gives a template and typed arguments (`shiftplanner.core.text`); here the template
is translated in its context and the arguments are written for the locale: day and month
names from QLocale, durations as `hours_text` writes them (Filipino keeps "h" and "min").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from shiftplanner.core.text import Hours, Join, Moment, Style, Text, TextArg, TextContext

# Date and time are written apart: a QDateTime would move a wall-clock time that falls in
# this computer's own daylight-saving gap.
_DATE_FORMATS = {
    Style.CLOCK: "",
    Style.WEEKDAY_CLOCK: "ddd",
    Style.DAY: "ddd d MMM",
    Style.DAY_CLOCK: "ddd d MMM",
}
_CLOCK_STYLES = (Style.CLOCK, Style.WEEKDAY_CLOCK, Style.DAY_CLOCK)


def translated(context: TextContext, text: Text, locale: QLocale) -> str:
    """The text in the app's language, its arguments written for `locale`."""

    def write(value: TextArg) -> object:
        if isinstance(value, Text):
            return translated(context, value, locale)
        if isinstance(value, Join):
            return value.separator.join(str(write(part)) for part in value.parts)
        if isinstance(value, Moment):
            return moment_text(value, locale)
        if isinstance(value, Hours):
            return value.render()
        return value

    return text.fill(words(context, text.template), write)


def error_message(text: Text) -> str:
    """An error's message (its `text`, e.g. `UserFacingError.text`) in the app's language."""
    return translated(TextContext.ERRORS, text, QLocale())


def words(context: TextContext, english: str) -> str:
    """A fixed core text (a preset's name, a threshold's meaning) in the app's language."""
    return QCoreApplication.translate(context.value, english)


def moment_text(moment: Moment, locale: QLocale) -> str:
    """`Lun 9 Mar 22:00` in Filipino, `Mon 9 Mar 22:00` in English."""
    at = moment.at
    parts = []
    date_format = _DATE_FORMATS[moment.style]
    if date_format:
        parts.append(locale.toString(QDate(at.year, at.month, at.day), date_format))
    if moment.style in _CLOCK_STYLES:
        parts.append(locale.toString(QTime(at.hour, at.minute), "HH:mm"))
    return " ".join(parts)
