"""The week board's layout as a pure function: where each shift or block goes, in hours.

Kept free of Qt so it can be tested alone and recomputed from scratch on every change (a week
holds a few dozen items, so that costs well under a millisecond). Times are naive wall-clock
datetimes in the home zone: the board shows the home zone's clock, whatever the instants are.

A board day runs from `day_start_hour` on its date to the same hour the next day, so a
graveyard shift fits in one column when the board day starts at an hour no shift crosses.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

HOURS_PER_DAY = 24
# Preferred board-day starts, best first: midnight as calendars do, then noon (graveyard
# weeks), then the quarter days; every other hour after these.
_PREFERRED_STARTS = (0, 12, 6, 18)


@dataclass(frozen=True, slots=True)
class Span:
    """One thing to place: a shift or a block, as home-zone wall-clock times.

    Args:
        key: Identifies the item to the painter (unique within one layout).
        start: Naive home-zone wall-clock start.
        end: Naive home-zone wall-clock end (after `start`).
        rank: Orders items starting together: lower ranks take the left lanes.
    """

    key: str
    start: datetime
    end: datetime
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Piece:
    """The part of a span inside one board day.

    Args:
        key: The span's key.
        day: Column, 0 for the week's first board day.
        top: Hours from the board day's start, 0-24.
        bottom: Hours from the board day's start, after `top`.
        lane: Lane within its overlapping cluster, 0 leftmost.
        lanes: Lanes the cluster needs; the piece's width is the column's over `lanes`.
        cut_above: The span began in an earlier board day.
        cut_below: The span goes on into a later board day.
    """

    key: str
    day: int
    top: float
    bottom: float
    lane: int = 0
    lanes: int = 1
    cut_above: bool = False
    cut_below: bool = False


def board_day_start(spans: Iterable[tuple[datetime, datetime]]) -> int:
    """The hour a board day should start so that as few spans as possible are cut in two.

    Midnight when nothing crosses it, noon for graveyard weeks, otherwise the first hour in
    order of preference that the fewest spans cross.

    Example:
        >>> night = (datetime(2026, 3, 2, 22), datetime(2026, 3, 3, 7))
        >>> board_day_start([night])
        12
    """
    intervals = list(spans)
    candidates = [
        *_PREFERRED_STARTS,
        *(h for h in range(HOURS_PER_DAY) if h not in _PREFERRED_STARTS),
    ]
    return min(candidates, key=lambda hour: _crossings(intervals, hour))


def _crossings(intervals: Sequence[tuple[datetime, datetime]], hour: int) -> int:
    count = 0
    for start, end in intervals:
        boundary = datetime.combine(start.date(), time(hour))
        if boundary <= start:
            boundary += timedelta(days=1)
        if boundary < end:
            count += 1
    return count


def layout_week(
    spans: Iterable[Span], first_day: date, day_start_hour: int, days: int = 7
) -> list[Piece]:
    """Every span cut at board-day boundaries and given a lane, from scratch.

    Within a column, pieces sorted by start take the lowest free lane; each cluster of
    transitively overlapping pieces shares the column's width among its lanes.
    """
    origin = datetime.combine(first_day, time(day_start_hour))
    pieces: list[Piece] = []
    ranks: dict[str, int] = {}
    for span in spans:
        ranks[span.key] = span.rank
        pieces.extend(_cut(span, origin, days))
    by_day: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_day.setdefault(piece.day, []).append(piece)
    placed: list[Piece] = []
    for day in sorted(by_day):
        column = sorted(by_day[day], key=lambda p: (p.top, ranks[p.key], -p.bottom, p.key))
        placed.extend(_assign_lanes(column))
    return placed


def _cut(span: Span, origin: datetime, days: int) -> list[Piece]:
    start = _hours(span.start - origin)
    end = _hours(span.end - origin)
    pieces = []
    first = max(0, int(start // HOURS_PER_DAY))
    last = min(days - 1, int(-(-end // HOURS_PER_DAY)) - 1)
    for day in range(first, last + 1):
        day_top = day * HOURS_PER_DAY
        top = max(start, day_top) - day_top
        bottom = min(end, day_top + HOURS_PER_DAY) - day_top
        if bottom <= top:
            continue
        cut_above = start < day_top
        cut_below = end > day_top + HOURS_PER_DAY
        pieces.append(Piece(span.key, day, top, bottom, cut_above=cut_above, cut_below=cut_below))
    return pieces


def _hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def _assign_lanes(column: list[Piece]) -> list[Piece]:
    placed: list[Piece] = []
    cluster: list[tuple[Piece, int]] = []
    lane_ends: list[float] = []
    cluster_end = float("-inf")
    for piece in column:
        if cluster and piece.top >= cluster_end:
            placed.extend(_close_cluster(cluster, len(lane_ends)))
            cluster, lane_ends, cluster_end = [], [], float("-inf")
        lane = next((i for i, end in enumerate(lane_ends) if end <= piece.top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(piece.bottom)
        else:
            lane_ends[lane] = piece.bottom
        cluster.append((piece, lane))
        cluster_end = max(cluster_end, piece.bottom)
    if cluster:
        placed.extend(_close_cluster(cluster, len(lane_ends)))
    return placed


def _close_cluster(cluster: list[tuple[Piece, int]], lanes: int) -> list[Piece]:
    return [
        Piece(p.key, p.day, p.top, p.bottom, lane, lanes, p.cut_above, p.cut_below)
        for p, lane in cluster
    ]
