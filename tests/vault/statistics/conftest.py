"""Builders shared by the statistics tests, handed out as the session fixture ``support``.

(With ``--import-mode=importlib`` a test module cannot import a sibling helper module.)"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from types import SimpleNamespace

import pytest

from vault.statistics import TOTAL, Cell, DisclosureControl, Quarter, Table
from vault.statistics.network import CountNetwork, FamilySpec, build_network, count_records
from vault.statistics.tables import cell_quantity

Grid = Sequence[Sequence[int | None]]
MakeTable = Callable[..., Table]

EXACT = DisclosureControl(rounding_base=1)
"""Figures shown unrounded: what the audit sees is what the engine guarantees against."""


def _make_table(
    grid: Grid,
    *,
    name: str = "t",
    population: str = "people",
    rows: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
    row_dimension: str = "row",
    column_dimension: str | None = "column",
    control: DisclosureControl = EXACT,
    quarter: Quarter | None = None,
) -> Table:
    """A table from its full grid: category rows then the Total row; each row ends with its Total.

    A grid whose rows have one value is a one-way table.
    """
    one_way = all(len(line) == 1 for line in grid)
    rows = tuple(rows or (f"r{i}" for i in range(len(grid) - 1)))
    columns = () if one_way else tuple(columns or (f"c{j}" for j in range(len(grid[0]) - 1)))
    cells = tuple(
        Cell(row, column, value)
        for row, line in zip((*rows, TOTAL), grid, strict=True)
        for column, value in zip((*columns, TOTAL), line, strict=True)
    )
    return Table(
        name=name,
        title=name,
        population=population,
        quarter=quarter or Quarter.parse("2026-Q3"),
        control=control,
        row_dimension=row_dimension,
        rows=rows,
        column_dimension=None if one_way else column_dimension,
        columns=columns,
        cells=cells,
    )


def network_of(
    spec: FamilySpec, labels: Mapping[str, tuple[str, ...]], records: Iterable[Mapping[str, str]]
) -> CountNetwork:
    return build_network(spec, labels, count_records(spec, records))


def tables_of(
    spec: FamilySpec,
    labels: Mapping[str, tuple[str, ...]],
    network: CountNetwork,
    hidden: Iterable[int],
    control: DisclosureControl = EXACT,
) -> list[Table]:
    """One published table per stage of the family: counts rounded by ``control``, ``hidden`` as [c]."""
    hidden = set(hidden)
    tables = []
    for number, stage in enumerate(spec.stages):
        rows, columns = stage[0], (stage[1] if len(stage) == 2 else None)
        column_labels = (*labels[columns], TOTAL) if columns else (TOTAL,)
        cells = []
        for row in (*labels[rows], TOTAL):
            for column in column_labels:
                index = network.index(cell_quantity(spec.population, rows, row, columns, column))
                value = None if index in hidden else control.round(network.counts[index])
                cells.append(Cell(row, column, value))
        tables.append(
            Table(
                name=f"stage{number}",
                title=f"stage {number}",
                population=spec.population,
                quarter=Quarter.parse("2026-Q3"),
                control=control,
                row_dimension=rows,
                rows=labels[rows],
                column_dimension=columns,
                columns=labels[columns] if columns else (),
                cells=tuple(cells),
            )
        )
    return tables


def one_way_records(counts: Mapping[str, int], dimension: str = "x") -> list[dict[str, str]]:
    return [{dimension: label} for label, count in counts.items() for _ in range(count)]


def two_way_records(grid: Sequence[Sequence[int]]) -> tuple[dict[str, tuple[str, ...]], list[dict[str, str]]]:
    """Labels and records for a rows × columns table of interior counts (dimensions "r" and "c")."""
    labels = {"r": tuple(f"r{i}" for i in range(len(grid))), "c": tuple(f"c{j}" for j in range(len(grid[0])))}
    records = [
        {"r": labels["r"][i], "c": labels["c"][j]}
        for i, line in enumerate(grid)
        for j, count in enumerate(line)
        for _ in range(count)
    ]
    return labels, records


@pytest.fixture(scope="session")
def support() -> SimpleNamespace:
    return SimpleNamespace(
        EXACT=EXACT,
        make_table=_make_table,
        network_of=network_of,
        tables_of=tables_of,
        one_way_records=one_way_records,
        two_way_records=two_way_records,
    )
