"""Known identifiers as writers change them (known4): pet names made with another language's ending, English and
Russian short forms, a teknonym, a hyphened surname's initials, a name run together with a nickname, a house by
its number after a word of going there, a phone's extension, a birthday as "the 3rd of the 4th", a date of birth
in US order after a birth cue, a saint's school by its initial, a given name's initial beside another person;
and the look-alikes that must stay."""

from __future__ import annotations

import pytest

from tests.redaction.text.test_known_changed_words import covered, touched


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        # another language's pet-name ending on the given name or a cut of it
        ({"PERSON": ["Piotr Nowak"]}, "Piotrek came in smiling.", "Piotrek"),
        ({"PERSON": ["Natalia Nowak"]}, "Natusia cried at drop-off.", "Natusia"),
        ({"PERSON": ["Juan Pérez"]}, "Juanito loved the trip.", "Juanito"),
        ({"PERSON": ["Carmen Pérez"]}, "Carmencita was tired today.", "Carmencita"),
        ({"PERSON": ["Seán Ó Briain"]}, "Seánín sat with his brother.", "Seánín"),
        ({"PERSON": ["Dmitry Volkov"]}, "Dimochka ate all his lunch.", "Dimochka"),
        # English and Russian short forms
        ({"PERSON": ["Rebecca Quigley"]}, "Bex rang about the taxi.", "Bex"),
        ({"PERSON": ["Zachary Quigley"]}, "Zee was upset at the gate.", "Zee"),
        ({"PERSON": ["Alexandra Quigley"]}, "Sandy will bring the forms.", "Sandy"),
        ({"PERSON": ["Konstantin Orlov"]}, "Kostya used his talker.", "Kostya"),
        # a parent named after the child
        ({"PERSON": ["Zainab Ali"]}, "Abu Zainab phoned.", "Abu Zainab"),
        ({"PERSON": ["Yusuf Hassan"]}, "Umm Yusuf brought the inhaler.", "Umm Yusuf"),
        # a hyphened surname's initials
        ({"PERSON": ["Oliver Smith-Jones"]}, "O S-J has a new 1:1.", "O S-J"),
        ({"PERSON": ["Oliver Smith-Jones"]}, "Actions for O.S-J.: timetable", "O.S-J."),
        # a nickname run together with the surname or its first part
        ({"PERSON": ["Maximilian Hargreaves"]}, "username maxhargreaves_2013", "maxhargreaves"),
        ({"PERSON": ["Rebecca Thistlewood"]}, "insta: bexthistle", "bexthistle"),
        # a house by its number after a word of going or being there
        ({"ADDRESS": ["14 Calder Terrace, Halifax"]}, "Home visit to no. 14 on Tuesday.", "no. 14"),
        ({"ADDRESS": ["14 Calder Terrace, Halifax"]}, "She lives at number 14 now.", "number 14"),
        # a phone's extension
        ({"PHONE": ["0113 496 0732"]}, "Work: 0113 496 0732 ext. 214", "0113 496 0732 ext. 214"),
        # a birthday as ordinals, a date of birth in US order after a birth cue
        ({"DATE_OF_BIRTH": ["03/04/2014"]}, "His birthday is the 3rd of the 4th.", "3rd of the 4th"),
        ({"DATE_OF_BIRTH": ["03/04/2014"]}, "Date of birth (US form): 04/03/2014", "04/03/2014"),
        # a saint's school by its initial
        ({"SCHOOL": ["St Michael's CE Primary School"]}, "St M's offered a phased start.", "St M's"),
        # a given name's initial beside another person
        ({"PERSON:child": ["Kwame Boateng"], "PERSON:parent": ["Afua Asante"]},
         "- GL: visit with K and Mrs Asante.", "K"),
    ],
)
def test_changed_forms_are_found(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert covered(text, mention, known), (text, mention)


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        ({"PERSON": ["Maximilian Quigley"]}, "Max. 2 children per adult.", "Max"),
        ({"PERSON": ["Maximilian Quigley"]}, "Max 20 minutes on the iPad.", "Max"),
        ({"PERSON": ["Arthur Quigley"]}, "Art 3 is on Fridays.", "Art"),
        ({"ADDRESS": ["14 Calder Terrace, Halifax"]}, "See item no. 14 in the list.", "no. 14"),
        ({"ADDRESS": ["14 Calder Terrace, Halifax"]}, "Call at no. 14:30 tomorrow.", "14"),
        ({"DATE_OF_BIRTH": ["2015-04-06"]}, "Review of 04/06/2015 attached.", "04/06/2015"),
        ({"PERSON:child": ["Kwame Boateng"]}, "Key Stage K and Mrs Smith.", "K"),
        ({"PERSON:child": ["Kwame Boateng"]}, "Grade K and Grade B", "K"),
        ({"PERSON": ["Zainab Ali"]}, "Um, Zainab said no.", "Um"),
    ],
)
def test_look_alikes_stay(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert not touched(text, mention, known), (text, mention)


@pytest.mark.parametrize("value", ["Sarah Holroyd née Whitaker", "Sarah Holroyd (née Whitaker)", "Sarah Holroyd nee Whitaker",
                                   "Sarah Holroyd (formerly Whitaker)"])
@pytest.mark.parametrize("text, mention", [("S. Holroyd signed", "S. Holroyd"), ("Records under S. Whitaker.", "S. Whitaker"),
                                           ("WHITAKER, Sarah (mum)", "WHITAKER, Sarah"), ("Mrs S Whitaker rang", "Mrs S Whitaker")])
def test_a_name_at_birth_is_a_name_of_its_own(value: str, text: str, mention: str) -> None:
    assert covered(text, mention, {"PERSON:mother": [value]}), (value, text)


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        ({"PERSON": ["Siobhán Ní Bhriain"]}, "Shiv will email the plan.", "Shiv"),  # short forms, accents or none
        ({"PERSON": ["Maximilian Hargreaves"]}, "TikTok: maxhargreaves_2013", "maxhargreaves_2013"),
        ({"ADDRESS": ["2 Mill Lane, Hebden Bridge HX7 8AB"]}, "Postcode HX7 8AB for the taxi.", "HX7 8AB"),
        ({"ADDRESS": ["2 Mill Lane, Hebden Bridge HX7 8AB"]}, "lives in the hx78ab area", "hx78ab"),
    ],
)
def test_more_changed_forms_are_found(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert covered(text, mention, known), (text, mention)
