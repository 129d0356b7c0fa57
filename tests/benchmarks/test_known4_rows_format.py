"""The known4 rows (benchmarks/known4_rows/rows.py) are well formed: every surface stands in its row, every known
block is one the product accepts, and every row has something to find or to keep."""

from __future__ import annotations

from benchmarks.known4_rows.rows import FIND_AND_KEEP, KNOWN, ROWS
from benchmarks.row_scoring import check_rows
from redaction.text.known import parse_known


def test_every_surface_stands_in_its_row() -> None:
    check_rows(FIND_AND_KEEP)


def test_every_known_block_parses_and_every_row_scores_something() -> None:
    assert len(ROWS) == len(KNOWN) >= 120
    for text, known, finds, keeps in ROWS:
        assert parse_known(known), text
        assert finds or keeps, text


def test_the_rows_are_not_known2s_or_known3s() -> None:
    from benchmarks.known2_rows.rows import ROWS as KNOWN2
    from benchmarks.known3_rows.rows import ROWS as KNOWN3

    assert not {text for text, *_ in ROWS} & {text for text, *_ in KNOWN2 + KNOWN3}
