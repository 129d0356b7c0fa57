"""What the quarterly return contains: its populations, their table families, and its tables.

Four populations, each protected as one family (so a figure shared by two of its tables has one
suppression status and one rounded value, and no table undoes another's suppression):

=============================  ===================================  ==============================
population                     counted by                           tables
=============================  ===================================  ==============================
enquiries received             date received in the quarter         by topic, channel, outcome;
                                                                     topic × outcome
cases opened                   date opened in the quarter           by need, referral source,
                                                                     age band, school phase
cases closed                   date closed in the quarter           by need, outcome;
                                                                     need × outcome
open cases at quarter end      open when the last day ended         by need, school phase
=============================  ===================================  ==============================
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from vault.statistics.categories import TOTAL, Categories
from vault.statistics.network import FamilySpec
from vault.statistics.tables import Quantity, cell_quantity

__all__ = [
    "CLOSED",
    "ENQUIRIES",
    "FAMILIES",
    "OPENED",
    "OPEN_AT_END",
    "TABLES",
    "TableSpec",
    "labels_for",
    "table_cells",
]

ENQUIRIES = "enquiries received in the quarter"
OPENED = "cases opened in the quarter"
CLOSED = "cases closed in the quarter"
OPEN_AT_END = "cases open at the end of the quarter"

FAMILIES = (
    FamilySpec(ENQUIRIES, stages=(("topic", "outcome"), ("channel",))),
    FamilySpec(OPENED, stages=(("need",), ("referral_source",), ("age_band",), ("school_phase",))),
    FamilySpec(CLOSED, stages=(("need", "outcome"),)),
    FamilySpec(OPEN_AT_END, stages=(("need",), ("school_phase",))),
)


@dataclass(frozen=True)
class TableSpec:
    """A published table: a one-way table of ``rows``, or ``rows × columns``."""

    name: str
    title: str
    population: str
    rows: str
    columns: str | None = None


TABLES = (
    TableSpec("enquiries_by_topic", "Enquiries received, by topic", ENQUIRIES, "topic"),
    TableSpec("enquiries_by_channel", "Enquiries received, by channel", ENQUIRIES, "channel"),
    TableSpec("enquiries_by_outcome", "Enquiries received, by outcome", ENQUIRIES, "outcome"),
    TableSpec(
        "enquiries_by_topic_and_outcome",
        "Enquiries received, by topic and outcome",
        ENQUIRIES,
        "topic",
        "outcome",
    ),
    TableSpec("cases_opened_by_need", "Cases opened, by primary need", OPENED, "need"),
    TableSpec(
        "cases_opened_by_referral_source", "Cases opened, by referral source", OPENED, "referral_source"
    ),
    TableSpec("cases_opened_by_age_band", "Cases opened, by age band of the child", OPENED, "age_band"),
    TableSpec("cases_opened_by_school_phase", "Cases opened, by school phase", OPENED, "school_phase"),
    TableSpec("cases_closed_by_need", "Cases closed, by primary need", CLOSED, "need"),
    TableSpec("cases_closed_by_outcome", "Cases closed, by outcome", CLOSED, "outcome"),
    TableSpec(
        "cases_closed_by_need_and_outcome",
        "Cases closed, by primary need and outcome",
        CLOSED,
        "need",
        "outcome",
    ),
    TableSpec(
        "open_cases_by_need", "Open cases at the end of the quarter, by primary need", OPEN_AT_END, "need"
    ),
    TableSpec(
        "open_cases_by_school_phase",
        "Open cases at the end of the quarter, by school phase",
        OPEN_AT_END,
        "school_phase",
    ),
)


def labels_for(population: str, categories: Categories) -> dict[str, tuple[str, ...]]:
    return categories.for_enquiries() if population == ENQUIRIES else categories.for_cases()


def table_cells(spec: TableSpec, categories: Categories) -> Iterator[tuple[str, str, Quantity]]:
    """(row, column, quantity) of every cell of the table, in the published order."""
    labels = labels_for(spec.population, categories)
    columns: Sequence[str] = labels[spec.columns] if spec.columns else ()
    for row in (*labels[spec.rows], TOTAL):
        for column in (*columns, TOTAL):
            yield row, column, cell_quantity(spec.population, spec.rows, row, spec.columns, column)
