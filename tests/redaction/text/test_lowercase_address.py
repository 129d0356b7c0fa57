"""One-line addresses in lower case (:mod:`redaction.text.recognizers.lowercase_address`) and the unit words of
other countries' addresses (South Africa's "Erf", Ghana's lettered PO boxes, New Zealand's "Rural Delivery")."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import LowerCaseAddressRecognizer

RECOGNIZER = LowerCaseAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, address", [
    ("send it to 1600 pennsylvania ave nw washington dc 20500", "1600 pennsylvania ave nw washington dc 20500"),
    ("im at 42 oak st apt 3 springfield il 62704 now", "42 oak st apt 3 springfield il 62704"),
    ("mail: 88 king st w toronto on m5h 1a1", "88 king st w toronto on m5h 1a1"),
    ("our flat is 3/14 smith st fitzroy vic 3065 ok", "3/14 smith st fitzroy vic 3065"),
    ("unit 4 27 kembla st wollongong nsw 2500", "unit 4 27 kembla st wollongong nsw 2500"),
    ("ship to 2201 n lamar blvd ste 310 austin tx 78705-4217", "2201 n lamar blvd ste 310 austin tx 78705-4217"),
])
def test_lower_case_one_line_addresses(text: str, address: str) -> None:
    assert _found(text) == [address]


@pytest.mark.parametrize("text", [
    "im in 42 oak st with mum",
    "the 3 of us walked down main st in 2024",
    "bus 42 runs along high st to leeds in 20 mins",
    "room 12 on the 3rd floor, ok 2 go",
])
def test_lower_case_streets_without_a_tail_are_left(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, address", [
    ("Erf 556, 12 Protea Street, Stellenbosch 7600", "Erf 556, 12 Protea Street, Stellenbosch 7600"),
    ("Lot 7 Rural Delivery 3, Whanganui 4573", "Lot 7 Rural Delivery 3, Whanganui 4573"),
])
def test_unit_words_of_other_countries(text: str, address: str) -> None:
    spans = Detector().detect(text)
    start = text.index(address)
    assert any(s.type == "ADDRESS" and s.start <= start and start + len(address) <= s.end for s in spans)
