"""A brand, a performer or a work before the kind of thing it names is no person
(:mod:`redaction.text.kind_after`); a person before such a word, where the text shows one, still is."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.detector import Detector
from redaction.text.kind_after import why_kind_after


def _why(text: str, surface: str) -> str | None:
    start = text.index(surface)
    return why_kind_after(text, Span(start, start + len(surface), "PERSON", 0.85, "model"))


@pytest.mark.parametrize("text, surface", [
    ("Bought the Ninja air fryer on Black Friday.", "Ninja"),
    ("Re: Warranty claim for Bosch washing machine", "Bosch"),
    ("Attended the Ed Sheeran concert at Wembley.", "Ed Sheeran"),
    ("The Jamie Oliver recipe for carbonara is easy.", "Jamie"),
    ("The Jamie Oliver recipe for carbonara is easy.", "Oliver"),
    ("My Fitbit watch stopped syncing.", "Fitbit"),
    ("The Vodafone rep hung up on me.", "Vodafone"),
])
def test_brand_before_its_kind(text: str, surface: str) -> None:
    assert _why(text, surface) is not None


@pytest.mark.parametrize("text, surface", [
    ("Priya's laptop is in the car.", "Priya"),
    ("The Smith family moved in next door.", "Smith"),
    ("Can Tom phone me back?", "Tom"),
    ("Mr Bosch tickets are at the desk.", "Bosch"),
    ("Ask Deshawn, he fixed the printer.", "Deshawn"),
    ("I gave the book to Anjali\nphone: 0412 555 318", "Anjali"),
])
def test_person_stays(text: str, surface: str) -> None:
    assert _why(text, surface) is None


def test_detector_keeps_the_brand_and_finds_the_person() -> None:
    text = "Marisol said the Ninja air fryer from Costco is great."
    spans = Detector().detect(text)
    marisol = text.index("Marisol")
    ninja = text.index("Ninja")
    assert any(s.type == "PERSON" and s.start <= marisol < s.end for s in spans)
    assert not any(s.start < ninja + 5 and ninja < s.end for s in spans)


@pytest.mark.parametrize("text, surface, kind", [
    ("Storm Eunice knocked our fence down.", "Storm Eunice", "PERSON"),
    ("Storm Eunice knocked our fence down.", "Eunice", "PERSON"),
    ("Hurricane Milton weakened before landfall.", "Milton", "LOCATION"),
    ("Cyclone Gabrielle hit the coast.", "Gabrielle", "PERSON"),
])
def test_storm_after_its_kind(text: str, surface: str, kind: str) -> None:
    start = text.index(surface)
    assert why_kind_after(text, Span(start, start + len(surface), kind, 0.85, "model")) is not None


def test_people_and_cars() -> None:
    detector = Detector()
    text = "Eunice Okafor sold her Honda Civic to Milton."
    spans = detector.detect(text)
    assert any(s.type == "PERSON" and text[s.start : s.end] == "Eunice Okafor" for s in spans)
    honda = text.index("Honda")
    assert not any(s.start < honda + 11 and honda < s.end for s in spans)


@pytest.mark.parametrize("text, brand", [
    ("Switched from Vodafone to Telstra last year.", "Telstra"),
    ("Bunnings had the timber we needed.", "Bunnings"),
    ("Sponsored by Heineken and Nando's", "Heineken"),
    ("Ordered it on Flipkart, came in two days.", "Flipkart"),
])
def test_brands_of_the_english_speaking_world_are_no_one(text: str, brand: str) -> None:
    spans = Detector().detect(text)
    start = text.index(brand)
    assert not any(s.start < start + len(brand) and start < s.end for s in spans)


@pytest.mark.parametrize("text, surface", [
    ("The ALESANA TUILAGI account is overdue.", "ALESANA TUILAGI"),
    ("The Tuilagi account is overdue.", "Tuilagi"),
    ("Is the Okafor parcel still at the depot?", "Okafor"),
    ("The Nguyen tickets are at the box office.", "Nguyen"),
])
def test_what_a_person_holds_is_no_kind(text: str, surface: str) -> None:
    assert _why(text, surface) is None


@pytest.mark.parametrize("text, surface", [
    ("| 5 | Storm Wardle | home educated |", "Storm Wardle"),
    ("Storm and Faith both have children out of school.", "Storm"),
    ("Storm Reid and her mum arrived.", "Storm Reid"),
])
def test_storm_the_given_name_stays_a_name(text: str, surface: str) -> None:
    assert _why(text, surface) is None
