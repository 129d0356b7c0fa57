"""The check the readers of a place where a family lives and of a school by an informal name make of the capitalised
words after their cues (``only_a_name.py``): a possessive goes before a word is weighed, and only the possessive
(the stripping itself: ``test_possessive.py``)."""

from __future__ import annotations

import pytest

from redaction.text.recognizers.only_a_name import only_a_name


@pytest.mark.parametrize("words, refused, plurals, name", [
    (["Lurgan"], frozenset(), False, True),
    (["Millbrook"], frozenset(), False, True),
    (["Hastings's"], frozenset(), False, True),  # a place the gazetteer holds, though "hastings" is a word too
    (["Thomas's"], frozenset(), False, False),  # a given name
    (["Jess's"], frozenset(), False, False),  # an English word the gazetteer lacks
    (["Lurgan", "Bass"], frozenset(), False, False),
    (["Quorvel"], frozenset({"Quorvel"}), False, False),
    (["Quorvel's"], frozenset({"Quorvel"}), False, False),
    (["Quorvels"], frozenset({"Quorvel"}), False, True),
    (["Quorvels"], frozenset({"Quorvel"}), True, False),
])
def test_a_name_is_no_refused_word_given_name_or_english_word(
    words: list[str], refused: frozenset[str], plurals: bool, name: bool
) -> None:
    assert only_a_name(words, refused, plurals_refused=plurals) is name
