"""Telephone numbers of any country (libphonenumber, leniency POSSIBLE), written as numbers are written."""

from __future__ import annotations

import pytest

from redaction.verify.phones import LENIENCY, phone_numbers


def found(text: str) -> list[str]:
    return [text[s:e] for s, e in phone_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call 07700 900456 today", "07700 900456"),  # an Ofcom drama number: not "valid", still a number
        ("tel 01632 960001", "01632 960001"),
        ("(0161) 496 0123", "(0161) 496 0123"),
        ("07700900456", "07700900456"),
        ("020 7946 0000", "020 7946 0000"),
        ("grandma in Poland +48 512 345 678", "+48 512 345 678"),
        ("dad in Ireland 00353 87 123 4567", "00353 87 123 4567"),
        ("US cousin +1 (415) 555-0100", "+1 (415) 555-0100"),
        ("Nigeria +234 803 123 4567", "+234 803 123 4567"),
        ("tel: 0044 7700 900 456", "0044 7700 900 456"),
    ],
)
def test_numbers_are_found(text: str, expected: str) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["on 14.03.2015 at 10:30", "Year 2023 2024", "ref 12345678", "Case 2023/0415", "£1,250.00", "score 85/100",
     "ULN 1234567890", "in 2019-2020", "NHS 943 476 5919", "ext 4432", "call 999"],
)
def test_numbers_that_are_not_telephone_numbers_stay(text: str) -> None:
    assert found(text) == []


def test_leniency_is_stated() -> None:
    assert LENIENCY == "POSSIBLE"
