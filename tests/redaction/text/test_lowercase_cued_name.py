"""Given names that are words, typed in lower case, after a cue a reader trusts; the same words where they are words."""

from __future__ import annotations

import pytest

from redaction.text import detect
from redaction.text.recognizers import LowerCaseCuedNameRecognizer, identifier_recognizers

RECOGNIZER = LowerCaseCuedNameRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, name", [
    ("can you tell grace i'll be late", "grace"),  # a verb done to a person
    ("asked rose if she could swap days", "rose"),
    ("i told faith about the meeting", "faith"),
    ("my daughter amber has her review tues", "amber"),  # a family word
    ("her little brother jack was upset", "jack"),
    ("hi hope, did you get the form", "hope"),  # a greeting alone before it
    ("thanks grace x", "grace"),
    ("ok so me and jade are coming", "jade"),  # a pair with the writer
    ("jade and i will bring cakes", "jade"),
    ("[20:15] Kerry Barker: spoke to ruby at pick up", "ruby"),  # a chat line after its speaker
])
def test_names_that_are_words_are_found_after_a_cue(text: str, name: str) -> None:
    assert _found(text) == [name]
    assert name in [text[s.start : s.end] for s in detect(text)]


@pytest.mark.parametrize("text", [
    "hi hope you are well",  # the verb: the greeting runs on
    "spoke to will at pick up, he said fine",  # a stop word of messages
    "She handled it with grace and I asked the art teacher.",  # a text with capitals: lower case is the word
    "We told grace to everyone at the Hall.",
    "asked art teacher for the kit",  # a subject's teacher
    "rang june 5th about it",  # a date
    "the colour was amber and red",  # no cue
    "me and my mum will come",  # no given name after the cue
    "email caitlin.h.2006@icloud.com today",  # part of an address
])
def test_the_same_words_stay_where_they_are_words(text: str) -> None:
    assert _found(text) == []


def test_it_is_one_of_the_detectors_sources() -> None:
    assert any(isinstance(r, LowerCaseCuedNameRecognizer) for r in identifier_recognizers())
