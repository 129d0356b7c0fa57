"""Negatives read from the text itself: words it also writes in lower case, lower-case dictionary words,
initialisms; names that look like them stay."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.negatives import why_not_a_person


def _why(text: str, candidate: str, *, source: str = "model", score: float = 0.6) -> str | None:
    start = text.index(candidate)
    return why_not_a_person(text, Span(start, start + len(candidate), "PERSON", score, source))


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("| Bedside | maths |\nTeaching happens at the bedside on the ward.", "Bedside"),
        ("A Follow-up is booked for March.", "Follow-up"),  # a compound the dictionary holds whole
        ("The Check-in was at 9.", "Check-in"),
        ("11  Prospectus and offer of a place\nThe prospectus lists the units.", "Prospectus"),
        ("Referral to the health visitor was made.", "health visitor"),
        ("Ask the school nurse; the nurse and the school agreed.", "school nurse"),
        ("The HT agreed the plan. HT to write to the family.", "HT"),
        ("Additional Learning Needs (ALN) support; ALN review due.", "ALN"),
        ("A Year 9 pupil. Reading assessment by an NGRT. NGRT: standard age score 74.", "NGRT"),
        ("BETWEEN ELENA POPESCU (Appellant) and LUTON. Withheld at the Appellant's request.", "Appellant"),
        ("Fri 26/4 | AM | TB/KW | Review meeting", "Fri"),
        ("Darpariaeth Ddysgu Ychwanegol (DDY) / Additional Learning Provision; DDY weekly.", "DDY"),
        ("Ms Elin Soerensen, art and outreach (Tue–Fri)", "Fri"),
        # genperson2: lower-case English words in a line whose writer capitalises names; a heading of capitals
        # holding two dictionary words run together
        ("A neighbour in Castlebar said her nephew used (+353 94 902 1177) the van.", "used"),
        ("ASSURED SHORTHOLD TENANCY\n(Housing Act 1988, Part I)", "ASSURED SHORTHOLD TENANCY"),
        ("WORKPLACE GRIEVANCE PROCEDURE\nStage 1", "WORKPLACE GRIEVANCE PROCEDURE"),
    ],
)
def test_the_text_shows_it_is_no_name(text: str, candidate: str) -> None:
    assert _why(text, candidate) is not None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Adviser: Priti Chauhan (PC)\n[00:00:04] PC: You're through to the helpline.", "PC"),
        ("Maths (TN) | English (JO) | Maths (TN)", "TN"),
        ("Thanks for the draft PEP for Haven ahead of Wednesday. It is a safe haven for her.", "Haven"),
        ("It has been a rough week with Wren. We watched a wren nesting.", "Wren"),
        ("Harmony Best and Tyler Best live with their gran. Best was upset; he did his best.", "Best"),
        ("Mrs Baker rang. The baker's shop is closed.", "Baker"),
        ("Virtual School officer: Kerrie Lavers, kerrie.lavers@plymouth.gov.uk", "Kerrie Lavers"),
        ("Sent to grace, hope and will in the group chat; grace replied.", "grace"),
        ("| Thu Trang N. | 6 | Fairisle Infant School", "Thu"),
        ("We met the Smith family. Smith said the bus was late.", "Smith"),
        ("spoke to ms  wainwright about the morning routine", "wainwright"),
        ("Baker-Smith said she would call.", "Baker-Smith"),  # a double-barrelled surname of words
        ("Mrs Follow-up rang.", "Follow-up"),  # after a title, somebody
        # genperson2: a lower-case line gives no sign; a rare name the wider word list holds (a tree's) is no
        # ordinary word; capitals of a name are no heading, compound or not
        ("my son rory left the gate open and hes gutted", "rory"),
        ("its ngaio again sorry. will you let Mr Oyinlola know", "ngaio"),
        ("PUPIL: ASHWORTH LITTLEWOOD", "ASHWORTH LITTLEWOOD"),
        ("MR DANIEL FAIRWEATHER\n14 Elm Road", "DANIEL FAIRWEATHER"),
    ],
)
def test_names_stay(text: str, candidate: str) -> None:
    assert _why(text, candidate) is None


def test_a_field_value_is_read_as_its_label_says() -> None:
    text = "Name: Bedside\nWe teach at the bedside."
    assert _why(text, "Bedside", source="pattern", score=0.95) is None


def test_a_field_value_in_lower_case_words_is_a_role() -> None:
    text = "Referred by: health visitor (Morven Reid), October 2023"
    assert _why(text, "health visitor", source="pattern", score=0.95) is not None


def test_an_initialism_the_text_spells_out_is_no_person_even_after_a_cue() -> None:
    text = "In attendance: Mrs Sukhdeep Bains, Headteacher (HT); Mr Fuad Al-Saadi"
    assert _why(text, "HT", source="pattern", score=0.9) is not None


@pytest.mark.parametrize(
    ("text", "initials"),
    [("Adviser: Priti Chauhan (PC)   Caller", "PC"), ("Present: Tom Baker (TB), Ifan Tiwari (IT) - Parent", "TB")],
)
def test_a_persons_initials_after_the_name_stay(text: str, initials: str) -> None:
    assert _why(text, initials, source="pattern", score=0.9) is None


def test_a_lower_case_field_value_the_gazetteer_knows_stays() -> None:
    assert _why("name: shay\nage: 9", "shay", source="pattern", score=0.95) is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Plumber booked for 12:45 PM.", "PM"),
        ("new slot at 7:00 AM. Call", "AM"),
        ("between 6 pm and 9 PM", "PM"),
        ("I was charged 2,128 EUR twice on Monday.", "EUR"),
        ("a refund of 40 USD", "USD"),
    ],
)
def test_a_times_meridiem_and_a_currency_after_an_amount_are_no_person(text: str, candidate: str) -> None:
    assert _why(text, candidate) is not None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Pam and Eur met us.", "Pam"),
        ("Then PM said she would call.", "PM"),  # initials acting as a person, no time before
    ],
)
def test_those_words_elsewhere_may_be_names(text: str, candidate: str) -> None:
    assert _why(text, candidate) is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Dear Sir or Madam,\n\nFORMAL COMPLAINT (STAGE 1) - school transport", "FORMAL COMPLAINT"),
        ("Children's Team (Furness)\nDIRECT PAYMENT AGREEMENT (CHILDREN)", "PAYMENT AGREEMENT"),
        ("| Support | Who | Review |\n| Financial | Special guardianship allowance | annual |", "Financial"),
        ("Elective Home Education and Children Missing Education\n1 Reading Lane", "Missing"),
        ("| PM | RP | Left site at 13:30 without permission |", "Left"),
        ("Lead professional: Named Person (Head Teacher)", "Named Person"),
        ("REPLY SLIP - please return to the school office", "REPLY SLIP"),
        ("Court: Sunderland Family Court, order made in March", "Court"),  # a surname-list word, no given name
        ("Funding Band E (£12,400) was agreed at the Resource Panel.", "Band E"),  # a band letter
    ],
)
def test_words_that_are_nobodys_name_go(text: str, candidate: str) -> None:
    assert _why(text, candidate) is not None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Haven's attachment difficulties were discussed at the review.", "Haven"),  # with an apostrophe's
        ("Team manager approval: R. Dent          Date: 19/04/2024", "R. Dent"),  # an initial before
        ("Mr Carver rang the office about transport.", "Carver"),  # a title before
        ("Carver said he would ring the office.", "Carver"),  # a verb only people do after
        ("Lee Carver rang. Carver is worried about the bus.", "Carver"),  # after a given name in the text
        ("Wren (21/04/2015) and Fen (30/09/2017) live with their gran.", "Wren"),  # with a date of birth
        ("Visits are hard for Wren because of her profile.", "Wren"),  # mid-sentence after a lower-case word
        ("Ocean\nHarbour Road\nPlymouth PL1 2AB", "Ocean"),  # an address block's line
        ("Consultation responses: Lea Manor (15/01/2024)", "Lea Manor"),  # a given name
        ("Harmony: \"I want to stay at Nana's for ever.\"", "Harmony"),
        ("- EG to refer to CAMHS\n- LOB to draft the plan", "LOB"),  # capitals short enough to be initials
    ],
)
def test_words_used_as_names_stay(text: str, candidate: str) -> None:
    assert _why(text, candidate) is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Advice will also be soguht from the EP.", "soguht"),  # a typo of a dictionary word
        ("Contact with birth family: letterbox twice a year.", "letterbox"),
        ("Bank statements and timesheets to be sent every three months.", "timesheets"),
        ("He needs a written checklist and finds it hard to ask for help.", "checklist"),
    ],
)
def test_lower_case_words_that_are_nobodys_name_go(text: str, candidate: str) -> None:
    assert _why(text, candidate) is not None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("spoke to keziah about the bus", "keziah"),  # a name in the gazetteer, typed in lower case
        ("lucja said zion is working away", "zion"),
        ("Tazmyn came in. later tazmyn rang back", "tazmyn"),  # the text writes it with a capital too
        ("spoke to ms vexley about the bus", "vexley"),  # a title before
        ("spoke to taras this morning, eilonwy was at work", "eilonwy"),  # a rare name: no words run together
        ("my mum ngaio will help me fill it in", "ngaio"),  # in the dictionary, but no compound and no typo
        ("spoke to ms boxlight today. boxlight rang back", "boxlight"),  # a title before, and in the text again
    ],
)
def test_lower_case_names_stay(text: str, candidate: str) -> None:
    assert _why(text, candidate) is None


def _why_typed(text: str, candidate: str, kind: str) -> str | None:
    start = text.index(candidate)
    return why_not_a_person(text, Span(start, start + len(candidate), kind, 0.6, "model"))


@pytest.mark.parametrize(
    ("text", "candidate", "kind"),
    [
        ("Section B Special educational needs 4 Section C Health needs 7", "Health", "SCHOOL"),
        ("London NW5 2QE Parents Elif Yilmaz (mother)", "Parents", "SCHOOL"),
        ("Contact Mr Daniel Foulkes (Assistant Head, Inclusion) on the school number", "Inclusion", "LOCATION"),
    ],
)
def test_words_that_name_no_place_or_school_go(text: str, candidate: str, kind: str) -> None:
    assert _why_typed(text, candidate, kind) is not None


@pytest.mark.parametrize(
    ("text", "candidate", "kind"),
    [
        ("He attends Riverside Primary in Year 3.", "Riverside Primary", "SCHOOL"),  # a setting word
        ("School: Riverside\nDate: 3 May", "Riverside", "SCHOOL"),  # read whole from a field
        ("We went to Reading on Monday.", "Reading", "LOCATION"),  # a place the gazetteer knows
        ("Court: Sunderland Family Court, order made.\nMr Court rang twice.", "Court", "PERSON"),  # after a title
    ],
)
def test_places_schools_and_names_of_words_stay(text: str, candidate: str, kind: str) -> None:
    assert _why_typed(text, candidate, kind) is None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("EDUCATION, HEALTH AND CARE PLAN\nSection A: The views of the child", "CARE"),
        ("CONSENT TO SHARE INFORMATION – EHC NEEDS ASSESSMENT\nSection 1", "TO"),
        ("PART D – PROFESSIONALS INVOLVED (tick and give names if known)", "PROFESSIONALS"),
        ("SECTION A: THE VIEWS, INTERESTS AND ASPIRATIONS OF THE CHILD", "VIEWS"),
    ],
)
def test_a_heading_of_capitals_holds_no_person(text: str, candidate: str) -> None:
    assert _why(text, candidate) is not None


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("MR JOHN SMITH\n14 Brook Lane", "SMITH"),  # a title and a given name
        ("SHAW, RILEY\nDate of birth: 2016-02-29", "SHAW"),  # a given name on the line
        ("SURNAME: COOK\nFORENAME: ALFIE", "COOK"),  # a field of capitals
        ("TO: BAKER\nRE: TRANSPORT", "BAKER"),
    ],
)
def test_names_in_capitals_stay(text: str, candidate: str) -> None:
    assert _why(text, candidate) is None
