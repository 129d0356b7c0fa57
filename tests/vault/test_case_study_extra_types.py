"""A supporter may add any identifier type the text detector knows to a case study's extra identifiers."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from vault.errors import InvalidRequest
from vault.services.case_studies.identifiers import EXTRA_TYPES, validate_extra


@pytest.mark.parametrize("kind, value", [
    ("HOSPITAL_NUMBER", "RXH 1234567"),
    ("CHI_NUMBER", "0101751234"),
    ("HC_NUMBER", "320 123 4567"),
    ("SOCIAL_CARE_ID", "MOS-448812"),
    ("SOCIAL_HANDLE", "@lily_w_2012"),
    ("VEHICLE_REGISTRATION", "AB12 CDE"),
    ("SORT_CODE", "20-45-77"),
    ("ACCOUNT_NUMBER", "41783290"),
    ("LOCATION", "Tuckingmill"),
])
def test_newer_identifier_types_are_accepted(kind: str, value: str) -> None:
    cleaned, terms = validate_extra({kind: [value]}, [])
    assert cleaned == {kind: [value]} and terms == []


@pytest.mark.parametrize("kind", ["DATE", "TERM", "FAVOURITE_COLOUR"])
def test_types_that_are_not_identifiers_are_refused(kind: str) -> None:
    with pytest.raises(InvalidRequest, match="unknown identifier type"):
        validate_extra({kind: ["x"]}, [])


def test_every_extra_type_is_one_the_redactor_takes_as_known() -> None:
    redactor = TextRedactor(load_model=False)
    text = "Her hospital number is RXH 1234567."
    for kind in EXTRA_TYPES:
        # known alone (no detector): the record's value is removed, whatever its type
        assert "1234567" not in redactor.redact(text, known={kind: ["RXH 1234567"]}, detectors=False).redacted
