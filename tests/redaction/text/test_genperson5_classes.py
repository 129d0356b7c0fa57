"""The genperson5 classes: things where English puts no person's name (after an article, after the verbs that take
an employer or a school: :mod:`redaction.text.thing_slots`); a surname before its initials
(:mod:`redaction.text.recognizers.surname_initials`); a rarer given name of the gazetteer before a verb
(:mod:`redaction.text.recognizers.given_name`); names that are words after thanks, or a month or a season that is a
given name after a verb done to people (:mod:`redaction.text.recognizers.cued_given_name`)."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.recognizers import (CuedGivenNameRecognizer, GivenNameRecognizer, SurnameInitialsRecognizer,
                                        identifier_recognizers)
from redaction.text.thing_slots import why_thing_slot


def _why(text: str, surface: str) -> str | None:
    start = text.index(surface)
    return why_thing_slot(text, Span(start, start + len(surface), "PERSON", 0.85, "model"))


@pytest.mark.parametrize("text, surface", [
    ("We bought a Saab and a Peugeot last year.", "Saab"),
    ("Our printer is an Epson.", "Epson"),
    ("The Jacuzzi was broken again.", "Jacuzzi"),
    ("We stayed at the Ritz-Carlton.", "Ritz-Carlton"),
    ("He studied at McGill before moving.", "McGill"),
    ("She banks with Equity.", "Equity"),
    ("I flew KLM to Amsterdam.", "KLM"),
    ("She works for Nestlé now.", "Nestlé"),
])
def test_things_in_a_things_place(text: str, surface: str) -> None:
    assert _why(text, surface) is not None


@pytest.mark.parametrize("text, surface", [
    ("The Okafor twins start in September.", "Okafor"),
    ("We went round to the Hendersons for tea.", "Hendersons"),
    ("A Khan, Year 5, was absent.", "Khan"),
    ("She works for Ahmed at the shop.", "Ahmed"),
    ("He works with Priya on Fridays.", "Priya"),
    ("Thorvald fixed the boat.", "Thorvald"),
    ("We stayed at Grace's house.", "Grace"),
])
def test_people_stay(text: str, surface: str) -> None:
    assert _why(text, surface) is None


def _found(recognizer: object, text: str) -> list[str]:
    return sorted({text[s.start : s.end] for s in recognizer.find(text)})  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, names", [
    ("Submitted by Tran, H. for the committee.", ["Tran, H."]),
    ("Reviewed by Okafor, C. and Lindqvist, H.", ["Lindqvist, H.", "Okafor, C."]),
    ("Authors: Kowalski, J.; Ferreira, A. M.", ["Ferreira, A. M.", "Kowalski, J."]),
    ("Paid: Smith, J.-P.", ["Smith, J.-P."]),
])
def test_surname_before_initials(text: str, names: list[str]) -> None:
    assert _found(SurnameInitialsRecognizer(), text) == names


@pytest.mark.parametrize("text", [
    "We moved to Leeds, W. Yorkshire.",
    "See Section 4, B. The rest follows.",
    "Hello, A. Smith here.",
])
def test_no_surname_before_initials(text: str) -> None:
    assert _found(SurnameInitialsRecognizer(), text) == []


@pytest.mark.parametrize("text, name", [
    ("Thorvald fixed the boat.", "Thorvald"),
    ("Abdelrahim booked the hall.", "Abdelrahim"),
    ("Tsion will sing at the end.", "Tsion"),
])
def test_rarer_given_name_before_a_verb(text: str, name: str) -> None:
    assert name in _found(GivenNameRecognizer(), text)


@pytest.mark.parametrize("text", ["Abdelrahim", "Menu: Thorvald, Tsion"])
def test_rarer_given_name_alone_is_left(text: str) -> None:
    assert _found(GivenNameRecognizer(), text) == []


@pytest.mark.parametrize("text, names", [
    ("Thanks to Hope for organising the trip.", ["Hope"]),
    ("Congratulations to Faith and Joy on the baby!", ["Faith"]),
    ("Can you ask Summer about the tickets?", ["Summer"]),
    ("Text May when you land.", ["May"]),
])
def test_cued_word_names(text: str, names: list[str]) -> None:
    assert _found(CuedGivenNameRecognizer(), text) == names


@pytest.mark.parametrize("text", ["We met June 2024 in Leeds.", "Ask Summer term staff.", "thanks to Covid"])
def test_cued_word_names_left(text: str) -> None:
    assert _found(CuedGivenNameRecognizer(), text) == []


def test_registered() -> None:
    assert any(isinstance(r, SurnameInitialsRecognizer) for r in identifier_recognizers())


def test_a_name_before_a_noun_is_left_to_the_kind_reader() -> None:
    assert _why("my address for anyone dropping the Kacper party invite", "Kacper") is None


@pytest.mark.parametrize("text, surface, greeting", [
    ("Happy Hanukkah and Merry Christmas from all at Oakview.", "Happy Hanukkah", True),
    ("Happy Hanukkah and Merry Christmas from all at Oakview.", "Merry Christmas", True),
    ("Happy Eid to all our members!", "Happy", True),
    ("Merry Smith said hello.", "Merry Smith", False),
    ("Happy Ahmed is here.", "Happy Ahmed", False),
])
def test_festival_greetings(text: str, surface: str, greeting: bool) -> None:
    from redaction.text.festival_greetings import why_festival_greeting

    start = text.index(surface)
    why = why_festival_greeting(text, Span(start, start + len(surface), "PERSON", 0.85, "model"))
    assert (why is not None) == greeting


@pytest.mark.parametrize("text, surface, cut", [
    ("LARS ERIKSSON WON THE RACE", "LARS ERIKSSON WON", "LARS ERIKSSON"),
    ("JUHANI LAINE WILL OPEN THE EVENT", "JUHANI LAINE WILL OPEN", "JUHANI LAINE"),
    ("brb mehmet is calling", "brb mehmet", "mehmet"),
    ("signed: k. yeboah  post-16 sen officer", "k. yeboah", "k. yeboah"),
    ("prepared by ok. onyekachi", "ok. onyekachi", "ok. onyekachi"),
    ("SIGNED: MARY ANN WILL", "MARY ANN WILL", "MARY ANN WILL"),
])
def test_cut_words_of_the_message(text: str, surface: str, cut: str) -> None:
    from redaction.text.after_name import cut_word_after_name

    start = text.index(surface)
    span = cut_word_after_name(text, Span(start, start + len(surface), "PERSON", 0.85, "model"))
    assert text[span.start : span.end] == cut


def test_a_person_after_a_verb_of_going_is_no_school() -> None:
    from redaction.text.recognizers import UkSchoolCueRecognizer

    assert _found(UkSchoolCueRecognizer(), "The award goes to Nomvula Dlamini-Ntuli.") == []
    assert _found(UkSchoolCueRecognizer(), "He goes to Westfield Primary now.") == ["Westfield Primary"]


@pytest.mark.parametrize("handle, person", [
    ("kiprotich.langat", True),
    ("sione_tupou92", True),
    ("oddny_h", True),
    ("wkamau84", True),
    ("channel", False),
    ("tech_support", False),
    ("bbc_news", False),
    ("admin_x", False),
])
def test_user_names_of_a_names_shape(handle: str, person: bool) -> None:
    from redaction.text.handle_names import handle_names_a_person

    assert handle_names_a_person(handle) == person


@pytest.mark.parametrize("text, found", [
    ("I met Amara yesterday.", []),
    ("Dinner with Tunde and Amara tonight.", []),
    ("She lives in Amara.", ["Amara"]),
    ("We drove to Amara, Romania.", ["Amara", "Romania"]),
])
def test_a_small_town_that_is_a_given_name(text: str, found: list[str]) -> None:
    from redaction.text.recognizers import PlaceNameRecognizer

    assert [f for f in _found(PlaceNameRecognizer(), text) if f in ("Amara", "Romania")] == found


@pytest.mark.parametrize("text, surface", [
    ("My Calvin Klein jeans shrank in the wash.", "Calvin Klein"),
    ("A bottle of Jack Daniel's for the raffle.", "Jack Daniel"),
    ("The Husqvarna mower is in the shed.", "Husqvarna"),
])
def test_eponymous_brands(text: str, surface: str) -> None:
    from redaction.text.named_things import why_named_thing

    start = text.index(surface)
    assert why_named_thing(text, Span(start, start + len(surface), "PERSON", 0.85, "model")) is not None


@pytest.mark.parametrize("text, name", [
    ("The flight to Santa Cruz was delayed.", "Santa"),
    ("We stayed near Port Elizabeth for a week.", "Elizabeth"),
    ("Fort William is the start of the walk.", "William"),
])
def test_a_given_name_in_a_places_name(text: str, name: str) -> None:
    assert name not in _found(GivenNameRecognizer(), text)

