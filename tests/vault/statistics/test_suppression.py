"""The engine: primary and secondary suppression on one family's network."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault.statistics import DisclosureControl, audit
from vault.statistics.network import FamilySpec
from vault.statistics.suppression import hidden_ranges, information_loss, suppression_pattern

ONE_WAY = FamilySpec("people", stages=(("x",),))
TWO_WAY = FamilySpec("people", stages=(("r", "c"),))


def _hidden_counts(
    support: SimpleNamespace, counts: dict[str, int], control: DisclosureControl
) -> dict[str, int]:
    """Hide cells of a one-way table; returns {label or 'Total': count} of what was hidden."""
    labels = {"x": tuple(counts)}
    network = support.network_of(ONE_WAY, labels, support.one_way_records(counts))
    hidden = suppression_pattern(network, control, costs=information_loss(network, {}))
    names = {index: dict(q.where).get("x", "Total") for index, q in enumerate(network.quantities)}
    return {names[index]: network.counts[index] for index in hidden}


@pytest.mark.parametrize(
    "counts, hidden",
    [
        # a lone small count needs a complement; the cheaper of the two others is taken
        ({"a": 3, "b": 50, "c": 60}, {"a": 3, "b": 50}),
        # two small counts that add up to 5 would give "both small" away: a third cell joins
        ({"a": 3, "b": 2, "c": 40, "d": 50}, {"a": 3, "b": 2, "c": 40}),
        # three hidden cells adding up to 15: each could be anything from 1 to 13
        ({"a": 3, "b": 4, "c": 8}, {"a": 3, "b": 4, "c": 8}),
        # a small total is hidden in its own right; zeros stay shown
        ({"a": 3, "b": 4, "c": 0, "d": 0}, {"a": 3, "b": 4, "Total": 7}),
        ({"a": 3, "b": 0}, {"a": 3, "Total": 3}),
        # 3 + 5 = 8 shown would leave each in 1..7: only the total is left to hide
        ({"a": 3, "b": 5}, {"a": 3, "b": 5, "Total": 8}),
        # nothing small, nothing hidden
        ({"a": 8, "b": 0, "c": 12}, {}),
        # no records at all: all zeros, shown
        ({"a": 0, "b": 0}, {}),
    ],
)
def test_one_way_patterns(support: SimpleNamespace, counts: dict[str, int], hidden: dict[str, int]) -> None:
    assert _hidden_counts(support, counts, DisclosureControl()) == hidden


def test_zeros_are_hidden_when_they_are_sensitive(support: SimpleNamespace) -> None:
    control = DisclosureControl(min_count=0)
    assert _hidden_counts(support, {"a": 0, "b": 0}, control) == {"a": 0, "b": 0, "Total": 0}
    assert _hidden_counts(support, {"a": 0, "b": 20, "c": 30}, control) == {"a": 0, "b": 20}


def test_threshold_is_configurable(support: SimpleNamespace) -> None:
    counts = {"a": 9, "b": 40, "c": 50}
    assert _hidden_counts(support, counts, DisclosureControl()) == {}
    assert _hidden_counts(support, counts, DisclosureControl.with_threshold(10)) == {"a": 9, "b": 40}


def test_a_single_small_cell_of_a_two_way_table_is_hidden_with_a_rectangle(support: SimpleNamespace) -> None:
    labels, records = support.two_way_records([[3, 20, 30], [25, 40, 35], [30, 45, 50]])
    network = support.network_of(TWO_WAY, labels, records)
    hidden = suppression_pattern(network, DisclosureControl(), costs=information_loss(network, {}))
    assert sorted(network.counts[index] for index in hidden) == [3, 20, 25, 40]
    assert all(not q.where or len(q.where) == 2 for q in (network.quantities[i] for i in hidden))


def test_a_cycle_is_not_enough_when_lower_bounds_pin_a_cell(support: SimpleNamespace) -> None:
    """Four hidden 1s in a 2×2 table lie on a cycle, yet shown margins of 2 pin every one of them."""
    control = DisclosureControl(max_suppressed=1, rounding_base=1)
    labels, records = support.two_way_records([[1, 1], [1, 1]])
    network = support.network_of(TWO_WAY, labels, records)
    interior = frozenset(index for index, q in enumerate(network.quantities) if len(q.where) == 2)
    assert set(hidden_ranges(network, interior, lower=1).values()) == {(1, 1)}
    hidden = suppression_pattern(network, control, costs=information_loss(network, {}))
    assert hidden == frozenset(range(len(network.counts)))  # margins of 2 and the total must go too
    assert all(high is None for _, high in hidden_ranges(network, hidden, lower=1).values())


def test_a_family_of_small_counts_is_hidden_entirely_except_zeros(support: SimpleNamespace) -> None:
    labels, records = support.two_way_records([[1, 0, 2], [0, 3, 0]])
    network = support.network_of(TWO_WAY, labels, records)
    hidden = suppression_pattern(network, DisclosureControl(), costs=information_loss(network, {}))
    assert hidden == {index for index, count in enumerate(network.counts) if count}


def test_the_grand_total_is_the_last_resort(support: SimpleNamespace) -> None:
    network = support.network_of(
        ONE_WAY, {"x": ("a", "b", "c")}, support.one_way_records({"a": 3, "b": 900, "c": 5})
    )
    costs = information_loss(network, {})
    assert costs[network.grand_total] > sum(costs) - costs[network.grand_total]
    hidden = suppression_pattern(network, DisclosureControl(), costs=costs)
    assert network.grand_total not in hidden and len(hidden) == 3


counts_strategy = st.one_of(st.integers(0, 0), st.integers(1, 7), st.integers(8, 40))
grids = st.integers(1, 4).flatmap(
    lambda width: st.lists(st.lists(counts_strategy, min_size=width, max_size=width), min_size=1, max_size=4)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(grid=grids, hide=st.sets(st.integers(0, 40), max_size=12), base=st.sampled_from([1, 5]))
def test_flow_ranges_equal_the_linear_programming_audit(
    support: SimpleNamespace, grid: list[list[int]], hide: set[int], base: int
) -> None:
    """Two exact methods (max flow on the network, LP on the published tables) agree on every range,
    for the engine's patterns and for arbitrary ones."""
    control = DisclosureControl(rounding_base=base)
    labels, records = support.two_way_records(grid)
    network = support.network_of(TWO_WAY, labels, records)
    arbitrary = frozenset(i for i in hide if i < len(network.counts) and network.counts[i] >= 1)
    chosen = suppression_pattern(network, control, costs=information_loss(network, {}))
    for hidden in (arbitrary, chosen):
        tables = support.tables_of(TWO_WAY, labels, network, hidden, control)
        exact = dict(zip(network.quantities, network.counts, strict=True))
        report = audit(tables, control=control, exact=exact)
        by_flow = hidden_ranges(network, hidden, lower=1)
        for hidden_range in report.ranges:
            quantity = tables[0].quantity(hidden_range.row, hidden_range.column)
            assert by_flow[network.index(quantity)] == (hidden_range.low, hidden_range.high)
    assert audit(support.tables_of(TWO_WAY, labels, network, chosen, control), exact=exact).passed
