"""An organisation's own numbered thing (a form, template, post, course, meeting, inspection, the council's policy)
is no family's reference; a label naming the family's own dealing keeps it."""

from __future__ import annotations

import pytest

from redaction.text.organisation_references import why_organisation_reference


def _why(text: str, number: str) -> str | None:
    start = text.index(number)
    return why_organisation_reference(text, start, start + len(number), "CASE_REF")


@pytest.mark.parametrize(("text", "number"), [
    ("Form ref: SEN/F/12 (request for assessment)", "SEN/F/12"),
    ("Template ref TPL-0041 is the annual review letter.", "TPL-0041"),
    ("Post ref: TA/24/117 (teaching assistant)", "TA/24/117"),
    ("Vacancy ref 0045-22 for an SEN TA", "0045-22"),
    ("Training course ref: CPD-2024-18", "CPD-2024-18"),
    ("Meeting ID: 884 1234 5678", "884 1234 5678"),
    ("Ofsted inspection number 10298844", "10298844"),
    ("Ofsted ref 2501122 for the nursery.", "2501122"),
    ("UKPRN: 10007455", "10007455"),
    ("Provider ref 10007455 (the college)", "10007455"),
    ("The council's policy number HS/2023/04 on transport.", "HS/2023/04"),
])
def test_an_organisations_thing(text: str, number: str) -> None:
    assert _why(text, number) is not None


@pytest.mark.parametrize(("text", "number"), [
    ("Referral form ref: 44721", "44721"),
    ("Application form no. A/2231 for Jess", "A/2231"),
    ("Admission form ref: ADM-2024-0117", "ADM-2024-0117"),
    ("Home insurance policy no. 4471-22 (the council's scheme)", "4471-22"),
    ("Policy no. 4471-22", "4471-22"),
    ("Our ref: PT/2231", "PT/2231"),
    ("Case ref: EHC/2024/0113", "EHC/2024/0113"),
    ("Complaint ref CMP-77120 about the council's policy", "CMP-77120"),
    ("PO number 4500012345 on the school's invoice", "4500012345"),
    ("Meeting 4412 of the panel", "4412"),
])
def test_the_familys_own(text: str, number: str) -> None:
    assert _why(text, number) is None
