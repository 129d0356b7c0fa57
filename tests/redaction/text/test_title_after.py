"""A person's name directly followed by their job title (:mod:`redaction.text.title_after`): the title's first word
("Programme", "Assessment", "Class") no longer makes the name a named thing, a span that ran into the title is cut
at the name, and the title's words stay. Beside them, rows where the same words still make a named thing.

The rows are written for these tests; none is taken from a measuring or held-back set or from the nametitle rows."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text.detector import Detector
from redaction.text.title_after import cut_at_title, name_before_title, title_after
from row_checks import found, touched


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _span(text: str, surface: str) -> Span:
    start = text.index(surface)
    return Span(start, start + len(surface), "PERSON", 0.85, "patterns")


@pytest.mark.parametrize(("text", "after", "title"), [
    ("Harriet Cole Programme Lead joined", "Harriet Cole", "Programme Lead"),
    ("Apologies: Jenny Platt Family Support Worker", "Jenny Platt", "Family Support Worker"),
    ("Present: Liam Dodd Head of Year 7, Mum", "Liam Dodd", "Head of Year 7"),
    ("Rukhsana Begum SENCo", "Rukhsana Begum", "SENCo"),
    ("Paul Reid Class Teacher", "Paul Reid", "Class Teacher"),
])
def test_title_after_a_name(text: str, after: str, title: str) -> None:
    end = text.index(after) + len(after)
    assert text[end:title_after(text, end)].strip() == title


@pytest.mark.parametrize(("text", "after"), [
    ("Harriet Cole Programme was run in May", "Harriet Cole"),  # no head word closes the run
    ("Harriet Cole\nProgramme Lead", "Harriet Cole"),  # another line
    ("Harriet Cole, Programme Lead", "Harriet Cole"),  # after a comma the title was never a risk
])
def test_no_title_after(text: str, after: str) -> None:
    assert title_after(text, text.index(after) + len(after)) is None


@pytest.mark.parametrize(("text", "candidate", "is_name"), [
    ("Harriet Cole Programme Lead joined", "Harriet Cole", True),
    ("Mrs Ashworth Class Teacher", "Ashworth", True),  # after a personal title
    ("The Nurture Programme Lead", "Nurture", False),  # one word, no given name
    ("Leeds Autism Service Lead", "Leeds", False),
])
def test_name_before_title(text: str, candidate: str, is_name: bool) -> None:
    assert name_before_title(text, _span(text, candidate)) is is_name


@pytest.mark.parametrize(("text", "candidate", "cut"), [
    ("Apologies: Jenny Platt Family Support Worker", "Jenny Platt Family Support Worker", "Jenny Platt"),
    ("Present: Rukhsana Begum SENCo", "Rukhsana Begum SENCo", "Rukhsana Begum"),
    ("Rob Ellis Senior Caseworker", "Rob Ellis Senior Caseworker", "Rob Ellis"),
    ("Mary Ann Smith Class Teacher", "Mary Ann Smith", None),  # Smith is the name's, the title is after the span
    ("Jenny Platt attended", "Jenny Platt", None),
])
def test_cut_at_title(text: str, candidate: str, cut: str | None) -> None:
    got = cut_at_title(text, _span(text, candidate))
    assert (None if got is None else text[got.start : got.end]) == cut


ROWS = [
    # (text, words that stay, names to find)
    ("Harriet Cole Programme Lead and Simon Price Assessment Lead joined the call.",
     ["Programme Lead", "Assessment Lead", "call"], ["Harriet Cole", "Simon Price"]),
    ("Signed Carl Whitby Assessment Coordinator", ["Assessment Coordinator"], ["Carl Whitby"]),
    ("Apologies: Jenny Platt Family Support Worker", ["Family Support Worker"], ["Jenny Platt"]),
    ("Present: Rukhsana Begum SENCo, Liam Dodd Head of Year 7", ["SENCo", "Head of Year 7"],
     ["Rukhsana Begum", "Liam Dodd"]),
    ("Attended: Mary Ann Smith Class Teacher and Rob Ellis Senior Caseworker",
     ["Class Teacher", "Senior Caseworker"], ["Mary Ann Smith", "Rob Ellis"]),
    # a sign-off before a name whose surname is a street word: the name, not a house name and street
    ("Thanks, Joe Field Team Manager", ["Thanks", "Team Manager"], ["Joe Field"]),
    # the same words still name things when no name stands before the title
    ("The Nurture Programme Lead will visit.", ["Nurture Programme Lead"], []),
    ("Lexia Assessment results are attached.", ["Lexia Assessment"], []),
    ("Willow Class went to the farm.", ["Willow Class"], []),
]


@pytest.mark.parametrize(("text", "keeps", "finds"), ROWS)
def test_titles_stay_and_names_are_found(detector: Detector, text: str, keeps: list[str], finds: list[str]) -> None:
    spans = [(s.start, s.end) for s in detector.detect(text)]
    for word in keeps:
        assert not touched(spans, text, word), word
    for name in finds:
        assert found(spans, text, name), name
