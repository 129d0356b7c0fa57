"""The sendprec3 rows (benchmarks/sendprec3_rows) are well formed: every find and keep stands in its row, there are
enough rows and of both kinds, and no row repeats one of the earlier SEND negative sets."""

from __future__ import annotations

from benchmarks.negatives2_rows.rows import FIND_AND_KEEP as NEGATIVES2
from benchmarks.negatives3_rows.rows import FIND_AND_KEEP as NEGATIVES3
from benchmarks.negatives4_rows.rows import FIND_AND_KEEP as NEGATIVES4
from benchmarks.row_scoring import check_rows
from benchmarks.sendneg_rows.rows import FIND_AND_KEEP as SENDNEG
from benchmarks.sendprec2_rows.rows import FIND_AND_KEEP as SENDPREC2
from benchmarks.sendprec3_rows.rows import FIND_AND_KEEP as ROWS
from benchmarks.sendprec_rows.rows import FIND_AND_KEEP as SENDPREC


def test_every_surface_stands_in_its_row() -> None:
    check_rows(ROWS)


def test_enough_rows_of_both_kinds() -> None:
    assert len(ROWS) >= 150
    assert all(keeps for _, _, keeps in ROWS)
    assert sum(len(f) for _, f, _ in ROWS) >= 150
    assert sum(len(k) for _, _, k in ROWS) >= 300


def test_no_row_of_the_earlier_sets_repeated() -> None:
    earlier = SENDNEG + SENDPREC + SENDPREC2 + NEGATIVES2 + NEGATIVES3 + NEGATIVES4
    assert not {text for text, _, _ in earlier} & {text for text, _, _ in ROWS}
    assert len({text for text, _, _ in ROWS}) == len(ROWS)
