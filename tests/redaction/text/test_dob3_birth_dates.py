"""The dob3 round's classes of birth dates (labels written with hyphens or underscores, Urdu/Arabic/Hindi labels in
Latin letters, a label whose colon ends its line, ISO dates with dots or spaces in a DOB column or after a cue, a
name and age with the date in brackets, partial birthdays with the day in words or an age reached on a day alone, a
month with a short year, a day or month written "??"), each beside dates that are not births and must stay. Read by
the detector without its model."""

from __future__ import annotations

import pytest

from redaction.text.dates import DATE_SPACED_REGEX, parse_date
from redaction.text.detector import Detector


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_model=False)


def _births(detector: Detector, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.detect(text) if s.type == "DATE_OF_BIRTH"]


def _covered(detector: Detector, text: str, surface: str) -> bool:
    start = text.index(surface)
    spans = _births(detector, text)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(surface)) if text[i].isalnum())


def _touched(detector: Detector, text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s < start + len(surface) and start < e for s, e in _births(detector, text))


FOUND = [
    # a label written with hyphens or underscores
    ("date-of-birth: 2012/03/04", "2012/03/04"),
    ("D-O-B 3/3/2013 and review 4/4/2025", "3/3/2013"),
    ("child_date_of_birth=2011-02-03;", "2011-02-03"),
    # Urdu, Arabic and Hindi/Punjabi labels in Latin letters
    ("tareekh-e-paidaish: 4/4/2014", "4/4/2014"),
    ("Naam: Yusra, tarikh al-milad 1/6/2015", "1/6/2015"),
    ("Janam tithi - 03/03/2013", "03/03/2013"),
    # a label's colon ending its line
    ("Dyddiad geni:\n3 Tachwedd 2014", "3 Tachwedd 2014"),
    ("Data urodzenia:\n12 marca 2014\nData spotkania: 3 marca 2025", "12 marca 2014"),
    # ISO dates with dots or spaces in a DOB column or after a cue
    ("Name,DOB,Class\nJo Smith,2013.04.05,4B", "2013.04.05"),
    ("Name          DOB           NHS no\nRuby Achter   2014.07.22    (see letter)", "2014.07.22"),
    ("Gimimo data: 2013 05 14", "2013 05 14"),
    # a name and age with the date in brackets
    ("Noah, 5 (12-02-2019), reception", "12-02-2019"),
    ("Siblings: Kian, 11 (03/03/2014) and Orla, 8 (20/7/2017)", "20/7/2017"),
    # partial birthdays: the day in words, an age reached on a day alone, a month with a short year
    ("Her birthday's the twenty-eighth of February.", "twenty-eighth of February"),
    ("his birthday is the third of May", "third of May"),
    ("Jayden turns 8 next Friday the 21st, so mum wants the meeting moved.", "21st"),
    ("Grace will be ten on Saturday 4th.", "4th"),
    ("born Aug '12, summer-born", "Aug '12"),
    # a day or month not known
    ("DOB ??/06/2012", "06/2012"),
    ("D.O.B. xx/03/2014 (mum not sure of the day)", "03/2014"),
    ("DOB 06/??/2015 - unsure", "06/??/2015"),
]

KEPT = [
    ("D-O-B 3/3/2013 and review 4/4/2025", "4/4/2025"),
    ("Data urodzenia:\n12 marca 2014\nData spotkania: 3 marca 2025", "3 marca 2025"),
    ("Version 2019.10.3 released on 2019.10.04", "2019.10.04"),
    ("The meeting will be on the 4th.", "4th"),
    ("It will be 3 weeks on the 14th since the referral.", "14th"),
    ("He turns 7 soon; the review is on the 21st.", "21st"),
    ("Review date: ??/06/2025 to be confirmed", "06/2025"),
    ("Registered Aug '19 with the GP", "Aug '19"),
    ("Tarikh: 3/3/2025 (date of the meeting)", "3/3/2025"),
    ("He was born in Leeds.\n12 Feb 2017 was the review.", "12 Feb 2017"),
    ("Noah, 5 (room 12), reception on 12-02-2025", "12-02-2025"),
]


@pytest.mark.parametrize(("text", "surface"), FOUND)
def test_a_birth_date_of_the_dob3_classes_is_found(detector: Detector, text: str, surface: str) -> None:
    assert _covered(detector, text, surface), (text, surface)


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_a_date_that_is_no_birth_stays(detector: Detector, text: str, surface: str) -> None:
    assert not _touched(detector, text, surface), (text, surface)


def test_an_iso_date_with_dots_or_spaces_is_a_date_after_a_cue_and_reads_as_its_day() -> None:
    import regex

    spaced = regex.compile(rf"(?:{DATE_SPACED_REGEX})")
    for written in ("2014.07.22", "2013 05 14"):
        assert spaced.fullmatch(written) is not None
        assert parse_date(written) is not None
    assert spaced.fullmatch("2014.07.220") is None


@pytest.mark.parametrize(("label", "another"), [
    ("Date", True), ("Date signed:", True), ("Signed", True), ("Review", True), ("Date of review", True),
    ("Date of birth", False), ("DOB", False), ("Lan Tran", False), ("Year 4", False),
])
def test_a_rows_own_label_before_a_date_says_whether_it_is_another_events(label: str, another: bool) -> None:
    from redaction.text.event_label import names_another_date

    assert names_another_date(label) is another


def test_a_headerless_row_whose_label_names_another_date_gives_no_birth(detector: Detector) -> None:
    assert _births(detector, "Signed  Lan Tran      Date  06/01/2026") == []
    text = "Kai Osei    17.07.2016    Y3\nMia Osei    02.02.2019    Rec"
    assert _covered(detector, text, "17.07.2016") and _covered(detector, text, "02.02.2019")


@pytest.mark.parametrize(("text", "surface", "found"), [
    ("Esta niña nació el 5 de mayo de 2014.", "5 de mayo de 2014", True),
    ("Ele nasceu em 19/04/2013 no Porto.", "19/04/2013", True),
    ("Fecha de nac.: 02/10/2015", "02/10/2015", True),
    ("Jonas gimė 2014-04-09.", "2014-04-09", True),
    ("Wuxuu dhashay 12/03/2014.", "12/03/2014", True),
    ("Nació en Madrid y llegó el 03/03/2020.", "03/03/2020", False),
])
def test_a_birth_told_by_a_verb_of_another_language(detector: Detector, text: str, surface: str, found: bool) -> None:
    assert (_covered(detector, text, surface) if found else not _touched(detector, text, surface)), (text, surface)


@pytest.mark.parametrize(("text", "surface", "found"), [
    # an aside between commas after the cue
    ("Ffion was born, eight weeks early and in an ambulance, on 22 Nov 2015.", "22 Nov 2015", True),
    ("His date of birth, which the school has wrong, is 15/02/2013.", "15/02/2013", True),
    ("He was born, his mum said at the meeting, on 12/03/2015.", "12/03/2015", False),
    ("She was born in Leeds, and the family moved to York, on 12/03/2019.", "12/03/2019", False),
    # an age held since a day; a feast that names the day
    ("Rafferty, aged 10 since 14 January", "14 January", True),
    ("She has been 7 since 3rd May.", "3rd May", True),
    ("It has been 10 years since 14 January 2015.", "14 January 2015", False),
    ("He has been at the school since 3 May.", "3 May", False),
    ("Born on Christmas Eve 2012, Alfie is the eldest.", "Christmas Eve 2012", True),
    ("His birthday is Boxing Day.", "Boxing Day", True),
    ("The party is on Christmas Eve.", "Christmas Eve", False),
])
def test_asides_ages_since_and_feasts(detector: Detector, text: str, surface: str, found: bool) -> None:
    assert (_covered(detector, text, surface) if found else not _touched(detector, text, surface)), (text, surface)
