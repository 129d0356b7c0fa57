"""Record numbers after the words that say what they number (colleges, police, Home Office, DWP, councils,
direct payments): rows that must be found whole, and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text import detect
from redaction.text.recognizers import UkRecordNumberRecognizer


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkRecordNumberRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("KOVALENKO Oleksandr – student no. K2307714 – ULN", "K2307714"),
        ("YJS ref: YJS/CV/24/0193     PNC: 24/0412876L\nAddress", "24/0412876L"),
        ("DOB: 26/07/2007        SCN: 145 772 903\nSchool", "145 772 903"),  # read out in groups
        ("PNC ID 21/0067123X on the YOT record", "21/0067123X"),
        ("asylum support ref (if applicable): H1180654 (refugee status", "H1180654"),
        ("Agreement no. DP-C-2024-0381\n", "DP-C-2024-0381"),
        ("Your reference: DLA / RL / 558201\nAppointee", "DLA / RL / 558201"),  # separators set apart
        ("LAC number: 774102\nSchool", "774102"),
        ("applied to Access to Work (application ref AtW-2024-3391847) and", "AtW-2024-3391847"),
        ("Home Office ref: B1234567/2", "B1234567/2"),
        ("council tax ref 40012345 (single person discount)", "40012345"),
        ("Claim no: 0123 4567", "0123 4567"),
        ("Candidate number #88123", "88123"),
        ("the tenancy reference is HRA-0099812.", "HRA-0099812"),
        ("Police log no. 1147 of 12/03/2024", "1147"),
    ],
)
def test_record_numbers_are_found_whole(text: str, number: str) -> None:
    assert number in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Date of referral no. 12/03/2024",  # a date after the cue
        "the plan no 2 in 2024",  # too few digits
        "We have no 1234 things to say",  # "no" the word, no noun naming a record
        "case number 2024",  # a year alone
        "Page no. 12345",  # a page is not a register's number
        "Student numbers rose to 1200 this year",
    ],
)
def test_ordinary_numbers_stay(text: str) -> None:
    assert found(text) == []


def test_the_day_after_a_number_is_not_taken_in() -> None:
    assert found("claim no 12345 on 12 May") == ["12345"]


def test_the_detector_removes_a_record_number() -> None:
    text = "Hi Dom, re student no. K2307714, the college says yes."
    assert any(text[s.start : s.end] == "K2307714" for s in detect(text))
