"""Hand-written rows for the pdf4 work: the layout classes where the PDF path's own reading of a page (and its
re-reading after a removal) can join what the writer kept apart or part what the writer kept together --
a cue and a removed value followed by another field on the same line ("Our ref: <removed>  Date: ..."), field-list
lines (one "Label: value" per line) read as one run, label/value grids and name tables emitted column by column
(a given name and its surname in neighbouring cells), and e-mail addresses broken by the text layer (at a line end
after the "@" or a ".", hyphenated, or in a narrow cell) -- and look-alikes (``[[NEG|...]]``) that must stay, most of
them the field that follows a removed value. Same markup and scoring as ``benchmarks/pdf99_rows``.
Written before the PDF path's output on them was seen."""

from __future__ import annotations

from benchmarks.pdf3_rows import layouts as M
from benchmarks.pdf99_rows import layouts as L
from benchmarks.pdf99_rows.rows import Row


def _one(stream: bytes) -> L.Page:
    return L.Page([stream])


def _pairs(parts: list[str]) -> list[tuple[str, str]]:
    return [tuple(part.split("\t", 1)) for part in parts]  # type: ignore[misc]


def _typed_lines(parts: list[str]) -> L.Page:
    """One line per part as typed (``L.lines`` re-wraps and so closes a run of spaces between two fields)."""
    return L.Page([b"".join(L.show(L.LEFT, L.TOP - i * L.LEADING, part) for i, part in enumerate(parts))])


def _cells(parts: list[str]) -> list[list[str]]:
    return [part.split("\t") for part in parts]


ROWS: tuple[Row, ...] = (
    # ------------------------------------------------- a cue, its removed value, then another field on the same line
    Row("ref-then-date", "after a removal", (
        "Our ref: [[CASE_REF|SEN/2291/KB]]      Date: [[NEG|19 February 2025]]",
        "Dear Mr [[PERSON|Okafor]],",
        "Thank you for your letter about the draft plan."),
        _typed_lines),
    Row("your-ref-our-ref", "after a removal", (
        "Your ref: [[CASE_REF|EHCP-0457]]    Our ref: [[CASE_REF|LA/SEN/88120]]    Date: [[NEG|3 March 2025]]",
        "Re: the annual review for the child named below"),
        _typed_lines),
    Row("name-dob-one-line", "after a removal", (
        "Child: [[PERSON|Ottilie Brandreth]]    DOB: [[DATE_OF_BIRTH|12/09/2016]]    Year group: [[NEG|Year 3]]",
        "Reason for the meeting: the transition to the junior school."),
        _typed_lines),
    Row("officer-team-line", "after a removal", (
        "Case officer: [[PERSON|Rhiannon Pugh]]   Team: [[NEG|SEN Assessment Team]]   Tel: [[PHONE|01632 960 581]]",
        "Meeting: [[NEG|Annual Review]]   Venue: [[NEG|Main Hall]]"),
        _typed_lines),
    Row("tel-then-email", "after a removal", (
        "Tel: [[PHONE|0113 496 0274]]   Email: [[EMAIL|send.team@leeds.example.gov.uk]]   Office hours: [[NEG|9am to 5pm]]",),
        _typed_lines),
    Row("nhs-then-gp", "after a removal", (
        "NHS no. [[NHS_NUMBER|943 476 5919]]   GP: [[NEG|Riverside Surgery]]   Review: [[NEG|June 2025]]",),
        _typed_lines),
    # ------------------------------------------------- field-list lines: one "Label: value" a line
    Row("field-list-front", "field list", (
        "Name: [[PERSON|Barnaby Quayle]]",
        "Date of birth: [[DATE_OF_BIRTH|2 May 2014]]",
        "School: [[SCHOOL|St Aidan's Catholic Primary School]]",
        "Year group: [[NEG|Year 5]]",
        "Primary need: [[NEG|Speech, Language and Communication Needs]]"),
        lambda p: _one(L.lines(p))),
    Row("field-list-parent", "field list", (
        "Parent/carer: [[PERSON|Siobhan Gallagher]]",
        "Address: [[ADDRESS|7 Thornfield Road, Carlisle]] [[POSTCODE|CA2 5NW]]",
        "Telephone: [[PHONE|07700 900 127]]",
        "Relationship: Mother",
        "Language at home: [[NEG|English]]"),
        lambda p: _one(L.lines(p))),
    Row("field-list-no-colon", "field list", (
        "Pupil [[PERSON|Ifeoluwa Adeyemi]]",
        "UPN [[UPN|A123456789012]]",
        "Class [[NEG|Oak]]",
        "Teacher [[PERSON|Mrs Hennessy]]",
        "Support [[NEG|Wave 3]] intervention"),
        lambda p: _one(L.lines(p))),
    Row("field-list-gapped", "field list", (
        "Young person: [[PERSON|Lachlan Munro]]",
        "Date of birth: [[DATE_OF_BIRTH|30.11.2008]]",
        "College: [[NEG|further education]] from September",
        "Key worker: [[PERSON|Dervla Kinsella]]"),
        lambda p: _one(M.gapped(p, [0, 1, 1, 1]))),
    # ------------------------------------------------- grids emitted column by column
    Row("grid-given-surname-cols", "grid by columns", (
        "Forename\tSurname\tRole",
        "[[PERSON|Marisol]]\t[[PERSON|Etxeberria]]\tMother",
        "[[PERSON|Gethin]]\t[[PERSON|Vaughan-Rees]]\tSocial worker",
        "[[PERSON|Anouk]]\t[[PERSON|Verhoeven]]\tTeacher of the Deaf"),
        lambda p: _one(L.table(_cells(p), [60, 180, 320], by_columns=True))),
    Row("grid-label-value-cols", "grid by columns", (
        "Name\t[[PERSON|Cosmo Aldridge-Finch]]", "Date of birth\t[[DATE_OF_BIRTH|19/01/2012]]",
        "Our reference\t[[CASE_REF|EHC-31187]]", "Telephone\t[[PHONE|01632 960 902]]",
        "Setting\t[[NEG|Resourced Provision]]"),
        lambda p: _one(M.label_value(_pairs(p), value_x=200, by_columns=True))),
    Row("grid-name-cell-cols", "grid by columns", (
        "Attendee\tOrganisation",
        "[[PERSON|Zsofia Horvath]]\t[[NEG|Educational Psychology Service]]",
        "[[PERSON|Callum Strachan]]\t[[NEG|Speech and Language Therapy]]",
        "[[PERSON|Nkechi Obi]]\tParent"),
        lambda p: _one(L.table(_cells(p), [60, 240], by_columns=True))),
    Row("grid-contacts-cols", "grid by columns", (
        "Contact\tPhone\tEmail",
        "[[PERSON|Ruaridh Campbell]]\t[[PHONE|01632 960 733]]\t[[EMAIL|r.campbell@example.org]]",
        "[[PERSON|Delyth Morgan]]\t[[PHONE|01632 960 744]]\t[[EMAIL|d.morgan@example.org]]"),
        lambda p: _one(L.table(_cells(p), [60, 200, 320], by_columns=True))),
    # ------------------------------------------------- e-mail addresses broken by the text layer
    Row("email-break-at", "e-mail break", (
        "If anything changes please write to the officer at [[EMAIL|evangeline.ashworth-clarke@"
        "northamptonshire.example.gov.uk]] or ring the duty line.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 300, hyphenate={
            "evangeline.ashworth-clarke@northamptonshire.example.gov.uk":
                "evangeline.ashworth-clarke@|northamptonshire.example.gov.uk"})[0])),
    Row("email-break-dot", "e-mail break", (
        "Copies of the report went to the SENCo, whose address is [[EMAIL|senco.office@stbarnabas-academy."
        "example.sch.uk]], and to the family.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 330, hyphenate={
            "senco.office@stbarnabas-academy.example.sch.uk,":
                "senco.office@stbarnabas-|academy.example.sch.uk,"})[0])),
    Row("email-hyphen-local", "e-mail break", (
        "The parent asked us to use [[EMAIL|grandparents.whitakerhousehold@example.co.uk]] for all letters.",),
        lambda p: _one(L.paragraph(p[0], 72, 740, 220, hyphenate={
            "grandparents.whitakerhousehold@example.co.uk":
                "grandparents.whitaker-|household@example.co.uk"})[0])),
    Row("email-narrow-cell", "e-mail break", (
        "Role\tEmail",
        "SENCo\t[[EMAIL|j.oyelowo@brook.example.sch.uk]]"),
        lambda p: _one(L.show(72, 740, "Role") + L.show(200, 740, "Email")
                       + L.show(72, 722, "SENCo") + L.show(200, 722, "j.oyelowo@")
                       + L.show(200, 709, "brook.example.sch.uk"))),
    Row("email-spaced-glyphs", "e-mail break", (
        "Contact: [[EMAIL|parent.partnership@example.org.uk]]",),
        lambda p: _one(L.glyph_by_glyph(72, 740, p[0], tracking=0.6))),
    # ------------------------------------------------- look-alikes beside the removals
    Row("neg-dates-after-ref", "look-alikes", (
        "Ref: [[CASE_REF|SEN-7731]]   Issued: [[NEG|1 April 2025]]   Review due: [[NEG|1 April 2026]]",
        "Version: [[NEG|Final]]   Status: [[NEG|Agreed]]"),
        _typed_lines),
    Row("neg-field-list-services", "look-alikes", (
        "Service: [[NEG|Hearing Impairment Team]]",
        "Provision: [[NEG|Speech and Language Therapy]]",
        "Frequency: [[NEG|Weekly]]",
        "Provider: [[NEG|Sussex Community NHS Foundation Trust]]"),
        lambda p: _one(L.lines(p))),
)
