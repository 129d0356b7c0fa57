"""Names get whole edges and every mention; people get one label each, with a role only when the words
say so. Names here are not in the detector's lexicons (except where a row says so)."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text import RedactionSettings, TextRedactor
from redaction.text.absorb import absorb_neighbours, trim_person
from redaction.text.roles import mention_cues


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(settings=RedactionSettings(dob="remove"))


def _person(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), "PERSON", 0.8, "pattern")


@pytest.mark.parametrize(
    ("text", "found", "whole"),
    [
        ("Pupil: Leo Whitfield  Class: Year 5", "Leo", "Leo Whitfield"),
        ("Spoke to Leo J. Whitfield today", "Leo", "Leo J. Whitfield"),
        ("LEO WHITFIELD (DOB 01/02/2015)", "LEO", "LEO WHITFIELD"),
        ("Pupil: Whitfield, Leo\n", "Leo", "Whitfield, Leo"),
        ("Signed: S. Whitfield", "Whitfield", "S. Whitfield"),
        ("with Tadhg Abernethy's mum", "Abernethy", "Tadhg Abernethy"),
    ],
)
def test_a_name_absorbs_the_name_words_beside_it(text: str, found: str, whole: str) -> None:
    span = absorb_neighbours(text, _person(text, found))
    assert text[span.start : span.end] == whole


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Afterwards, Leo went home.", "Leo"),  # a sentence's opening word is not a surname
        ("On Monday Leo came in.", "Leo"),
        ("Leo Class: 5B", "Leo"),  # a field label
        ("Leo SENCo meeting", "Leo"),
    ],
)
def test_words_that_are_not_names_are_not_absorbed(text: str, found: str) -> None:
    span = absorb_neighbours(text, _person(text, found))
    assert text[span.start : span.end] == found


@pytest.mark.parametrize(
    ("text", "greedy", "name"),
    [
        ("Pupil: Leo Whitfield Class: Year 5", "Leo Whitfield Class", "Leo Whitfield"),
        ("Child: Leo Whitfield Date of birth", "Leo Whitfield Date", "Leo Whitfield"),
        ("Signed: S. Whitfield", "S. Whitfield", "S. Whitfield"),
    ],
)
def test_person_spans_lose_label_words_at_their_edges(text: str, greedy: str, name: str) -> None:
    span = trim_person(text, _person(text, greedy))
    assert span is not None and text[span.start : span.end] == name


def test_a_name_found_once_is_redacted_everywhere_in_every_writing(redactor: TextRedactor) -> None:
    text = ("Dear Mrs Quennell,\nThank you. QUENNELL'S file, Quennell’s letter and Mr Quennell.\n"
            "Pupil: Gethin Abernethy  Class: 4B\nGETHIN enjoys maths; Gethin's reading improved. ABERNETHY.")
    redacted = redactor.redact(text).redacted
    for word in ("Quennell", "QUENNELL", "Gethin", "GETHIN", "Abernethy", "ABERNETHY"):
        assert word not in redacted, redacted
    assert "Class: 4B" in redacted


def test_particles_and_hyphens_go_with_the_name(redactor: TextRedactor) -> None:
    text = "Dear Mrs Van der Merwe,\nThe Van der Merwe family and Okonkwo-Brightmore. Dear Mr Okonkwo-Brightmore."
    redacted = redactor.redact(text).redacted
    assert "Merwe" not in redacted and " der " not in redacted and "Okonkwo" not in redacted, redacted


def test_a_place_that_is_a_name_found_for_a_person_is_that_person(redactor: TextRedactor) -> None:
    text = "Caller: Malika Abernethy (mum of Tadhg, Year 5), 07700 900123. Tadhg's sessions were cut. Tadhg"
    result = redactor.redact(text)
    assert "[Place" not in result.redacted and {r["type"] for r in result.report if "Tadhg" in text[r["start"]:r["end"]]} == {"PERSON"}


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Caller: Sarah Whitfield (mum of Leo, Year 5)", "Sarah Whitfield", "Parent"),
        ("Caller: Sarah Whitfield (mum of Leo, Year 5)", "Leo", "Child"),
        ("I, Sarah Whitfield, parent of Leo Whitfield (DOB 14/03/2014)", "Sarah Whitfield", "Parent"),
        ("I, Sarah Whitfield, parent of Leo Whitfield (DOB 14/03/2014)", "Leo Whitfield", "Child"),
        ("Class teacher: Mr R. Patel", "Mr R. Patel", "Teacher"),
        ("teaching assistant, Mrs Okonkwo, because", "Mrs Okonkwo", "Teacher"),
        ("Dr Amina Rahman, Consultant Paediatrician", "Dr Amina Rahman", "Professional"),
        ("Leo's mum would like", "Leo", "Child"),
        ("Sarah's son is eight", "Sarah", "Parent"),
        ("her son Tadhg is eight", "Tadhg", "Child"),
        ("Re: Leo Whitfield, DOB 14/03/2014", "Leo Whitfield", "Child"),
    ],
)
def test_role_cues_are_read_in_their_direction(text: str, mention: str, role: str) -> None:
    start = text.index(mention)
    votes = mention_cues(text, start, start + len(mention)).votes
    assert max(votes, key=votes.__getitem__) == role, votes


@pytest.mark.parametrize(
    "text",
    ["Dear Ms Okafor,\nThanks for the call.", "To: Sarah Whitfield\nDear Ms Whitfield,", "Caller: Tadhg Abernethy"],
)
def test_without_a_cue_the_label_is_neutral(redactor: TextRedactor, text: str) -> None:
    labels = {r["replacement"] for r in redactor.redact(text).report if r["type"] == "PERSON"}
    assert labels == {"Person 1"}, labels


def test_a_shared_surname_with_a_title_goes_to_the_adult_who_fits(redactor: TextRedactor) -> None:
    text = ("Ella Hughes (mum) and her son Jack Hughes (DOB 01/02/2015) came in. Mrs Hughes said Jack was tired. "
            "Mr Hughes was away.")
    redacted = redactor.redact(text).redacted
    assert redacted.startswith("Parent A (mum) and her son Child 1 (DOB [DATE OF BIRTH]) came in. Parent A said Child 1"), redacted
    assert "Parent A was away" not in redacted and "Child 1 was away" not in redacted, redacted


def test_a_shared_surname_nothing_tells_apart_gets_a_family_label(redactor: TextRedactor) -> None:
    redacted = redactor.redact("Mark Hughes and Paul Hughes attended. Mr Hughes said it went well.").redacted
    assert redacted == "Person 1 and Person 2 attended. Family 1 said it went well.", redacted


def test_known_entries_of_one_person_are_one_person(redactor: TextRedactor) -> None:
    known = {"PERSON": ["Sarah Whitfield", "Leo Whitfield", "Leo"]}
    text = "Caller: Sarah Whitfield (mum of Leo). Leo Whitfield is 11. Ms Whitfield called. LEO."
    redacted = redactor.redact(text, known=known).redacted
    assert redacted == "Caller: Parent A (mum of Child 1). Child 1 is 11. Parent A called. Child 1.", redacted


def test_the_case_record_role_wins_over_cues(redactor: TextRedactor) -> None:
    known = {"PERSON:parent": ["Ella Hughes"], "PERSON:child": ["Jack Hughes"]}
    redacted = redactor.redact("Jack Hughes's mum Ella Hughes rang.", known=known).redacted
    assert redacted == "Child 1's mum Parent A rang.", redacted


@pytest.mark.parametrize(
    ("word", "english"),
    [("Everyone", True), ("Staff", True), ("Meetings", True), ("Attended", True), ("Advised", True),
     ("Gethin", False), ("Naveed", False), ("Wiktor", False), ("Mehreen", False)],
)
def test_an_opening_word_is_english_or_may_be_a_name(word: str, english: bool) -> None:
    from redaction.text.english import is_english_word

    assert is_english_word(word) is english


@pytest.mark.parametrize(
    ("text", "name"),
    [("Hi Noor,\nGethin can come on Tuesday after 3pm.", "Gethin"),
     ("Meeting notes.\nWiktor also attends the club.", "Wiktor"),
     ("Blood pressure normal. Mehreen reports improved concentration.", "Mehreen"),
     ("Lachlan can come on Fridays. Precious also attends the club.", "Precious"),  # an English word too
     ("The plan was agreed.\nShay can come to meetings on Fridays.", "Shay")],
)
def test_a_first_name_opening_a_sentence_without_a_cue_is_found(redactor: TextRedactor, text: str, name: str) -> None:
    assert name not in redactor.redact(text).redacted


@pytest.mark.parametrize(
    "text",
    ["Everyone can come on Tuesday.", "Staff said the plan was fine.", "Meetings will be held termly.",
     "Attendance is 94%. Progress is steady.", "Governors agreed the budget.", "Precious little has changed."],
)
def test_an_ordinary_opening_word_is_not_a_name(redactor: TextRedactor, text: str) -> None:
    assert redactor.redact(text).redacted == text


def test_a_note_opening_verb_is_not_part_of_the_name(redactor: TextRedactor) -> None:
    text = "Caller: Roisin Rahimi (mum)\nAdvised Roisin about exclusion guidance. Roisin said she is struggling."
    redacted = redactor.redact(text).redacted
    assert redacted == ("Caller: Parent A (mum)\nAdvised Parent A about exclusion guidance. "
                        "Parent A said she is struggling."), redacted


def test_a_greeting_by_first_name_joins_the_one_person_known_by_that_initial(redactor: TextRedactor) -> None:
    text = "From: Mehreen Ahmadzai\nTo: N. Sekhon <n.sekhon@school.example>\n\nHi Nuala,\nTadhg was upset. Thanks."
    labels = {text[r["start"] : r["end"]]: r["replacement"] for r in redactor.redact(text).report if r["type"] == "PERSON"}
    assert labels["N. Sekhon"] == labels["Nuala"] != labels["Mehreen Ahmadzai"], labels
    assert labels["Tadhg"] not in (labels["Nuala"], labels["Mehreen Ahmadzai"]), labels


def test_a_learner_number_after_a_name_marks_the_young_person(redactor: TextRedactor) -> None:
    text = "REVIEW\nOONAGH JANKOWSKI   ULN 3394667893\nMrs Jankowski said Oonagh needs help with money."
    redacted = redactor.redact(text).redacted
    # Mrs Jankowski, an adult with the young person's surname, is a parent.
    assert redacted == "REVIEW\nChild 1   ULN [ULN]\nParent A said Child 1 needs help with money.", redacted


@pytest.mark.parametrize(
    ("text", "name"),
    [("SMITH-GRANGER Maddison-Rae joined in 2019.", "SMITH-GRANGER Maddison-Rae"),
     ("Notes on WARDAK Abdul today.", "WARDAK Abdul"),
     ("Re: SMITH, Maddison-Rae (Year 4)", "SMITH, Maddison-Rae")],
)
def test_a_surname_in_capitals_before_the_first_name_is_one_name(redactor: TextRedactor, text: str, name: str) -> None:
    assert [text[r["start"] : r["end"]] for r in redactor.redact(text).report if r["type"] == "PERSON"] == [name]


@pytest.mark.parametrize("text", ["URGENT Please reply today.", "NHS England said no.", "SEN Support plan", "ASD Pathway"])
def test_capitals_before_a_word_are_no_name_when_they_are_words_or_acronyms(redactor: TextRedactor, text: str) -> None:
    assert redactor.redact(text).redacted == text


@pytest.mark.parametrize(
    "text",
    ["Shay will apply for top-up funding of £1,200.",
     "Yours sincerely,\nNoor Osei\nEHC Co-ordinator\nDirect line: 01632 960756",
     "Voicemail transcript 11th of March 2024 09:12\nhi its me",
     "Spoke to the SENCo about the timetable.",
     "Apologies: Miss Tamang, SW; Mr Loughlin, parent; miss sekhon, ep",
     "Dong-Hyun Mensah-Bonsu (DMB) – Virtual School"],
)
def test_ordinary_words_and_roles_beside_names_stay(redactor: TextRedactor, text: str) -> None:
    redacted = redactor.redact(text).redacted
    for word in ("top-up", "Direct", "Voicemail", "Spoke", "SW", "ep", "Virtual School"):
        assert word not in text or word in redacted, redacted
