"""The genperson5 rows (benchmarks/genperson5_rows) are well formed: every find and keep stands in its row, every find
is a PERSON, there are enough rows of both kinds, and no row repeats one of the earlier general-English row sets."""

from __future__ import annotations

from benchmarks.general_names_rows import dev_rows, rows as names_rows
from benchmarks.general_person_rows.rows import ROWS as PERSON_ROWS
from benchmarks.genperson2_rows.rows import ROWS as GENPERSON2_ROWS
from benchmarks.genperson3_rows.rows import ROWS as GENPERSON3_ROWS
from benchmarks.genperson4_rows.rows import ROWS as GENPERSON4_ROWS
from benchmarks.genperson5_rows.rows import FIND_ROWS, KEEP_ROWS, ROWS
from benchmarks.row_scoring import locate


def test_every_surface_stands_in_its_row() -> None:
    for text, finds, keeps in ROWS:
        for find in finds:
            assert find[1] == "PERSON"
            locate(text, find)
        for surface in keeps:
            assert surface in text


def test_enough_rows_of_both_kinds() -> None:
    assert len(FIND_ROWS) >= 110 and all(finds for _, finds, _ in FIND_ROWS)
    assert len(KEEP_ROWS) >= 60 and all(keeps and not finds for _, finds, keeps in KEEP_ROWS)


def test_no_row_of_the_earlier_sets_repeated() -> None:
    theirs = {text for text, _, _ in names_rows.ROWS + dev_rows.ROWS + PERSON_ROWS + GENPERSON2_ROWS + GENPERSON3_ROWS
              + GENPERSON4_ROWS}
    texts = [text for text, _, _ in ROWS]
    assert not theirs & set(texts)
    assert len(texts) == len(set(texts))
