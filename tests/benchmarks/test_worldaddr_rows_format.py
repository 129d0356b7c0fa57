"""The worldaddr rows (benchmarks/worldaddr_rows) are well formed: every find and keep stands in its row, there are
enough of both kinds, and no row repeats one of the earlier address row sets."""

from __future__ import annotations

from benchmarks.general_address_rows.rows import ROWS as ADDRESSES1
from benchmarks.general_address_rows2.rows import ROWS as ADDRESSES2
from benchmarks.row_scoring import check_rows
from benchmarks.worldaddr_rows.rows import ROWS


def test_every_surface_stands_in_its_row() -> None:
    check_rows(ROWS)


def test_enough_rows_of_both_kinds() -> None:
    assert len(ROWS) >= 100
    assert sum(len(f) for _, f, _ in ROWS) >= 90
    assert sum(len(k) for _, _, k in ROWS) >= 60


def test_every_find_is_an_address() -> None:
    assert all(find[1] == "ADDRESS" for _, finds, _ in ROWS for find in finds)


def test_no_row_of_the_earlier_address_sets_repeated() -> None:
    assert not {text for text, _, _ in ADDRESSES1 + ADDRESSES2} & {text for text, _, _ in ROWS}
