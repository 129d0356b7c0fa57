"""Hand-written rows for the pdf99 work: small PDFs in the layout classes where a PDF's text differs from the
text a writer typed (two columns, tables, a name wrapped or hyphenated at a line end, letter-spaced and
glyph-by-glyph text, words positioned without space glyphs, rotated stamps, form fields, ligatures, a header
repeated on every page), each with its secrets (``[[TYPE|value]]``) and look-alikes that must stay
(``[[NEG|value]]``), in the text_holdout markup. Written before the PDF path's output on them was seen.

A row is its parts (marked text, read in order) and a drawing of the parts' plain text (labels removed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from benchmarks.pdf99_rows import layouts as L


@dataclass(frozen=True)
class Row:
    id: str
    layout: str
    parts: tuple[str, ...]
    draw: Callable[[list[str]], L.Page]


def _one(stream: bytes) -> L.Page:
    return L.Page([stream])


ROWS: tuple[Row, ...] = (
    Row("columns-cue-across", "two columns", (
        "Summary of the annual review meeting held at school. Present were the class teacher, the SENCo and "
        "mum. The family asked that the plan be finalised before the move to secondary. For the record her date "
        "of birth is",
        "[[DATE_OF_BIRTH|14 March 2013]] and her home address remains [[ADDRESS|27 Larkspur Close, Denby Dale]] "
        "[[POSTCODE|HD8 8QT]]. Mum, [[PERSON|Gwenllian Price]], can be reached on [[PHONE|07700 914 562]]. "
        "The [[NEG|Autism Spectrum Condition]] diagnosis was confirmed in 2021."),
        lambda p: _one(L.two_columns(p[0], p[1]))),
    Row("columns-by-rows", "two columns", (
        "We spoke with Mrs Joanna Kowalczyk about the transport arrangements and the taxi that has not arrived on "
        "three mornings this month. Her son [[PERSON|Szymon]] was upset. Contact her on [[PHONE|01632 960 417]].",
        "Case worker: [[PERSON|Dev Raghunathan]]. Next review: 3 June. Referral made under the [[NEG|Children and "
        "Families Act 2014]] to the local offer team, copy to [[EMAIL|d.raghunathan@sendlink.org.uk]]."),
        lambda p: _one(L.two_columns(p[0], p[1], by_rows=True))),
    Row("table-by-rows", "table", (
        "Name\tDate of birth\tNHS number\tSchool",
        "[[PERSON|Oliver Bennett-Yeo]]\t[[DATE_OF_BIRTH|12/05/2014]]\t[[NHS_NUMBER|943 476 5919]]\t"
        "[[SCHOOL|Hillside Primary]]",
        "[[PERSON|Fatima Zahra Idrissi]]\t[[DATE_OF_BIRTH|30/11/2015]]\t[[NHS_NUMBER|401 023 2137]]\t"
        "[[SCHOOL|St Anne's Infants]]"),
        lambda p: _one(L.table([line.split("\t") for line in p], [60, 200, 290, 390]))),
    Row("table-by-columns", "table", (
        "Pupil\tYear\tDate of birth\tNeed",
        "[[PERSON|Lowen Trewhella]]\tYear 4\t[[DATE_OF_BIRTH|02.09.2016]]\t[[NEG|Dyslexia]]",
        "[[PERSON|Ayodele Bankole]]\tYear 6\t[[DATE_OF_BIRTH|19.01.2014]]\t[[NEG|Speech and language]]"),
        lambda p: _one(L.table([line.split("\t") for line in p], [60, 200, 260, 370], by_columns=True))),
    Row("wrapped-name", "line wrap", (
        "Following the tribunal hearing on 4 February the panel, chaired by Judge Okafor, heard evidence from the "
        "educational psychologist and from [[PERSON|Adaeze Nwachukwu-Bright]], the child's aunt, who has cared for "
        "[[PERSON|Chidinma]] since 2019. Her evidence about the placement at [[SCHOOL|Brookfield Academy]] was "
        "clear and the panel accepted it in full.",),
        lambda p: _one(L.lines(p, measure=300))),
    Row("hyphenated-surname", "hyphenation", (
        "The speech and language therapist, [[PERSON|Katarzyna Wojciechowski]], wrote to the school on 12 May "
        "asking that [[PERSON|Rhodri Fairweather-Jones]] be seen weekly. She also spoke to his father [[PERSON|"
        "Aled Fairweather-Jones]] about the [[NEG|Makaton]] signs used at home.",),
        lambda p: _one(L.lines(p, measure=262))),
    Row("letter-spaced-heading", "spaced letters", (
        "CHILD'S PLAN FOR [[PERSON|ELLIE-MAY THOMPSON]]",
        "Education, Health and Care Plan for [[PERSON|Ellie-May]], prepared with her parents."),
        lambda p: _one(L.letter_spaced(72, 740, p[0], 3.5, size=14) + L.show(72, 710, p[1]))),
    Row("letters-with-spaces", "spaced letters", (
        "R E F E R R A L   F O R   [[PERSON|T O M A S Z   W I S N I E W S K I]]",
        "Tomasz attends the nurture group on Tuesdays."),
        lambda p: _one(L.show(72, 740, p[0], size=13) + L.show(72, 712, p[1]))),
    Row("glyph-by-glyph", "positioned glyphs", (
        "Patient: [[PERSON|Marguerite Achterberg]]   DOB: [[DATE_OF_BIRTH|07/08/2012]]",
        "Hospital number: [[HOSPITAL_NUMBER|RXH4471920]]   Clinic: [[NEG|Paediatric Neurology]]"),
        lambda p: _one(L.glyph_by_glyph(72, 740, p[0]) + L.glyph_by_glyph(72, 724, p[1], tracking=0.3))),
    Row("words-without-spaces", "positioned words", (
        "Dear Mr [[PERSON|Dawit Haile]], thank you for coming to the meeting about [[PERSON|Selam]] on Monday.",
        "Please call [[PERSON|Ms Orla Ní Bhriain]] on [[PHONE|028 9018 3344]] if anything changes."),
        lambda p: _one(L.kerned_words(72, 740, p[0], adjust=280) + L.kerned_words(72, 724, p[1], adjust=320))),
    Row("rotated-stamp", "rotated text", (
        "Letter from the school nurse about medication in school.",
        "RECEIVED 03/02/2024 case officer [[PERSON|Bronwen Pryce]]",
        "Pupil [[PERSON|Kacper Zielinski]] DOB [[DATE_OF_BIRTH|17.09.2012]]"),
        lambda p: _one(L.show(72, 740, p[0]) + L.rotated(300, 500, p[1], 35) + L.rotated(40, 300, p[2], 90))),
    Row("form-fields", "form fields", (
        "Child's full name:", "[[PERSON|Isla-Rose McAllister]]",
        "Date of birth:", "[[DATE_OF_BIRTH|05/11/2015]]",
        "Parent or carer:", "[[PERSON|Morag McAllister]]",
        "Main need:", "[[NEG|Social, emotional and mental health]]"),
        lambda p: L.Page([b"".join(L.show(72, 740 - 30 * i, label) for i, label in enumerate(p[0::2]))],
                         annotations=[[((200, 732 - 30 * i, 480, 752 - 30 * i), value)
                                       for i, value in enumerate(p[1::2])]])),
    Row("ligatures", "ligatures", (
        "Chair: Mrs [[PERSON|Sian Griffiths]]; minute taker [[PERSON|Flora Sheffield]] (family support).",
        "Agreed: [[PERSON|Griffiths]] to write to the [[NEG|Local Offer]] office."),
        lambda p: L.Page([L.with_ligatures(72, 740, p[0]) + L.with_ligatures(72, 724, p[1])],
                         fonts={"/F2": "standard"})),
    Row("repeated-header", "headers", (
        "Child: [[PERSON|Noah Adeyemi-Clarke]]   DOB: [[DATE_OF_BIRTH|22/06/2016]]   Page 1 of 2",
        "Noah enjoys lego and swimming. He finds transitions hard and uses a visual timetable.",
        "Child: [[PERSON|Noah Adeyemi-Clarke]]   DOB: [[DATE_OF_BIRTH|22/06/2016]]   Page 2 of 2",
        "Outcomes agreed with [[PERSON|Noah]]'s mother, [[PERSON|Temitope Adeyemi]], on 9 May."),
        lambda p: L.Page([L.show(72, 770, p[0], size=8) + L.lines([p[1]], y=720),
                          L.show(72, 770, p[2], size=8) + L.lines([p[3]], y=720)])),
)
