"""Given names of two romanised syllables joined by a hyphen; words built the same way that are not names."""

from __future__ import annotations

import pytest

from redaction.text import detect
from redaction.text.syllable_names import is_syllable_name


@pytest.mark.parametrize("word", ["Eun-ji", "Seo-yeon", "Xiao-ming", "Jia-Hui", "Ka-ho", "Wing-yan", "Tsz-kin"])
def test_two_given_name_syllables_are_a_name(word: str) -> None:
    assert is_syllable_name(word)


@pytest.mark.parametrize("word", ["Tai-chi", "Kung-fu", "Ping-pong", "Yo-yo", "Co-op", "Follow-up", "Mid-year",
                                  "Hi-vis", "Ex-wife", "Step-dad", "Re-do", "Eun", "eun-ji", "Eun-jiwooo"])
def test_loanwords_compounds_and_other_shapes_are_not(word: str) -> None:
    assert not is_syllable_name(word)


def test_the_detector_finds_them_in_a_plain_sentence() -> None:
    text = "Yesterday Eun-ji brought Ka-ho to the drop-in."
    assert [text[s.start : s.end] for s in detect(text)] == ["Eun-ji", "Ka-ho"]
