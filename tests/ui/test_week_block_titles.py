"""Block titles on the board name the goal or habit as the person wrote it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from shiftplanner.core.blocks import Block, BlockKind
from shiftplanner.core.goals import Goal, Habit
from shiftplanner.core.person import Person
from shiftplanner.core.plan import Plan
from shiftplanner.ui.weekview.content import block_title

PLAN = Plan(
    person=Person("Ana", "Asia/Manila"),
    goals=(Goal("cx-cert", "CX certification", 60, date(2026, 6, 30)),),
    habits=(Habit("family", "Family time", 120, 2),),
)
START, END = datetime(2026, 3, 9, 8, tzinfo=UTC), datetime(2026, 3, 9, 9, tzinfo=UTC)


def test_study_and_self_care_blocks_use_the_names_from_the_plan() -> None:
    assert block_title(PLAN, Block(BlockKind.STUDY, "cx-cert", START, END)) == "CX certification"
    assert block_title(PLAN, Block(BlockKind.SELF_CARE, "family", START, END)) == "Family time"


def test_sleep_blocks_are_named_by_kind_and_unknown_refs_stay_readable() -> None:
    assert block_title(PLAN, Block(BlockKind.NAP, "nap", START, END)) == "Nap"
    assert block_title(PLAN, Block(BlockKind.STUDY, "gone-goal", START, END)) == "gone-goal"
