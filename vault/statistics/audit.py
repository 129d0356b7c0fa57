"""An independent audit of published tables: can any suppressed figure be worked out?

The audit knows only what a reader knows: every figure shown in every table, that parts add up
to their totals (within each table and, through figures they share, across the tables of a
population), that counts are whole and not negative, how figures were rounded, that a shown
figure is never a suppressed-range count, and that a hidden one is at least ``min_count``. For
each suppressed cell it finds the least and greatest value consistent with all that (linear
programming, :mod:`vault.statistics._bounds`), and reports a finding when that range is narrower
than ``control.protection``, when a figure is hidden in one table but shown in another, or when
a shown figure breaks the rules (a small count, or not rounded).

The tables this package builds form network matrices (see :mod:`vault.statistics.network`), so
the ranges are the exact whole-number ranges. ``exact`` lets the audit assume a reader who knows
some shown figures unrounded (the local authority's own totals, say); with every shown figure
exact this is the worst case, and the one :func:`quarterly_report` checks before returning.

It is deliberately separate from the engine (:mod:`vault.statistics.suppression`): another
method, no shared state, and it reads the published tables, not the engine's network.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from vault.statistics._bounds import Infeasible, value_ranges
from vault.statistics.control import DisclosureControl
from vault.statistics.errors import DisclosureRisk, InvalidTables
from vault.statistics.tables import Quantity, Table

__all__ = ["AuditReport", "Finding", "HiddenRange", "audit", "verify"]


@dataclass(frozen=True)
class HiddenRange:
    """The values a suppressed cell could take; ``high`` is ``None`` when there is no upper limit."""

    table: str
    row: str
    column: str
    low: int
    high: int | None

    @property
    def width(self) -> int | None:
        return None if self.high is None else self.high - self.low


@dataclass(frozen=True)
class Finding:
    """A disclosure problem in one cell."""

    table: str
    row: str
    column: str
    problem: str

    def __str__(self) -> str:
        return f"{self.table} [{self.row} / {self.column}]: {self.problem}"


@dataclass(frozen=True)
class AuditReport:
    ranges: tuple[HiddenRange, ...]
    findings: tuple[Finding, ...]
    protection: int

    @property
    def passed(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        if self.passed:
            return f"{len(self.ranges)} suppressed cells, each with a range of at least {self.protection}"
        return "; ".join(str(finding) for finding in self.findings)


def audit(
    tables: Iterable[Table],
    *,
    control: DisclosureControl | None = None,
    exact: Mapping[Quantity, int] | None = None,
) -> AuditReport:
    """Work out the range of every suppressed cell; report every cell that gives too much away."""
    tables = list(tables)
    control = control or _shared_control(tables)
    shown = _shown_figures(tables)
    findings = [*_rule_breaches(tables, control), *_hidden_but_shown(tables, shown)]
    known = {quantity: _before_solving(quantity, value, control, exact) for quantity, value in shown.items()}
    hidden = {quantity for quantity, value in shown.items() if value is None}
    for population in sorted({table.population for table in tables}):
        family = [table for table in tables if table.population == population]
        sums = [rule for table in family for rule in table.equations()]
        scope = {quantity: known[quantity] for quantity in known if quantity.population == population}
        try:
            known.update(value_ranges(sums, scope, sorted(hidden & scope.keys(), key=repr)))
        except Infeasible:
            raise InvalidTables(f"the published figures for {population} cannot all be true") from None
    ranges = tuple(
        HiddenRange(table.name, cell.row, cell.column, *known[table.quantity(cell.row, cell.column)])
        for table in tables
        for cell in table.suppressed_cells()
    )
    findings.extend(_too_narrow(ranges, control.required_width))
    return AuditReport(ranges, tuple(findings), control.required_width)


def verify(
    tables: Iterable[Table],
    *,
    control: DisclosureControl | None = None,
    exact: Mapping[Quantity, int] | None = None,
) -> AuditReport:
    """:func:`audit`, raising :class:`DisclosureRisk` unless every suppressed cell is protected."""
    report = audit(tables, control=control, exact=exact)
    if not report.passed:
        raise DisclosureRisk(f"the tables disclose suppressed figures: {report.summary()}", report=report)
    return report


def _shared_control(tables: list[Table]) -> DisclosureControl:
    controls = {table.control for table in tables}
    if len(controls) > 1:
        raise InvalidTables("the tables were made under different disclosure-control settings")
    return controls.pop() if controls else DisclosureControl()


def _before_solving(
    quantity: Quantity, value: int | None, control: DisclosureControl, exact: Mapping[Quantity, int] | None
) -> tuple[int, int | None]:
    """What a reader knows of one figure on its own."""
    if value is None:
        return control.min_count, None
    if exact is not None and quantity in exact:
        return exact[quantity], exact[quantity]
    return control.possible_counts(value)


def _shown_figures(tables: list[Table]) -> dict[Quantity, int | None]:
    """Each quantity's figure as a reader has it: shown anywhere, or ``None`` if hidden everywhere."""
    shown: dict[Quantity, int | None] = {}
    for table in tables:
        for cell in table.cells:
            quantity, value = table.quantity(cell.row, cell.column), cell.value
            if value is not None and value < 0:
                raise InvalidTables(f"{table.name} shows a negative count ({value})")
            before = shown.get(quantity)
            if value is not None and before is not None and before != value:
                raise InvalidTables(f"{table.name} shows {value} for a figure shown elsewhere as {before}")
            shown[quantity] = value if before is None else before
    return shown


def _rule_breaches(tables: list[Table], control: DisclosureControl) -> Iterable[Finding]:
    for table in tables:
        for cell in table.cells:
            if cell.value is not None and control.is_sensitive(cell.value):
                yield Finding(
                    table.name, cell.row, cell.column, f"shows {cell.value}, a suppressed-range count"
                )
            if cell.value is not None and cell.value % control.rounding_base:
                problem = f"shows {cell.value}, not rounded to {control.rounding_base}"
                yield Finding(table.name, cell.row, cell.column, problem)


def _hidden_but_shown(tables: list[Table], shown: Mapping[Quantity, int | None]) -> Iterable[Finding]:
    for table in tables:
        for cell in table.suppressed_cells():
            value = shown[table.quantity(cell.row, cell.column)]
            if value is not None:
                problem = f"is suppressed here but shown elsewhere as {value}"
                yield Finding(table.name, cell.row, cell.column, problem)


def _too_narrow(ranges: Iterable[HiddenRange], width: int) -> Iterable[Finding]:
    for hidden in ranges:
        if hidden.width == 0:
            yield Finding(
                hidden.table, hidden.row, hidden.column, f"can be worked out exactly ({hidden.low})"
            )
        elif hidden.width is not None and hidden.width < width:
            problem = f"is narrowed to {hidden.low}..{hidden.high}, a range narrower than {width}"
            yield Finding(hidden.table, hidden.row, hidden.column, problem)
