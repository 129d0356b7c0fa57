"""Place names from the gazetteer: found in prose, left where the text shows another reading."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import PlaceNameRecognizer, identifier_recognizers

RECOGNIZER = PlaceNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, place", [
    ("Her nan lives in Ullapool and rings on Sundays.", "Ullapool"),
    ("She attended a primary school near Tuam before the move.", "Tuam"),
    ("He was born in Sanandaj.", "Sanandaj"),
    ("The library at Stamford Hill is closer.", "Stamford Hill"),
    ("They moved up to Newcastle upon Tyne.", "Newcastle upon Tyne"),
    ("I was born in Guadalajara but grew up in San Antonio, Texas.", "San Antonio"),
    ("I was born in Guadalajara but grew up in San Antonio, Texas.", "Texas"),
    ("She commutes from Reading to Slough every day.", "Reading"),
    ("She commutes from Reading to Slough every day.", "Slough"),
    ("We spent the summer in Bath.", "Bath"),
    ("Have you ever been to Nice?", "Nice"),
    ("The office is in Reading, Berkshire.", "Reading"),
    ("He moved from Kraków to Leeds in 2015.", "Kraków"),
    ("They live in Krakow now.", "Krakow"),
    ("Our cousins are in Perth, Western Australia.", "Western Australia"),
    ("Walk along the brook at Amlwch with him.", "Amlwch"),
    ("The flat is on Stratford Road, above the shop.", "Stratford Road"),
    ("The new store opens in Scottsdale, Arizona next month.", "Scottsdale"),
    ("Springfield, IL is where she grew up.", "Springfield"),
    ("We moved to the Netherlands last year.", "Netherlands"),
])
def test_places_are_found(text: str, place: str) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text, word", [
    ("Reading is my favourite hobby.", "Reading"),
    ("March is my favourite month.", "March"),
    ("We meet in March and in May.", "March"),
    ("Nice work on the report, everyone.", "Nice"),
    ("She ate an Orange at lunch.", "Orange"),
    ("The Victoria line was closed, so we took the bus.", "Victoria"),
    ("A letter from Bristol City Council arrived.", "Bristol"),
    ("Leeds Teaching Hospitals replied on Monday.", "Leeds"),
    ("Tom Chester said he would come.", "Chester"),
    ("Please ask Mr Preston.", "Preston"),
    ("Signed: R. Atherton", "Atherton"),
    ("The complaint from L. Oliveira dos Santos was upheld.", "Santos"),
    ("Kate Ellwood, Personal Budgets Officer, Shropshire Council", "Officer"),
    ("The Roma community centre runs a homework club.", "Roma"),
    ("Hope you are well.", "Hope"),
    ("the family moved to leeds", "leeds"),
    ("CARN BREA LEARNING CENTRE", "CARN BREA"),
])
def test_ordinary_readings_stay(text: str, word: str) -> None:
    assert not any(word in found for found in _found(text))


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, PlaceNameRecognizer) for r in identifier_recognizers())


# Towns the gazetteer does not hold, by their build and a place cue.
@pytest.mark.parametrize("text, place", [
    ("HR note: transferred from the Lorimouth office to Leeds.", "Lorimouth"),
    ("Just moved to New Allenside. New number soon.", "New Allenside"),
    ("flying from Watsonchester to South Dawn on Friday", "Watsonchester"),
    ("flying from Watsonchester to South Dawn on Friday", "South Dawn"),
    ("Referral: Ann, age 7, lives in Bidhannagar. Mother", "Bidhannagar"),
    ("I'm in Jehanabad until Monday", "Jehanabad"),
    ("We passed it to Kerry in our Bonifaceburn branch.", "Bonifaceburn"),
    ("Booking confirmed: 3 nights in Tristan Ville, check-in", "Tristan Ville"),
])
def test_towns_built_like_places_are_found_after_a_cue(text: str, place: str) -> None:
    assert place in _found(text)


@pytest.mark.parametrize("text", [
    "Reading is fun.",
    "Mr Hampton called about the forms.",
    "We were lost in Wonderland today.",
    "He played in Outfield again.",
    "Watsonchester said hello.",  # no cue
    "Looking forward to New Year.",
])
def test_words_built_like_places_without_a_cue_or_that_are_words_stay(text: str) -> None:
    assert _found(text) == []


def test_an_office_or_branch_after_the_place_is_in_the_place() -> None:
    from redaction.text.detector import Detector

    detector = Detector(load_model=False)
    for text, place in (("The Leeds office will close.", "Leeds"), ("We moved to our Bath branch.", "Bath")):
        assert place in [text[s.start : s.end] for s in detector.detect(text) if s.type == "LOCATION"]
    for text in ("Nice office you have.", "The Victoria line was closed."):
        assert not [s for s in detector.detect(text) if s.type == "LOCATION"]
