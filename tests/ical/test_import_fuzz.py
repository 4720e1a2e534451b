"""Mutated and random input never makes the importers raise anything but RosterError."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shiftplanner.ical.roster import RosterError
from shiftplanner.ical.roster_csv import read_csv
from shiftplanner.ical.roster_ics import Horizon, read_ics

MANILA = "Asia/Manila"
HORIZON = Horizon(date(2027, 6, 30), 24)
SEED_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WFM//EN\r\nX-WR-TIMEZONE:America/New_York\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:Site\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:1\r\nDTSTART;TZID=America/New_York:20260307T210000\r\n"
    "DTEND;TZID=America/New_York:20260308T060000\r\nSUMMARY:Night\r\n"
    "RRULE:FREQ=WEEKLY;BYDAY=SA,SU;COUNT=6\r\nEXDATE;TZID=America/New_York:20260308T210000\r\n"
    "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTART;TZID=Site:20260309T090000\r\n"
    "DURATION:PT8H\r\nSUMMARY:Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
SEED_CSV = (
    "Schedule Date|Start Date|Start Time|End Date|End Time|Activity\n"
    "2026-03-09|2026-03-08|23:00|2026-03-09|07:00|Open\n3/10/2026|||||Off\n"
)
TOKENS = [
    "\r\n", ":", ";", "=", ",", "BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "RRULE:FREQ=DAILY",
    "TZID=", "Z", "T", "20261101T013000", "VALUE=DATE", "\x00", "\ufeff", "é", "<html>", " ", '"',
    "RECURRENCE-ID:20260307T210000", "BYDAY=-1SU", "COUNT=999999", "DTSTART:", "DTEND:", "|",
]  # fmt: skip


def _mutations(seed: str) -> st.SearchStrategy[str]:
    """The seed with a slice replaced by a few tokens or random text."""
    piece = st.one_of(st.sampled_from(TOKENS), st.text(max_size=8))
    return st.tuples(
        st.integers(0, len(seed)), st.integers(0, 40), st.lists(piece, max_size=4)
    ).map(lambda t: seed[: t[0]] + "".join(t[2]) + seed[t[0] + t[1] :])


def _only_roster_errors(call: Callable[[], object]) -> None:
    with contextlib.suppress(RosterError):
        call()


def test_seeds_are_valid_so_mutations_start_near_the_real_thing() -> None:
    assert len(read_ics(SEED_ICS.encode(), default_zone=MANILA, horizon=HORIZON).entries) == 6
    assert len(read_csv(SEED_CSV.encode(), default_zone=MANILA).entries) == 1


_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(_mutations(SEED_ICS))
def test_mutated_ics_only_raises_roster_error(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _only_roster_errors(lambda: read_ics(data, default_zone=MANILA, horizon=HORIZON))


@_SETTINGS
@given(_mutations(SEED_CSV))
def test_mutated_csv_only_raises_roster_error(text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    _only_roster_errors(lambda: read_csv(data, default_zone=MANILA))


@_SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_only_raise_roster_error(data: bytes) -> None:
    _only_roster_errors(
        lambda: read_ics(b"BEGIN:VCALENDAR\r\n" + data, default_zone=MANILA, horizon=HORIZON)
    )
    _only_roster_errors(lambda: read_csv(data, default_zone=MANILA))
