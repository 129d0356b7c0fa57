"""Numbers written as another country writes them at home: read in the country their sentence names."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import AnyCountryPhoneRecognizer, UkNhsNumberRecognizer
from redaction.text.recognizers.phone_countries import countries_near

RECOGNIZER = AnyCountryPhoneRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, number", [
    ("Her sister in Argentina is on 011 2345-6789 in the evenings.", "011 2345-6789"),
    ("The surgery in Vienna answers on 01 234567890.", "01 234567890"),
    ("My uncle in Kuala Lumpur: 012-345 6789", "012-345 6789"),
    ("Grandad lives in Hanoi, 091 234 56 78 is his mobile.", "091 234 56 78"),
    ("his Kenyan number 0712 123456", "0712 123456"),
    ("Call the Toronto office at (416) 555-0175.", "(416) 555-0175"),
    ("Fax: 212.555.0143", "212.555.0143"),
    ("Toll-free: 1-800-555-0177", "1-800-555-0177"),
])
def test_numbers_beside_a_country_or_a_cue_are_found(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize("text", [
    "Berlin has 3 645 000 people.",
    "In 2019 Leeds had 793 139 residents.",
    "The trip from Lagos took 12 hours in 2023 and 2024.",
    "Born 14.03.2015 in Krakow.",
    "Poland scored 2-1 on 12.06.2024.",
])
def test_counts_dates_and_scores_beside_a_country_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, regions", [
    ("Her mobile in Singapore is 8123 4567.", ("SG",)),
    ("his Nigerian number is 0803 123 4567", ("NG",)),
    ("Reading is fun: 8123 4567", ()),
])
def test_countries_near_a_number(text: str, regions: tuple[str, ...]) -> None:
    number = text.index("8")
    assert countries_near(text, number, len(text)) == regions


def test_ten_digits_after_a_country_code_are_no_nhs_number() -> None:
    assert list(UkNhsNumberRecognizer().find("Fax: +1 212 555 0199")) == []
    assert [s.type for s in Detector(load_model=False).detect("Fax: +1 212 555 0199")] == ["PHONE"]
