"""Dates of birth in every layout after every cue, and the date grammar they share with the known matcher."""

from __future__ import annotations

import datetime as dt

import pytest

from redaction.text.dates import find_dates, parse_date
from redaction.text.recognizers import UkDateOfBirthRecognizer

R = UkDateOfBirthRecognizer()


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in R.find(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date of birth: 08-Dec-2014", "08-Dec-2014"),
        ("DOB 22-DEC-2013", "22-DEC-2013"),
        ("D.O.B. 3rd March 2015", "3rd March 2015"),
        ("born March 3, 2015 in Leeds", "March 3, 2015"),
        ("d.o.b 27.09.2013", "27.09.2013"),
        ("Birth date: 08 / 03 / 2012", "08 / 03 / 2012"),
        ("DOB: 8/3/12", "8/3/12"),
        ("DoB: 08 03 2012", "08 03 2012"),  # spaces alone, after a cue
        ("(b. 03/03/2015)", "03/03/2015"),
        ("born on the 3rd of March 2015", "3rd of March 2015"),
        ("Date of Birth/Age: 03/03/2015", "03/03/2015"),
        ("Date of birth (age): 3.3.15", "3.3.15"),
        ("dob:\t\t26MAY2021", "26MAY2021"),
        ("DOB: 19/Mar/2009", "19/Mar/2009"),
        ("d.o.b.: 28 mar. 2008", "28 mar. 2008"),
        ("DOB: Friday 9th\nMarch 2018", "Friday 9th\nMarch 2018"),  # wrapped by PDF extraction
        ("Leo Whitfield, 14.03.2014 (DOB)", "14.03.2014"),
    ],
)
def test_a_date_after_a_birth_cue_is_a_date_of_birth(text: str, date: str) -> None:
    assert found(text) == [date]


@pytest.mark.parametrize(
    "text",
    ["Meeting on 08-Dec-2024.", "Review date: 22/03/2025", "Page 3 of 9", "born in Leeds", "DOB: unknown",
     "Printed 16-Jul-24", "the meeting on 08 03 2012"],
)
def test_other_dates_are_not_dates_of_birth(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("08-Dec-2014", dt.date(2014, 12, 8)), ("22-DEC-2013", dt.date(2013, 12, 22)),
        ("3rd of march 2015", dt.date(2015, 3, 3)), ("March 3, 2015", dt.date(2015, 3, 3)),
        ("8/3/12", dt.date(2012, 3, 8)), ("2015-03-08", dt.date(2015, 3, 8)), ("Jun 18 2011", dt.date(2011, 6, 18)),
        ("Sunday 3rd March 2015", dt.date(2015, 3, 3)), ("March 2015", dt.date(2015, 3, 1)),
        ("31/02/2015", None),
    ],
)
def test_dates_are_read_day_first(text: str, day: dt.date | None) -> None:
    assert parse_date(text) == day


def test_find_dates_reports_offsets_and_days() -> None:
    text = "Seen 08-Dec-2024; born 3.3.15; £3.50; page 3 of 9"
    assert [(text[s:e], d) for s, e, d in find_dates(text)] == [
        ("08-Dec-2024", dt.date(2024, 12, 8)), ("3.3.15", dt.date(2015, 3, 3))]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("DOB: 2016-02-29", ["2016-02-29"]),  # ISO after a cue
        ("His date of birth has been corrected to 4 October 2011.", ["4 October 2011"]),
        ("DOB is now recorded as 04/10/2011", ["04/10/2011"]),
        ("born in March 2014", ["March 2014"]),
        ("Wren (21/04/2015) and Fen (30/09/2018) both attend.", ["21/04/2015", "30/09/2018"]),
        ("Siblings: Wren (21/04/2015)", ["21/04/2015"]),
        ("Gethin (21/04/2015) has two sisters.", ["21/04/2015"]),
        # A bracketed date after a heading, a lower-case word or an English word opening a sentence is no birth.
        ("The meeting (21/04/2025) was fine.", []),
        ("Review (21/04/2025)", []),
        ("Scan (21/04/2025) was normal.", []),
        ("CAMHS (21/04/2025) declined.", []),
    ],
)
def test_birth_dates_by_their_cue_or_the_name_they_follow(text: str, dates: list[str]) -> None:
    assert found(text) == dates


@pytest.mark.parametrize("text, day", [
    ("turned 5 on the 30th, party was lovely", "30th"),
    ("he turns seven next Tuesday the 14th", "14th"),
    ("she'll be 9 on Friday the 3rd", "3rd"),
])
def test_an_age_reached_on_a_day_told_by_its_ordinal_is_a_birthday(text: str, day: str) -> None:
    from redaction.text.recognizers import UkPartialBirthdayRecognizer

    assert day in [text[s.start : s.end] for s in UkPartialBirthdayRecognizer().find(text)]


# An age reached on a day told by its ordinal alone: the day's words in a sentence's order ("turned 5 on the 30th",
# "last Friday the 3rd", "on Friday, the 14th", none at all), or one to four of on/next/this/the/a weekday in any
# order after "turns", "will (be)", "is going to (be)" ("next Friday on the 21st").
_AGE_ON_A_DAY = [
    # the sentence's order, and "turned", "last" or a comma after the weekday
    ("she turned 5 on the 30th, party was lovely", "30th"),
    ("he turned 8 last Friday the 3rd", "3rd"),
    ("Kai turned six on Friday, the 14th", "14th"),
    ("she'll be 9 on Friday, the 3rd", "3rd"),
    ("he will be 10 years old this Saturday, the 4th", "4th"),
    ("turned 7 years old on the 2nd", "2nd"),
    ("he turns 8 14th", "14th"),
    # the words in any order, and "is going to (be)", "will" with no "be"
    ("he turns 8 next Friday on the 21st", "21st"),
    ("Mia turns 4 the Saturday on the 9th", "9th"),
    ("she is going to be 10 on the 5th", "5th"),
    # (forms no one writes, kept by the merge; the pattern runs only where a cue is written: "birthday" here)
    ("birthday: he is going to 11 on the 5th", "5th"),
    ("birthday: Ali will 8 on the 3rd", "3rd"),
    ("birthday: he turns be 8 on the 3rd", "3rd"),
    # both
    ("he turns seven next Tuesday the 14th", "14th"),
    ("she’ll be 9 on Friday the 3rd", "3rd"),
    ("Grace will be ten on Saturday 4th.", "4th"),
    ("TURNS 12 ON THE 1ST", "1ST"),
    ("she will turn 9 on the 3rd", "3rd"),
    ("turning 7 the 22nd", "22nd"),
]
# Neither: not an age, not a day, a month after the day, or the day's words out of both orders.
_NO_AGE_ON_A_DAY = [
    ("he turned 3 pages on the 4th", "4th"),
    ("She returns 8 forms on the 3rd.", "3rd"),
    ("he turned 5 this on the 14th", "14th"),
    ("she turned 7 the Friday, 14th", "14th"),
    ("he turned 8 on next Friday on the 21st", "21st"),
    ("she turns 9 last last 3rd", "3rd"),
    ("he turns 8 on Friday, 14th of May", "14th"),
    ("she's going to be 10 on the 5th", "5th"),
    ("he turns 8 on the 14th of May", "14th"),
    ("turns 8 on the 32nd", "32nd"),
]


@pytest.mark.parametrize("text, day", _AGE_ON_A_DAY)
def test_an_ordinal_after_an_age_reached_is_the_day_alone(text: str, day: str) -> None:
    from redaction.text.recognizers import UkPartialBirthdayRecognizer

    assert day in [text[s.start : s.end] for s in UkPartialBirthdayRecognizer().find(text)]


@pytest.mark.parametrize("text, day", _NO_AGE_ON_A_DAY)
def test_an_ordinal_out_of_those_forms_is_no_day_alone(text: str, day: str) -> None:
    from redaction.text.recognizers import UkPartialBirthdayRecognizer

    assert day not in [text[s.start : s.end] for s in UkPartialBirthdayRecognizer().find(text)]


@pytest.mark.parametrize("text", ["he turned 3 pages on the 4th", "Turn to page 5 on the 2nd line"])
def test_a_turn_that_is_no_age_stays(text: str) -> None:
    from redaction.text.recognizers import UkPartialBirthdayRecognizer

    assert list(UkPartialBirthdayRecognizer().find(text)) == []
