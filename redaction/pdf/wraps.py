"""Which line breaks of a page only wrap a paragraph, read from the lines' geometry.

A word processor breaks a paragraph where the next word does not fit before its column's right edge. A break is
such a wrap when the next line's first word would not have fitted between the line's end and that edge, and the
next line carries on where a paragraph's next line would: just below, at (or left of an indent of) the same left
edge; or, when the line is the last of its column, at the top of the next column to its right (newspaper columns:
"check CRM" at the foot of one column, "ADV-118203" at the head of the next). The right edge is the furthest end
among the lines starting at the same left edge, and counts only where at least two other lines reach it (ragged
right), so a short block (an address, a signature) is never joined.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Line", "soft_wraps"]

WRAP_SPACE = 0.15  # the least space a word processor leaves between words, in text heights
COLUMN_EDGE = 3.0  # lines ending within this many text heights of a column's right edge reach it
EDGE_SLACK = 0.25  # the furthest line end is only an estimate of the edge (and spaces vary): this much short counts
SAME_COLUMN = 3.0  # left edges within this many text heights are one column's (a first-line indent included)
LONGEST_WORD = 6.0  # a first "word" longer than this many text heights (a CSV record, a long code) counts as this long


@dataclass(slots=True)
class Line:
    """One line of the page text, in coordinates along and across its writing direction (across grows up)."""

    newline: int | None  # index of the "\n" before it in the text, if any
    direction: tuple[float, float]
    height: float
    across: float
    start: float
    end: float
    first_word_end: float | None = None


class _Columns:
    """The right edges of the page's columns, one scan per column (its lines share their left edge)."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.edges: dict[tuple[tuple[float, float], float, float], tuple[float, list[float]]] = {}

    def edge(self, column: Line, height: float) -> tuple[float, list[float]]:
        key = (column.direction, round(column.start, 1), round(height, 1))
        if key not in self.edges:
            ends = [other.end for other in self.members(column, height)]
            self.edges[key] = (max(ends), ends)
        return self.edges[key]

    def members(self, column: Line, height: float) -> list[Line]:
        return [other for other in self.lines if other.direction == column.direction
                and abs(other.start - column.start) <= SAME_COLUMN * height]


def _next_line_below(previous: Line, line: Line, height: float) -> bool:
    shift = previous.across - line.across  # down the page
    return 0 < shift <= 2.0 * height and -SAME_COLUMN * height <= line.start - previous.start <= 0.5 * height


def _head_of_next_column(previous: Line, line: Line, height: float, columns: _Columns) -> bool:
    """``line`` opens a column to the right of ``previous``'s, higher up, and ``previous`` closes its own."""
    if line.across <= previous.across or line.start <= previous.end:
        return False
    lower = any(other.across < previous.across - 0.5 * height for other in columns.members(previous, height))
    higher = any(other.across > line.across + 0.5 * height for other in columns.members(line, height))
    return not lower and not higher


def soft_wraps(lines: list[Line]) -> list[int]:
    """Indexes of the line breaks that wrap a paragraph (see the module docstring)."""
    soft = []
    columns = _Columns(lines)
    for previous, line in zip(lines, lines[1:]):
        if line.newline is None or line.direction != previous.direction:
            continue
        height = max(previous.height, line.height)
        if _next_line_below(previous, line, height):
            column = line
        elif _head_of_next_column(previous, line, height, columns):
            column = previous
        else:
            continue
        right, ends = columns.edge(column, height)
        reaching = sum(1 for end in ends if end >= right - COLUMN_EDGE * height)
        reaching -= (previous.end >= right - COLUMN_EDGE * height
                     and abs(previous.start - column.start) <= SAME_COLUMN * height)
        first_word = (line.first_word_end if line.first_word_end is not None else line.end) - line.start
        first_word = min(first_word, LONGEST_WORD * height)
        if reaching >= 2 and previous.end + WRAP_SPACE * height + first_word > right - EDGE_SLACK * height:
            soft.append(line.newline)
    return soft
