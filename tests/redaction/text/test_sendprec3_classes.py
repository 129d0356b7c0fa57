"""The sendprec3 classes of look-alikes: pets and toys (``redaction.text.pets_and_toys``), characters and public
figures known by their company (``redaction.text.character_company``), places of a trip or an event
(``redaction.text.trip_places``), everyday things named after people and places
(``redaction.text.everyday_eponyms``) and lists of job titles read as one name (``redaction.text.role_lists``): rows that must stay, and rows with the same shapes that must still be found.

The rows are written for these tests; none is taken from a measuring or held-back set, nor from
``benchmarks/sendprec3_rows``."""

from __future__ import annotations

import pytest
from row_checks import found, touched

from redaction.spans import Span
from redaction.text.character_company import why_character_by_company
from redaction.text.detector import Detector
from redaction.text.everyday_eponyms import why_everyday_eponym
from redaction.text.pets_and_toys import why_pet_or_toy
from redaction.text.trip_places import why_trip_place


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _spans(detector: Detector, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.detect(text)]


def _touched(detector: Detector, text: str, word: str) -> bool:
    return touched(_spans(detector, text), text, word)


def _found(detector: Detector, text: str, word: str) -> bool:
    return found(_spans(detector, text), text, word)


def _candidate(text: str, surface: str, kind: str = "PERSON") -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), kind, 0.85, "model")


STAY = [
    # pets and toys
    ("Our dog Bella and the cat Milo are very important to Zak.", "Bella"),
    ("Our dog Bella and the cat Milo are very important to Zak.", "Milo"),
    ("Her teddy Mr Snuggles goes everywhere.", "Snuggles"),
    ("The class guinea pigs Pepper and Salt calm him down.", "Salt"),
    ("Sam's rabbit Flopsy had babies.", "Flopsy"),
    ("We have a cat called Tigger who sleeps on Owen's bed.", "Tigger"),
    # characters and figures by their company
    ("Her favourite is Peppa Pig and George; she also loves Bluey.", "George"),
    ("Favourite characters: Spider-Man, Elsa and Buzz Lightyear.", "Elsa"),
    ("He plays as Mario and Luigi on the Switch.", "Luigi"),
    ("She dressed as Matilda for World Book Day.", "Matilda"),
    ("Enjoys Roald Dahl, David Walliams and Horrid Henry.", "David Walliams"),
    # places of a trip or an event
    ("On holiday in Cornwall we visited Newquay and Padstow; the SENCo says school can wait.", "Newquay"),
    ("On holiday in Cornwall we visited Newquay and Padstow; the SENCo says school can wait.", "Padstow"),
    ("The SEND conference in Harrogate was great, said the SENCo.", "Harrogate"),
    ("The school had a day trip to Scarborough; the EHCP allows a TA.", "Scarborough"),
    # everyday things named after people and places
    ("St David's Day, St Patrick's Day and Burns Night are on the school calendar.", "David"),
    ("St David's Day, St Patrick's Day and Burns Night are on the school calendar.", "Burns"),
    ("Christmas Eve and Boxing Day are the hardest days for Nathaniel.", "Eve"),
    ("Safe foods: Yorkshire pudding, Cheddar cheese and Bakewell tart. No Brussels sprouts.", "Cheddar"),
    ("He will only wear his Wellington boots to school.", "Wellington"),
    ("Valentine's Day disco is on Friday.", "Valentine"),
    ("This is a reminder that Luna (cat, 4 yrs) is booked in.", "Luna"),
    # lists of job titles
    ("The Independent Reviewing Officer and Virtual School Head were invited; Ms Kaur chaired.", "Virtual School"),
    ("Children's Community Nurse, Health Visitor and School Nurse all attend the TAF.", "Health Visitor and School"),
]

FOUND = [
    ("Our dog walker Sarah Jones has a key.", "Sarah Jones"),
    ("The dog bit Tom on the hand.", "Tom"),
    ("Her brother Jack and the cat sleep in the same room.", "Jack"),
    ("Alfie and Joe Wicks did PE together.", "Alfie"),
    ("Our cat Tigger is 12; our son Harry is 9.", "Harry"),
    ("Sam's rabbit Flopsy and Sam's sister Eve came.", "Eve"),
    ("We went on holiday last year but we live in Whitby now.", "Whitby"),
    ("Family moved to Hull after a holiday in Wales.", "Hull"),
    ("She visited her dad in Doncaster at the weekend.", "Doncaster"),
    ("Half term at Nan's in Grimsby.", "Grimsby"),
    ("He goes to Oakfield School in Wigan.", "Wigan"),
    ("Sarah Day came to the review.", "Sarah Day"),
    ("The Reviewing Officer and Jane Wood Head of Year met.", "Jane Wood"),
    ("My big brother Yahya, my cat Biscuit, my blue water bottle.", "Yahya"),
    ("Ella's Day Centre sessions on Monday. Eve Walsh attended.", "Eve Walsh"),
]


@pytest.mark.parametrize(("text", "word"), STAY)
def test_look_alike_stays(detector: Detector, text: str, word: str) -> None:
    assert not _touched(detector, text, word), (text, word, _spans(detector, text))


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_identifier_still_found(detector: Detector, text: str, word: str) -> None:
    assert _found(detector, text, word), (text, word, _spans(detector, text))


def test_reasons_name_the_class() -> None:
    text = "Our dog Biscuit sleeps on his bed."
    assert "animal or a toy" in (why_pet_or_toy(text, _candidate(text, "Biscuit")) or "")
    text = "Bramble (the therapy dog) visits on Wednesdays."
    assert "apposition" in (why_pet_or_toy(text, _candidate(text, "Bramble")) or "")
    text = "He loves Sir David Attenborough."
    assert "honour" in (why_character_by_company(text, _candidate(text, "Sir David Attenborough")) or "")
    text = "Watching Paw Patrol's Chase every morning."
    assert "franchise" in (why_character_by_company(text, _candidate(text, "Chase")) or "")
    text = "Chase from Paw Patrol is his hero."
    assert "franchise" in (why_character_by_company(text, _candidate(text, "Chase")) or "")
    text = "Her nan lives in Birmingham; the SEND conference was in Birmingham too, said the SENCo."
    assert why_trip_place(text, _candidate(text, "Birmingham", "LOCATION")) is None  # where nan lives
    text = "The match in Manchester was cancelled."
    assert why_trip_place(text, _candidate(text, "Manchester", "LOCATION")) is None  # no case text: general writing
    text = "The NASEN conference in Birmingham was useful for the SENCo and the EHCP team."
    assert "trip or an event" in (why_trip_place(text, _candidate(text, "Birmingham", "LOCATION")) or "")


def test_everyday_reasons() -> None:
    text = "A Chelsea bun every day."
    assert "food" in (why_everyday_eponym(text, _candidate(text, "Chelsea", "LOCATION")) or "")
    text = "Mrs Chelsea bun-fight aside."
    assert why_everyday_eponym(text, _candidate(text, "Chelsea")) is None  # a title: a person
