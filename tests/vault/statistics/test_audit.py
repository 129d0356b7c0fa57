"""The audit on hand-made published tables, and its ranges against brute-force enumeration."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vault.statistics import TOTAL, DisclosureControl, DisclosureRisk, InvalidTables, audit, verify
from vault.statistics.rounding import round_to_base

C = None  # a suppressed cell, as written in the grids below
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def problems(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{finding.row}/{finding.column}: {finding.problem}" for finding in report.findings]


def test_a_lone_hidden_cell_is_worked_out_from_the_total(support: SimpleNamespace) -> None:
    report = audit([support.make_table([[20], [C], [40], [63]])])
    assert problems(report) == ["r1/Total: can be worked out exactly (3)"]
    with pytest.raises(DisclosureRisk, match="worked out exactly") as raised:
        verify([support.make_table([[20], [C], [40], [63]])])
    assert raised.value.report == report


def test_two_small_hidden_cells_give_away_that_both_are_small(support: SimpleNamespace) -> None:
    report = audit([support.make_table([[C], [C], [40], [50], [95]])])
    assert problems(report) == [
        "r0/Total: is narrowed to 1..4, a range narrower than 7",
        "r1/Total: is narrowed to 1..4, a range narrower than 7",
    ]
    assert audit([support.make_table([[C], [C], [C], [50], [95]])]).passed
    assert audit(
        [support.make_table([[C], [C], [40], [50], [95]])], control=DisclosureControl(protection=3)
    ).passed


def test_rounding_blurs_but_an_exact_reader_still_recovers(support: SimpleNamespace) -> None:
    """Shown rounded (to 5), a lone hidden 3 is only known to be 1..11; a reader who knows the
    exact figures (say the local authority's own total) gets it back. The engine protects
    against the exact reader."""
    table = support.make_table([[20], [C], [40], [65]], control=DisclosureControl())
    rounded = audit([table])
    assert rounded.passed and [(r.low, r.high) for r in rounded.ranges] == [(1, 11)]
    quantities = {row: table.quantity(row) for row in ("r0", "r2", TOTAL)}
    exact = {quantities["r0"]: 20, quantities["r2"]: 40, quantities[TOTAL]: 63}
    assert problems(audit([table], exact=exact)) == ["r1/Total: can be worked out exactly (3)"]


def test_a_hidden_rectangle_protects_and_a_lone_hidden_cell_does_not(support: SimpleNamespace) -> None:
    rectangle = support.make_table([[C, C, 30, 53], [C, C, 35, 100], [28, 60, 65, 153]])
    report = audit([rectangle])  # true values 3, 20 / 25, 40
    assert report.passed and [(r.low, r.high) for r in report.ranges] == [(1, 22), (1, 22), (6, 27), (38, 59)]
    lone = support.make_table([[C, 20, 30, 53], [25, 40, 35, 100], [28, 60, 65, 153]])
    assert problems(audit([lone])) == ["r0/c0: can be worked out exactly (3)"]


def test_a_cycle_of_hidden_cells_can_still_be_pinned_by_lower_bounds(support: SimpleNamespace) -> None:
    control = DisclosureControl(max_suppressed=1, rounding_base=1)
    table = support.make_table([[C, C, 2], [C, C, 2], [2, 2, 4]], control=control)
    assert problems(audit([table])) == [
        f"{cell}: can be worked out exactly (1)" for cell in ("r0/c0", "r0/c1", "r1/c0", "r1/c1")
    ]


def test_everything_hidden_is_unbounded(support: SimpleNamespace) -> None:
    report = audit([support.make_table([[C, C, C], [C, 0, C], [C, C, C]])])
    assert report.passed and all(r.high is None for r in report.ranges)
    assert [r.low for r in report.ranges] == [1, 1, 2, 1, 1, 2, 1, 3]  # hidden cells are at least 1
    assert "8 suppressed cells" in report.summary()


def test_linked_tables_are_audited_together(support: SimpleNamespace) -> None:
    """Alone, the first table hides its total and is safe; the second shows that total (the
    tables share it), which pins the first's hidden total and narrows its small cells."""
    by_x = support.make_table([[C], [C], [46], [C]], name="by_x", row_dimension="x")
    by_y = support.make_table([[20], [33], [53]], name="by_y", row_dimension="y")
    assert audit([by_x]).passed and audit([by_y]).passed
    assert problems(audit([by_x, by_y])) == [
        "Total/Total: is suppressed here but shown elsewhere as 53",
        "r0/Total: is narrowed to 1..6, a range narrower than 7",
        "r1/Total: is narrowed to 1..6, a range narrower than 7",
        "Total/Total: can be worked out exactly (53)",
    ]


def test_a_figure_hidden_in_one_table_and_shown_in_another_is_found(support: SimpleNamespace) -> None:
    two_way = support.make_table(
        [[C, C, C], [C, C, 40], [20, 30, 50]], name="two_way", row_dimension="x", column_dimension="y"
    )
    by_x = support.make_table([[10], [40], [50]], name="by_x", row_dimension="x")
    report = audit([two_way, by_x])
    assert "two_way [r0 / Total]: is suppressed here but shown elsewhere as 10" in [
        str(f) for f in report.findings
    ]


def test_contradictory_or_impossible_tables_are_refused(support: SimpleNamespace) -> None:
    with pytest.raises(InvalidTables, match="shown elsewhere as 50"):
        audit(
            [
                support.make_table([[20], [30], [50]], name="a"),
                support.make_table([[20], [30], [51]], name="b"),
            ]
        )
    with pytest.raises(InvalidTables, match="cannot all be true"):
        audit([support.make_table([[20], [C], [15]])])
    with pytest.raises(InvalidTables, match="negative"):
        audit([support.make_table([[-5], [C], [15]])])
    with pytest.raises(InvalidTables, match="different disclosure-control"):
        audit(
            [
                support.make_table([[20]], name="a"),
                support.make_table([[20]], name="b", control=DisclosureControl()),
            ]
        )


def test_shown_figures_must_follow_the_rules(support: SimpleNamespace) -> None:
    report = audit(
        [support.make_table([[3], [12], [15]], control=DisclosureControl(max_suppressed=3, rounding_base=5))]
    )
    assert problems(report) == [
        "r0/Total: shows 3, a suppressed-range count",
        "r0/Total: shows 3, not rounded to 5",
        "r1/Total: shows 12, not rounded to 5",
    ]


def test_no_tables_no_findings() -> None:
    assert audit([]).passed


def _brute_force(
    grid: list[list[int | None]], control: DisclosureControl, cap: int
) -> dict[tuple[int, int], int | None]:
    """Every whole-number 2×2 table (with margins) consistent with the shown figures, enumerated."""

    def allowed(figure: int | None, values: np.ndarray) -> np.ndarray:
        if figure is None:
            return values >= control.min_count
        rounded = control.rounding_base * ((values + control.rounding_base // 2) // control.rounding_base)
        return (rounded == figure) & ~((values >= control.min_count) & (values <= control.max_suppressed))

    a, b, c, d = np.meshgrid(*([np.arange(cap + 1)] * 4), indexing="ij")
    full = {
        (0, 0): a,
        (0, 1): b,
        (1, 0): c,
        (1, 1): d,
        (0, 2): a + b,
        (1, 2): c + d,
        (2, 0): a + c,
        (2, 1): b + d,
        (2, 2): a + b + c + d,
    }
    feasible = np.ones(a.shape, dtype=bool)
    for (i, j), values in full.items():
        feasible &= allowed(grid[i][j], values)
    ranges: dict[tuple[int, int], int | None] = {}
    for (i, j), values in full.items():
        if grid[i][j] is None:
            ranges[(i, j)] = (int(values[feasible].min()), int(values[feasible].max()))  # type: ignore[assignment]
    return ranges


@settings(SETTINGS, max_examples=40)
@given(
    interior=st.lists(st.integers(0, 4), min_size=4, max_size=4),
    mask=st.lists(st.booleans(), min_size=9, max_size=9),
    base=st.sampled_from([1, 5]),
)
def test_ranges_are_exactly_the_whole_number_ranges(
    support: SimpleNamespace, interior: list[int], mask: list[bool], base: int
) -> None:
    """LP bounds equal brute-force integer bounds (the network matrix is totally unimodular)."""
    control = DisclosureControl(max_suppressed=2, rounding_base=base)
    a, b, c, d = interior
    true = [[a, b, a + b], [c, d, c + d], [a + c, b + d, a + b + c + d]]
    grid: list[list[int | None]] = [
        [
            None
            if (mask[3 * i + j] and true[i][j] >= 1) or control.is_sensitive(true[i][j])
            else round_to_base(true[i][j], base)
            for j in range(3)
        ]
        for i in range(3)
    ]
    report = audit([support.make_table(grid, control=control)])
    small, large = _brute_force(grid, control, 18), _brute_force(grid, control, 21)
    cells = {
        (row, column): (i, j)
        for i, row in enumerate(("r0", "r1", TOTAL))
        for j, column in enumerate(("c0", "c1", TOTAL))
    }
    for hidden in report.ranges:
        low, high = small[cells[(hidden.row, hidden.column)]]  # type: ignore[misc]
        unbounded = large[cells[(hidden.row, hidden.column)]][1] != high  # type: ignore[index]
        assert (hidden.low, hidden.high) == (low, None if unbounded else high)


def _is_bridge(hidden: set[tuple[int, int]], cell: tuple[int, int]) -> bool:
    """Whether a hidden cell lies on no cycle of hidden cells (rows and columns as the two sides)."""
    start, goal = ("row", cell[0]), ("column", cell[1])
    seen, frontier = {start}, [start]
    while frontier:
        side, index = frontier.pop()
        for i, j in hidden - {cell}:
            if (side, index) in (("row", i), ("column", j)):
                other = ("column", j) if side == "row" else ("row", i)
                if other not in seen:
                    seen.add(other)
                    frontier.append(other)
    return goal not in seen


@settings(SETTINGS, max_examples=60)
@given(
    interior=st.lists(st.lists(st.integers(100, 200), min_size=3, max_size=3), min_size=3, max_size=3),
    mask=st.sets(st.tuples(st.integers(0, 3), st.integers(0, 3)), max_size=10),
)
def test_with_slack_bounds_a_hidden_cell_is_pinned_exactly_when_it_is_on_no_cycle(
    support: SimpleNamespace, interior: list[list[int]], mask: set[tuple[int, int]]
) -> None:
    """The reasoning behind secondary suppression, checked: write the table with its margins as a
    4×4 grid in which every row and column is one additivity rule (a margin counts minus). A
    hidden cell is then fixed by the shown figures exactly when its edge is a bridge of the
    bipartite graph (grid rows × grid columns) of hidden cells. Counts of 100 or more keep the
    lower bounds slack; with small counts bounds can pin a cell on a cycle too (see above), which
    is why the engine measures room by max flow rather than looking for cycles."""
    full = [[*line, sum(line)] for line in interior]
    full.append([sum(column) for column in zip(*full, strict=True)])
    grid = [[None if (i, j) in mask else full[i][j] for j in range(4)] for i in range(4)]
    report = audit([support.make_table(grid)])
    labels = ("r0", "r1", "r2", TOTAL), ("c0", "c1", "c2", TOTAL)
    for hidden in report.ranges:
        cell = (labels[0].index(hidden.row), labels[1].index(hidden.column))
        assert (hidden.width == 0) == _is_bridge(mask, cell)
