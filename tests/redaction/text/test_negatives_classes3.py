"""Classes of over-redaction closed in the negs3 work (December 2026), each with rows that must stay and rows with the
same words that must still be found: SEND acronyms beside a name ("the EWO, Dean Pollitt"), days and months of a
date or a log ("Fri 7 Mar", "Thu: ..."), authors credited ("(after Carol Gray)", "Maslow's hierarchy"), Welsh job
titles, classes, days and seasons, generic medicines by their stem, rooms and wards, public figures and characters,
an eponym with its edition or head, a signature's job line, and a foreign reading's cut vetted like any candidate.

The rows are written for these tests; none is taken from a measuring or held-back set."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.detector import Detector
from redaction.text.named_things import why_medicine_by_ending, why_public_figure, why_role_title
from redaction.text.negatives import why_not_a_person
from redaction.text.pipeline.weak_cues import cut_before_a_role_line
from row_checks import candidate, found, touched


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _spans(detector: Detector, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in detector.detect(text)]


def _candidate(text: str, word: str, kind: str = "PERSON", score: float = 0.85) -> Span:
    return candidate(text, word, kind, score, "model")


ROWS = [
    # SEND acronyms beside a name: a role, a service or a diagnosis, never part of the name
    ("The IRO, Bernadette Quayle, chaired the review.", ["IRO"], ["Bernadette Quayle"]),
    ("son Ravi DLD, daughter Anjali EBSA since Easter", ["DLD", "EBSA"], ["Ravi", "Anjali"]),
    ("Tomasz asked about DLA - Wiktoria to chase it.", ["DLA"], ["Tomasz", "Wiktoria"]),
    ("PCSO Gethin Rowe spoke to the boys at the gate.", ["PCSO"], ["Gethin Rowe"]),
    # days and months of a date, a log's days
    ("2) Tue 4 Feb 09:12 from 07700 900 552 (0:31)\nCaller: Shona Baird", ["Tue 4 Feb"], ["Shona Baird"]),
    ("exported Wed 12 Feb 2025 17:40 by Callum Reid", ["Wed 12 Feb 2025"], ["Callum Reid"]),
    ("Mon: Kofi calm all day.\nWed: Kofi hit Amari at lunch.\nFri: good week.", ["Mon", "Wed", "Fri"],
     ["Kofi", "Amari"]),
    ("> On Tue, 3 Sept 2024 at 08:15, Halina Wrobel wrote:", ["Tue"], ["Halina Wrobel"]),
    # authors credited
    ("Comic Strip Conversations (after Carol Gray) helped Ifeoma explain the fight.", ["Carol Gray"], ["Ifeoma"]),
    ("We used mediated learning (after Feuerstein and Vygotsky) with Rhodri.", ["Feuerstein", "Vygotsky"], ["Rhodri"]),
    ("Bowlby's attachment theory and Maslow's hierarchy framed the report on Keeley Stott.", ["Maslow"],
     ["Keeley Stott"]),
    ("Year 5 read \"Kensuke's Kingdom\" by Michael Morpurgo with Mr Adeyinka.", ["Michael Morpurgo"], ["Adeyinka"]),
    # Welsh job titles, classes, days and seasons
    ("Eurgain Pryce\nSwyddog Cynhwysiant\n\ncc: Dr Tegid Owen, Seicolegydd Addysg", ["Swyddog Cynhwysiant",
     "Seicolegydd Addysg"], ["Eurgain Pryce", "Tegid Owen"]),
    ("Mae Cadi yn hapus yn Dosbarth Coch.", ["Coch"], ["Cadi"]),
    ("Cyfarfod nos Fercher a dydd Gwener gyda Mr Aled Price.", ["dydd Gwener"], ["Aled Price"]),
    ("Erbyn diwedd Tymor yr Haf bydd Mabli yn darllen.", ["Tymor yr Haf"], ["Mabli"]),
    # generic medicines by their stem
    ("Since March Lowri takes levetiracetam and oral prednisolone.", ["levetiracetam", "prednisolone"], ["Lowri"]),
    # rooms and wards
    ("Lunch in the Dining Hall, then Bushra goes to the Sports Hall.", ["Dining Hall", "Sports Hall"], ["Bushra"]),
    ("Ward: Kingfisher Ward   Consultant: Dr Ebere Nwosu", ["Kingfisher Ward"], ["Ebere Nwosu"]),
    # public figures and characters
    ("Jaxon loves Julia Donaldson books and learnt about Rosa Parks.", ["Julia Donaldson", "Rosa Parks"], ["Jaxon"]),
    # an eponym with its edition or its head
    ("The Griffiths III and Wechsler subtests were done by Dr Ama Boateng.", ["Griffiths III", "Wechsler"],
     ["Ama Boateng"]),
]


@pytest.mark.parametrize(("text", "keeps", "finds"), ROWS)
def test_negatives_stay_and_names_are_found(detector: Detector, text: str, keeps: list[str], finds: list[str]) -> None:
    spans = _spans(detector, text)
    for word in keeps:
        assert not touched(spans, text, word), (word, text, spans)
    for word in finds:
        assert found(spans, text, word), (word, text, spans)


STILL_FOUND = [
    # the same words as identifiers
    ("Attendance at Nelson Mandela School was 41% last term; Roald Dahl Primary offered a place.",
     ["Nelson Mandela School"]),
    ("Mrs Hall and Kate Ward met Jenny Hall in the office.", ["Hall", "Kate Ward", "Jenny Hall"]),
    ("Dear Mrs Maslow, thank you for coming.", ["Maslow"]),
    ("Grace's sister Mar came on Friday with Jan Kowalski.", ["Mar", "Jan Kowalski"]),
    ("Dr Gwyn Roberts\nConsultant Paediatrician", ["Gwyn Roberts"]),
]


@pytest.mark.parametrize(("text", "finds"), STILL_FOUND)
def test_identifiers_with_the_same_words_are_still_found(detector: Detector, text: str, finds: list[str]) -> None:
    spans = _spans(detector, text)
    for word in finds:
        assert found(spans, text, word), (word, text, spans)


def test_reasons() -> None:
    text = "He is now on deflazacort."
    assert why_medicine_by_ending(text, _candidate(text, "deflazacort")) is not None
    text = "Her friend Francine came."
    assert why_medicine_by_ending(text, _candidate(text, "Francine")) is None
    text = "She enjoys Roald Dahl."
    assert why_public_figure(text, _candidate(text, "Roald Dahl")) is not None
    text = "Roald Dahl Primary"
    assert why_public_figure(text, _candidate(text, "Roald Dahl")) is None
    text = "Cydlynydd ADY: Mrs Siwan Hughes"
    assert why_role_title(text, _candidate(text, "Cydlynydd ADY")) is not None
    text = "Athro Gareth Jones"
    assert why_role_title(text, _candidate(text, "Athro Gareth Jones")) is None
    text = "Social Stories (after Carol Gray)"
    assert why_not_a_person(text, _candidate(text, "Carol Gray")) is not None
    text = "Shape Coding (after Nadia Elkhatib)"
    assert "credited" in (why_not_a_person(text, _candidate(text, "Nadia Elkhatib")) or "")
    text = "Mon 10 Mar 2025"
    assert why_not_a_person(text, _candidate(text, "Mar")) is not None
    text = "Mar said she would come."
    assert why_not_a_person(text, _candidate(text, "Mar")) is None


def test_a_signature_line_of_a_job_is_cut_off() -> None:
    text = "Thanks\nMarsha Quigley\nTransition Coordinator, Post-16 Team"
    span = Span(text.index("Marsha"), text.index(","), "PERSON", 0.8, "pattern")
    cut = cut_before_a_role_line(text, span)
    assert text[cut.start : cut.end] == "Marsha Quigley"
    text = "Yours sincerely\nDr Imran Qureshi\nGeneral Practitioner"
    span = Span(text.index("Dr"), text.index("Practitioner") - 1, "PERSON", 0.9, "pattern")
    cut = cut_before_a_role_line(text, span)
    assert text[cut.start : cut.end] == "Dr Imran Qureshi"
    text = "Thanks\nMarsha\nQuigley"
    span = Span(text.index("Marsha"), len(text), "PERSON", 0.8, "pattern")
    assert cut_before_a_role_line(text, span) == span
