"""Published tables: what a reader of the return sees, and nothing more.

A :class:`Table` holds published figures only (rounded counts, or ``None`` where a cell is
suppressed), never exact counts, so nothing that leaves the engine can leak them.

Each cell stands for a :class:`Quantity`: a population ("cases closed in the quarter") narrowed
by the categories of its row and column; ``Total`` narrows nothing. Two cells of different tables
with the same quantity are the same number — "enquiries about exclusion" is a row of
*enquiries_by_topic* and the row total of *enquiries_by_topic_and_outcome* — and the audit
treats them as one unknown, so a figure hidden in one table and shown in another is caught.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from vault.statistics.categories import TOTAL
from vault.statistics.control import DisclosureControl
from vault.statistics.errors import InvalidTables
from vault.statistics.quarter import Quarter

__all__ = ["SUPPRESSED", "Cell", "Quantity", "Table", "cell_quantity"]

SUPPRESSED = "[c]"
"""How a suppressed cell is written (the GSS/ONS symbol for "confidential")."""


class Quantity(NamedTuple):
    """A count defined by its population and the (dimension, category) pairs it is limited to."""

    population: str
    where: frozenset[tuple[str, str]]


def cell_quantity(
    population: str, row_dimension: str, row: str, column_dimension: str | None, column: str
) -> Quantity:
    """The quantity a cell counts: ``Total`` in a row or column narrows nothing."""
    where = set()
    if row != TOTAL:
        where.add((row_dimension, row))
    if column != TOTAL and column_dimension is not None:
        where.add((column_dimension, column))
    return Quantity(population, frozenset(where))


@dataclass(frozen=True, slots=True)
class Cell:
    """One published figure; ``value`` is ``None`` when the cell is suppressed."""

    row: str
    column: str
    value: int | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    @property
    def shown(self) -> str:
        """The figure as written in the CSV: digits, or the suppression symbol."""
        return SUPPRESSED if self.value is None else str(self.value)


@dataclass(frozen=True)
class Table:
    """A one-way table (``column_dimension`` is ``None``: one ``Total`` column) or a two-way table.

    ``cells`` lists every category row and then the ``Total`` row; within a row every category
    column and then the ``Total`` column. Categories with no records are present with value 0.
    """

    name: str
    title: str
    population: str
    quarter: Quarter
    control: DisclosureControl
    row_dimension: str
    rows: tuple[str, ...]
    column_dimension: str | None
    columns: tuple[str, ...]
    cells: tuple[Cell, ...]
    _index: dict[tuple[str, str], Cell] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.column_dimension is None and self.columns:
            raise InvalidTables(f"{self.name}: a one-way table has no category columns")
        if self.column_dimension is not None and not self.columns:
            raise InvalidTables(f"{self.name}: a two-way table needs category columns")
        expected = [(row, column) for row in self.row_labels for column in self.column_labels]
        if [(cell.row, cell.column) for cell in self.cells] != expected:
            raise InvalidTables(f"{self.name}: cells must cover every row and column once, in order")
        object.__setattr__(self, "_index", {(cell.row, cell.column): cell for cell in self.cells})

    @property
    def row_labels(self) -> tuple[str, ...]:
        """Category rows then ``Total``."""
        return (*self.rows, TOTAL)

    @property
    def column_labels(self) -> tuple[str, ...]:
        """Category columns then ``Total`` (just ``Total`` for a one-way table)."""
        return (*self.columns, TOTAL)

    def cell(self, row: str, column: str = TOTAL) -> Cell:
        try:
            return self._index[(row, column)]
        except KeyError:
            raise KeyError(f"{self.name} has no cell ({row!r}, {column!r})") from None

    def value(self, row: str, column: str = TOTAL) -> int | None:
        """The published figure, or ``None`` if suppressed."""
        return self.cell(row, column).value

    def quantity(self, row: str, column: str = TOTAL) -> Quantity:
        """What the cell counts (see :class:`Quantity`)."""
        self.cell(row, column)
        return cell_quantity(self.population, self.row_dimension, row, self.column_dimension, column)

    def suppressed_cells(self) -> Iterator[Cell]:
        return (cell for cell in self.cells if cell.suppressed)

    def equations(self) -> Iterator[tuple[Quantity, tuple[Quantity, ...]]]:
        """Each additivity rule the table shows, as (total, the parts that add up to it)."""
        if self.column_dimension is None:
            yield self.quantity(TOTAL), tuple(self.quantity(row) for row in self.rows)
            return
        for row in self.row_labels:
            yield self.quantity(row), tuple(self.quantity(row, column) for column in self.columns)
        for column in self.column_labels:
            yield self.quantity(TOTAL, column), tuple(self.quantity(row, column) for row in self.rows)
