"""The dobloc rows (benchmarks/dobloc_rows) are well formed: every find and keep stands in its row, each find has one
of the three kinds, there are enough finds of each kind and keeps, and no row repeats an earlier DOB or SEND recall
row set."""

from __future__ import annotations

from benchmarks.dob3_rows.rows import FIND_AND_KEEP as DOB3
from benchmarks.dobloc_rows.rows import FIND_AND_KEEP as ROWS
from benchmarks.row_scoring import check_rows
from benchmarks.sendrecall2_rows.rows import FIND_AND_KEEP as SENDRECALL2

KINDS = ("DATE_OF_BIRTH", "LOCATION", "SCHOOL")


def test_every_surface_stands_in_its_row() -> None:
    check_rows(ROWS)


def test_every_find_is_typed() -> None:
    assert all(isinstance(find, tuple) and find[1] in KINDS for _, finds, _ in ROWS for find in finds)


def test_enough_rows_of_each_kind() -> None:
    assert len(ROWS) >= 150
    for kind in KINDS:
        assert sum(find[1] == kind for _, finds, _ in ROWS for find in finds) >= 40
    assert sum(len(keeps) for _, _, keeps in ROWS) >= 100


def test_no_row_of_the_earlier_sets_repeated() -> None:
    assert not {text for text, _, _ in DOB3 + SENDRECALL2} & {text for text, _, _ in ROWS}
