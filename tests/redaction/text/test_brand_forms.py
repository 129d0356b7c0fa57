"""Brands and products told by their name's form (``redaction.text.brand_forms``): rows that must stay, and people
of the same shapes that must still be found. Rows written for these tests, from no set."""

from __future__ import annotations

import pytest

from redaction.text.brand_forms import why_brand_form
from redaction.text.detector import Detector
from tests.row_checks import candidate, found, touched


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _spans(detector: Detector, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.detect(text)]


STAY = [
    # coined words: two dictionary words run together, no list of names holds them
    ("We switched our broadband to Fibrelink last spring.", "Fibrelink"),
    ("Order the team kit from Kitlocker before Friday.", "Kitlocker"),
    ("The release notes for Quillmark are on the wiki.", "Quillmark"),
    ("I sold the sofa to Cornerswap in a day. Cornerswap paid me quickly.", "Cornerswap"),
    # a product's or a plan's name with its code of capitals
    ("Vaccination (Felivax RCP) is due in May.", "Felivax RCP"),
    ("The roof was done with Stormshield HDZ tiles.", "Stormshield HDZ"),
    ("Cover: Brightsmile Dental PPO, member since 2019", "Brightsmile Dental PPO"),
]

FOUND = [
    # compound surnames are in the gazetteer
    ("Thanks to Littlewood for the minutes.", "Littlewood"),
    ("Fairweather will chair the next meeting.", "Fairweather"),
    # a coined-looking surname after a title, or paired with a name
    ("Sandbrook wants the keys back, Mr Sandbrook said.", "Sandbrook"),
    ("Thanks to Sandbrook and Ashworth for the cake.", "Sandbrook"),
    # letters after a name are post-nominals, no code
    ("Signed: Adaeze Okafor MBE and Dr Priya Rao FRCP", "Adaeze Okafor"),
    ("Signed: Adaeze Okafor MBE and Dr Priya Rao FRCP", "Priya Rao"),
    # surnames shaped as English place-names end as they do, whatever two words they split into
    ("Surname | Forename | DOB\nFeatherby | Tanisha | 10-Jan-2011", "Featherby"),
    ("the sessions with Mr\nKettleborough have helped", "Kettleborough"),
    # a family by its surname in the plural is the name's, not a coined word ("Hender" + "sons")
    ("Mrs Rhian Henderson rang. Case closing - the Hendersons have moved.", "Hendersons"),
    # capitals after two spaces and before a colon are the next field's label, no product's code
    ("Child's name: hollie-mae abiodun-cole\u00a0\u00a0 DOB: 11-Feb-08", "hollie-mae abiodun-cole"),
]


@pytest.mark.parametrize(("text", "word"), STAY)
def test_brand_stays(detector: Detector, text: str, word: str) -> None:
    assert not touched(_spans(detector, text), text, word), (text, word, _spans(detector, text))


@pytest.mark.parametrize(("text", "word"), FOUND)
def test_person_still_found(detector: Detector, text: str, word: str) -> None:
    assert found(_spans(detector, text), text, word), (text, word, _spans(detector, text))


def test_reasons_name_the_class() -> None:
    text = "We switched to Fibrelink."
    assert "coined" in (why_brand_form(text, candidate(text, "Fibrelink", "PERSON", 0.85, "model")) or "")
    text = "Insurance: Brightsmile Dental PPO"
    assert "code" in (why_brand_form(text, candidate(text, "Brightsmile Dental", "PERSON", 0.85, "model")) or "")
    # a name's own words: no brand, whatever follows
    text = "Tunde Bakare OBE and Kemi Adeyemi RGN"
    assert why_brand_form(text, candidate(text, "Tunde Bakare", "PERSON", 0.85, "model")) is None
    text = "Ask Ngozi Eze CEO"
    assert why_brand_form(text, candidate(text, "Ngozi Eze", "PERSON", 0.85, "model")) is None
    # after a title a person stands
    text = "Dr Fibrelink"
    assert why_brand_form(text, candidate(text, "Fibrelink", "PERSON", 0.85, "model")) is None
    # only people's candidates are read
    text = "We switched to Fibrelink."
    assert why_brand_form(text, candidate(text, "Fibrelink", "LOCATION", 0.85, "model")) is None
