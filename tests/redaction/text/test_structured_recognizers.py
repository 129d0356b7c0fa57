"""Address, case reference, date of birth, school and person-cue recognizers (no checksums: rows of
what must and must not be found)."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import (
    UkAddressRecognizer,
    UkCaseRefRecognizer,
    UkDateOfBirthRecognizer,
    UkFieldPlaceRecognizer,
    UkPersonPatternRecognizer,
    UkSchoolCueRecognizer,
    UkSchoolNumberRecognizer,
    UkSchoolRecognizer,
)


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in recognizer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fellside Primary School, School Lane, Kendal LA9 6NN", ["School Lane, Kendal"]),
        ("Class: Year 9, St Bees's RC Primary School", []),  # "St" before a name is a saint, not a street
        ("lives at 14 Abbey Road now", ["14 Abbey Road"]),
        ("Flat 3, 22 Wilmslow Road, Manchester M14 5TQ", ["Flat 3, 22 Wilmslow Road, Manchester"]),
        ("2nd  Floor Jubilee House, 15 Abbey Road, Barrow in Furness, Cumbria LA14 5UD",
         ["2nd  Floor Jubilee House, 15 Abbey Road, Barrow in Furness, Cumbria"]),
        ("Mrs A Khan\nRose Cottage\nMill Lane\nKeswick\nCA12 4AB", ["Mrs A Khan\nRose Cottage\nMill Lane\nKeswick"]),
        ("section 20 of the Act", []),
        ("costs £14 a week", []),
        # Flats, buildings, house names, business units, abbreviations, capitals, lower case, wrapped lines.
        ("Address: Flat 2/1, 14 Abbey Rd, Glasgow G12 8QQ", ["Flat 2/1, 14 Abbey Rd, Glasgow"]),
        ("Flat 12b Parkhill Court, Duke Street, Kendal", ["Flat 12b Parkhill Court, Duke Street, Kendal"]),
        ("Parent: A Dhillon, 8 Kelvin House, Juniper Avenue, Daventry NN14 1RZ.", ["8 Kelvin House, Juniper Avenue, Daventry"]),
        ("Bryn Awel, Ffordd y Llan, Ruthin LL15 1AA", ["Bryn Awel, Ffordd y Llan, Ruthin"]),
        ("Tŷ Gwyn\nLlanfair Road\nRuthin", ["Tŷ Gwyn\nLlanfair Road\nRuthin"]),
        ("Physio at Unit 3, Conway Park Business Centre, Birkenhead", ["Unit 3, Conway Park Business Centre, Birkenhead"]),
        ("Unit 28, Lowfield\nTrading Estate", ["Unit 28, Lowfield\nTrading Estate"]),
        ("30B NETTLETON RD, WELLINGBOROUGH  LN15 0PR", ["30B NETTLETON RD, WELLINGBOROUGH"]),
        ("The family live at 89 Juniper\nDr.", ["89 Juniper\nDr"]),
        ("at 77 Lochside House, Hollins St. The letter", ["77 Lochside House, Hollins St"]),
        ("our address is 179 coniston close la8 0uu", ["179 coniston close"]),
        ("Address: Flat 1/1,\n    3B Glebe Road,\n    Rochdale\n    BB10 4PF", ["Flat 1/1,\n    3B Glebe Road,\n    Rochdale"]),
        ("Address: Penrith    Tel: 07700 900123", ["Penrith"]),  # a locality alone in an address field
        ("It is a 5 minutes walk and a 10 minute drive. I have 2 dogs and a road.", []),
        # a sign-off or greeting before a name whose surname is a street word is no house name and street
        ("Thanks, Joe Field\nTeam Manager", []),
        ("Kind regards, Amy Green", []),
        ("Cheers, Sam Lane", []),
        ("Rose Cottage, Mill Lane\nKeswick", ["Rose Cottage, Mill Lane\nKeswick"]),  # a house name still is
    ],
)
def test_addresses(text: str, expected: list[str]) -> None:
    spans = found(UkAddressRecognizer(), text)
    assert set(expected) <= set(spans) and (expected or not spans)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: EHC/2023/04417", ["EHC/2023/04417"]),
        ("Appeal number EH881/23/00012.", ["EH881/23/00012"]),
        ("SEN-2021-0042", ["SEN-2021-0042"]),
        ("the draft plan (LA78/EHC/48122) removes", ["LA78/EHC/48122"]),
        ("Case no. 44712", ["44712"]),
        ("with reference to section 20", []),
        ("Ref: 2023", []),  # a year is no reference
        ("COVID-19 rules", []),
        ("Hosp No: B1937745", ["B1937745"]),
        ("hospital number: 76714955", ["76714955"]),
        ("MRN K123456; Patient ID: RXN123456", ["K123456", "RXN123456"]),
        ("Ref: LCC2209117", ["LCC2209117"]),
        ("the draft plan (OMBC4126008) removes", ["OMBC4126008"]),
        ("OMBC/EHC/3317", ["OMBC/EHC/3317"]),
        ("(2025/EHCNA/4918)", ["2025/EHCNA/4918"]),
        ("refer by 09-FEB-2025", []),  # a date, not a reference
        ("2024/03/12", []),
        # a single capital before two groups of digits: a caseload's case numbers (round 3)
        ("1. C-25-0088 Farkas - review due", ["C-25-0088"]),
        ("M/24/00931 closed", ["M/24/00931"]),
        ("Grade B-12 pupils", []),  # one group of digits
    ],
)
def test_case_references(text: str, expected: list[str]) -> None:
    assert sorted(set(found(UkCaseRefRecognizer(), text))) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DOB: 14/03/2015", ["14/03/2015"]),
        ("D.O.B. 14.03.15", ["14.03.15"]),
        ("Date of birth | 14th March 2015", ["14th March 2015"]),
        ("born on March 14, 2015", ["March 14, 2015"]),
        ("(DOB 2015-03-14)", ["2015-03-14"]),
        ("Meeting on 14/03/2024", []),  # not a birth date
        ("The letter dated 3 May 2024", []),
    ],
)
def test_dates_of_birth(text: str, expected: list[str]) -> None:
    assert found(UkDateOfBirthRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("attends St Aidan's C of E Primary School.", ["St Aidan's C of E Primary School"]),
        ("At Oakfield Academy he", ["Oakfield Academy"]),
        ("Little Acorns Nursery", ["Little Acorns Nursery"]),
        ("moved to Kingsmead Primary", ["Kingsmead Primary"]),
        ("names St Alban's C of E\nPrimary School (St Alban's)", ["St Alban's C of E\nPrimary School"]),
        ("Headteacher: N. Shevchenko\nLittle Valley View Nursery, Chantry Avenue", ["Little Valley View Nursery"]),
        ("a Special School place", []),
        ("the local Primary School", []),
        ("Secondary School transfer", []),
        # a name in capitals before its type in lower case; lower case after "school is"
        ("before that i was at Kingfisher special school from year 7.", ["Kingfisher special school"]),
        ("kacper's school is highfield juniors and they keep saying wait", ["highfield juniors"]),
        ("The local special school is full.", []),
        ("Mainstream primary school failed him.", []),
        ("his school is the local one", []),
    ],
)
def test_schools(text: str, expected: list[str]) -> None:
    spans = found(UkSchoolRecognizer(), text)
    assert set(expected) <= set(spans) and (expected or not spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dear Mrs Okonkwo-Brightmore,", "Mrs Okonkwo-Brightmore"),
        ("Re: HUGHES, Ella", "HUGHES, Ella"),
        ("signed by E. Hughes", "E. Hughes"),
        ("her son Zain went", "Zain"),
        ("Patient: IFAN KUMARI\n", "IFAN KUMARI"),
        ("Kind regards,\nAmara Nwosu\n", "Amara Nwosu"),
        ("Chidinma (Mum) said", "Chidinma"),
        ("Caller: Halima Delacroix (mum of Cian, Year 1)", "Cian"),
        ("Headteacher: N. Shevchenko\n", "N. Shevchenko"),
        ("assessments by Dr Nevaeh\nOgunleye, Educational Psychologist", "Dr Nevaeh\nOgunleye"),
        ("PREPARING FOR ADULTHOOD REVIEW\nOONAGH JANKOWSKI   ULN 3394667893", "OONAGH JANKOWSKI"),
        ("Karen Hull Parent Partnership Service Co-ordinator", "Karen Hull"),
    ],
)
def test_person_cues_find_the_name(text: str, name: str) -> None:
    assert name in found(UkPersonPatternRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    ["Dear Parent/Carer,", "the Parent Partnership Service", "Children and Families Act 2014", "Dear Sir",
     "ADHD and ASD", "SENCo said"],
)
def test_person_cues_leave_roles_and_organisations(text: str) -> None:
    assert found(UkPersonPatternRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Re: Aarav (DOB 06.04.2016), Inglewood\n", [("Inglewood", "SCHOOL")]),
        ("Re: Zhi-Yuan (DOB February 23, 2008), Little Roseacre\n", [("Little Roseacre", "SCHOOL")]),
        ("School: Harrowbeck\nTown: Ulverston", [("Harrowbeck", "SCHOOL"), ("Ulverston", "LOCATION")]),
        ("Re: Annual Review, Transport\n", []),  # English words
        ("Re: Tadhg, Leo\n", []),  # a first name is a person's, not a school's
        ("Setting: Mainstream Primary\n", []),
        ("Re: Ifan (DOB 4 January 2015), Kirkbarrow Community\n", [("Kirkbarrow Community", "SCHOOL")]),
        ("Aarav went to Inglewood, Kendal", []),  # not a header field
    ],
)
def test_schools_and_places_named_alone_in_header_fields(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s.start : s.end], s.type) for s in UkFieldPlaceRecognizer().find(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DfE number 886/3415", ["886/3415"]),
        ("(DfE 857 4323)", ["857 4323"]),
        ("DfE no. 3164323", ["3164323"]),
        ("URN: 112233", ["112233"]),
        ("a ratio of 123/4567", []),  # 123 is no local authority's code
        ("DfE number 999/1234", []),
    ],
)
def test_school_numbers_identify_the_school(text: str, expected: list[str]) -> None:
    assert sorted(set(found(UkSchoolNumberRecognizer(), text))) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He attends Westfield.", ["Westfield"]),
        ("They want Seren to stay at Little Lindale.", ["Little Lindale"]),
        ("he goes to little oakfield and they say", ["little oakfield"]),
        ("She goes to the park. He attends the meeting. Attends Mrs Smith's class.", []),
    ],
)
def test_schools_named_after_a_verb_of_schooling(text: str, expected: list[str]) -> None:
    assert found(UkSchoolCueRecognizer(), text) == expected


# Street lines with the street types of the USPS, AS/NZS 4819 and India after a house number; everyday types only
# after words that are no English words.
@pytest.mark.parametrize("text, address", [
    ("leave it at 56 Thompson Basin if no answer", "56 Thompson Basin"),
    ("found near 812 Mary Artery today", "812 Mary Artery"),
    ("at 4547 James Spurs Apt. 949 if no answer", "4547 James Spurs Apt. 949"),
    ("visit 177 Williams Knolls between 2 and 3", "177 Williams Knolls"),
    ("found near Studio 8\nHaynes Oval, Wrightburgh.", "Studio 8\nHaynes Oval, Wrightburgh"),
    ("at 0/54 Chan Meander today", "0/54 Chan Meander"),
    ("Suite 950\n3 McKenna Street", "Suite 950\n3 McKenna Street"),
    ("Unit 47\n16 Wood Concourse", "Unit 47\n16 Wood Concourse"),
    ("visit 1 Webb Drive\nRD 4 between", "1 Webb Drive\nRD 4"),
    ("visit 48 Jeremy Pathway between", "48 Jeremy Pathway"),
    ("at 8762 Williamson Points Apt. 136 today", "8762 Williamson Points Apt. 136"),
])
def test_world_street_lines_are_found(text: str, address: str) -> None:
    from redaction.text.recognizers import UkAddressRecognizer

    assert address in [text[s.start : s.end] for s in UkAddressRecognizer().find(text)]


@pytest.mark.parametrize("text", [
    "She scored 10 Reward Points today.",
    "He bought a 2 Day Pass.",
    "They take the 3 Bus Route home.",
    "We did 5 Next Steps.",
    "There is a 20 Week Extension.",
    "She has 2 Older Brothers.",
    "in 3 Science Labs",
])
def test_everyday_phrases_after_a_number_stay(text: str) -> None:
    from redaction.text.recognizers import UkAddressRecognizer

    assert list(UkAddressRecognizer().find(text)) == []


def test_an_address_keeps_its_house_number_between_names_it_holds() -> None:
    from redaction.spans import Span
    from redaction.text.resolve import resolve

    text = "Studio 7\nFrancis Harbor"
    spans = [Span(0, 6, "SCHOOL", 0.9, "pattern"), Span(9, 23, "PERSON", 0.9, "pattern"),
             Span(0, 23, "ADDRESS", 0.6, "pattern")]
    assert ("7", "ADDRESS") in [(text[s.start : s.end], s.type) for s in resolve(spans, text)]
    # a one-letter piece of another kind is still dropped
    spans = [Span(0, 6, "PERSON", 0.9, "pattern"), Span(0, 8, "CASE_REF", 0.6, "pattern")]
    assert [s.type for s in resolve(spans, "Studio 7")] == ["PERSON"]
