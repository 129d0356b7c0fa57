"""Random quarters through the whole engine: the published tables always keep their promises."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vault.statistics import (
    NOT_RECORDED,
    TOTAL,
    CaseRecord,
    Categories,
    DisclosureControl,
    EnquiryRecord,
    Quantity,
    Quarter,
    Table,
    audit,
    quarterly_report,
)

Q3 = Quarter.parse("2026-Q3")
BEFORE, DURING, AFTER = date(2026, 5, 1), date(2026, 8, 1), date(2026, 11, 1)
CATEGORIES = Categories(
    topics=("T1", "T2", "T3"),
    channels=("Phone", "Email"),
    enquiry_outcomes=("O1", "O2", "O3"),
    needs=("N1", "N2", "N3"),
    case_outcomes=("Resolved", "Not resolved", NOT_RECORDED),
    referral_sources=("Parent", "School"),
    age_bands=("Under 5", "5 to 10"),
    school_phases=("Primary", "Secondary"),
)
CONTROLS = [
    DisclosureControl(),
    DisclosureControl.with_threshold(10),
    DisclosureControl(rounding_base=1),
    DisclosureControl(min_count=0),
    DisclosureControl(max_suppressed=3, rounding_base=1),
    DisclosureControl(max_suppressed=2, rounding_base=5),
    DisclosureControl(rounding_base=10),
    DisclosureControl(protection=12),
]

multiplicity = st.one_of(st.integers(1, 4), st.integers(5, 30))
enquiry_groups = st.lists(
    st.tuples(
        st.sampled_from(CATEGORIES.topics),
        st.sampled_from(CATEGORIES.enquiry_outcomes),
        st.sampled_from(CATEGORIES.channels),
        multiplicity,
    ),
    max_size=8,
)
case_groups = st.lists(
    st.tuples(
        st.sampled_from(CATEGORIES.needs),
        st.sampled_from(["Resolved", "Not resolved", None]),
        st.sampled_from(CATEGORIES.referral_sources),
        st.sampled_from(CATEGORIES.age_bands),
        st.sampled_from(CATEGORIES.school_phases),
        st.sampled_from(
            [
                (DURING, None),
                (DURING, DURING),
                (BEFORE, DURING),
                (BEFORE, None),
                (BEFORE, BEFORE),
                (AFTER, None),
            ]
        ),
        multiplicity,
    ),
    max_size=8,
)


def _truth(
    tables: list[Table], enquiries: list[EnquiryRecord], cases: list[CaseRecord]
) -> dict[Quantity, int]:
    """Exact counts of every published quantity, counted here without the engine's code."""
    members: dict[str, list[dict[str, str]]] = defaultdict(list)
    for enquiry in enquiries:
        members["enquiries received in the quarter"].append(
            {"topic": enquiry.topic, "outcome": enquiry.outcome, "channel": enquiry.channel}
        )
    for case in cases:
        about = {
            "need": case.need,
            "referral_source": case.referral_source,
            "age_band": case.age_band,
            "school_phase": case.school_phase,
            "outcome": case.outcome or NOT_RECORDED,
        }
        if Q3.start <= case.opened_on <= Q3.end:
            members["cases opened in the quarter"].append(about)
        if case.closed_on and Q3.start <= case.closed_on <= Q3.end:
            members["cases closed in the quarter"].append(about)
        if case.opened_on <= Q3.end and (case.closed_on is None or case.closed_on > Q3.end):
            members["cases open at the end of the quarter"].append(about)
    truth = {}
    for table in tables:
        for cell in table.cells:
            quantity = table.quantity(cell.row, cell.column)
            truth[quantity] = sum(
                all(m[d] == c for d, c in quantity.where) for m in members[quantity.population]
            )
    return truth


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(enquiry_groups, case_groups, st.sampled_from(CONTROLS))
def test_published_tables_keep_every_promise(enquiry_spec, case_spec, control: DisclosureControl) -> None:  # type: ignore[no-untyped-def]
    enquiries = [EnquiryRecord(DURING, t, o, c) for t, o, c, n in enquiry_spec for _ in range(n)]
    cases = [
        CaseRecord(opened, closed, need, outcome, referral_source=source, age_band=band, school_phase=phase)
        for need, outcome, source, band, phase, (opened, closed), n in case_spec
        for _ in range(n)
    ]
    tables = quarterly_report(enquiries, cases, quarter=Q3, control=control, categories=CATEGORIES)
    truth = _truth(tables, enquiries, cases)
    shown: dict[Quantity, int | None] = {}
    for table in tables:
        for cell in table.cells:
            count = truth[table.quantity(cell.row, cell.column)]
            if cell.value is None:
                assert count >= control.min_count  # a true zero is never hidden when zeros are shown
            else:
                assert not control.is_sensitive(cell.value)  # 1..7 (or 0 when zeros are hidden) never appear
                assert cell.value % control.rounding_base == 0
                assert cell.value == control.round(count)
            if control.is_sensitive(count):
                assert cell.value is None
            assert shown.setdefault(table.quantity(cell.row, cell.column), cell.value) == cell.value
    assert audit(tables).passed  # a reader of the rounded figures
    exact = audit(tables, exact=truth)  # a reader who knows every shown figure exactly
    assert exact.passed, exact.summary()
    assert all(r.width is None or r.width >= control.protection for r in exact.ranges)
    if not enquiries and not cases:
        assert all(table.value(TOTAL) in (0, None) for table in tables)
