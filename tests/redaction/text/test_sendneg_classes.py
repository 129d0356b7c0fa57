"""Classes of over-redaction closed in the sendneg work (December 2026), each with rows that must stay and rows of
the same shape whose names must still be found: the ordinary word a name runs on into (:mod:`redaction.text.after_name`);
words of families' lives - faith and culture, holiday islands abroad, equipment makers, a relative's word with an
honorific (:mod:`redaction.text.family_life`) - and more relatives' words of other languages
(:data:`redaction.text.lexicons.KIN_WORDS`); a plain word alone in a cell or on its line, and a heading line joined to
the name below it, a weekday cut short (:mod:`redaction.text.layout_words`); a place or name word opening a tool's
title and the area of an NHS body's name (:mod:`redaction.text.named_tools`); a span the after-name cut leaves is vetted again ("Bradford").

The rows are written for these tests; none is taken from a measuring or held-back set."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.after_name import cut_word_after_name
from redaction.text.detector import Detector
from row_checks import found, touched


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


ROWS = [
    # the word right after a name opens what follows: a dictionary word no family is called ...
    ("Dear Ms Feeney Following our call, please find the draft.", ["Following"], ["Feeney"]),
    ("Signed by Parent Tom Cullen Dated 4/11/2025", ["Dated"], ["Tom Cullen"]),
    ("Aidan Price Moderate learning difficulties, speech delay", ["Moderate"], ["Aidan Price"]),
    ("She told Isla Great job! and Isla beamed.", ["Great"], ["Isla"]),
    ("Orla Brennan Advisory Teacher (Autism) Outreach Service", ["Advisory"], ["Orla Brennan"]),
    # ... or a message's first word after a greeting and its addressee, carried on in lower case
    ("Hi Nadia Hope you're well, attaching the report", ["Hope"], ["Nadia"]),
    ("Cheers Gemma See you Thursday", ["See"], ["Gemma"]),
    ("Thanks Bradley Much appreciated", ["Much"], ["Bradley"]),
    # a family name that is also a word stays: a known surname, a person's verb after it, a comma, a joining word,
    # the end of its line or a bracket after it
    ("Present: Harmony Best (DOB 08/01/2015) and Tyler Best (DOB 19/06/2017)", [], ["Harmony Best", "Tyler Best"]),
    ("Mediator: Lorraine Fitch (LF) opened the session.", [], ["Lorraine Fitch"]),
    ("Dear Nadia Hope, thank you for your letter.", [], ["Nadia Hope"]),
    ("Hi Jack Green and Sam, the minutes are attached.", [], ["Jack Green"]),
    ("Prepared by: Tobias Wren\nSolicitor", [], ["Tobias Wren"]),
    ("Aidan Price said the taxi was late again.", [], ["Aidan Price"]),
    # a greeting taken in before the name, a record's label after it
    ("Hiya Jade Thanks for yesterday, Max was buzzing after", ["Hiya"], ["Jade", "Max"]),
    ("To whom it may concern Re: Ethan Cartwright DOB 04/04/2014", ["DOB"], ["Ethan Cartwright", "04/04/2014"]),
    # faith and culture
    ("Harvinder is fasting and goes to the mosque for Taraweeh.", ["Taraweeh"], ["Harvinder"]),
    ("Diwali celebrations in Reception; Priya wore a lehenga.", ["lehenga"], ["Priya"]),
    ("Mum said Juma prayers are on Friday, so Bilal leaves at 12.", ["Juma"], ["Bilal"]),
    ("Juma Otieno joined the call from the car.", [], ["Juma Otieno"]),
    # holiday islands and resorts abroad, unless somebody lives there
    ("Holiday to Lanzarote in October half term, Poppy was fine on the plane.", ["Lanzarote"], ["Poppy"]),
    ("Kacey and her dad went to Tenerife for a week.", ["Tenerife"], ["Kacey"]),
    # equipment by its maker's name
    ("She wears AFOs and a Lycra suit; Jasmine also uses a Tomato chair.", ["Lycra", "Tomato"], []),
    ("Rhys uses a Stannah stairlift at home.", ["Stannah"], ["Rhys"]),
    ("Lisa Kaye rang about the appointment.", [], ["Lisa Kaye"]),
    # relatives' words of other languages, alone or with an honorific
    ("Ayesha calls her grandfather Dada and her grandmother Dadi-ma.", ["Dada", "Dadi-ma"], ["Ayesha"]),
    ("Shabbat dinner with Zaide; Levi finds the noise hard.", ["Zaide"], ["Levi"]),
    ("Tata comes to meetings as Mama's English is limited (Zofia Kaczmarek).", ["Tata", "Mama"], ["Zofia Kaczmarek"]),
    ("Obaa-chan sent a card from Japan for Kenta.", ["Obaa-chan"], ["Kenta"]),
    # a plain word alone in its cell; a register's surname column stays
    ("| Deadline | Alfie Brennan | Yes |", ["Deadline"], ["Alfie Brennan"]),
    ("| Background | Alfie Brennan | Yes |", ["Background"], ["Alfie Brennan"]),
    ("| Wood | Kayla | Year 4 |\n| Ahmed | Jamal | Year 5 |", [], ["Wood", "Kayla"]),
    # a heading line joined to the name below it
    ("Parent Views\nAlfie Brennan has made good progress this term.", ["Views"], ["Alfie Brennan"]),
    ("Pupil Premium\nAlfie Brennan is eligible.", ["Premium"], ["Alfie Brennan"]),
    # a weekday cut short; the title keeps a surname
    ("WhatsApp from Shannon: cant do Weds, can do Thurs after 2?? x", ["Weds", "Thurs"], []),
    ("Weds and Thurs are hardest for Finn.", ["Thurs"], ["Finn"]),
    # a place or name opening an assessment's title
    ("Reading: Salford Sentence Reading Test 7y2m; BPVS standard score 85; Jacob Mullins", ["Salford"], ["Jacob Mullins"]),
    ("Karen Hill Reading Test results attached.", [], ["Karen Hill"]),
    # the area of an NHS body's name
    ("Ms Jaswinder Kaur Speech and Language Therapist NHS Lothian", ["Lothian"], ["Jaswinder Kaur"]),
    # the cut is vetted again: the place of a hospital's name
    ("Referral to the Autism Assessment Pathway at Bradford Teaching Hospitals for Riya Solanki.", ["Bradford"],
     ["Riya Solanki"]),
]


@pytest.mark.parametrize(("text", "keeps", "finds"), ROWS)
def test_words_stay_and_names_are_found(detector: Detector, text: str, keeps: list[str], finds: list[str]) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in keeps:
        assert not touched(spans, text, word), word
    for name in finds:
        assert found(spans, text, name), name


@pytest.mark.parametrize(("text", "surface", "kept"), [
    ("Marsha Quickly Strong went home", "Marsha Quickly Strong", "Marsha Quickly Strong"),  # a surname last
    ("Name: Jo Advisory\n", "Jo Advisory", "Jo Advisory"),  # a value ending its line is the field's
    ("Ms Feeney Following our call", "Ms Feeney Following", "Ms Feeney"),
    ("Ms Following our call", "Ms Following", "Ms Following"),  # never cut to a title alone
])
def test_cut_word_after_name(text: str, surface: str, kept: str) -> None:
    start = text.index(surface)
    cut = cut_word_after_name(text, Span(start, start + len(surface), "PERSON", 0.85, "model"))
    assert text[cut.start : cut.end] == kept
