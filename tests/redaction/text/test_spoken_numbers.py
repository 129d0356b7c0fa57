"""Numbers read aloud and numbers misread by OCR (redaction/text/recognizers/spoken_numbers.py)."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import identifier_recognizers
from redaction.text.recognizers.spoken_numbers import OcrNumberRecognizer, SpokenNumberRecognizer, spoken_digits


def found(recognizer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(text[s.start : s.end], s.type) for s in recognizer.find(text)]


def test_spoken_digits_say_what_they_say() -> None:
    assert spoken_digits("oh seven seven double oh nine hundred three one two") == "07700900312"
    assert spoken_digits("triple two, one") == "2221"
    assert spoken_digits("one two") == "12"  # "one" is never "o" + "ne"


@pytest.mark.parametrize(
    ("text", "number"),
    [("call me back on oh seven seven zero zero nine double-oh one one three thanks",
      "oh seven seven zero zero nine double-oh one one three"),
     ("Mine's oh seven seven double oh, nine hunner, two four six. Or the hoose phone",
      "oh seven seven double oh, nine hunner, two four six"),
     ("could you call me back on oh one four eight two six one three... sorry, 01482 613 770",
      "oh one four eight two six one three"),
     ("it's oh one nine one, four nine six, oh three two two. Sorry", "oh one nine one, four nine six, oh three two two"),
     ("its a portuguese mobile, plus three five one, nine one two, four four seven, eight zero three",
      "plus three five one, nine one two, four four seven, eight zero three")],
)
def test_a_phone_number_read_aloud_is_found(text: str, number: str) -> None:
    assert (number, "PHONE") in found(SpokenNumberRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "postcode"),
    [("Nine Pitkerro Drive, Dundee, D D four, eight J F. Ma name's on the door", "D D four, eight J F"),
     ("Postcode: S W 1 A 2 A A", "S W 1 A 2 A A")],
)
def test_a_postcode_spelt_out_is_found(text: str, postcode: str) -> None:
    assert found(SpokenNumberRecognizer(), text) == [(postcode, "POSTCODE")]


@pytest.mark.parametrize(
    "text",
    ["He counted 1 2 3 4 5 6 7 8 9 10 with support.", "Oh no, one two three four five six seven, oh well",
     "one, two, three, four, five, six, seven, eight, nine, ten", "At one o clock two of the three",
     "Year 6 SATs; one two three go", "Plan A B C D E for the week", "Grades: A A B 4 5 6"],
)
def test_counting_aloud_and_letters_stay(text: str) -> None:
    assert found(SpokenNumberRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [("Te1: O151 496 O2l8     Emai1", "O151 496 O2l8", "PHONE"),
     ("Tel: O77OO 9OO 562", "O77OO 9OO 562", "PHONE"),
     ("Home: 0l6l 496 0733", "0l6l 496 0733", "PHONE"),
     ("NHS N0: 46l4 767 62l\n", "46l4 767 62l", "NHS_NUMBER"),
     ("Liverpoo1\nL9 lEP\n\nDear", "L9 lEP", "POSTCODE"),
     ("postcode B1O 0AE (OCR)", "B1O 0AE", "POSTCODE")],
)
def test_a_number_with_ocr_letters_for_digits_is_found(text: str, number: str, kind: str) -> None:
    assert found(OcrNumberRecognizer(), text) == [(number, kind)]


@pytest.mark.parametrize(
    "text",
    ["Room 1O1 page l2 at 1O:3O", "Ward lO, bed l2, 1I:OO", "D0B: O3/O5/2Ol5", "Tel: 0151 496 0218",
     "I lOl'd at the 2O2O olympics"],
)
def test_ocr_reading_finds_nothing_where_no_number_is_misread(text: str) -> None:
    assert found(OcrNumberRecognizer(), text) == []


def test_both_run_in_the_detector() -> None:
    kinds = {type(r) for r in identifier_recognizers()}
    assert {SpokenNumberRecognizer, OcrNumberRecognizer} <= kinds


def test_the_detector_keeps_the_word_after_a_spelt_out_postcode() -> None:
    from redaction.text import TextRedactor

    text = "[00:04:07] SM: Nine Pitkerro Drive, Dundee, D D four, eight J F. Ma name's on the door."
    spans = {text[s.start : s.end] for s in TextRedactor().detect(text)}
    assert "D D four, eight J F" in spans and "Ma" not in spans
