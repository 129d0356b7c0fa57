"""Soft wraps from line geometry: a paragraph continuing from the foot of one newspaper column to the head of the
next is one sentence to the detectors; a column that ends short, or a block beside another, is not joined."""

from __future__ import annotations

from redaction.pdf.wraps import Line, soft_wraps

ACROSS = (1.0, 0.0)


def _column(left: float, right_ends: list[float], top: float, first_newline: int) -> list[Line]:
    return [Line(first_newline + index if first_newline + index > 0 else None, ACROSS, 16.0, top - 14.0 * index,
                 left, end, left + 40) for index, end in enumerate(right_ends)]


def test_the_last_line_of_a_column_wraps_on_to_the_head_of_the_next() -> None:
    left = _column(57.0, [280.0, 279.0, 281.0, 270.0], 700.0, 0)
    right = _column(312.0, [90.0 + 312.0, 300.0 + 312.0], 700.0, 10)  # first word: 40 pt, no room after 270
    assert 10 in soft_wraps(left + right)


def test_a_column_ending_short_or_with_room_for_the_next_word_is_not_joined() -> None:
    left = _column(57.0, [280.0, 279.0, 281.0, 150.0], 700.0, 0)
    right = _column(312.0, [400.0, 600.0], 700.0, 10)
    assert 10 not in soft_wraps(left + right)


def test_a_line_that_is_not_its_columns_last_does_not_jump_to_another_column() -> None:
    left = _column(57.0, [280.0, 279.0, 281.0, 270.0], 700.0, 0)
    right = _column(312.0, [400.0, 600.0], 700.0, 10)
    lines = left[:2] + right + left[2:]  # row-wise content order: the left column goes on below
    assert not any(line.newline in soft_wraps(lines) for line in right)


def test_records_typed_one_per_line_stay_apart_and_a_record_wrapped_in_the_middle_is_joined() -> None:
    """CSV records: no space for a long way, so each "first word" is wider than any room left on a line."""
    lines = _column(57.0, [530.0, 200.0, 528.0, 210.0, 531.0, 190.0], 700.0, 0)
    for line in lines:
        line.first_word_end = line.start + 300.0
    wraps = soft_wraps(lines)
    assert wraps == [1, 3, 5]  # after each line reaching the edge; never after a record's short last line
