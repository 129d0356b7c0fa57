"""Identifier shapes: sure ones (findings) with checksums and cues, shaped ones (suspects), what stays."""

from __future__ import annotations

import pytest

from redaction.verify.shapes import looks_like_date, shapes

UPN_ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ"


def mod11(nine: str) -> str:
    """Nine digits and their NHS check digit (the caller picks nine whose check is not 10)."""
    check = 11 - sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) % 11
    return nine + str(0 if check == 11 else check)


def upn(body: str) -> str:
    total = sum((int(c) if c.isdigit() else UPN_ALPHABET.index(c)) * w for c, w in zip(body, range(2, 14)))
    return UPN_ALPHABET[total % 23] + body


def uln(nine: str) -> str:
    return next(nine + str(d) for d in range(10) if sum(int(c) * w for c, w in zip(nine + str(d), range(10, 0, -1))) % 11 == 10)


CHI = mod11("140315012")
HC = mod11("320000003")
UPN = upn("801200010010")
ULN = uln("123456789")


def sure(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in shapes(text) if s.sure]


def shaped(text: str) -> list[tuple[str, str]]:
    return [(s.type, text[s.start:s.end]) for s in shapes(text) if not s.sure]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NHS number 943 476 5919.", ("NHS_NUMBER", "943 476 5919")),
        ("nhs no: 943  476  5919", ("NHS_NUMBER", "943  476  5919")),
        ("NHS 943.476.5919", ("NHS_NUMBER", "943.476.5919")),
        (f"CHI {CHI}", ("CHI_NUMBER", CHI)),  # DDMMYY, then mod 11
        (f"H&C {HC}", ("HC_NUMBER", HC)),
        ("NI: AB 12 34 56 C", ("NI_NUMBER", "AB 12 34 56 C")),
        ("ni ab123456d", ("NI_NUMBER", "ab123456d")),
        ("lives at LA9 4TT now", ("POSTCODE", "LA9 4TT")),
        ("SW1A 1AA", ("POSTCODE", "SW1A 1AA")),
        ("write to jane.doe@school.sch.uk", ("EMAIL_ADDRESS", "jane.doe@school.sch.uk")),
        ("her insta is @leo_w2015", ("SOCIAL_HANDLE", "@leo_w2015")),
        ("see facebook.com/sarah.whitfield.77", ("URL", "facebook.com/sarah.whitfield.77")),
        ("https://www.instagram.com/leo.w/", ("URL", "https://www.instagram.com/leo.w/")),
        ("sort code 12-34-56", ("SORT_CODE", "12-34-56")),
        ("account number 12345678", ("ACCOUNT_NUMBER", "12345678")),
        ("her car, reg AB12 CDE", ("VEHICLE_REGISTRATION", "AB12 CDE")),
        (f"UPN {UPN}", ("UPN", UPN)),
        (f"learner {ULN}", ("ULN", ULN)),
        ("Mosaic ID 4471203", ("SOCIAL_CARE_ID", "4471203")),
        ("Hospital no: RXH1234567", ("HOSPITAL_NUMBER", "RXH1234567")),
        ("Appeal no: EH545/22/59479", ("CASE_REF", "EH545/22/59479")),
        ("draft plan (LA48/EHC/26684) removes", ("CASE_REF", "LA48/EHC/26684")),
    ],
)
def test_sure_identifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in sure(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ref 943 476 5918", ("NUMBER", "943 476 5918")),  # check digit wrong: only shaped
        ("the code 12-34-56", ("SORT_CODE", "12-34-56")),  # no cue
        ("number 12345678", ("ACCOUNT_NUMBER", "12345678")),
        ("item AB12 CDE", ("VEHICLE_REGISTRATION", "AB12 CDE")),
        ("NHS 0943476591", ("NUMBER", "0943476591")),  # a first digit 0 is a telephone number, not an NHS one
        ("1111111111", ("NUMBER", "1111111111")),  # one repeated digit passes mod 11 but is no NHS number
        ("record LW140314 updated", ("CODE", "LW140314")),
        ("https://portal.example.org/child/48213/view", ("URL", "https://portal.example.org/child/48213/view")),
    ],
)
def test_shaped_identifiers(text: str, expected: tuple[str, str]) -> None:
    assert expected in shaped(text)


@pytest.mark.parametrize(
    "text",
    [
        "Year 4 in KS2, 1:1 support for 25 hours, 10:30am, 3rd of May",
        "Section 9.2.1 of the Children and Families Act 2014; SI 2014/1530",
        "on 14/03/2024, 28-mar-2025, 27OCT2024, 02 / 06 / 2024, 2023/24",
        "COVID-19 and the 1990s; 5kg, 30mins",
        "https://www.gov.uk/children-with-special-educational-needs",
        "write @ 3pm",
    ],
)
def test_ordinary_text_has_no_identifier_shapes(text: str) -> None:
    assert list(shapes(text)) == []


@pytest.mark.parametrize(
    ("token", "date"),
    [("02 / 06 / 2024", True), ("28-mar-2025", True), ("27OCT2024", True), ("17th 2025", True), ("2023/24", True),
     ("12-34-56", False), ("45/67/89", False), ("EH545/22/59479", False)],
)
def test_dates_are_told_from_identifiers(token: str, date: bool) -> None:
    assert looks_like_date(token) is date
