"""Classes of over-redaction closed in the negs4 work (December 2026), each with rows that must stay and rows with
the same kind of words that must still be found: places abroad in a UK case text (:mod:`redaction.text.abroad`),
countries in a list, a county after the town it locates and parties of a reported case
(:mod:`redaction.text.place_reading`), and a job title ending in "Head".

The rows are written for these tests; none is taken from a measuring or held-back set."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.abroad import place_abroad, uk_case_text, why_country_in_a_list, why_place_abroad
from redaction.text.detector import Detector
from redaction.text.named_things import why_role_title
from redaction.text.place_reading import why_county_of_a_named_town, why_party_of_a_reported_case
from row_checks import candidate, found, touched

CASE = " The SENCo will share the EHCP draft before the annual review."  # makes a line a UK case text


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _candidate(text: str, word: str, kind: str = "LOCATION", score: float = 0.7) -> Span:
    return candidate(text, word, kind, score, "pattern")


ROWS = [
    # a country or a region abroad in a UK case text: where the family came from, where millions live
    ("We came from Kurdistan in 2019; Rebaz Aziz joined Year 4 in Rochdale." + CASE, ["Kurdistan"],
     ["Rebaz Aziz", "Rochdale"]),
    ("Dad flies to Pakistan for a month, so Ayaan Qureshi stays with us in Rochdale." + CASE, ["Pakistan"],
     ["Ayaan Qureshi", "Rochdale"]),
    # a city abroad kept after a travel word: a trip, no one's address
    ("Tendai spent the summer in Bulawayo and is back at school in Barnsley." + CASE, ["Bulawayo"],
     ["Tendai", "Barnsley"]),
    # countries: in a list, and everyday names the place table lacks
    ("Her fears go back to what happened in Syria and Lebanon, said Dr Hallam." + CASE, ["Syria", "Lebanon"],
     ["Hallam"]),
    ("Nikodem Zielinski's dad drives to Germany and France every week." + CASE, ["Germany", "France"],
     ["Nikodem Zielinski"]),
    ("Grandparents ring from Korea at bedtime; Min-jun Park is settling in Year 1." + CASE, ["Korea"],
     ["Min-jun Park"]),
    # a county after the town it locates; the town stays found
    ("Nan rang from Buckley in Flintshire about Kacie Rowlands.", ["Flintshire"], ["Buckley", "Kacie Rowlands"]),
    ("They work at the packing plant in Boston (Lincolnshire); Tomas Petrauskas translates.", ["Lincolnshire"],
     ["Boston", "Tomas Petrauskas"]),
    # a party of a reported case cited as law
    ("The tribunal applied London Borough of Bromley v SENT [1999] ELR 260 to Haris Begic's appeal.",
     ["Bromley"], ["Haris Begic"]),
    # a job title ending in "Head"
    ("The Virtual School Head will attend the PEP for Kayden Morrow.", ["Virtual School Head"], ["Kayden Morrow"]),
]


@pytest.mark.parametrize(("text", "keep", "find"), ROWS)
def test_rows(detector: Detector, text: str, keep: list[str], find: list[str]) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in keep:
        assert not touched(spans, text, word), (word, text, spans)
    for word in find:
        assert found(spans, text, word), (word, text, spans)


FOUND = [
    # outside a UK case text, a relative's city abroad stays a place (general-English writing counts it)
    "My sister lives in Nairobi and works at the hospital there.",
    # and in one too: a named relative at a city abroad, with a number, finds a family
    "Maternal grandmother in Tirana: Mirela Hoxha, +355 69 123 4567. Ilir lives with Mum in Wigan." + CASE,
    "Dad is working in Riyadh until June, so Ayaan stays with us in Rochdale." + CASE,
    "Tendai was born in Bulawayo and moved to Barnsley aged six." + CASE,
    # a county alone says where the family is going
    "The family are moving to Cumbria this month, so Eilidh Ross changes school." + CASE,
    # British towns that share a name with a town abroad, and Irish places, stay
    "Arjun Pillai's father lives in Leamington and visits at weekends." + CASE,
    "Her mother lives in Letterkenny and Siobhra visits monthly." + CASE,
    # children named after countries are children
    "Jordan and India are both in Year 5 with Mrs Okoro." + CASE,
]


@pytest.mark.parametrize("text", FOUND)
def test_places_and_names_that_stay_found(detector: Detector, text: str) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in ("Nairobi", "Tirana", "Riyadh", "Bulawayo", "Cumbria", "Leamington", "Letterkenny", "Jordan", "India",
                 "Eilidh Ross", "Arjun Pillai"):
        if word in text:
            assert found(spans, text, word), (word, text, spans)


def test_uk_case_text_needs_two_words_of_the_paperwork() -> None:
    assert uk_case_text("The SENCo rang about the EHCP.")
    assert uk_case_text("CAMHS wrote to the school.")
    assert not uk_case_text("My sister lives in Nairobi and works at the hospital there.")
    assert not uk_case_text("Call me when you land in Lisbon.")


def test_place_abroad_kinds() -> None:
    assert place_abroad("Lagos") == "city"
    assert place_abroad("Korea") == "country"
    assert place_abroad("Syria") == "country"
    assert place_abroad("Kurdistan") == "region"
    for british_or_irish in ("Boston", "Perth", "Leamington", "Kingston", "Canterbury", "Galway", "Wigan"):
        assert place_abroad(british_or_irish) is None, british_or_irish
    assert place_abroad("Toronto") == "city"  # a city of a million: nobody's British town


def test_why_place_abroad_only_in_a_case_text_and_never_for_a_city() -> None:
    text = "Her father's family are in Kurdistan."
    assert why_place_abroad(text, _candidate(text, "Kurdistan")) is None
    text += CASE
    assert why_place_abroad(text, _candidate(text, "Kurdistan")) is not None
    city = "Her father lives in Nairobi." + CASE
    assert why_place_abroad(city, _candidate(city, "Nairobi")) is None  # a city abroad is a place (module note)
    person = "Our new pupil Paris Kelly joined Year 3." + CASE
    assert why_place_abroad(person, _candidate(person, "Paris", "PERSON", 0.6)) is None  # no place's preposition


def test_country_in_a_list_spares_given_names() -> None:
    text = "Jordan and India are in Year 5."
    assert why_country_in_a_list(text, _candidate(text, "India", "PERSON", 0.6)) is None
    text = "Families from Poland, Romania and Syria use the drop-in."
    assert why_country_in_a_list(text, _candidate(text, "Syria", "PERSON", 0.45)) is not None


def test_county_of_a_named_town() -> None:
    text = "rang from Buckley in Flintshire"
    assert why_county_of_a_named_town(text, _candidate(text, "Flintshire")) is not None
    text = "moving to Flintshire soon"
    assert why_county_of_a_named_town(text, _candidate(text, "Flintshire")) is None


def test_party_of_a_reported_case() -> None:
    text = "(London Borough of Bromley v SENT [1999] ELR 260 applied)"
    assert why_party_of_a_reported_case(text, _candidate(text, "Bromley")) is not None
    text = "Kirsty Lowe lives in Bromley v near the station"
    assert why_party_of_a_reported_case(text, _candidate(text, "Bromley")) is None


def test_role_title_ending_in_head() -> None:
    text = "the Virtual School Head will attend"
    assert why_role_title(text, _candidate(text, "Virtual School Head", "SCHOOL")) is not None
    text = "Kerry Head will attend"
    assert why_role_title(text, _candidate(text, "Kerry Head", "PERSON")) is None
    text = "Mrs Head will attend"
    assert why_role_title(text, _candidate(text, "Head", "PERSON")) is None


THINGS = [
    # a named thing before its kind
    ("Ellie-Mae Burrows will bring the Star Reader leaflets to Friday's coffee morning.", ["Star Reader"],
     ["Ellie-Mae Burrows"]),
    ("Year 6 sang at the Young Stars concert; Dominic Achebe did a solo.", ["Young Stars"], ["Dominic Achebe"]),
    # a house or team of a points tally, alone elsewhere in the text
    ("House points: Lovelace 310 · Brunel 295 · Pankhurst 280.\nWell done Lovelace! Tilly Marsh got the most.",
     ["Lovelace 310", "Lovelace!"], ["Tilly Marsh"]),
    # a scale's eponym before its score
    ("Hypermobility (Beighton 7/9) noted; Aurelia Stanescu wears insoles.", ["Beighton"], ["Aurelia Stanescu"]),
    # a short month after a deadline word; a person named Jan stays
    ("Panel agreed Feb; plan due Sept. Jan Nowicki (dad) rang.", ["Feb", "Sept"], ["Jan Nowicki"]),
    # a car beside its registration
    ("Mum's car, a blue Vauxhall Zafira (reg AB12 CDE), was outside; Kelsey Briggs was in it.",
     ["Vauxhall Zafira"], ["AB12 CDE", "Kelsey Briggs"]),
    # a language in a form's capitals
    ("Home language: ROMANIAN   Interpreter: yes   Child: Ionut Dragomir", ["ROMANIAN"], ["Ionut Dragomir"]),
]


@pytest.mark.parametrize(("text", "keep", "find"), THINGS)
def test_things_the_text_shows(detector: Detector, text: str, keep: list[str], find: list[str]) -> None:
    test_rows(detector, text, keep, find)


STAY = [
    "Mrs Okafor came to the Star Reader event with Priya Patel.",  # a name after a named thing before its kind
    "Email from Jan about the Sept panel.",  # "from Jan": a person
    "Mrs Lovelace 310 Brunel Road",  # no tally: one item
    "In the spelling test Ellis scored 8/10.",  # a given name before a score
    "Kia Morris and Mrs Seat came to the meeting.",
]


@pytest.mark.parametrize("text", STAY)
def test_names_beside_those_shapes_stay(detector: Detector, text: str) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in ("Patel", "Okafor", "Jan", "Lovelace", "Ellis", "Kia Morris", "Seat"):
        if word in text:
            assert found(spans, text, word), (word, text, spans)


def test_a_known_place_before_a_kind_stays(detector: Detector) -> None:
    text = "The family moved off the Chatteris site in November; Mrs Quilligan helps."
    spans = [(s.start, s.end) for s in detector.detect(text)]
    assert found(spans, text, "Chatteris"), spans


MORE = [
    # the world's regions: a family's origin at most
    ("Her grandparents live in the Middle East and her aunt in West Africa; Efe Okoro lives in Croydon.",
     ["Middle East", "West Africa"], ["Efe Okoro", "Croydon"]),
    ("Families from Eastern Europe and the Caribbean use the hub, says Gosia Nowak.",
     ["Eastern Europe", "Caribbean"], ["Gosia Nowak"]),
    # relatives' words of other languages
    ("Ciocia and Wujek came to the review with Bartosz Lis.", ["Ciocia", "Wujek"], ["Bartosz Lis"]),
    # school systems and meeting apps
    ("Messages come through Arbor and ParentPay; Dad prefers Zoom, says Nia Okafor.", ["Arbor", "ParentPay", "Zoom"],
     ["Nia Okafor"]),
    # classes and groups named in a list before their plural head, and alone after "in"
    ("Maple, Cedar and Birch groups rotate; Cedar Obi (Year 2) moved to Birch.", ["Maple", "Birch groups", "to Birch"],
     ["Cedar Obi"]),
    ("Oak and Ash classes share a TA. Ash Patel is in Oak.", ["Oak and Ash", "in Oak"], ["Ash Patel"]),
    # a children's programme
    ("She watches Cocomelon before bed, says Grandma Ife Adeyemi.", ["Cocomelon"], ["Ife Adeyemi"]),
    # funding bands and levels
    ("Element 3 funding at Band D was agreed for Tyrese Campbell.", ["Element 3", "Band D"], ["Tyrese Campbell"]),
]


@pytest.mark.parametrize(("text", "keep", "find"), MORE)
def test_regions_kin_apps_levels(detector: Detector, text: str, keep: list[str], find: list[str]) -> None:
    test_rows(detector, text, keep, find)


def test_a_name_before_a_form_label_stays(detector: Detector) -> None:
    text = "Social worker: Adaeze Onyekachi    Team manager: Gary Prendergast"
    spans = [(s.start, s.end) for s in detector.detect(text)]
    assert found(spans, text, "Adaeze Onyekachi"), spans


def test_people_named_like_levels_and_kin_stay(detector: Detector) -> None:
    text = "Mamie Walsh and Zia Rahman met Ms Level."
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in ("Mamie Walsh", "Zia Rahman", "Level"):
        assert found(spans, text, word), (word, spans)
