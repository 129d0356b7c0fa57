"""A family of linked tables as one circulation network.

Tables of one population share figures: the 1-way "by topic" table is the row totals of
"topic × outcome", and every table of the population has the same grand total. They are
protected together, as one network in which every count is an edge and every additivity rule is
conservation of flow at a node. The family is a ring of *stages* joined at hub nodes:

    hub0 ──grand total──▶ hub1 ══stage 1══▶ hub2 ══stage 2══▶ … ══stage k══▶ hub0

A one-way stage over dimension ``d`` is one parallel edge per category of ``d`` (the categories
add up to the grand total). A two-way stage ``d1 × d2`` is row-total edges into a node per ``d1``
category, cell edges from row nodes to a node per ``d2`` category, and column-total edges out
(rows add up to their totals, columns to theirs). Any mix of one-way stages and two-way stages
with distinct dimensions is a network matrix, so its linear-programming bounds are whole numbers
(total unimodularity): this is what makes the audit's intervals exact.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vault.statistics._flow import Edge
from vault.statistics.tables import Quantity

__all__ = ["CountNetwork", "FamilySpec", "build_network", "count_records"]


@dataclass(frozen=True)
class FamilySpec:
    """A population and the stages (``("need",)`` or ``("need", "outcome")``) counted for it."""

    population: str
    stages: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        dimensions = [dimension for stage in self.stages for dimension in stage]
        if not self.stages or any(len(stage) not in (1, 2) for stage in self.stages):
            raise ValueError(f"{self.population}: stages must be one- or two-way")
        if len(set(dimensions)) != len(dimensions):
            raise ValueError(f"{self.population}: a dimension may appear in only one stage")

    @property
    def dimensions(self) -> tuple[str, ...]:
        return tuple(dimension for stage in self.stages for dimension in stage)

    def quantities_of(self, attributes: Mapping[str, str]) -> list[Quantity]:
        """Every quantity of the family that one record with these categories counts towards."""
        found = [self.quantity({})]
        for stage in self.stages:
            found.extend(self.quantity({d: attributes[d]}) for d in stage)
            if len(stage) == 2:
                found.append(self.quantity({d: attributes[d] for d in stage}))
        return found

    def quantity(self, where: Mapping[str, str]) -> Quantity:
        """The quantity of this population limited to ``where`` ({dimension: category})."""
        return Quantity(self.population, frozenset(where.items()))


@dataclass(frozen=True)
class CountNetwork:
    """Edges (one per quantity, with its exact count) of a family's circulation."""

    quantities: tuple[Quantity, ...]
    edges: tuple[Edge, ...]
    counts: tuple[int, ...]

    grand_total = 0
    """Index of the grand-total edge (always the first)."""

    def index(self, quantity: Quantity) -> int:
        return self.quantities.index(quantity)


def build_network(
    spec: FamilySpec,
    categories: Mapping[str, tuple[str, ...]],
    counts: Mapping[Quantity, int],
) -> CountNetwork:
    """Lay out the family's ring; a quantity missing from ``counts`` counts 0."""
    quantities: list[Quantity] = []
    edges: list[Edge] = []
    nodes = itertools.count()
    hubs = [next(nodes) for _ in range(len(spec.stages) + 1)]

    def add(where: Mapping[str, str], tail: int, head: int) -> None:
        quantities.append(spec.quantity(where))
        edges.append(Edge(tail, head))

    add({}, hubs[0], hubs[1])
    for position, stage in enumerate(spec.stages):
        start, end = hubs[position + 1], hubs[(position + 2) % len(hubs)]
        if len(stage) == 1:
            for label in categories[stage[0]]:
                add({stage[0]: label}, start, end)
            continue
        rows, columns = stage
        row_nodes = {label: next(nodes) for label in categories[rows]}
        column_nodes = {label: next(nodes) for label in categories[columns]}
        for row, node in row_nodes.items():
            add({rows: row}, start, node)
        for row, row_node in row_nodes.items():
            for column, column_node in column_nodes.items():
                add({rows: row, columns: column}, row_node, column_node)
        for column, node in column_nodes.items():
            add({columns: column}, node, end)
    return CountNetwork(
        quantities=tuple(quantities),
        edges=tuple(edges),
        counts=tuple(counts.get(quantity, 0) for quantity in quantities),
    )


def count_records(spec: FamilySpec, records: Iterable[Mapping[str, str]]) -> Counter[Quantity]:
    """Exact counts of every quantity of the family, from records given as {dimension: category}."""
    counts: Counter[Quantity] = Counter()
    for attributes in records:
        counts.update(spec.quantities_of(attributes))
    return counts
