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


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        # ages in words before a partial date, a birthday's day alone, Welsh and Polish birthdays
        ("Ethan will be nine on 2nd April.", "2nd April"),
        ("He turned twelve on 30 June and still wets the bed.", "30 June"),
        ("He was nine on 4 December.", "4 December"),
        ("Zara's birthday is on the 5th, so we moved the visit.", "5th"),
        ("Mae ei phen-blwydd ar 3 Mai.", "3 Mai"),
        ("Jej urodziny są 5 maja.", "5 maja"),
        # dates told with an age are births, not the later date another aged date is measured against
        ("Siblings: Ben (14, 02/03/2011) and Cara (8, 21/09/2016).", "02/03/2011"),
        ("Child: Elif Yilmaz, 9 yrs (19-02-2016)", "19-02-2016"),
        # a pupil's row: the year group after the date
        ("Mason Reid, 14/10/2012, Year 7, Oak Class", "14/10/2012"),
        # an e-mail's subject: the child's name and birth date the office files by
        ("From: Sophie Bell\nSent: 12 March 2025 09:14\nSubject: Ruby Bell 03/07/2014 - transport", "03/07/2014"),
        # "the" before the day is the date's; a birthday in brackets; Welsh months cut short
        ("Santiago (we call him Santi) will be 9 on the 14th of April.", "the 14th of April"),
        ("2) Bliss Adjoa Campbell — birthday the 23rd of December", "the 23rd of December"),
        ("His DLA ends on his 18th birthday (1st August) so he must move to PIP.", "1st August"),
        ("Lowri's pen-blwydd is 21 Gorff so she is one of the youngest.", "21 Gorff"),
        # a name with a particle, or with another name in brackets, then its date
        ("Date: 3 March 2025\nRe: Cadi Fflur ap Emyr, 14.10.2018   NHS 666 566 4341\n", "14.10.2018"),
        ("Notes 2025-01-09\n3) Yu-Na Choi (Luna) — 12/02/2021\nYu-Na joined us", "12/02/2021"),
        ("Sent 2 May 2025\nmy daughter Selam (SELAM TESFAY), 1 September 2015\n\nI asked", "1 September 2015"),
    ],
)
def test_more_births_found(text: str, birth: str) -> None:
    assert birth in births(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The appeal was lodged on 4 March 2024; Poppy was born 9 August 2015.", "4 March 2024"),  # prose, not a row
        ("The plan will be reviewed in 2 years (01/09/2027).", "01/09/2027"),  # a child is not yet that age
        ("The meeting is on the 5th.", "5th"),  # a day alone with no birthday
        ("Her birthday is the 14th; the review is on the 3rd.", "3rd"),
        ("Meeting on 12/03/2025, Year 7 parents invited", "12/03/2025"),  # no name before it
        ("Re: Annual Review 12/03/2019 - notes\nSent: 12 March 2025", "12/03/2019"),  # a subject's meeting
        ("Subject: Ruby Bell 03/07/2025 - meeting", "03/07/2025"),  # this year's date: no birth
        ("The score was 5 on 12 March.", "12 March"),  # an age is somebody's: a score's number is none
        ("The party is on the 3rd of May.", "the 3rd of May"),  # "the" before a day with no birthday cue
        ("Minutes 4 May 2025\nMeeting (online), 12/03/2023 - agreed", "12/03/2023"),  # a heading's aside, no name
        ("Date: 3 March 2025\nANNUAL AP REVIEW, 14.10.2018\n", "14.10.2018"),  # "AP" the acronym is no particle
    ],
)
def test_more_dates_stay(text: str, date: str) -> None:
    assert date not in births(text)
