"""Ready plans the welcome offers, built from the core's presets. No widgets: the names and
descriptions are only marked for translation, and the welcome translates them.

Shift types are defined in the shift's zone (a US client's, usually) at the wall-clock time
that gives the intended home-time start on the first day, so they move with the client's
daylight-saving changes exactly as the real account does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shiftplanner.core.instants import in_zone, to_instant
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.core.presets import fixed_week, preset
from shiftplanner.core.rotation import Rotation
from shiftplanner.core.shifts import OFF, ShiftType

SHIFT_HOURS = 9
UNPAID_BREAK_MINUTES = 60
# Home-time starts of each role: graveyard 22:00, mid 14:00, day 08:00.
_ROLE_STARTS = {"N": (22, "Graveyard"), "M": (14, "Mid"), "D": (8, "Day")}
# Rest days move a day later every week: six mids, then two days off.
_ROTATING_REST = "MMMMMMOO"
_ROLE_IDS = {"N": "graveyard", "M": "mid", "D": "day"}


@dataclass(frozen=True, slots=True)
class Starter:
    """One ready plan: what the welcome shows and the roles its cycle uses."""

    id: str
    name: str
    description: str


STARTERS: tuple[Starter, ...] = (
    Starter(
        "us-graveyard",
        QT_TRANSLATE_NOOP("Starters", "US account, graveyard, Sat-Sun off"),
        QT_TRANSLATE_NOOP(
            "Starters", "Night shift for a US client, Monday to Friday, weekends off."
        ),
    ),
    Starter(
        "nights-days",
        QT_TRANSLATE_NOOP("Starters", "Two weeks nights / two weeks days"),
        QT_TRANSLATE_NOOP(
            "Starters", "Two weeks of graveyard, then two weeks of day shift, weekends off."
        ),
    ),
    Starter(
        "mid-rotating",
        QT_TRANSLATE_NOOP("Starters", "Mid shift, rotating rest days"),
        QT_TRANSLATE_NOOP(
            "Starters",
            "Six mid shifts, then two rest days, so the rest days move through the week.",
        ),
    ),
    Starter(
        "empty",
        QT_TRANSLATE_NOOP("Starters", "Start empty"),
        QT_TRANSLATE_NOOP("Starters", "No shifts yet: add your own shift types later."),
    ),
)


@dataclass(frozen=True, slots=True)
class Essentials:
    """The only things the welcome asks."""

    home_zone: str
    shift_zone: str
    commute_minutes: int
    name: str = ""


def starter_plan(starter_id: str, essentials: Essentials, today: date) -> Plan:
    """The plan of a starter, its rotation beginning on this week's Monday.

    Raises:
        KeyError: no such starter.
    """
    person = Person(
        essentials.name or "Me",
        essentials.home_zone,
        commute_minutes=essentials.commute_minutes,
    )
    monday = today - timedelta(days=today.weekday())
    if starter_id == "empty":
        return Plan(person=person)
    cycle, roles = _cycle(starter_id)
    types = tuple(_shift_type(role, essentials, monday) for role in roles)
    return Plan(person=person, shift_types=types, rotations=(Rotation(monday, cycle),))


def _cycle(starter_id: str) -> tuple[tuple[str, ...], str]:
    if starter_id == "us-graveyard":
        return fixed_week(_ROLE_IDS["N"], frozenset({5, 6})), "N"
    if starter_id == "nights-days":
        rotation = preset("2w-nights-2w-days")
        return rotation.cycle(_ROLE_IDS), "ND"
    if starter_id == "mid-rotating":
        return tuple(OFF if c == "O" else _ROLE_IDS["M"] for c in _ROTATING_REST), "M"
    raise KeyError(f"no starter {starter_id!r}")


def _shift_type(role: str, essentials: Essentials, first_day: date) -> ShiftType:
    """The role's type, in the shift zone when that keeps its roster date, else in home time.

    A Manila day shift falls on the previous evening in New York; defining it there would
    move every rest day by one, so it stays in home time, as day accounts in Manila do.
    """
    hour, name = _ROLE_STARTS[role]
    start_instant = to_instant(first_day, time(hour), essentials.home_zone)
    zone_name = essentials.shift_zone
    there = in_zone(start_instant, zone_name)
    if there.date() != first_day:
        zone_name, there = essentials.home_zone, in_zone(start_instant, essentials.home_zone)
    start = there.time().replace(tzinfo=None)
    end = (datetime.combine(first_day, start) + timedelta(hours=SHIFT_HOURS)).time()
    if zone_name != essentials.home_zone:
        name = f"{name} ({_zone_label(zone_name)} time)"
    return ShiftType(
        id=_ROLE_IDS[role],
        name=name,
        start=start,
        end=end,
        zone=zone_name,
        unpaid_break_minutes=UNPAID_BREAK_MINUTES,
    )


def _zone_label(zone_name: str) -> str:
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")
