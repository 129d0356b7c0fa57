"""Classes of over-redaction closed in the sendprec work (December 2026), each with rows that must stay and rows of
the same shape whose names must still be found: a lower-case word after "by", "from", "with" in a sentence its
writer opened with a capital (:mod:`redaction.text.recognizers.informal`); a mail program's reply or forward marker
in a subject line, a timetable's AM and PM, and a word a note cuts short ("interp", "addr":
:func:`redaction.text.english.abbreviates_a_word`) (:mod:`redaction.text.negatives`); a heading in capitals read as
initials before a verb (:mod:`redaction.text.recognizers.initials`); a field's value running past its name into the
sentence's words or a grade glued to a number (:mod:`redaction.text.recognizers.field_person`); and a term before
its abbreviation in capitals (:mod:`redaction.text.recognizers.person`).

The rows are written for these tests; none is taken from a measuring or held-back set."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers.initials import in_person_context
from redaction.text.recognizers.lowercase_cued_name import opens_in_lower_case
from row_checks import found, touched


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


ROWS = [
    # a lower-case word after a weak cue, in a sentence opened with a capital: a word
    ("Mrs Adeyemi said Tolu copies whole scenes from cartoons and adverts.", ["cartoons", "adverts"],
     ["Adeyemi", "Tolu"]),
    ("The review was held by phone with Callum's dad and by video with the OT.", ["phone", "video"], ["Callum"]),
    ("Staff sat Ines beside the window and used her wobble cushion.", ["used"], ["Ines"]),
    # ... while a note typed without capitals keeps its names after the same cues
    ("plan finalised by nadia uddin on friday", [], ["nadia uddin"]),
    ("[03/03/2025, 08:12] Gemma: lift with shabnam tmrw?", [], ["Gemma", "shabnam"]),
    # reply and forward markers of a subject line
    ("From: Rosa Lindqvist\nSubject: FW: Oskar - taxi escort\n\nSee below.", ["FW"], ["Rosa Lindqvist", "Oskar"]),
    ("Subject: RE: Fwd: AW: Milan's review paperwork", ["RE", "Fwd", "AW"], ["Milan"]),
    ("Subject: FW: Bartek - reduced timetable??", ["FW"], ["Bartek"]),
    # a heading in capitals: its short words are no initials
    ("AGREEMENT TO SHARE RECORDS (Health)\nParent: Joanne Pike", ["TO"], ["Joanne Pike"]),
    ("JK to send the minutes; KL agreed to chase the OT report.", [], ["JK", "KL"]),
    # a field's value: the name, then the sentence's lower-case words or a grade glued to a number
    ("Young person: Harvey Bligh, aged 15, Year 10", ["aged"], ["Harvey Bligh"]),
    ("Pupil: Harvey Bligh, born 4 May 2011\nReview: 9 June 2025", ["born"], ["Harvey Bligh", "4 May 2011"]),
    ("Written by: Gail Ruddock, key person (Wrens Room)", ["key person"], ["Gail Ruddock"]),
    ("Completed by: Priya Nair, family support worker", ["family support worker"], ["Priya Nair"]),
    ("Signed: Dr Kwame Asante, ST4 Community Paediatrics", ["ST4"], ["Kwame Asante"]),
    ("name: liam o'connor, tyler fenwick", [], ["liam o'connor", "tyler fenwick"]),
    ("Surname: NOWICKA, Zofia", [], ["NOWICKA", "Zofia"]),
    # a session of the day in a timetable or a log, beside staff initials that stay found
    ("Wed 5/3 | AM maths | GH | calm\n         | PM outdoor | GH | walk", ["AM", "PM"], []),
    ("Thu 6/3 AM: swimming. PM - cooking.", ["AM", "PM"], []),
    ("AM said she would chase the report; AM to send the minutes.", [], ["AM"]),
    # a term before its abbreviation in capitals, beside a given name before a surname in capitals
    ("Attendance YTD 93.4%; Trauma-focused CBT weekly with Dr Ffion Rees.", ["Attendance YTD", "Trauma-focused CBT"],
     ["Ffion Rees"]),
    ("Hope OKAFOR and Faith WU joined the group.", [], ["Hope OKAFOR", "Faith WU"]),
    # words a note cuts short, beside names typed in lower case
    ("c/w mum - interp needed, somali. addr on file. kayden upset at sch.", ["interp", "addr", "sch"], ["kayden"]),
]


@pytest.mark.parametrize(("text", "keeps", "finds"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_words_stay_and_names_are_found(detector: Detector, text: str, keeps: list[str], finds: list[str]) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in keeps:
        assert not touched(spans, text, word), word
    for name in finds:
        assert found(spans, text, name), name


@pytest.mark.parametrize(("text", "word", "lower"), [
    ("He repeats phrases from television.", "television", False),
    ("repeats phrases from television", "television", True),
    ("[12:01] Sam: went with kasia", "kasia", True),
    ("I went with kasia", "kasia", True),  # the writer's "I" is no sign of capitals
    ("ok. Went with kasia", "kasia", False),
])
def test_opens_in_lower_case(text: str, word: str, lower: bool) -> None:
    assert opens_in_lower_case(text, text.index(word)) is lower


def test_initials_before_a_verb_in_capitals_are_a_heading() -> None:
    heading = "CONSENT TO SHARE INFORMATION"
    minutes = "TO shared the plan"
    assert not in_person_context(heading, 8, 10)
    assert in_person_context(minutes, 0, 2)
