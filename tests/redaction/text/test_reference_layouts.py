"""References in an e-mail's subject line and in a file's name: rows that must be found and rows that must stay.
Rows written for these tests."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import ReferenceLayoutRecognizer, identifier_recognizers


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in ReferenceLayoutRecognizer().find(text)]


@pytest.mark.parametrize(("text", "codes"), [
    ("Subject: EHCNA 44182 - Patel", ["44182"]),
    ("Subject: RE: Appeal 23-00991 / Yusuf", ["23-00991"]),
    ("From: a@b.org\nSubject: Fwd: transport KT/2291 query", ["KT/2291"]),
    ("Betreff: Antrag 558120", ["558120"]),
    ("Attached: review_minutes_CR-88213.pdf", ["CR-88213"]),
    ("File: EHCP_draft_ref44710_v2.docx", ["ref44710"]),
    ("Scan_0032_ref_PB77120.pdf received", ["PB77120"]),
    ("see 9910234_annual_review.pdf", ["9910234"]),
])
def test_a_code_the_layout_says_is_a_reference(text: str, codes: list[str]) -> None:
    assert found(text) == codes


@pytest.mark.parametrize("text", [
    "Subject: Year 6 SATs 2024-25 and room 204",  # an academic year, a room
    "Subject: Meeting 10-11am on 12/03/2024",  # a span of times, a date
    "Subject: Call me on 07700900123",  # a telephone number
    "Subject: Annual review - Page 14 amendments v2.3",
    "Subject: Top-up £6,400 band E3",  # an amount
    "The subject: 44182 is not a subject line",  # a subject line opens its line
    "IMG_20240301_143022.jpg and IMG_4471.jpg",  # a camera's date and time, a scanner's counter
    "Annual Review 2024.pdf",
    "plan_final_2024-03-12.pdf",
    "minutes_v12.docx",
])
def test_what_else_a_number_is_stays(text: str) -> None:
    assert found(text) == []


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, ReferenceLayoutRecognizer) for r in identifier_recognizers())
