"""The sendrecall3 rows hold what their bench says: every surface stands in its row, every find is a PERSON, and
there are at least 120 rows with something to find and 30 rows of look-alikes only."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks.row_scoring import check_rows
from benchmarks.sendrecall3_rows.rows import FIND_AND_KEEP


def test_every_surface_stands_in_its_row() -> None:
    check_rows(FIND_AND_KEEP)


def test_finds_are_people_and_the_sizes_hold() -> None:
    assert {kind for _, finds, _ in FIND_AND_KEEP for _, kind, *_ in finds} == {"PERSON"}
    assert sum(bool(finds) for _, finds, _ in FIND_AND_KEEP) >= 120
    assert sum(not finds and bool(keeps) for _, finds, keeps in FIND_AND_KEEP) >= 30


def test_no_row_is_written_twice() -> None:
    texts = [text for text, _, _ in FIND_AND_KEEP]
    assert len(texts) == len(set(texts))
