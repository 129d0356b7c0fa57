"""quarterly_report end to end: which records count, the tables' shape, thresholds, edge cases."""

from __future__ import annotations

from datetime import date

import pytest

from vault.statistics import (
    NOT_RECORDED,
    TABLES,
    TOTAL,
    CaseRecord,
    Categories,
    DisclosureControl,
    EnquiryRecord,
    InvalidRecord,
    Quarter,
    Table,
    UnknownCategory,
    audit,
    quarterly_report,
)

Q3 = Quarter.parse("2026-Q3")
IN_Q3 = date(2026, 8, 12)


def enquiries(
    topic: str, count: int, *, outcome: str = "Advice given", channel: str = "Telephone", on: date = IN_Q3
) -> list[EnquiryRecord]:
    return [EnquiryRecord(on, topic, outcome, channel) for _ in range(count)]


def cases(need: str, count: int, **fields: object) -> list[CaseRecord]:
    opened = fields.pop("opened_on", IN_Q3)
    closed = fields.pop("closed_on", None)
    outcome = fields.pop("outcome", None)
    return [CaseRecord(opened, closed, need, outcome, **fields) for _ in range(count)]  # type: ignore[arg-type]


def by_name(tables: list[Table]) -> dict[str, Table]:
    return {table.name: table for table in tables}


def test_every_table_is_present_in_order_with_every_category() -> None:
    tables = quarterly_report([], [], quarter=Q3)
    assert [table.name for table in tables] == [spec.name for spec in TABLES]
    topic = by_name(tables)["enquiries_by_topic_and_outcome"]
    assert topic.rows == Categories().topics and topic.columns == Categories().enquiry_outcomes
    assert len(topic.cells) == (len(topic.rows) + 1) * (len(topic.columns) + 1)


def test_an_empty_quarter_is_all_true_zeros() -> None:
    tables = quarterly_report([], [], quarter=Q3)
    assert {cell.value for table in tables for cell in table.cells} == {0}
    assert audit(tables).ranges == ()


def test_an_empty_quarter_with_zeros_suppressed_is_all_hidden() -> None:
    tables = quarterly_report([], [], quarter=Q3, control=DisclosureControl(min_count=0))
    assert {cell.value for table in tables for cell in table.cells} == {None}


def test_counts_are_rounded_and_small_ones_suppressed_with_complements() -> None:
    records = enquiries("Exclusion", 23) + enquiries("Attendance", 3) + enquiries("EHC needs assessment", 41)
    table = by_name(quarterly_report(records, [], quarter=Q3))["enquiries_by_topic"]
    assert table.value("Attendance") is None
    assert table.value("Exclusion") is None  # the cheapest complement
    assert table.value("EHC needs assessment") == 40
    assert table.value(TOTAL) == 65
    assert table.value("Tribunal or appeal") == 0  # a category with no records is a 0 row


def test_a_topic_total_is_the_same_figure_in_every_table_that_shows_it() -> None:
    records = (
        enquiries("Exclusion", 23, outcome="Signposted elsewhere")
        + enquiries("Exclusion", 2, outcome="Advice given", channel="Email")
        + enquiries("Attendance", 30)
        + enquiries("Other", 14, channel="Letter")
    )
    tables = by_name(quarterly_report(records, [], quarter=Q3))
    one_way, two_way = tables["enquiries_by_topic"], tables["enquiries_by_topic_and_outcome"]
    for topic in (*one_way.rows, TOTAL):
        assert one_way.value(topic) == two_way.value(topic, TOTAL)
    for outcome in (*two_way.columns, TOTAL):
        assert tables["enquiries_by_outcome"].value(outcome) == two_way.value(TOTAL, outcome)
    assert tables["enquiries_by_channel"].value(TOTAL) == one_way.value(TOTAL) == 70
    assert two_way.value("Exclusion", "Advice given") is None


def test_thresholds_are_configurable() -> None:
    records = enquiries("Exclusion", 9) + enquiries("Attendance", 40) + enquiries("Other", 51)
    default = by_name(quarterly_report(records, [], quarter=Q3))["enquiries_by_topic"]
    assert default.value("Exclusion") == 10
    ons = by_name(quarterly_report(records, [], quarter=Q3, control=DisclosureControl.with_threshold(10)))
    assert ons["enquiries_by_topic"].value("Exclusion") is None
    exact = by_name(quarterly_report(records, [], quarter=Q3, control=DisclosureControl(rounding_base=1)))
    assert exact["enquiries_by_topic"].value("Attendance") == 40
    assert exact["enquiries_by_topic"].value("Other") == 51


def test_a_quarter_of_small_counts_is_suppressed_entirely_except_zeros() -> None:
    records = enquiries("Exclusion", 2) + enquiries("Attendance", 3, outcome="Signposted elsewhere")
    tables = quarterly_report(records, cases("Hearing impairment", 4), quarter=Q3)
    for table in tables:
        for cell in table.cells:
            assert cell.value in (None, 0)
    assert by_name(tables)["enquiries_by_topic"].value(TOTAL) is None
    assert by_name(tables)["cases_closed_by_need"].value(TOTAL) == 0  # nothing closed: a true zero


def test_which_records_count_in_the_quarter() -> None:
    q2, q4 = date(2026, 6, 30), date(2026, 10, 1)
    records = (
        enquiries("Exclusion", 20) + enquiries("Exclusion", 50, on=q2) + enquiries("Exclusion", 50, on=q4)
    )
    population = (
        cases("Hearing impairment", 10)  # opened in Q3, still open
        + cases("Hearing impairment", 20, opened_on=q2)  # opened before, open at end
        + cases("Vision impairment", 30, opened_on=q2, closed_on=IN_Q3, outcome="Resolved")
        + cases("Vision impairment", 40, closed_on=date(2026, 9, 30))  # opened and closed in Q3
        + cases("Physical disability", 50, opened_on=q4)  # after the quarter: nowhere
        + cases("Physical disability", 60, opened_on=q2, closed_on=q2, outcome="Resolved")  # before: nowhere
    )
    tables = by_name(
        quarterly_report(records, population, quarter=Q3, control=DisclosureControl(rounding_base=1))
    )
    assert tables["enquiries_by_topic"].value("Exclusion") == 20
    assert tables["cases_opened_by_need"].value("Hearing impairment") == 10
    assert tables["cases_opened_by_need"].value("Vision impairment") == 40
    assert tables["cases_opened_by_need"].value(TOTAL) == 50
    closed = tables["cases_closed_by_need_and_outcome"]
    assert closed.value("Vision impairment", "Resolved") == 30
    assert closed.value("Vision impairment", NOT_RECORDED) == 40  # closed without an outcome
    assert tables["open_cases_by_need"].value("Hearing impairment") == 30
    assert tables["open_cases_by_need"].value(TOTAL) == 30


def test_financial_quarters() -> None:
    records = enquiries("Exclusion", 20, on=date(2026, 4, 1)) + enquiries(
        "Exclusion", 30, on=date(2026, 3, 31)
    )
    tables = quarterly_report(
        records, [], quarter=Quarter.parse("2026/27-Q1"), control=DisclosureControl(rounding_base=1)
    )
    assert by_name(tables)["enquiries_by_topic"].value("Exclusion") == 20
    assert all(str(table.quarter) == "2026/27-Q1" for table in tables)


def test_unknown_categories_and_wrong_records_are_refused_before_anything_is_built() -> None:
    with pytest.raises(
        UnknownCategory, match=r"enquiries\[1\]: topic .Jack Smith.s exclusion. is not one of"
    ):
        quarterly_report(enquiries("Exclusion", 1) + enquiries("Jack Smith's exclusion", 1), [], quarter=Q3)
    with pytest.raises(UnknownCategory, match="age_band 'eleven'"):
        quarterly_report([], cases("Other difficulty or disability", 1, age_band="eleven"), quarter=Q3)
    with pytest.raises(UnknownCategory, match="outcome 'Sorted'"):
        quarterly_report(
            [], cases("Other difficulty or disability", 1, closed_on=IN_Q3, outcome="Sorted"), quarter=Q3
        )
    with pytest.raises(InvalidRecord, match=r"cases\[0\] is a dict"):
        quarterly_report([], [{"need": "Other"}], quarter=Q3)  # type: ignore[list-item]
    # a record outside the quarter is not counted, so its labels are not checked either
    assert quarterly_report(enquiries("Retired topic", 1, on=date(2020, 1, 1)), [], quarter=Q3)


def test_custom_categories() -> None:
    categories = Categories(topics=("Transport", "Everything else"), channels=("Phone",))
    records = [EnquiryRecord(IN_Q3, "Transport", "Advice given", "Phone")] * 12
    tables = by_name(quarterly_report(records, [], quarter=Q3, categories=categories))
    assert tables["enquiries_by_topic"].rows == ("Transport", "Everything else")
    assert tables["enquiries_by_topic"].value("Transport") == 10
    assert tables["enquiries_by_channel"].value("Phone") == 10


def test_the_same_records_in_any_order_give_the_same_tables() -> None:
    records = (
        enquiries("Exclusion", 3) + enquiries("Attendance", 12, channel="Email") + enquiries("Other", 25)
    )
    assert quarterly_report(records, [], quarter=Q3) == quarterly_report(records[::-1], [], quarter=Q3)


def test_records_can_be_any_iterable() -> None:
    generated = (record for record in enquiries("Exclusion", 20))
    assert by_name(quarterly_report(generated, iter(()), quarter=Q3))["enquiries_by_topic"].value(TOTAL) == 20
