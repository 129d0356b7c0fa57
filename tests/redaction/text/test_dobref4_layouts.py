"""Birth dates and references in the layouts the dobref4 round reads: an export's field names joined by an
underscore ("child_dob"), Welsh labels and months with their mutations and ordinals, a form's dot leaders, a
register's "SURNAME, Forename" rows, digits in boxes; a code read out in groups (a check digit alone at its end) and a
label whose value is on the next line. Each with what must stay."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.code_shape import code_shaped
from redaction.text.recognizers import BirthAfterNameRecognizer, BoxedBirthDateRecognizer, UkCuedCodeRecognizer

REDACTOR = TextRedactor()


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.type) for s in REDACTOR.detect(text)]


def _covered(text: str, surface: str) -> bool:
    start = text.index(surface)
    spans = REDACTOR.detect(text)
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))
               if text[i].isalnum())


def _touched(text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s.start < start + len(surface) and start < s.end for s in REDACTOR.detect(text))


@pytest.mark.parametrize("text, date", [
    ("mother_dob: 1986-02-11 | child_dob: 2016-06-05 | referral_date: 2025-01-20", "2016-06-05"),
    ("mother_dob: 1986-02-11 | child_dob: 2016-06-05 | referral_date: 2025-01-20", "1986-02-11"),
    ("Ei ddyddiad geni yw 14 Chwefror 2013.", "14 Chwefror 2013"),
    ("Fy nyddiad geni: 21/06/2011", "21/06/2011"),
    ("Cafodd ei eni ar y 5ed o Fedi 2012, felly mae'n ieuengaf yn y dosbarth.", "5ed o Fedi 2012"),
    ("Ganed hi ar yr 11eg o Orffennaf 2016.", "11eg o Orffennaf 2016"),
    ("DOB: March the 3rd, 2014", "March the 3rd, 2014"),
    ("Date 0f birth . . . . . . 03/03/2011", "03/03/2011"),
    ("Date of birth ________ 03/03/2011", "03/03/2011"),
])
def test_a_birth_date_in_these_layouts_is_found(text: str, date: str) -> None:
    assert _covered(text, date)


@pytest.mark.parametrize("text, date", [
    ("Date of review: 2025-03-11, next review due 2026-03-11, DOB confirmed by parent.", "2026-03-11"),
    ("Meeting 12/03/2025, DOB to be checked with mum.", "12/03/2025"),
    ("Dyddiad y llythyr: 2 Hydref 2024 (ganwyd y cynllun ym mis Medi)", "2 Hydref 2024"),
    ("referral_date: 2025-01-20 | review_dob_check: done", "2025-01-20"),
])
def test_another_date_beside_a_birth_word_stays(text: str, date: str) -> None:
    assert not _touched(text, date)


def test_a_registers_rows_are_each_a_birth() -> None:
    text = "1. ADEBAYO, Tolu        12/03/2015   M   5B\n2. BRENNAN, Cara       30/07/2014   F   5B"
    found = [text[s.start : s.end] for s in BirthAfterNameRecognizer().find(text)]
    assert found == ["12/03/2015", "30/07/2014"]


def test_a_visit_log_of_recent_dates_stays() -> None:
    text = "Home visit Tom Hale 05/05/2025\nPhone call Amy Hale 06/05/2025"
    assert [text[s.start : s.end] for s in BirthAfterNameRecognizer().find(text)] == []


BOXED = BoxedBirthDateRecognizer()


@pytest.mark.parametrize("text, digits", [
    ("Date of birth\n(please use DD/MM/YYYY)\n\n1 2 / 0 3 / 2 0 1 5", "1 2 / 0 3 / 2 0 1 5"),
    ("D  D  M  M  Y  Y  Y  Y\n0  4  0  9  2  0  1  3\nDate of birth of child", "0  4  0  9  2  0  1  3"),
    ("|2|7|0|1|2|0|1|4| <- child's date of birth", "2|7|0|1|2|0|1|4"),
    ("Date of birth: [1][2][0][3][2][0][1][5]   Date signed: [0][1][0][3][2][0][2][5]", "1][2][0][3][2][0][1][5"),
])
def test_digits_in_boxes_under_a_birth_label_are_found(text: str, digits: str) -> None:
    assert [text[s.start : s.end] for s in BOXED.find(text)] == [digits]


@pytest.mark.parametrize("text", [
    "Date of review\n1 2 / 0 3 / 2 0 2 5",                      # another date's label
    "Date of birth: TBC\nDate signed\n0 1 / 0 3 / 2 0 2 5",      # the nearer label is the signature's
    "Call 0 7 7 0 0 9 0 0 1 2 3 about her date of birth",       # a telephone number read out: no day
    "Date of birth\n3 1 / 0 2 / 2 0 1 5",                       # no such day
    "1 2 3 4 5 6 7 8 9",                                        # no label
])
def test_boxed_digits_that_are_no_birth_date_stay(text: str) -> None:
    assert list(BOXED.find(text)) == []


CUED = UkCuedCodeRecognizer()


@pytest.mark.parametrize("text, code", [
    ("LGSCO ref 24 012 345", "24 012 345"),
    ("Our case reference is 24 012 345 (Local Government and Social Care Ombudsman).", "24 012 345"),
    ("Blue Badge no: 4471 2290 1832 0", "4471 2290 1832 0"),
    ("Hospital number\nK 448 1190", "K 448 1190"),
    ("Eclipse ID\n3391022", "3391022"),
])
def test_a_code_read_out_in_groups_or_under_its_label_is_found(text: str, code: str) -> None:
    assert code in [text[s.start : s.end] for s in CUED.find(text)]


@pytest.mark.parametrize("text", [
    "Case number\nPlease quote it on every letter.",
    "Presenting complaint\n12-year-old girl with Prader-Willi syndrome",  # prose under a heading, no value line
    "Ref:\n12 March 2025",
    "Our ref 24 01 2015 was wrong",                 # a date's lengths: a date
    "The ref 4471 2290 1832 came with 3 forms",     # a count after the groups is no check digit
])
def test_what_follows_a_cue_and_is_no_code_stays(text: str) -> None:
    found = [text[s.start : s.end] for s in CUED.find(text)]
    assert not any(f in ("Please", "12 March 2025", "24 01 2015", "12-year-old") for f in found)
    assert "4471 2290 1832 3" not in found


@pytest.mark.parametrize("token, shaped", [
    ("24 012 345", True), ("24 01 2015", False), ("2015 01 24", False), ("24 Mar 2015", False), ("3 May 2015", False),
])
def test_a_code_in_groups_is_no_date(token: str, shaped: bool) -> None:
    assert code_shaped(token) is shaped


def test_a_spreadsheet_copied_with_its_row_numbers_reads_its_header_row() -> None:
    text = "A\tB\tC\n1\tForename\tDOB\n2\tAmelia\t2015/02/09\n3\tJoel\t2016/10/30"
    assert _covered(text, "2015/02/09") and _covered(text, "2016/10/30")


def test_a_spreadsheets_other_dates_stay() -> None:
    text = "1\tForename\tSurname\tReview date\n2\tAmelia\tStone\t2025/02/09"
    assert not _touched(text, "2025/02/09")
