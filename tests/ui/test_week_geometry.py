"""The board's pure layout: board-day start, cutting at its boundary, lanes and widths."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shiftplanner.ui.weekview.geometry import Piece, Span, board_day_start, layout_week

MONDAY = date(2026, 3, 2)


def _night(day: int) -> tuple[datetime, datetime]:
    return datetime(2026, 3, 2 + day, 22), datetime(2026, 3, 3 + day, 7)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], 0),
        ([(datetime(2026, 3, 2, 14), datetime(2026, 3, 2, 23))], 0),
        ([_night(d) for d in range(5)], 12),
        # Days 09-18 and nights 22-07 in one week: noon and 06:00 are taken, 18:00 is free.
        ([(datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 18)), _night(3)], 18),
        # A shift ending exactly at midnight does not cross it.
        ([(datetime(2026, 3, 2, 15), datetime(2026, 3, 3, 0))], 0),
    ],
)
def test_board_day_start(spans: list[tuple[datetime, datetime]], expected: int) -> None:
    assert board_day_start(spans) == expected


def test_when_every_hour_is_crossed_the_least_crossed_wins() -> None:
    spans = [
        (datetime(2026, 3, 2, 1), datetime(2026, 3, 3, 0, 30)),
        (datetime(2026, 3, 2, 23, 30), datetime(2026, 3, 3, 12, 30)),
    ]
    # Midnight, noon and 06:00 cut both; 18:00 cuts only the first.
    assert board_day_start(spans) == 18


def test_a_graveyard_shift_is_one_piece_on_a_noon_board() -> None:
    start, end = _night(0)
    pieces = layout_week([Span("n", start, end)], MONDAY, 12)
    assert pieces == [Piece("n", 0, 10.0, 19.0)]


def test_a_midnight_board_cuts_a_graveyard_shift_in_two() -> None:
    start, end = _night(0)
    pieces = layout_week([Span("n", start, end)], MONDAY, 0)
    assert pieces == [
        Piece("n", 0, 22.0, 24.0, cut_below=True),
        Piece("n", 1, 0.0, 7.0, cut_above=True),
    ]


def test_spans_outside_the_week_are_dropped_and_edges_are_clipped() -> None:
    spans = [
        Span("before", datetime(2026, 2, 27, 9), datetime(2026, 2, 27, 18)),
        Span("edge", datetime(2026, 3, 8, 22), datetime(2026, 3, 9, 7)),
    ]
    pieces = layout_week(spans, MONDAY, 0)
    assert pieces == [Piece("edge", 6, 22.0, 24.0, cut_below=True)]


def test_overlapping_blocks_share_the_width_and_a_later_one_reuses_a_lane() -> None:
    spans = [
        Span("a", datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 12)),
        Span("b", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10)),
        Span("c", datetime(2026, 3, 2, 10, 30), datetime(2026, 3, 2, 11)),
        Span("d", datetime(2026, 3, 2, 15), datetime(2026, 3, 2, 16)),
    ]
    by_key = {p.key: p for p in layout_week(spans, MONDAY, 0)}
    assert (by_key["a"].lane, by_key["a"].lanes) == (0, 2)
    assert (by_key["b"].lane, by_key["b"].lanes) == (1, 2)
    assert (by_key["c"].lane, by_key["c"].lanes) == (1, 2)
    assert (by_key["d"].lane, by_key["d"].lanes) == (0, 1)


def test_rank_puts_shifts_left_of_blocks_starting_together() -> None:
    spans = [
        Span("study", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10), rank=1),
        Span("shift", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 18), rank=0),
    ]
    by_key = {p.key: p for p in layout_week(spans, MONDAY, 0)}
    assert by_key["shift"].lane == 0
    assert by_key["study"].lane == 1


_minutes = st.integers(min_value=0, max_value=7 * 24 * 60 - 1)


@given(st.lists(st.tuples(_minutes, st.integers(min_value=15, max_value=30 * 60)), max_size=25))
def test_lanes_never_overlap_and_pieces_cover_each_span(items: list[tuple[int, int]]) -> None:
    origin = datetime(2026, 3, 2, 6)
    spans = [
        Span(str(i), _at(origin, start), _at(origin, start + length))
        for i, (start, length) in enumerate(items)
    ]
    pieces = layout_week(spans, MONDAY, 6)
    for piece in pieces:
        assert 0 <= piece.top < piece.bottom <= 24
        assert 0 <= piece.lane < piece.lanes
    for one in pieces:
        for other in pieces:
            same_lane = one is not other and (one.day, one.lane) == (other.day, other.lane)
            if same_lane:
                assert one.bottom <= other.top or other.bottom <= one.top
    for i, (start, length) in enumerate(items):
        end = min(start + length, 7 * 24 * 60)
        covered = sum(p.bottom - p.top for p in pieces if p.key == str(i))
        assert covered == pytest.approx((end - start) / 60)


def _at(origin: datetime, minutes: int) -> datetime:
    return origin + timedelta(minutes=minutes)
