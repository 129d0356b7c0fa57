"""Quarterly statistics for the local authority, with statistical disclosure control.

Policy 2.7: "Anonymised statistical data is available, on a quarterly basis to the Local Authority
... No data is provided that would identify families or their children."

    tables = quarterly_report(enquiries, cases, quarter=Quarter.parse("2026-Q3"),
                              control=DisclosureControl())
    write_csv(tables, stream)

* Records carry categories from closed vocabularies (:class:`Categories`) and dates, nothing else.
* Counts of 1–7 are suppressed (primary), figures are rounded to the nearest 5, and further cells
  are suppressed (secondary) until no suppressed figure can be worked out, or narrowed to fewer
  than ``protection + 1`` values, from the published totals, within a table or across tables of
  the same population (:mod:`~vault.statistics.suppression`).
* Every report is audited independently by linear programming before it is returned
  (:func:`audit`, :func:`verify`); a failing report is refused, never published.
"""

from __future__ import annotations

from vault.statistics.audit import AuditReport, Finding, HiddenRange, audit, verify
from vault.statistics.categories import NOT_KNOWN, NOT_RECORDED, TOTAL, Categories
from vault.statistics.control import DisclosureControl
from vault.statistics.csv_layout import COLUMNS, read_csv, write_csv
from vault.statistics.errors import (
    DisclosureRisk,
    InvalidControl,
    InvalidInput,
    InvalidQuarter,
    InvalidRecord,
    InvalidTables,
    StatisticsError,
    UnknownCategory,
)
from vault.statistics.layout import TABLES
from vault.statistics.quarter import Quarter
from vault.statistics.records import CaseRecord, EnquiryRecord, age_band
from vault.statistics.report import quarterly_report
from vault.statistics.tables import SUPPRESSED, Cell, Quantity, Table

__all__ = [
    "COLUMNS",
    "NOT_KNOWN",
    "NOT_RECORDED",
    "SUPPRESSED",
    "TABLES",
    "TOTAL",
    "AuditReport",
    "CaseRecord",
    "Categories",
    "Cell",
    "DisclosureControl",
    "DisclosureRisk",
    "EnquiryRecord",
    "Finding",
    "HiddenRange",
    "InvalidControl",
    "InvalidInput",
    "InvalidQuarter",
    "InvalidRecord",
    "InvalidTables",
    "Quantity",
    "Quarter",
    "StatisticsError",
    "Table",
    "UnknownCategory",
    "age_band",
    "audit",
    "quarterly_report",
    "read_csv",
    "verify",
    "write_csv",
]
