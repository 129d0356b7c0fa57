"""Surnames from the census list beside a title or a given name; the same words where nothing makes them one."""

from __future__ import annotations

import gzip

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import SurnameRecognizer, identifier_recognizers
from redaction.text.surnames import DATA, is_surname, surnames

RECOGNIZER = SurnameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, name", [
    ("The teacher, Mrs Ward, said she had improved.", "Mrs Ward"),
    ("Mr Best rang about the transport.", "Mr Best"),
    ("ATTENDING: MRS HALL (CLASS TEACHER)", "MRS HALL"),
    ("Dear Ms Brown-Smith,", "Ms Brown-Smith"),
    ("Present were Tyler Best and his aunt.", "Tyler Best"),
    ("Please copy in Simon Green.", "Simon Green"),
    ("Fatima Khan will chair.", "Fatima Khan"),
    ("The review was led by Dr Patel.", "Dr Patel"),
    ("Letter to Hall, Jasmine re transport", "Hall, Jasmine"),
    ("The list had Hughes, Tomasz and Price, Amelia on it.", "Price, Amelia"),
    ("dear mrs ward, thanks for the forms", "ward"),
    ("mr okafor rang back", "okafor"),
    ("aleksandra kowalczyk is here now", "aleksandra kowalczyk"),
])
def test_surnames_beside_a_cue_are_found(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "The office is on Victoria Street.",
    "The disco is in Grace Hall.",          # a given name that is also a word opens a building's name
    "Will Best be enough?",
    "Turn left at 12 Mill Dr Ward entrance.",
    "Mr Chairman, may I speak?",
    "We met at Chelsea Harbour.",
    "Take Jordan Hill Road to the end.",
    "Pupil Premium funding",
    "Head Teacher report",
    "Ahmed Will Attend The Review",          # title case gives verbs a capital
    "Kemal Said He Was Late",
    "Thanks, Tyler",
    "Finally, Ahmed was absent.",
    "Best, Tyler",                            # a sign-off
    "Hope, Faith and Charity",
    "In Bristol, Jasmine met us.",
    "Kent, Tyler and Sussex",
    "can you do it in ms word",               # lower case: Microsoft's product
    "i miss ward rounds",                     # lower-case "miss" is the verb
    "shannon best rang",                      # a dictionary word after a lower-case given name: no cue enough
    "kemal said he was late",
])
def test_other_readings_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, name", [
    ("The teacher, Mrs Ward, said she had improved.", "Mrs Ward"),
    ("Met Tyler Best and Shannon Best in the hall.", "Shannon Best"),
])
def test_the_detector_keeps_an_english_word_surname_whole(text: str, name: str) -> None:
    detector = Detector(load_model=False)
    assert name in [text[s.start : s.end] for s in detector.detect(text)]


def test_the_list_holds_census_surnames_case_folded() -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        lines = [line.rstrip("\n") for line in handle]
    assert lines == sorted(set(lines)) and len(surnames()) > 80_000
    assert is_surname("Kowalczyk") and is_surname("NGUYEN") and is_surname("ward") and not is_surname("Table")


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, SurnameRecognizer) for r in identifier_recognizers())


# --- genperson: a family named by its surname in the plural ---
@pytest.mark.parametrize("text, family", [
    ("The Okonkwos are moving to Leeds.", "Okonkwos"),
    ("Ask the Johanssons about it.", "Johanssons"),
    ("We had dinner with the Nguyens' friends.", "Nguyens"),
])
def test_a_family_in_the_plural(text: str, family: str) -> None:
    assert family in _found(text)


@pytest.mark.parametrize("text", [
    "The Americans and the Alps, the Beatles and the Simpsons, the Hebrides, the Midlands, the Olympics.",
    "The Andes. The Philippines. The Maldives. The Netherlands. The Seychelles.",
    "The Rolling Stones, the Kinks, the Eagles. The Romans and the Normans. The Tudors. The Vikings.",
])
def test_plurals_that_are_no_family(text: str) -> None:
    found = _found(text)
    assert not any(w.endswith("s") and w[:1].isupper() and " " not in w for w in found), found
