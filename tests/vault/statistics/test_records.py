from __future__ import annotations

from datetime import date, datetime

import pytest

from vault.statistics import NOT_KNOWN, CaseRecord, EnquiryRecord, InvalidRecord, age_band
from vault.statistics.categories import AGE_BANDS


def test_enquiry_has_no_identity_fields() -> None:
    enquiry = EnquiryRecord(date(2026, 7, 1), "Exclusion", "Advice given", "Telephone")
    assert set(EnquiryRecord.__dataclass_fields__) == {"received_on", "topic", "outcome", "channel"}
    assert enquiry.topic == "Exclusion"


def test_case_defaults_unknown_categories_and_has_no_identity_fields() -> None:
    case = CaseRecord(date(2026, 7, 1), None, "Hearing impairment", None)
    assert (case.referral_source, case.age_band, case.school_phase) == (NOT_KNOWN,) * 3
    assert set(CaseRecord.__dataclass_fields__) == {
        "opened_on",
        "closed_on",
        "need",
        "outcome",
        "referral_source",
        "age_band",
        "school_phase",
    }


@pytest.mark.parametrize(
    "build, message",
    [
        (lambda: EnquiryRecord("2026-07-01", "Exclusion", "Advice given", "Email"), "datetime.date"),  # type: ignore[arg-type]
        (
            lambda: EnquiryRecord(datetime(2026, 7, 1, 9), "Exclusion", "Advice given", "Email"),
            "not datetime",
        ),
        (lambda: EnquiryRecord(date(2026, 7, 1), " ", "Advice given", "Email"), "topic"),
        (lambda: EnquiryRecord(date(2026, 7, 1), "Exclusion", None, "Email"), "outcome"),  # type: ignore[arg-type]
        (lambda: CaseRecord(date(2026, 7, 2), date(2026, 7, 1), "Other", "Resolved"), "before it was opened"),
        (lambda: CaseRecord(date(2026, 7, 2), None, "", None), "need"),
        (lambda: CaseRecord(date(2026, 7, 2), None, "Other", "", age_band="5 to 10"), "outcome"),
        (lambda: CaseRecord(date(2026, 7, 2), None, "Other", None, school_phase=3), "school_phase"),  # type: ignore[arg-type]
    ],
)
def test_malformed_records_are_refused_clearly(build, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidRecord, match=message):
        build()


def test_open_at_end_of_a_day() -> None:
    case = CaseRecord(date(2026, 7, 1), date(2026, 9, 30), "Other difficulty or disability", "Resolved")
    assert case.is_open_at_end_of(date(2026, 9, 29))
    assert not case.is_open_at_end_of(date(2026, 9, 30))  # closed that day
    assert not case.is_open_at_end_of(date(2026, 6, 30))  # not yet opened
    assert CaseRecord(date(2026, 7, 1), None, "Other", None).is_open_at_end_of(date(2030, 1, 1))


@pytest.mark.parametrize(
    "born, on, band",
    [
        (date(2022, 3, 1), date(2026, 7, 1), "Under 5"),
        (date(2021, 7, 1), date(2026, 7, 1), "5 to 10"),  # fifth birthday that day
        (date(2021, 7, 2), date(2026, 7, 1), "Under 5"),
        (date(2010, 7, 1), date(2026, 7, 1), "16 to 19"),
        (date(2000, 7, 2), date(2026, 7, 1), "20 to 25"),
        (date(2026, 7, 1), date(2026, 7, 1), "Under 5"),
    ],
)
def test_age_band(born: date, on: date, band: str) -> None:
    assert age_band(born, on=on) == band
    assert band in AGE_BANDS


def test_age_band_refuses_impossible_ages() -> None:
    with pytest.raises(InvalidRecord, match="after"):
        age_band(date(2027, 1, 1), on=date(2026, 7, 1))
    with pytest.raises(InvalidRecord, match="0 to 25"):
        age_band(date(2000, 7, 1), on=date(2026, 7, 1))
