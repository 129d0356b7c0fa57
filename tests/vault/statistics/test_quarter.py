from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vault.statistics import InvalidQuarter, Quarter


@pytest.mark.parametrize(
    "text, start, end, label",
    [
        ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30), "2026-Q3"),
        ("2026q1", date(2026, 1, 1), date(2026, 3, 31), "2026-Q1"),
        (" 2024 Q4 ", date(2024, 10, 1), date(2024, 12, 31), "2024-Q4"),
        ("2026/27-Q1", date(2026, 4, 1), date(2026, 6, 30), "2026/27-Q1"),
        ("2026-27 Q4", date(2027, 1, 1), date(2027, 3, 31), "2026/27-Q4"),
        ("FY2099/00-Q3", date(2099, 10, 1), date(2099, 12, 31), "2099/00-Q3"),
    ],
)
def test_parse(text: str, start: date, end: date, label: str) -> None:
    quarter = Quarter.parse(text)
    assert (quarter.start, quarter.end, str(quarter)) == (start, end, label)
    assert Quarter.parse(str(quarter)) == quarter


def test_short_form_can_be_read_as_a_financial_year() -> None:
    quarter = Quarter.parse("2026-Q1", financial=True)
    assert (quarter.start, quarter.end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert quarter.description == "financial quarter 2026/27-Q1: 1 April 2026 to 30 June 2026"


@pytest.mark.parametrize("text", ["2026-Q5", "2026-Q0", "Q3 2026", "2026/28-Q1", "26-Q1", "", "2026-03"])
def test_bad_labels_are_refused(text: str) -> None:
    with pytest.raises(InvalidQuarter):
        Quarter.parse(text)


def test_bad_fields_are_refused() -> None:
    with pytest.raises(InvalidQuarter):
        Quarter(2026, 5)
    with pytest.raises(InvalidQuarter):
        Quarter(True, 1)  # type: ignore[arg-type]
    with pytest.raises(InvalidQuarter):
        Quarter.parse(2026)  # type: ignore[arg-type]


def test_leap_year_february_is_inside_q1() -> None:
    assert date(2028, 2, 29) in Quarter.parse("2028-Q1")
    assert date(2028, 3, 31) in Quarter.parse("2027/28-Q4")
    assert date(2028, 4, 1) not in Quarter.parse("2027/28-Q4")
    assert "2028-02-29" not in Quarter.parse("2028-Q1")


@given(st.dates(min_value=date(1901, 1, 1), max_value=date(9997, 12, 31)), st.booleans())
def test_every_day_is_in_exactly_the_quarter_containing_it(day: date, financial: bool) -> None:
    quarter = Quarter.containing(day, financial=financial)
    assert day in quarter
    assert day not in quarter.next() and day not in quarter.previous()
    assert quarter.next().start == date.fromordinal(quarter.end.toordinal() + 1)
    assert quarter.next().previous() == quarter
