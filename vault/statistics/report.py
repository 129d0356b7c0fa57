"""The quarterly return: count, suppress, round, assemble the tables, audit, hand over.

(The populations and tables are listed in :mod:`vault.statistics.layout`.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from vault.statistics.audit import verify
from vault.statistics.categories import NOT_RECORDED, Categories
from vault.statistics.control import DisclosureControl
from vault.statistics.errors import InvalidRecord, UnknownCategory
from vault.statistics.layout import (
    CLOSED,
    ENQUIRIES,
    FAMILIES,
    OPEN_AT_END,
    OPENED,
    TABLES,
    labels_for,
    table_cells,
)
from vault.statistics.network import build_network, count_records
from vault.statistics.quarter import Quarter
from vault.statistics.records import CaseRecord, EnquiryRecord
from vault.statistics.suppression import information_loss, suppression_pattern
from vault.statistics.tables import Cell, Quantity, Table

__all__ = ["quarterly_report"]


def quarterly_report(
    enquiries: Iterable[EnquiryRecord],
    cases: Iterable[CaseRecord],
    *,
    quarter: Quarter,
    control: DisclosureControl | None = None,
    categories: Categories | None = None,
) -> list[Table]:
    """The quarter's tables (:data:`TABLES`, in order), suppressed, rounded and audited.

    Records outside the quarter are ignored. Raises :class:`InvalidRecord` or
    :class:`UnknownCategory` for a bad record counted in the quarter before anything is built, and
    :class:`DisclosureRisk` (returning nothing) if the independent audit finds that a suppressed
    figure could be worked out.
    """
    control = control or DisclosureControl()
    categories = categories or Categories()
    records = _records_by_population(enquiries, cases, quarter, categories)
    shown_in = Counter(quantity for spec in TABLES for *_, quantity in table_cells(spec, categories))
    published: dict[Quantity, int | None] = {}
    exact: dict[Quantity, int] = {}
    for family in FAMILIES:
        labels = labels_for(family.population, categories)
        network = build_network(family, labels, count_records(family, records[family.population]))
        hidden = suppression_pattern(network, control, costs=information_loss(network, shown_in))
        for index, quantity in enumerate(network.quantities):
            published[quantity] = None if index in hidden else control.round(network.counts[index])
            exact[quantity] = network.counts[index]
    tables = [
        Table(
            name=spec.name,
            title=spec.title,
            population=spec.population,
            quarter=quarter,
            control=control,
            row_dimension=spec.rows,
            rows=labels_for(spec.population, categories)[spec.rows],
            column_dimension=spec.columns,
            columns=labels_for(spec.population, categories)[spec.columns] if spec.columns else (),
            cells=tuple(Cell(row, column, published[q]) for row, column, q in table_cells(spec, categories)),
        )
        for spec in TABLES
    ]
    # The gate assumes the strongest reader: one who knows every shown figure unrounded.
    verify(tables, control=control, exact=exact)
    return tables


def _records_by_population(
    enquiries: Iterable[EnquiryRecord],
    cases: Iterable[CaseRecord],
    quarter: Quarter,
    categories: Categories,
) -> dict[str, list[dict[str, str]]]:
    """Each population's records in the quarter, as {dimension: category}, every label checked."""
    found: dict[str, list[dict[str, str]]] = {family.population: [] for family in FAMILIES}
    enquiry_labels, case_labels = categories.for_enquiries(), categories.for_cases()
    for position, enquiry in enumerate(enquiries):
        if not isinstance(enquiry, EnquiryRecord):
            raise InvalidRecord(f"enquiries[{position}] is a {type(enquiry).__name__}, not an EnquiryRecord")
        if enquiry.received_on in quarter:
            found[ENQUIRIES].append(
                _checked(
                    f"enquiries[{position}]",
                    {"topic": enquiry.topic, "outcome": enquiry.outcome, "channel": enquiry.channel},
                    enquiry_labels,
                )
            )
    for position, case in enumerate(cases):
        if not isinstance(case, CaseRecord):
            raise InvalidRecord(f"cases[{position}] is a {type(case).__name__}, not a CaseRecord")
        name = f"cases[{position}]"
        if case.opened_on in quarter:
            about = {
                "need": case.need,
                "referral_source": case.referral_source,
                "age_band": case.age_band,
                "school_phase": case.school_phase,
            }
            found[OPENED].append(_checked(name, about, case_labels))
        if case.closed_on is not None and case.closed_on in quarter:
            outcome = NOT_RECORDED if case.outcome is None else case.outcome
            found[CLOSED].append(_checked(name, {"need": case.need, "outcome": outcome}, case_labels))
        if case.is_open_at_end_of(quarter.end):
            about = {"need": case.need, "school_phase": case.school_phase}
            found[OPEN_AT_END].append(_checked(name, about, case_labels))
    return found


def _checked(name: str, attributes: dict[str, str], labels: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    for dimension, value in attributes.items():
        if value not in labels[dimension]:
            shown = value if len(value) <= 40 else value[:37] + "..."
            raise UnknownCategory(
                f"{name}: {dimension} {shown!r} is not one of the categories in use "
                f"({'; '.join(labels[dimension])})"
            )
    return attributes
