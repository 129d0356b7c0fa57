from __future__ import annotations

import io
from datetime import date
from types import SimpleNamespace

import pytest

from vault.statistics import (
    COLUMNS,
    NOT_RECORDED,
    CaseRecord,
    Categories,
    DisclosureControl,
    DisclosureRisk,
    EnquiryRecord,
    InvalidTables,
    Quarter,
    quarterly_report,
    read_csv,
    write_csv,
)

Q3 = Quarter.parse("2026-Q3")
SMALL = Categories(
    topics=("Exclusion", "Transport"),
    channels=("Telephone",),
    enquiry_outcomes=("Advice given", "Signposted elsewhere"),
    needs=("Hearing impairment",),
    case_outcomes=("Resolved", NOT_RECORDED),
    referral_sources=("School or setting",),
    age_bands=("5 to 10",),
    school_phases=("Primary",),
)


def _report(control: DisclosureControl | None = None):  # type: ignore[no-untyped-def]
    on = date(2026, 8, 3)
    enquiries = (
        [EnquiryRecord(on, "Exclusion", "Advice given", "Telephone")] * 3
        + [EnquiryRecord(on, "Exclusion", "Signposted elsewhere", "Telephone")] * 21
        + [EnquiryRecord(on, "Transport", "Advice given", "Telephone")] * 33
        + [EnquiryRecord(on, "Transport", "Signposted elsewhere", "Telephone")] * 44
    )
    case = CaseRecord(
        on,
        None,
        "Hearing impairment",
        None,
        referral_source="School or setting",
        age_band="5 to 10",
        school_phase="Primary",
    )
    cases = [case] * 12
    return quarterly_report(enquiries, cases, quarter=Q3, control=control, categories=SMALL)


def _written(tables) -> str:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    write_csv(tables, out)
    return out.getvalue()


def test_layout() -> None:
    lines = _written(_report()).splitlines()
    assert (
        lines[0]
        == ",".join(COLUMNS)
        == "quarter,table,population,row_dimension,row,column_dimension,column,value"
    )
    assert lines[1:4] == [
        "2026-Q3,enquiries_by_topic,enquiries received in the quarter,topic,Exclusion,,Total,25",
        "2026-Q3,enquiries_by_topic,enquiries received in the quarter,topic,Transport,,Total,75",
        "2026-Q3,enquiries_by_topic,enquiries received in the quarter,topic,Total,,Total,100",
    ]
    two_way = [line for line in lines if ",enquiries_by_topic_and_outcome," in line]
    assert [line.split(",", 4)[4] for line in two_way] == [
        "Exclusion,outcome,Advice given,[c]",
        "Exclusion,outcome,Signposted elsewhere,[c]",
        "Exclusion,outcome,Total,25",
        "Transport,outcome,Advice given,[c]",
        "Transport,outcome,Signposted elsewhere,[c]",
        "Transport,outcome,Total,75",
        "Total,outcome,Advice given,35",
        "Total,outcome,Signposted elsewhere,65",
        "Total,outcome,Total,100",
    ]
    assert (
        "2026-Q3,open_cases_by_need,cases open at the end of the quarter,need,Hearing impairment,,Total,10"
        in lines
    )


def test_footnotes() -> None:
    notes = {line.split(",")[4]: line for line in _written(_report()).splitlines() if ",notes," in line}
    assert set(notes) >= {"period", "suppression", "rounding", "zeros", "protection", "counting", "identity"}
    assert "1 July 2026 to 30 September 2026" in notes["period"]
    assert "[c] = confidential: a count of 1 to 7" in notes["suppression"]
    assert "nearest 5" in notes["rounding"] and "may differ from the sum" in notes["rounding"]
    assert "true zero is shown" in notes["zeros"]
    assert notes["title:cases_closed_by_need_and_outcome"].endswith(
        ',"Cases closed, by primary need and outcome"'
    )
    exact = _written(_report(DisclosureControl(rounding_base=1, min_count=0)))
    assert "Figures are exact (not rounded)." in exact and "0 is never shown" in exact


def test_every_label_comes_from_the_vocabulary() -> None:
    lines = io.StringIO(_written(_report()))
    import csv

    allowed = {
        label for labels in (*SMALL.for_enquiries().values(), *SMALL.for_cases().values()) for label in labels
    }
    for row in list(csv.DictReader(lines)):
        if row["table"] != "notes":
            assert {row["row"], row["column"]} <= allowed | {"Total"}
            assert row["value"] == "[c]" or row["value"].isdigit()


def test_round_trip_and_audit_of_the_file() -> None:
    tables = _report()
    back = read_csv(io.StringIO(_written(tables)), control=DisclosureControl())
    assert back == tables


def test_financial_quarter_round_trips() -> None:
    tables = quarterly_report([], [], quarter=Quarter.parse("2026/27-Q2"), categories=SMALL)
    text = _written(tables)
    assert text.splitlines()[1].startswith("2026/27-Q2,")
    assert read_csv(io.StringIO(text), control=DisclosureControl()) == tables


def test_tables_that_disclose_are_not_written(support: SimpleNamespace) -> None:
    out = io.StringIO()
    with pytest.raises(DisclosureRisk, match="worked out exactly"):
        write_csv([support.make_table([[20], [None], [40], [63]])], out)
    assert out.getvalue() == ""


def test_tables_that_do_not_belong_together_are_refused(support: SimpleNamespace) -> None:
    out = io.StringIO()
    with pytest.raises(InvalidTables, match="no tables"):
        write_csv([], out)
    with pytest.raises(InvalidTables, match="one quarter"):
        write_csv(
            [support.make_table([[20]], name="a"), support.make_table([[20]], name="b", quarter=Q3.next())],
            out,
        )
    with pytest.raises(InvalidTables, match="same name"):
        write_csv([support.make_table([[20]]), support.make_table([[20]])], out)
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    "text, message",
    [
        ("a,b\n", "header"),
        (",".join(COLUMNS) + "\n2026-Q3,t,p,x,a,,Total\n", "7 fields"),
        (",".join(COLUMNS) + "\n2026-Q3,t,p,x,a,,Total,five\n", "neither a count"),
        (",".join(COLUMNS) + "\n2026-Q3,t,p,x,a,,Total,5\n2026-Q3,t,q,x,Total,,Total,5\n", "disagree"),
    ],
)
def test_reading_a_malformed_file_fails_clearly(text: str, message: str) -> None:
    with pytest.raises(InvalidTables, match=message):
        read_csv(io.StringIO(text), control=DisclosureControl())
