"""Known identifiers: every variant of the case record is found, with detectors off (no model)."""

from __future__ import annotations

import pytest

from redaction.text import KnownIdentifierError, detect

KNOWN = {
    "PERSON:child": ["Ella Hughes"],
    "PERSON:parent": ["Malika de Souza", "Will Taylor"],
    "PHONE": ["07700 900123"],
    "POSTCODE": ["LA14 5UD"],
    "ADDRESS": ["15 Abbey Road, Barrow in Furness"],
    "SCHOOL": ["Little Queensgate Nursery"],
    "DATE_OF_BIRTH": ["2015-03-14"],
    "NHS_NUMBER": ["943 476 5919"],
}


def surfaces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, known=KNOWN, detectors=False)]


@pytest.mark.parametrize(
    "mention",
    ["Ella Hughes", "ELLA HUGHES", "Ella's", "HUGHES, Ella", "Hughes, Ella", "E. Hughes", "E Hughes", "Ellie",
     "Mrs Hughes", "ella", "Ella H", "EH", "Mrs de Souza", "DE SOUZA", "Will Taylor's", "Mr Taylor", "Will",
     "+44 (0)7700-900-123", "077 00 900 123", "07700900123", "la14 5ud", "LA145UD", "15 Abbey Road",
     "15 Abbey Rd", "Abbey Road", "Barrow in Furness", "Little Queensgate Nursery", "Little Queensgate",
     "14/03/2015", "14.03.15", "14th March 2015", "March 14, 2015", "9434765919", "943-476-5919"],
)
def test_every_variant_is_found_whole(mention: str) -> None:
    text = f"Note: {mention} was mentioned."
    assert any(mention.rstrip("'s") in s or s == mention for s in surfaces(text)), surfaces(text)


def test_english_word_names_are_not_matched_as_words() -> None:
    assert surfaces("I will call the mark scheme") == []


def test_offsets_point_into_the_input() -> None:
    text = "Spoke to ELLA's mum"
    (span,) = detect(text, known=KNOWN, detectors=False)
    assert text[span.start : span.end] == "ELLA" and span.source == "known" and span.score == 1.0


@pytest.mark.parametrize(
    "known",
    [{"SHOE_SIZE": ["9"]}, {"PERSON": "Ella Hughes"}, {"PERSON": [42]}, ["Ella"]],
)
def test_malformed_known_identifiers_are_a_clear_error(known: object) -> None:
    with pytest.raises(KnownIdentifierError):
        detect("text", known=known, detectors=False)  # type: ignore[arg-type]


RECORD = {
    "PERSON:child": ["Akosua Mensah-Bonsu"],
    "PERSON:parent": ["Deniz Yılmaz", "Ciarán Seosamh O'Halloran", "Bernie McCann", "Carys Price"],
    "ADDRESS": ["Flat 12b Parkhill Court, Duke Street, Kendal", "14 Abbey Road, Barrow in Furness"],
    "SCHOOL": ["Lakeside Special School"],
    "DATE_OF_BIRTH": ["2014-12-08"],
}


def record_surfaces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, known=RECORD, detectors=False)]


@pytest.mark.parametrize(
    "mention",
    [
        # a date of birth in any layout
        "08-Dec-2014", "08-DEC-2014", "8th December 2014", "December 8, 2014", "08.12.2014", "8.12.14",
        "08 / 12 / 2014", "08 12 2014", "2014-12-08", "Monday 8th December 2014", "8 dec. 2014",
        # names by initials, surname-initial, capitals, without accents or apostrophes, hyphen or space
        "AMB", "A.M.B.", "MENSAH-BONSU A", "YILMAZ D", "Yilmaz, D.", "YILMAZ", "Yilmaz", "DENIZ YILMAZ",
        "O'HALLORAN", "OHalloran", "O’Halloran", "Ciarán O'Halloran", "Ciaran O'Halloran", "COH", "BMcC",
        "Mensah Bonsu", "MENSAH-BONSU",
        # addresses abbreviated, in capitals, in part
        "Parkhill Ct", "PARKHILL COURT", "Duke St", "DUKE ST.", "14 Abbey Rd", "14 ABBEY RD", "Abbey Rd.",
        "Flat 12b Parkhill Court", "BARROW IN FURNESS",
        # a school by its distinctive word
        "Lakeside", "LAKESIDE",
    ],
)
def test_record_values_are_found_in_the_variants_the_record_does_not_spell_out(mention: str) -> None:
    text = f"Seen {mention} today."
    assert mention in record_surfaces(text) or any(mention in s for s in record_surfaces(text)), record_surfaces(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CP said the month was hard.", ["CP"]),  # Carys Price: initials that are also an acronym, with a person cue
        ("The CP plan was closed.", []),  # the acronym, no person cue
        ("Born 08/12/2015; the review on 08/12/2024.", []),  # other days are not the known day
        ("In December 2014 the family moved.", []),  # a month is not the known day
        ("Will you send it?", []),
    ],
)
def test_record_variants_that_are_also_words_need_their_context(text: str, expected: list[str]) -> None:
    assert record_surfaces(text) == expected


def test_a_lower_case_text_matches_record_words_that_are_also_words() -> None:
    text = "hi its deniz, akosua is off from lakeside today. carys price will ring later. thanks x"
    found = record_surfaces(text)
    assert {"deniz", "akosua", "lakeside", "carys price"} <= set(found), found
    assert record_surfaces("The lakeside walk was lovely. We went to Lakeside.") == ["Lakeside"]


IRISH = {
    "PERSON:child": ["Ciarán Seosamh Ó Súilleabháin"],
    "PERSON:parent": ["Małgorzata Wójcik-Smith"],
    "ADDRESS": ["Flat 2, 14 Abbey Road, Barrow-in-Furness"],
    "DATE_OF_BIRTH": ["08/03/2015"],
}


@pytest.mark.parametrize(
    "mention",
    [
        # names: accents or none, capitals, particles, initials, registers' orders, middle initial
        "Ciaran O Suilleabhain", "CIARÁN Ó SÚILLEABHÁIN", "C. Ó Súilleabháin", "c. ó súilleabháin",
        "Ó SÚILLEABHÁIN, Ciarán", "Ó Súilleabháin Ciarán", "Ciarán S. Ó Súilleabháin", "CÓS", "COS", "C.Ó.S.",
        "Ciarán's", "Malgorzata Wojcik-Smith", "M. Wójcik Smith", "WÓJCIK-SMITH, Małgorzata", "MWS",
        # partial addresses, abbreviated, any case
        "14 Abbey Rd", "14 ABBEY ROAD", "Abbey Rd.", "Flat 2, 14 Abbey Rd", "Barrow in Furness", "BARROW-IN-FURNESS",
        # the date in any layout, ISO included
        "2015-03-08", "8.3.15", "08 03 2015", "8th March 2015", "08-Mar-2015", "08MAR2015", "March 8, 2015",
        "Sunday 8th March 2015", "8/3/2015",
    ],
)
def test_case_record_values_are_removed_in_every_form(mention: str) -> None:
    text = f"Note: {mention} was mentioned."
    found = [text[s.start : s.end] for s in detect(text, known=IRISH, detectors=False)]
    name = mention.removesuffix("'s")  # a possessive's "'s" is kept: the span is the name
    letters = [i for i, ch in enumerate(text) if ch.isalnum() and text.index(name) <= i < text.index(name) + len(name)]
    spans = detect(text, known=IRISH, detectors=False)
    assert all(any(s.start <= i < s.end for s in spans) for i in letters), found


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        ({"DATE_OF_BIRTH": ["2018-10-27"]}, "name kapoor, torquil d.o.b.27th october 2018 gender", "27th october 2018"),
        ({"PERSON": ["Nyasha Bajwa"]}, "present: sinéad (senco), nyasha bajwa (NB), ", "NB"),  # NB is an acronym too
        ({"PERSON": ["Ifeoma Tiwari"]}, "Actions:\n- EC to draft the plan\n- IT to sare the letter", "IT"),
        ({"PERSON": ["Adjoa Dos Reis"]}, "Signed: A. Dos Reis    Date: 12/05/2025", "A. Dos Reis"),
        ({"PERSON": ["Mehmet Van der Merwe"]}, "want Nuno to stay. M.V.M. asked about transport.", "M.V.M."),
        ({"PERSON:child": ["Tadhg Sarpong"]}, "hiya, eilonwy here (tadhgs mum). Tadhg said hi", "tadhg"),
    ],
)
def test_known_values_in_the_writings_notes_use(known: dict[str, list[str]], text: str, mention: str) -> None:
    start = text.index(mention)
    spans = detect(text, known=known, detectors=False)
    assert any(s.start <= start and start + len(mention) <= s.end for s in spans), [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("known", "text", "found"),
    [
        # a school named without its type words, and its church written either way
        ({"SCHOOL": ["Moseley C of E Primary School"]}, "She attends Moseley C of E Primary. Thanks", "Moseley C of E Primary"),
        ({"SCHOOL": ["Navenby Church of England Primary School"]}, "School Navenby C of E Primary  UPN", "Navenby C of E Primary"),
        ({"SCHOOL": ["St Anne's RC Primary School"]}, "at Saint Anne's Roman Catholic Primary", "Saint Anne's Roman Catholic Primary"),
        ({"SCHOOL": ["Chartham Primary School"]}, "School: Chartham Primary    Year: 4", "Chartham Primary"),
        # an address whose parts run on without commas, or across lines, with hyphens for spaces
        ({"ADDRESS": ["14 Leighton Road, Kentish Town"]}, "Address 14 Leighton Rd Kentish Town NW5", "14 Leighton Rd Kentish Town"),
        ({"ADDRESS": ["7 Heol y Nant, Gorseinon"]}, "Home address: 7 Heol-y-Nant\nGorseinon\n", "7 Heol-y-Nant\nGorseinon"),
        # a reference's distinctive number alone
        ({"CASE_REF": ["LAC-774102"]}, "LAC number: 774102\nSchool", "774102"),
    ],
)
def test_record_values_written_short_or_run_on_are_found(known: dict[str, list[str]], text: str, found: str) -> None:
    assert [text[s.start : s.end] for s in detect(text, known=known, detectors=False)] == [found]


def test_a_known_name_that_is_a_word_is_redacted_unless_a_function_word_makes_it_the_word() -> None:
    known = {"PERSON:child": ["William Thornton", "Will"]}
    text = "Mum rang. Will not attending since summer hols. Will you send the form? Will said he is bored."
    spans = detect(text, known=known, detectors=False)
    assert [(s.start, text[s.start : s.end]) for s in spans] == [(10, "Will"), (72, "Will")]
