"""Block edits as data: move, resize, done, unlock, skip, delete; inverses; the store round trip."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.instants import home_date, in_zone, to_instant
from shiftplanner.core.plan import Plan
from shiftplanner.core.planfile import parse_plan
from shiftplanner.services.block_edits import (
    BlockEdit,
    BoardWeek,
    StoredBlocks,
    block_limits,
    delete_block,
    load_board_week,
    mark_done,
    move_block,
    plan_board,
    resize_block,
    save_block_edit,
    skip_block,
    unlock_block,
)
from shiftplanner.services.errors import UserFacingError
from shiftplanner.services.plans import DateRange
from shiftplanner.storage.blocks_store import load_blocks, load_skipped
from shiftplanner.storage.store import Store

MANILA = "Asia/Manila"
EXAMPLE = Path(__file__).parents[2] / "examples" / "us-account-study.json"
WEEK = DateRange(date(2026, 3, 9), date(2026, 3, 15))
# Wednesday noon in Manila: Ana slept after Tuesday night's shift; the rest of the week is ahead.
NOW = to_instant(date(2026, 3, 11), time(12), MANILA)


@pytest.fixture(scope="module")
def ana() -> Plan:
    return parse_plan(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def week(ana: Plan) -> BoardWeek:
    return BoardWeek(ana, WEEK, NOW, StoredBlocks())


@pytest.fixture
def store(ana: Plan, tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "plan.sqlite3") as opened:
        opened.save_plan(ana)
        yield opened


def _shown(week: BoardWeek) -> list[Block]:
    return plan_board(week).blocks(MANILA)


def _block(week: BoardWeek, ref: str, day: int) -> Block:
    """The first block serving `ref` on 9 + `day` March (home date)."""
    wanted = WEEK.first + timedelta(days=day)
    return next(b for b in _shown(week) if b.ref == ref and home_date(b.start, MANILA) == wanted)


def _after(week: BoardWeek, edit: BlockEdit, now: datetime | None = None) -> BoardWeek:
    return replace(week, stored=edit.after, now=now or week.now)


def _clock(block: Block) -> str:
    return in_zone(block.start, MANILA).strftime("%a %H:%M")


def test_move_locks_the_block_and_keeps_its_length(week: BoardWeek) -> None:
    study = _block(week, "cx-cert", 3)  # Thursday evening, after the day's sleep
    edit = move_block(week, study, study.start + timedelta(hours=1, minutes=30))
    moved = replace(study, start=study.start + timedelta(hours=1, minutes=30),
                    end=study.end + timedelta(hours=1, minutes=30), locked=True)  # fmt: skip
    assert moved in edit.after.blocks
    assert study not in edit.after.blocks
    assert edit.before == StoredBlocks()
    assert edit.dates == frozenset({date(2026, 3, 12)})
    after = _shown(_after(week, edit))
    assert moved in after
    assert study not in after


def test_a_move_leaves_the_other_sessions_where_they_were(week: BoardWeek) -> None:
    before = _shown(week)
    family = _block(week, "family", 5)
    edit = move_block(week, family, family.start + timedelta(hours=1))
    after = _shown(_after(week, edit))
    others = [b for b in before if b != family and not b.kind.is_sleep]
    assert [b for b in others if b not in after] == []


@pytest.mark.parametrize(
    ("minutes", "allowed"), [(45, True), (90, True), (30, False), (105, False)]
)
def test_resize_keeps_to_the_goals_session_bounds(
    week: BoardWeek, minutes: int, allowed: bool
) -> None:
    study = _block(week, "cx-cert", 3)
    assert block_limits(week.plan, study) == (45, 90)
    end = study.start + timedelta(minutes=minutes)
    if not allowed:
        with pytest.raises(UserFacingError, match="45 to 90 minutes"):
            resize_block(week, study, end)
        return
    edit = resize_block(week, study, end)
    assert replace(study, end=end, locked=True) in _shown(_after(week, edit))


def test_habit_limits_come_from_its_shortest_and_longest_session(ana: Plan) -> None:
    family = Block(BlockKind.SELF_CARE, "family", NOW, NOW + timedelta(minutes=90))
    exercise = replace(family, ref="exercise")
    assert block_limits(ana, family) == (90, 120)
    assert block_limits(ana, exercise) == (22, 90)
    assert block_limits(ana, replace(family, kind=BlockKind.NAP, ref="nap")) == (15, 180)


def test_done_study_counts_toward_the_goal_and_never_moves(week: BoardWeek) -> None:
    study = _block(week, "cx-cert", 2)  # Wednesday 18:30
    locked = move_block(week, study, study.start)
    evening = study.end + timedelta(minutes=15)
    later = _after(week, locked, evening)
    kept = replace(study, locked=True)
    done_before = plan_board(later).goals[0].done_hours
    with pytest.raises(UserFacingError, match="not started yet"):
        mark_done(week, study)
    edit = mark_done(later, kept)
    done = replace(kept, done=True)
    assert done in edit.after.blocks
    progress = plan_board(_after(later, edit)).goals[0]
    assert progress.done_hours == pytest.approx(done_before + study.hours)
    with pytest.raises(UserFacingError, match="stays where it happened"):
        move_block(_after(later, edit), done, done.start + timedelta(hours=1))


def test_unlock_lets_the_planner_move_it_again(week: BoardWeek) -> None:
    study = _block(week, "cx-cert", 3)
    locked = move_block(week, study, study.start + timedelta(hours=1))
    moved = replace(study, start=study.start + timedelta(hours=1),
                    end=study.end + timedelta(hours=1), locked=True)  # fmt: skip
    edit = unlock_block(_after(week, locked), moved)
    assert not any(b.locked for b in edit.after.blocks)
    # Free to move again, Thursday's session is the planner's to place.
    thursday = _block(_after(week, edit), "cx-cert", 3)
    assert not thursday.locked
    with pytest.raises(UserFacingError, match="not locked"):
        unlock_block(week, study)


def test_skip_removes_the_session_for_this_week_and_persists(week: BoardWeek) -> None:
    exercise = _block(week, "exercise", 3)
    count = sum(1 for b in _shown(week) if b.ref == "exercise")
    edit = skip_block(week, exercise)
    assert edit.after.skipped == (exercise,)
    after = _shown(_after(week, edit))
    assert exercise not in after
    assert sum(1 for b in after if b.ref == "exercise") == count - 1


def test_delete_finds_the_session_another_time(week: BoardWeek) -> None:
    exercise = _block(week, "exercise", 3)
    count = sum(1 for b in _shown(week) if b.ref == "exercise")
    edit = delete_block(week, exercise)
    assert edit.after.skipped == ()
    after = _after(week, edit)
    shown = _shown(after)
    assert exercise not in shown
    assert sum(1 for b in shown if b.ref == "exercise") == count
    # The new time is stored, so planning again keeps it rather than going back.
    assert _shown(replace(after, now=NOW + timedelta(minutes=5))) == shown


def test_planned_sleep_is_dragged_not_deleted_or_skipped(week: BoardWeek) -> None:
    sleep = _block(week, "sleep", 3)
    for verb in (skip_block, delete_block):
        with pytest.raises(UserFacingError, match="follows your shifts"):
            verb(week, sleep)


def test_an_edit_of_a_block_no_longer_planned_is_refused(week: BoardWeek) -> None:
    study = _block(week, "cx-cert", 3)
    ghost = replace(study, start=study.start + timedelta(minutes=5))
    with pytest.raises(UserFacingError, match="no longer on the plan"):
        move_block(week, ghost, ghost.start + timedelta(hours=1))


def test_a_graveyard_week_block_can_be_moved_across_midnight(week: BoardWeek) -> None:
    # Saturday night is free after the week's last shift: a session 23:30-00:45 runs into
    # Sunday, and keeps its real length.
    study = _block(week, "cx-cert", 6)
    late = to_instant(date(2026, 3, 14), time(23, 30), MANILA)
    edit = move_block(week, study, late)
    moved = replace(study, start=late, end=late + (study.end - study.start), locked=True)
    assert in_zone(moved.end, MANILA).strftime("%a %H:%M") == "Sun 00:45"
    assert edit.dates == frozenset({date(2026, 3, 14), date(2026, 3, 15)})
    assert moved in _shown(_after(week, edit))


@pytest.mark.parametrize("first", [date(2026, 3, 2), date(2026, 10, 26)])
def test_moves_in_the_us_dst_weeks_keep_real_lengths(ana: Plan, first: date) -> None:
    # The weeks holding 8 March and 1 November, when Ana's shift moves by an hour in Manila.
    dates = DateRange(first, first + timedelta(days=6))
    week = BoardWeek(ana, dates, to_instant(first, time(12), MANILA), StoredBlocks())
    family = next(b for b in plan_board(week).blocks(MANILA) if b.ref == "family")
    edit = move_block(week, family, family.start + timedelta(days=1))
    (moved,) = [b for b in edit.after.blocks if b.locked]
    assert moved.end - moved.start == family.end - family.start
    assert _clock(moved)[-5:] == _clock(family)[-5:]
    assert moved in _shown(replace(week, stored=edit.after))


def test_save_and_undo_restore_the_store_exactly(week: BoardWeek, store: Store) -> None:
    loaded = load_board_week(store, WEEK, now=NOW)
    exercise = _block(loaded, "exercise", 3)
    edit = skip_block(loaded, exercise)
    changes = save_block_edit(store, edit)
    assert (changes.blocks, changes.goals, changes.dates) == (True, True, edit.dates)
    assert set(load_blocks(store)) == set(edit.after.blocks)
    assert load_skipped(store) == [exercise]
    reopened = load_board_week(store, WEEK, now=NOW)
    assert exercise not in _shown(reopened)
    save_block_edit(store, edit.inverted())
    assert (load_blocks(store), load_skipped(store)) == ([], [])


def test_an_edit_on_a_changed_store_is_refused(week: BoardWeek, store: Store) -> None:
    study = _block(week, "cx-cert", 3)
    first = move_block(week, study, study.start + timedelta(hours=1))
    second = move_block(week, study, study.start + timedelta(hours=2))
    save_block_edit(store, first)
    with pytest.raises(UserFacingError, match="changed elsewhere"):
        save_block_edit(store, second)
    assert set(load_blocks(store)) == set(first.after.blocks)
