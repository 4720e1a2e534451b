"""Weeks and days in home time, and how the board writes a day.

Kept apart from the board's painting so the window's title and start-up can use them
without loading it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

DASH = "\N{EN DASH}"


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def local(instant: datetime, zone_name: str) -> datetime:
    """An instant as naive home-zone wall-clock time, the board's coordinates."""
    return instant.astimezone(ZoneInfo(zone_name)).replace(tzinfo=None)


def format_day(locale: QLocale, day: date) -> str:
    """A day and short month in the locale's order and names, e.g. "9 Mar"."""
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM")
