"""The refs rows (benchmarks/refs_rows) are well formed: every find and keep stands in its row, there are enough
rows of both kinds, and no row repeats one of the earlier identifier row sets."""

from __future__ import annotations

from benchmarks.dobref4_rows.rows import HELD_BACK as DOBREF4_HELD_BACK, ROWS as DOBREF4
from benchmarks.refs_rows.rows import ROWS
from benchmarks.row_scoring import locate_nth


def test_every_surface_stands_in_its_row() -> None:
    for rows in ROWS.values():
        for text, finds, keeps in rows:
            for item in finds + keeps:
                locate_nth(text, item)


def test_enough_rows_of_both_kinds() -> None:
    rows = [row for rows in ROWS.values() for row in rows]
    assert len(rows) >= 100
    assert sum(len(f) for _, f, _ in rows) >= 60
    assert sum(len(k) for _, _, k in rows) >= 60


def test_no_row_of_the_dobref4_set_repeated() -> None:
    theirs = {text for rows in (*DOBREF4.values(), *DOBREF4_HELD_BACK.values()) for text, _, _ in rows}
    assert not theirs & {text for rows in ROWS.values() for text, _, _ in rows}
