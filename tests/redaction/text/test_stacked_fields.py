"""A form's labels stacked above its values, as text drawn out of a PDF reads (``stacked_fields.py``): the k-th value
is the k-th label's when its shape agrees; rows that must be found and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.stacked_fields import stacked_values


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_model=False)


def _covered(detector: Detector, text: str, surface: str, types: set[str]) -> bool:
    start = text.index(surface)
    spans = [s for s in detector.detect(text) if s.type in types]
    return all(any(s.start <= i < s.end for s in spans) for i in range(start, start + len(surface)) if text[i].isalnum())


def _touched(detector: Detector, text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s.start < start + len(surface) and start < s.end for s in detector.detect(text))


@pytest.mark.parametrize(
    ("text", "surface", "types"),
    [
        ("Name\nDate of birth\nAddress\nJo Bloggs\n12/03/2014\n1 High St", "12/03/2014", {"DATE_OF_BIRTH"}),
        ("Child's name:\nDate of birth:\nSchool:\n\nAva Reid\n3 May 2015\nHill Primary", "3 May 2015",
         {"DATE_OF_BIRTH"}),
        ("Name\nOur ref\nDate\nJo Bloggs\nJB/2291/EHC\n12/03/2025", "JB/2291/EHC", {"CASE_REF"}),
        ("Pupil\nMosaic ID\nWorker\nTia Shaw\n2239105\nT Hale", "2239105", {"CASE_REF", "SOCIAL_CARE_ID"}),
    ],
)
def test_a_value_under_its_stacked_label_is_found(detector: Detector, text: str, surface: str,
                                                  types: set[str]) -> None:
    assert _covered(detector, text, surface, types)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a recent date under a birth label is the form's own (a misaligned block), not a birth
        ("Name\nDate of birth\nDate of meeting\nJo Bloggs\n12/03/2025\n14/03/2025", "14/03/2025"),
        ("Our ref\nYour ref\nDate\nJB/2291/EHC\nAB/12\n12 March 2025", "12 March 2025"),
        ("Name\nStatus\nTeam\nJo Bloggs\nOpen\nNorth", "Open"),
    ],
)
def test_other_values_stay(detector: Detector, text: str, surface: str) -> None:
    assert not _touched(detector, text, surface)


def test_a_block_whose_values_do_not_line_up_gives_nothing() -> None:
    # three labels, two values before the next label: no slot is filled
    assert stacked_values("Name\nDate of birth\nOur ref\nJo Bloggs\nJB/22/EHC\nSchool\nHill") == ()
    # a reference slot takes a code only
    assert stacked_values("Name\nOur ref\nJo Bloggs\nto follow\n") == ()


@pytest.mark.parametrize(
    ("header", "kind"),
    [("Datum rođenja", "DATE_OF_BIRTH"), ("Дата рождения", "DATE_OF_BIRTH"), ("Dates of birth", "DATE_OF_BIRTH"),
     ("Worker", "PERSON"), ("Consultant", "PERSON"), ("Status", "OTHER")],
)
def test_the_vocabulary_names_these_columns(header: str, kind: str) -> None:
    from redaction.text.table_vocabulary import header_kind

    assert header_kind(header) == kind


# A quoted delimited row that a PDF's page width broke over lines (tables.py: _rejoined) is read as one row.
_WRAPPED = ('"Surname";"Forename";"DOB";"Year";"UPN";"Need";\n"Stage";"Keyworker"\n'
            '"Abubakar";"Hauwa";"2008-02-11";"12";"J356119416234";"SL\nCN";"K";"MRG"\n'
            '"Kovacs";"Bence";"2007-12-01";"13";"Y356334115909";"MLD";\n"E";"TJW"\n')


@pytest.mark.parametrize("surface", ["2008-02-11", "2007-12-01"])
def test_a_wrapped_csv_row_keeps_its_birth_column(detector: Detector, surface: str) -> None:
    assert _covered(detector, _WRAPPED, surface, {"DATE_OF_BIRTH"})


def test_complete_rows_ending_at_an_empty_cell_are_not_joined() -> None:
    from redaction.text.tables import _rejoined

    lines = [(0, '"Name";"DOB";"Notes"'), (21, '"Ann Lee";"2014-01-02";'), (44, '"Bo Yu";"2015-03-04";')]
    assert _rejoined(lines) == lines


def test_a_heading_above_the_labels_is_no_slot() -> None:
    # "Learner details" heads the block: the three values are the three fields' below it
    text = "Learner details\nSurname\nForename\nDate of birth\nAdeyemi\nTola\n2014-09-30"
    assert [(kind, text[s:e]) for kind, s, e in stacked_values(text)] == [("DATE_OF_BIRTH", "2014-09-30")]
    # a value missing under a block with no such heading still gives nothing
    assert stacked_values("Name\nDate of birth\nOur ref\nJo Bloggs\nJB/22/EHC\nSchool\nHill") == ()
