"""Dates of birth told by what stands beside them (a birth after the date, an age with it, a register's name in
capitals before it), and dates after a DOB cue that a scan misread, a form ran together or gave without a
year. Rows that must be found, and dates that are no birth and must stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import (
    UkBirthContextRecognizer,
    UkDateOfBirthRecognizer,
    UkPartialBirthdayRecognizer,
)


def births(text: str) -> list[str]:
    found = [s for r in (UkBirthContextRecognizer(), UkDateOfBirthRecognizer(), UkPartialBirthdayRecognizer())
             for s in r.find(text)]
    return sorted({text[s.start : s.end] for s in found})


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # a birth after the date on its line
        ("Date | Event | Source\n19/08/2012 | Soran born in Sanandaj, Iran. | Mum", "19/08/2012"),
        ("03.05.2015 – born at 32 weeks, NICU for a month\n08.09.2019 – started nursery", "03.05.2015"),
        # an age with the date
        ("Amir, aged 9 (12.03.2015), lives with his nan. Reviewed 01/02/2024.", "12.03.2015"),
        ("Children: Aisha (9, 12/03/2015) and Zain (4, 02/11/2019). Visit 1/2/2024", "12/03/2015"),
        ("Young person: age 11 – 3 May 2013", "3 May 2013"),
        # a register's or flattened form's name in capitals, its date alone after it, years before the form's date
        ("Surname(s) Forename(s) Date of birth\nPETRAUSKAS MATAS 30/01/2017\nSigned 12/06/2024", "30/01/2017"),
        ("O'HARE, Dylan James  2004-06-30   Y\nReturn date 2024-05-01", "2004-06-30"),
        ("HUGHES Ella 12.03.2015 Y4\nMeeting: 12/06/2024", "12.03.2015"),
        # a name in a list with its date after a comma or a dash
        ("Siblings: Ella Hughes, 12/03/2015; Jack Hughes, 01/09/2018. Visit 12/06/2024", "01/09/2018"),
        ("Ella Hughes – 12.03.2015 – Year 4\nMeeting 12/06/2024", "12.03.2015"),
        # a bilingual form's own label
        ("Date of Birth / Dyddiad geni: 12/03/2015", "12/03/2015"),
        # after a DOB cue: misread by OCR, run together in a form's box, the year kept back
        ("DOB l2/O3/2015   NHS", "l2/O3/2015"),
        ("D.O.B.: 12032015", "12032015"),
        ("DOB: 3rd May (year withheld)", "3rd May"),
        ("dob 12/3", "12/3"),
    ],
)
def test_dates_of_birth_by_what_stands_beside_them(text: str, birth: str) -> None:
    assert birth in births(text)


@pytest.mark.parametrize(
    "text",
    [
        "12/03/2024 | Meeting held; baby due to be born in May",  # the birth is not on the date
        "He is 9 years old. 12/03/2024 review, next 12/03/2025",  # this year's date is no birth at nine
        "He is 9 years old, 12/03/2024 review, next review 12/03/2025",
        "ANNUAL REVIEW 12/03/2024\nSigned 12/06/2024",  # a heading in capitals, not a name
        "SARAH JONES 12/06/2024\nMeeting 13/06/2024",  # a signature's date, the form's own
        "Meeting on 3rd May at school",  # a day and month with no birth cue
        "Signed: Ella Hughes, 12/06/2024\nMeeting 13/06/2024",  # a signature's date, days from the form's
        "Review Meeting, 12/03/2019 - notes. Next 12/06/2024",  # a heading, not a name
        "Dr Amir Khan, 12/03/2020, diagnosis of ASD. Review 2024-01-01",  # a titled adult's letter
        "DOB: 1234 5678",  # no date
        "Ref 12032015 was sent",  # eight digits without a cue
    ],
)
def test_other_dates_stay(text: str) -> None:
    assert births(text) == []
