"""The dobloc round's mechanisms, end to end through the detector: settings by their short names (a Welsh "Coleg",
a name before its kind alone in lower case, a name closed by its church status, a setting told by its apposition,
after a boarder's or a student's cue, a saint's "Our Lady", the academy on a street, a name a scan misread), places (a named housing estate of dictionary words, where a family is "up at"
or "originally from", a town a scan misread), and dates of birth (an ISO date with an export's timestamp, a "b." column, a chat's short
weekday, "he's 5 on", "Ellis is 6 (27.04.19)"); beside each, the look-alikes that stay."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor

REDACTOR = TextRedactor()


def _typed(text: str) -> set[tuple[str, str]]:
    return {(text[s.start : s.end], s.type) for s in REDACTOR.detect(text)}


def _touched(text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s.start < start + len(surface) and start < s.end for s in REDACTOR.detect(text))


@pytest.mark.parametrize("text, found", [
    ("Consultation sent to Coleg Cambria and Coleg Gwent.", "Coleg Gwent"),
    ("Transition from Ysgol Y Bont to college.", "Ysgol Y Bont"),
    ("She goes to Little Ladybirds nursery on Mondays.", "Little Ladybirds nursery"),
    ("He was at Kingsmead infants before.", "Kingsmead infants"),
    ("Both go to Westfield primary.", "Westfield primary"),
    ("Sunnyside Playgroup said he can start.", "Sunnyside Playgroup"),
    ("Moving him from St Aidan's CofE to Heathfield Community School.", "St Aidan's CofE"),
    ("Current placement Our Lady of Lourdes RC, named placement sought.", "Our Lady of Lourdes RC"),
    ("she's at Meadowbank (the special school) now", "Meadowbank"),
    ("The Compass Centre (KS3 PRU) holds his records.", "Compass Centre"),
    ("The tribunal named Cotswold Chine as the school.", "Cotswold Chine"),
    ("He is a weekly boarder at Hillside Grange in Cheshire.", "Hillside Grange"),
    ("he was excluded from st josephs twice last year", "st josephs"),
    ("He attends Our Lady of Lourdes Primary and Our Lady's.", "Our Lady of Lourdes Primary"),
    ("He attends Our Lady of Lourdes Primary and Our Lady's.", "Our Lady's"),
    ("She goes to the Academy on Burn Lane, the SENCo there is brilliant.", "the Academy on Burn Lane"),
    ("Schoo1:  Lionwood Juni0r   Year 3", "Lionwood Juni0r"),
    ("and his schoo1,\n0ur Lady 0f Walsingham Cath0lic Primary, we have decided", "0ur Lady 0f Walsingham Cath0lic Primary"),
])
def test_a_setting_by_its_short_name_is_a_school(text: str, found: str) -> None:
    assert (found, "SCHOOL") in _typed(text)


@pytest.mark.parametrize("text, kept", [
    ("We want a Welsh primary or a Catholic primary.", "Welsh primary"),
    ("Leeds primary settings are consulted, or a Leeds primary.", "Leeds primary"),
    ("He went to his Monday nursery.", "Monday nursery"),
    ("We looked at the SEN nursery.", "SEN nursery"),
    ("Mrs Jones, the school nurse, came.", "the school nurse"),
    ("Ofsted (the school inspectorate) visited.", "Ofsted"),
    ("Sarah, a special school teacher, called.", "special school"),
    ("Room 101, page 10, B1 level, A0 paper, Y10 group, H1N1, 0ld notes.", "A0 paper"),
])
def test_a_kind_of_setting_names_none(text: str, kept: str) -> None:
    assert not any(surface == kept or kept in surface and kind == "SCHOOL" for surface, kind in _typed(text))


@pytest.mark.parametrize("text, found", [
    ("Older brother lives on the Ferrier estate with his girlfriend.", "Ferrier"),
    ("They live on the Orchard estate in Hull.", "Orchard"),
    ("We're up at Drumchapel now", "Drumchapel"),
    ("Dad is originally from Sylhet.", "Sylhet"),
    ("his dad (not in c0ntact, 1ives in Lowest0ft). sch00l have put him on SEN supp0rt", "Lowest0ft"),
])
def test_where_a_family_lives_is_a_place(text: str, found: str) -> None:
    assert (found, "LOCATION") in _typed(text)


@pytest.mark.parametrize("text, kept", [
    ("We live on the council estate near the Industrial Estate.", "Industrial"),
    ("The Health estate is old. We sold the Farm estate.", "Health"),
    ("Call Foxtons on the Hill estate agents.", "Hill"),
    ("We're from the Council and they came from School.", "Council"),
])
def test_a_kind_of_estate_or_a_body_is_no_place(text: str, kept: str) -> None:
    assert not _touched(text, kept)


@pytest.mark.parametrize("text, found", [
    ("Born 2014-11-30T00:00:00 per the import; record edited 2025-03-04T09:12:00", "2014-11-30"),
    ("DOB 2013-04-05T00:00:00Z", "2013-04-05"),
    ("Name | b. | Review\nEllis Ward | 03.06.2014 | 04.04.2025", "03.06.2014"),
    ("she'll be 9 on sat 12th, party at the trampoline park", "12th"),
    ("hes 5 on sunday the 9th!! cant believe it", "9th"),
    ("She's 9 on 3 May so we'll celebrate.", "3 May"),
    ("Ellis is 6 (27.04.19) and has a diagnosis of ASD.", "27.04.19"),
])
def test_a_birth_date_is_found(text: str, found: str) -> None:
    assert (found, "DATE_OF_BIRTH") in _typed(text)


@pytest.mark.parametrize("text, kept", [
    ("Name | b. | Review\nEllis Ward | 03.06.2014 | 04.04.2025", "04.04.2025"),
    ("Born 2014-11-30T00:00:00 per the import; record edited 2025-03-04T09:12:00", "2025-03-04"),
    ("The meeting is on sat 12th. We meet on Wed 4th.", "12th"),
    ("He's 5 on the bus every day. He's 12 on Tuesday's list.", "12"),
    ("The score is 6 (27.04.19). Room is 4 (12/03/2024).", "12/03/2024"),
])
def test_other_dates_stay(text: str, kept: str) -> None:
    assert not _touched(text, kept)


def test_a_misread_surname_is_no_place() -> None:
    text = "Parent/carer:  Stacey 0'Su1livan   Te1:  07700 9OO 731"
    assert ("Stacey 0'Su1livan", "PERSON") in _typed(text)


def test_a_misread_word_in_lower_case_is_no_school() -> None:
    text = "0lder brother's co11ege ULN:  485O57441   (City C0llege N0rwich)"
    assert not _touched(text, "brother's")
    assert ("City C0llege", "SCHOOL") in _typed(text)
