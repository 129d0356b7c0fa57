from __future__ import annotations

import vault.statistics as statistics


def test_public_surface_is_pinned() -> None:
    assert sorted(statistics.__all__) == sorted(
        [
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
    )
    for name in statistics.__all__:
        assert hasattr(statistics, name), name


def test_the_vault_service_contract_imports() -> None:
    from vault.statistics import (  # noqa: F401  (the exact line the vault service codes against)
        CaseRecord,
        DisclosureControl,
        EnquiryRecord,
        Quarter,
        Table,
        quarterly_report,
        write_csv,
    )


def test_input_errors_are_value_errors_and_share_a_base() -> None:
    for error in (
        statistics.InvalidRecord,
        statistics.UnknownCategory,
        statistics.InvalidQuarter,
        statistics.InvalidControl,
        statistics.InvalidTables,
    ):
        assert issubclass(error, statistics.InvalidInput)
        assert issubclass(error, ValueError)
        assert issubclass(error, statistics.StatisticsError)
    assert issubclass(statistics.DisclosureRisk, statistics.StatisticsError)
    assert not issubclass(statistics.DisclosureRisk, ValueError)
