"""What a roster or calendar file yields when imported, and the checks every such file gets.

Both readers (`.ics` and `.csv`) produce timed entries with UTC instants, the zone to keep
each in, the roster date it belongs to and where in the file it came from. Anything they
cannot read with certainty is refused whole with a RosterError naming the line or row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from shiftplanner.core.instants import in_zone
from shiftplanner.core.text import Template, Text, located

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ENTRIES = 2000
_HTML_MARKS = ("<!doctype html", "<html", "<head", "<body", "<?xml")

TOO_LARGE = Template("{size} bytes is too large for a {kind} (limit {limit})")
NOT_UTF8 = Template("not UTF-8 text; save the file as UTF-8")
EMPTY_FILE = Template("the file is empty")
BINARY = Template("a binary file, not a {kind}")
WEB_PAGE = Template(
    "a web page (HTML), not a {kind}; the download link may have expired or need a login"
)
ENDS_BEFORE_START = Template("ends ({end}) at or before it starts ({start})")
TOO_LONG = Template("lasts {hours} h, longer than {limit} h")


class RosterError(ValueError):
    """A roster or calendar file refused whole, with where (line or row) and what.

    `text` says the same as a template and arguments, for the app to translate; a problem
    given as a plain string (a library's own words) stays English there.
    """

    def __init__(self, where: str, problem: str | Text) -> None:
        said = problem if isinstance(problem, Text) else Text.literal(problem)
        self.text = located(where, said)
        super().__init__(self.text.render())
        self.where = where
        self.problem = said.render()


@dataclass(frozen=True, slots=True)
class Entry:
    """One timed item of an imported file: a duty, or with `--as busy` an appointment.

    Args:
        start: UTC instant.
        end: UTC instant, after start.
        zone: The IANA zone to keep its local times in (its own, or the default zone).
        label: Its title in the file.
        day: The roster date it belongs to (a schedule date, or its start date in `zone`).
        where: The line or row it came from, for messages.
    """

    start: datetime
    end: datetime
    zone: str
    label: str
    day: date
    where: str

    def local(self) -> tuple[datetime, datetime]:
        """Naive local start and end in `zone`, as a plan file's extra shift holds them."""
        start = in_zone(self.start, self.zone).replace(tzinfo=None)
        end = in_zone(self.end, self.zone).replace(tzinfo=None)
        return start, end


@dataclass(frozen=True, slots=True)
class ImportedFile:
    """Everything read from one file.

    Args:
        entries: The timed items, in start order.
        rest_days: Dates the file says are free (CSV rows marked off), part of its roster.
        notes: Items deliberately left out (cancelled, all-day), said to the person.
    """

    entries: tuple[Entry, ...]
    rest_days: frozenset[date] = frozenset()
    notes: tuple[Text, ...] = ()

    @property
    def days(self) -> tuple[date, date] | None:
        """The first and last roster date the file speaks about, or None if it is empty."""
        days = {entry.day for entry in self.entries} | self.rest_days
        return (min(days), max(days)) if days else None


def decode_text(data: bytes, kind: Text) -> str:
    """The file as text, refusing what is too large, binary, not UTF-8 or a web page.

    Raises:
        RosterError: with the reason, and for a web page a likely cause.
    """
    if len(data) > MAX_FILE_BYTES:
        raise RosterError("", Text.of(TOO_LARGE, size=len(data), kind=kind, limit=MAX_FILE_BYTES))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RosterError(f"line {line}", Text.of(NOT_UTF8)) from None
    if not text.strip():
        raise RosterError("", Text.of(EMPTY_FILE))
    if "\x00" in text:
        raise RosterError("", Text.of(BINARY, kind=kind))
    if text.lstrip()[:200].lower().startswith(_HTML_MARKS):
        raise RosterError("line 1", Text.of(WEB_PAGE, kind=kind))
    return text


def checked_span(start: datetime, end: datetime, where: str, max_hours: float) -> None:
    """Refuse an entry that ends at or before its start, or is implausibly long.

    Raises:
        RosterError: naming `where`.
    """
    hours = (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() / 3600
    if hours <= 0:
        raise RosterError(
            where, Text.of(ENDS_BEFORE_START, end=_utc_text(end), start=_utc_text(start))
        )
    if hours > max_hours:
        raise RosterError(where, Text.of(TOO_LONG, hours=f"{hours:g}", limit=f"{max_hours:g}"))


def _utc_text(instant: datetime) -> str:
    return f"{instant.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
