"""The general-English PERSON rows (benchmarks/general_person_rows) are well formed: every find and keep stands in
its row, finds are PERSON, and no row repeats one of general_names_rows."""

from __future__ import annotations

from benchmarks.row_scoring import locate
from benchmarks.general_names_rows import dev_rows, rows as names_rows
from benchmarks.general_person_rows.rows import ROWS


def test_every_surface_stands_in_its_row() -> None:
    for text, finds, keeps in ROWS:
        for find in finds:
            assert find[1] == "PERSON"
            locate(text, find)
        for surface in keeps:
            assert surface in text


def test_enough_rows_of_both_kinds() -> None:
    assert sum(len(f) for _, f, _ in ROWS) >= 60
    assert sum(len(k) for _, _, k in ROWS) >= 60


def test_no_row_of_the_genname_sets_repeated() -> None:
    theirs = {text for text, _, _ in names_rows.ROWS + dev_rows.ROWS}
    assert not theirs & {text for text, _, _ in ROWS}
