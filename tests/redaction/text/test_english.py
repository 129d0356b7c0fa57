"""The dictionary tests: a word or an inflection of one is common; a mistyped word is a typo, a name is not."""

from __future__ import annotations

import pytest

from redaction.text.english import _SUFFIXES, _stems, abbreviates_a_word, is_common_word, looks_like_a_typo


@pytest.mark.parametrize("word", ["rose", "roses", "ladies", "mornings", "walked", "baking", "quickly", "taller"])
def test_common_words_and_their_inflections(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["kerry", "naveed", "siobhan", "zxqv"])
def test_names_and_made_up_words_are_not_common(word: str) -> None:
    assert not is_common_word(word)


@pytest.mark.parametrize(("word", "typo"), [("eviidence", True), ("mornng", True), ("kerry", False)])
def test_typos(word: str, typo: bool) -> None:
    assert looks_like_a_typo(word) is typo


@pytest.mark.parametrize("suffix", [suffix for suffix, _ in _SUFFIXES])
def test_every_suffix_is_stripped_past_the_quick_exit(suffix: str) -> None:
    assert len(_stems("walk" + suffix)) > 1


def test_a_word_with_no_suffix_is_its_own_stem() -> None:
    assert _stems("walk") == {"walk"}


@pytest.mark.parametrize(("word", "short"), [("interp", True), ("addr", True), ("sch", True), ("siiri", False),
                                             ("ngozi", False), ("interpreter", False), ("ab", False)])
def test_words_cut_short(word: str, short: bool) -> None:
    assert abbreviates_a_word(word) is short
