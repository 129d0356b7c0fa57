"""Dates near a birth cue in any layout (``birth_cue.py``), partial birthdays told by an age reached on a day, a
family's listing, a table whose header already names its birth column, and the negatives that keep other dates:
rows that must be found and rows that must stay. Read by the detector without its model."""

from __future__ import annotations

import datetime as dt

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers.birth_cue import UkBirthCueRecognizer, told_otherwise, wide_date


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_model=False)


def _covered(detector: Detector, text: str, surface: str) -> bool:
    start = text.index(surface)
    spans = [s for s in detector.detect(text) if s.type == "DATE_OF_BIRTH"]
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface))
               if text[i].isalnum())


def _touched(detector: Detector, text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s.start < start + len(surface) and start < s.end for s in detector.detect(text))


FOUND = [
    # partial birthdays: an age reached on a day
    ("Hamza will be 12 on the 9th of March.", "9th of March"),
    ("He was 9 on 4 December.", "4 December"),
    ("She turned 5 on 14 June 2023.", "14 June 2023"),
    ("He'll be 7 on Tuesday 4th June.", "4th June"),
    # labels in other languages, and months named in them
    ("Geb. 12.06.2014", "12.06.2014"),
    ("Geboren am 3. Mai 2015", "3. Mai 2015"),
    ("Data di nascita: 09/10/2013", "09/10/2013"),
    ("Data de nascimento: 15/05/2012", "15/05/2012"),
    ("Doğum tarihi: 01.02.2013", "01.02.2013"),
    ("Data narodzin: 22.11.2016", "22.11.2016"),
    ("Ganwyd: 3 Medi 2012", "3 Medi 2012"),
    ("Dyddiad Geni 12 Mawrth 2015", "12 Mawrth 2015"),
    ("Dáta Breithe: 5 Samhain 2014", "5 Samhain 2014"),
    ("Geboortedatum: 07-08-2013", "07-08-2013"),
    ("Amélie, née le 3 mars 2015", "3 mars 2015"),
    ("Jakub (ur. 05.05.2014)", "05.05.2014"),
    # written out, American order
    ("She was born on the fifth of May two thousand and fourteen.", "fifth of May two thousand and fourteen"),
    ("Born 2nd July twenty twelve.", "2nd July twenty twelve"),
    ("born 6th day of April 2010", "6th day of April 2010"),
    ("Date of birth 12th of the 6th 2014", "12th of the 6th 2014"),
    ("DOB: 2016.04.12", "2016.04.12"),
    ("Date of birth: January 5th, 2014", "January 5th, 2014"),
    # misread by a scanner
    ("Date of Blrth: 12/03/2012", "12/03/2012"),
    ("Date 0f birth: 03/07/2013", "03/07/2013"),
    ("DOB 1 2 / 0 4 / 2 0 1 4", "1 2 / 0 4 / 2 0 1 4"),
    # a birth told as an event, a few words of its clause between
    ("Musa arrived on 1st February 2021 weighing 2.1kg.", "1st February 2021"),
    ("Baby Theo came into the world on 30 March 2023.", "30 March 2023"),
    ("She was delivered at 29 weeks on 04/05/2016.", "04/05/2016"),
    ("Since she was born, 08/08/2018, she has had seizures.", "08/08/2018"),
    ("Ivan was born very early on 12 September 2014 in Kharkiv.", "12 September 2014"),
    ("The birth of her sister on 12 May 2019 unsettled her.", "12 May 2019"),
    ("Rhodri ap Huw (* 03.05.2016 in Bangor)", "03.05.2016"),
    # an age beside a name and a date, the two agreeing
    ("Oscar - 11 - 19/05/2013", "19/05/2013"),
    ("Mia, 4 years, 23.08.2019", "23.08.2019"),
    ("Tariq, 9, 02/02/2015; visit on 06/03/2024", "02/02/2015"),
    ("Maryam — 6 — 14.07.2017 — Reception", "14.07.2017"),
    ("Emil Novak (13) 09/09/2010", "09/09/2010"),
    # a month misspelt after a cue
    ("DoB: 3rd Janaury 2014", "3rd Janaury 2014"),
    ("Date of birth 21 Feburary 2013", "21 Feburary 2013"),
    # the words after a date say it is a birth's
    ("12/03/2015 is his date of birth.", "12/03/2015"),
    ("14.3.2016 – Leo's birthday", "14.3.2016"),
    # labels that name a birth with a place, a comma inside a written date
    ("Date and place of birth: 12/03/2014, Lagos", "12/03/2014"),
    ("Place and date of birth: Lagos, 12/03/2014", "12/03/2014"),
    ("She was born on 13th, August 2014.", "13th, August 2014"),
    # a table's birth column under another language's or a shortened header
    ("Name,Geburtsdatum,Klasse\nLena Vogel,12.04.2015,3a", "12.04.2015"),
    ("Name | Birth dt | Yr\nAmir Haddad | 02/02/2014 | 5", "02/02/2014"),
    # a family's listing: dates alone after its members' names
    ("Children in household:\nOlumide Bello - 12/12/2012\nFunmi Bello - 07/07/2016", "07/07/2016"),
    ("Father: Declan Fitzgerald - 23/06/1979", "23/06/1979"),
]

KEPT = [
    # another event told between the cue and the date
    ("Born in Leeds, she moved to Hull on 3 May 2019.", "3 May 2019"),
    ("DOB and NHS number checked on 14/02/2024.", "14/02/2024"),
    ("His birth certificate arrived on 4 March 2024.", "4 March 2024"),
    ("Mum was born abroad and came to the UK on 12/09/2010.", "12/09/2010"),
    ("Born: see certificate dated 12/12/2023", "12/12/2023"),
    ("D.O.B: unknown, referred 12/03/2024", "12/03/2024"),
    ("She was born at term and was seen on 10/10/2023.", "10/10/2023"),
    ("Her brother was born last year. Meeting 14/03/2024", "14/03/2024"),
    ("The date of birth on the plan was amended on 02/05/2024.", "02/05/2024"),
    ("Born in Poland, Kuba joined Year 3 on 6 January 2020.", "6 January 2020"),
    # a move, not a baby's arrival
    ("The family arrived on 12 July 2021 from Syria.", "12 July 2021"),
    ("The report was delivered on 03/04/2024.", "03/04/2024"),
    # the text says whose date it is
    ("Haven's DOB on the draft is 02/07/2014, which is her date of admission.", "02/07/2014"),
    # a bullet's date, not genealogy's birth mark
    ("* 12/03/2024 meeting with school", "12/03/2024"),
    # an age with no child's name, or an age the date does not agree with
    ("Year 4 - 12/09/2019", "12/09/2019"),
    ("Room 5, 12/03/2024", "12/03/2024"),
    ("Leo, 8, 14/03/2024 observed in maths", "14/03/2024"),
    # an event's label before the date, a birth told beside it
    ("Review: 14/02/2024 (born prematurely, see history)", "14/02/2024"),
    ("He'll be at the meeting on Tuesday 4th June.", "4th June"),
    ("Emil Novak (13) seen 09/09/2023", "09/09/2023"),
    ("Session 13 09/09/2023", "09/09/2023"),
    # a word near a month's name is no month unless it is one edit away from one name only
    ("DOB: 3 Marsh 2014 per Dr Smith; next visit 12/03/2024", "12/03/2024"),
    # a bracketed date after an organisation's name; a document's date after its author in a list
    ("Responses: Oakwood Academy (11/01/2024); Kingsmead School for Girls (19/01/2024)", "19/01/2024"),
    ("7  Occupational therapy report, Priya Natarajan, May 2024  C12-C20", "May 2024"),
    ("Letter from Jonah Clarke - 12/03/2021\nMeeting 10/10/2024", "12/03/2021"),
    # a meeting's date after a professional's name
    ("Meeting with Dr Rao (03/04/2024)", "03/04/2024"),
    # a date in the future is no birth
    ("Date of birth of the expected baby: 12/12/2099", "12/12/2099"),
    # other dates, cue-less
    ("Hamza will be at the review on the 9th of March.", "9th of March"),
    ("Dyddiad y cyfarfod: 14/03/2024", "14/03/2024"),
    ("Hearing date: March 3rd, 2024", "March 3rd, 2024"),
    # the words after the date say it is another event's; a service's name is no birth
    ("12/03/2024 is the date of the review.", "12/03/2024"),
    ("Birth to 5 service contacted on 14/05/2024.", "14/05/2024"),
    ("Place of meeting: Lagos, 12/03/2024", "12/03/2024"),
    # a table whose header names its birth column: another date column is no birth
    ("Name | DOB | Review date\nAmir Haddad | 02/02/2014 | 10/10/2023", "10/10/2023"),
    ("Name | DOB | Last PEP\nKAY, Lily | 03/03/2012 | 12/10/23", "12/10/23"),
]


# Round 3 (dob_ref): a label's aside, a field's words before the date, a wrapped or plural label, a list after one
# label, more languages' labels, a birth date told as a correction, an ISO date a scanner misread, an age in years
# and months, an age and a date in brackets with a dash.
FOUND_3 = [
    ("Date of birth (please give the date on the red book, not the one on the NHS letter): 03/08/2014", "03/08/2014"),
    ("DOB (per school records, which mum disputes): 21.02.2012", "21.02.2012"),
    ("Her date of birth - we have two different ones on file - should be 14 May 2014.", "14 May 2014"),
    ("Dyddiad geni'r disgybl: 12/03/2013", "12/03/2013"),
    ("Date of birth of baby: 12/12/2024", "12/12/2024"),
    ("Ganed Osian ar 4 Ebrill 2015.", "4 Ebrill 2015"),
    ("Cafodd Gethin ei eni ar 18 Tachwedd 2014 yn Ysbyty Gwynedd.", "18 Tachwedd 2014"),
    ("Datum rođenja: 15.06.2013.", "15.06.2013"),
    ("Data de naștere: 03.04.2015", "03.04.2015"),
    ("Dátum narodenia: 22.9.2012", "22.9.2012"),
    ("Дата рождения 12.05.2014", "12.05.2014"),
    ("تاريخ الميلاد 2013/04/01", "2013/04/01"),
    ("Ngày sinh: 03/03/2015", "03/03/2015"),
    ("Child's Date of\nBirth 04/05/2012", "04/05/2012"),
    ("Names and dates of birth of children in the household: Mia 02/02/2012, Eva 05/05/2015", "02/02/2012"),
    ("Names and dates of birth of children in the household: Mia 02/02/2012, Eva 05/05/2015", "05/05/2015"),
    ("DOBs: 02/02/2012, 05/05/2015", "05/05/2015"),
    ("DOB: Ava 3/3/2012 and Jo 8/1/2016", "8/1/2016"),
    ("Date of birth: 2OO9-O7-22", "2OO9-O7-22"),
    ("Kai celebrated turning 7 on 22/11/2024.", "22/11/2024"),
    ("His DOB is wrong on the plan - it should be 12/04/2014.", "12/04/2014"),
    ("Could you correct her dob on the draft? It should be 9 June 2013, not 9 July.", "9 June 2013"),
    ("The plan says her birthday is 3 June, it is 13 June 2016!", "13 June 2016"),
    ("Siblings: Asha (12 - 03/01/2012), Ravi (6 - 15/09/2017)", "15/09/2017"),
    ("Child: Noor Ali, age 7 yrs 3 mths, 04-09-2016", "04-09-2016"),
    # a PDF's narrow column broke the line after the name's comma
    ("Dear Mr ap Siencyn\n\nRe: Cadi Fflur ap Emyr,\n14.10.2018   NHS 666 566 4341\n\nSeen on 3 February 2025.",
     "14.10.2018"),
    ("Siblings: Ella Hughes,\n12/03/2015", "12/03/2015"),
]

KEPT_3 = [
    ("DOB 12/01/2014, seen 03/03/2025", "03/03/2025"),
    ("DOB 12/01/2014 Review 03/03/2025", "03/03/2025"),
    ("Date of birth: 12/01/2014  Date: 03/03/2025", "03/03/2025"),
    ("DOB: TBC    Printed: 12/03/2025", "12/03/2025"),
    ("Date of birth: n/k  Today's date 12/03/2025", "12/03/2025"),
    ("D.O.B (see letter of 03/03/2025): 12/12/2013", "03/03/2025"),
    ("DOB 12/01/2014, 03/03/2015", "03/03/2015"),  # a second date after a singular label and no name
    ("Her birthday party was moved. It is now on 14/06/2025.", "14/06/2025"),
    ("The DOB on the form was corrected on 14 April 2024. It was 12/03/2024 when we noticed.", "12/03/2024"),
    ("Room (3 - 12/03/2025)", "12/03/2025"),
    ("Tystysgrif geni: 12/03/2024", "12/03/2024"),
    ("Letter date 04/04/2025 re: child born 2012", "04/04/2025"),
    ("Meeting with Jo Bloggs,\n12/03/2025 at school", "12/03/2025"),
    ("Letter from Jonah Clarke,\n12/03/2021\nMeeting 10/10/2024", "12/03/2021"),
]



@pytest.mark.parametrize(("text", "surface"), FOUND + FOUND_3)
def test_a_birth_date_near_its_cue_is_found(detector: Detector, text: str, surface: str) -> None:
    assert _covered(detector, text, surface), text


@pytest.mark.parametrize(("text", "surface"), KEPT + KEPT_3)
def test_a_date_that_is_no_birth_stays(detector: Detector, text: str, surface: str) -> None:
    assert not _touched(detector, text, surface), text


def test_a_register_column_of_births_holds_a_birth_in_every_row() -> None:
    text = ("| Ayo ADEBAYO | 09-07-2018 | 0300 123 7203 |\n| Leila RAHMAN | 21/07/2016 | 07700 900191 |\n"
            "| thanh osei | 24 / 09 / 2016 | 0151 496 0493 |\n| KUMAR, Zofia | 06/06/2017 | 0141 496 0094 |")
    assert _covered(Detector(load_model=False), text, "24 / 09 / 2016")
    one = "| Ayo ADEBAYO | 09-07-2018 |\n| thanh osei | 24/09/2016 |\n| meeting | 12/03/2024 |"
    assert not _covered(Detector(load_model=False), one, "12/03/2024")  # one birth is no column of births


def test_a_csv_row_whose_notes_hold_a_comma_keeps_its_columns() -> None:
    text = ("Ref,Surname,Forename,DOB,Notes\nK1,HALE,Mason,2007-03-15,ok\n"
            "K2,BRANDT,Lotte,2006-10-02,bursary £1,500 agreed")
    assert _covered(Detector(load_model=False), text, "2006-10-02")
    assert not _touched(Detector(load_model=False), text, "agreed")


def test_the_table_still_takes_its_birth_column() -> None:
    text = "Name | DOB | Last PEP\nKAY, Lily | 03/03/2012 | 12/10/23"
    assert _covered(Detector(load_model=False), text, "03/03/2012")


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("fifth of May two thousand and fourteen", dt.date(2014, 5, 5)),
        ("3rd March twenty fifteen", dt.date(2015, 3, 3)),
        ("the 4th day of December 2011", dt.date(2011, 12, 4)),
        ("12th of the 6th 2014", dt.date(2014, 6, 12)),
        ("9 Ebrill 2014", dt.date(2014, 4, 9)),
        ("3. Mai 2015", dt.date(2015, 5, 3)),
        ("2l/O5/2O12", dt.date(2012, 5, 21)),
        ("1 2 / 0 4 / 2 0 1 4", dt.date(2014, 4, 12)),
        ("2016.04.12", dt.date(2016, 4, 12)),
        ("twenty-first of June nineteen ninety-nine", dt.date(1999, 6, 21)),
    ],
)
def test_a_wide_date_reads_as_its_day(written: str, day: dt.date) -> None:
    assert wide_date(written) == day


def test_a_misspelt_month_reads_only_when_it_is_one_edit_from_one_month() -> None:
    assert wide_date("3rd Janaury 2014") == dt.date(2014, 1, 3)
    assert wide_date("3 Septmber 2014") == dt.date(2014, 9, 3)
    assert wide_date("3 Monday 2014") is None and wide_date("3 Junk 2014") is None


def test_no_real_day_is_no_date() -> None:
    assert wide_date("31 Chwefror 2014") is None
    assert not list(UkBirthCueRecognizer().find("DOB 31/02/2014"))


def test_the_words_after_a_date_can_say_whose_it_is() -> None:
    text = "DOB 02/07/2014, which is her date of admission"
    assert told_otherwise(text, text.index(",")) and not told_otherwise("DOB 02/07/2014, which is her date of birth", 14)


@pytest.mark.parametrize(
    ("text", "date", "found"),
    [
        ("Full name (and date of birth): Leah Dunn 2.5.2013", "2.5.2013", True),  # the cue inside the label's brackets
        ("Child's name (DOB): Jo Marr, 12/03/2015", "12/03/2015", True),
        ("Pupil (with date of birth) seen at the meeting on 12/03/2024", "12/03/2024", False),  # a meeting's date
    ],
)
def test_a_cue_closing_its_labels_bracket(detector: Detector, text: str, date: str, found: bool) -> None:
    assert (_covered(detector, text, date) if found else not _touched(detector, text, date))



# -- the dobref2 round: a birth told a sentence before its date, a later cue that reaches the same date, Spanish and
# Portuguese dates; rows written for these tests
@pytest.mark.parametrize(("text", "date"), [
    ("Kit was born at home, in the bath. That was on 2 March 2016.", "2 March 2016"),
    ("She was born in Leeds General. It was a long night. It was 14 October 2013.", "14 October 2013"),
    ("Her birth was a shock to all of us. It happened on Tuesday 9 July 2019.", "9 July 2019"),
    ("His birth date, 17 May 2013, is wrong on the plan.", "17 May 2013"),  # "His birth" reads "date" as an event's
    ("Fecha de nacimiento: 12 de enero de 2014", "12 de enero de 2014"),
    ("Data de nascimento: 4 de maio de 2016", "4 de maio de 2016"),
])
def test_dobref2_birth_dates_are_found(detector: Detector, text: str, date: str) -> None:
    assert _covered(detector, text, date)


@pytest.mark.parametrize(("text", "date"), [
    ("She was born in Poland. It was 3 March 2020 when the family moved here.", "3 March 2020"),  # the move's
    ("He was born in 2012. That was 4 May 2019 when he started school.", "4 May 2019"),  # a year between
    ("He was born abroad. We met on 3 May. It was 12 June 2024.", "12 June 2024"),  # another date between
    ("She was born in Bristol.\n\nIt was 3 May 2023 that we applied.", "3 May 2023"),  # a new paragraph
])
def test_dobref2_other_dates_after_a_birth_stay(detector: Detector, text: str, date: str) -> None:
    assert not _touched(detector, text, date)


def test_dobref2_a_birth_date_restated_in_another_layout_is_found(detector: Detector) -> None:
    text = "Dyddiad geni / Date of birth: 9 Mawrth 2015 (09/03/2015)\nYsgol: Ysgol y Graig"
    assert _covered(detector, text, "09/03/2015")
    # another day in brackets after it is not the birth's restated ("(reviewed 12/03/2024)" names its own event)
    other = "Date of birth: 9 Mawrth 2015 (12/03/2024)"
    assert not _touched(detector, other, "12/03/2024")
