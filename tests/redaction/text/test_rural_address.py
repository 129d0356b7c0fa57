"""Rural addresses without a number: a farm's or a cottage's name and its village and town after an address's
label or a verb of living; a farm shop or a place named like a house but not given as anyone's home stays."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import RuralAddressRecognizer

RECOGNIZER = RuralAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, address", [
    ("Home: Glebe Farm, Little Harrowden, Wellingborough", "Glebe Farm, Little Harrowden, Wellingborough"),
    ("Address: Hill Top Farm Eskdale Green Holmrook CA19 1TX", "Hill Top Farm Eskdale Green Holmrook"),
    ("they live at Rose Cottage, Lower Pentre now", "Rose Cottage, Lower Pentre"),
])
def test_a_rural_address_is_found(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "We visited the Farm Shop on Saturday.",
    "Forest School at Hollow Barn every Friday",
    "The farm is lovely in spring.",
])
def test_a_house_word_that_is_no_address_stays(text: str) -> None:
    assert _found(text) == []
