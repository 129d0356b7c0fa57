"""Column headers type the cells below them; the value of a person field is a person; attendance lists."""

from __future__ import annotations

import pytest

from redaction.text import TextRedactor
from redaction.text.recognizers import (
    UkFieldPersonRecognizer,
    UkTableRecognizer,
    header_lines,
)


def typed(recognizer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(text[s.start : s.end], s.type) for s in recognizer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REF SURNAME Forename DOB School ULN\nLCC2209117 OKAFOR Chidi 08/03/2012 Fellview Primary 1234567890\n"
         "OMBC/EHC/33 VAN DER MERWE Liesl Anne 3 Mar 2013 Oakfield Academy 2234567890",
         [("LCC2209117", "CASE_REF"), ("OKAFOR", "PERSON"), ("Chidi", "PERSON"), ("08/03/2012", "DATE_OF_BIRTH"),
          ("Fellview Primary", "SCHOOL"), ("1234567890", "ULN"), ("OMBC/EHC/33", "CASE_REF"),
          ("VAN DER MERWE", "PERSON"), ("Liesl Anne", "PERSON"), ("3 Mar 2013", "DATE_OF_BIRTH"),
          ("Oakfield Academy", "SCHOOL"), ("2234567890", "ULN")]),
        ("UPN | Surname | Forename | DOB | Year\nN909102514017 | BAJWA | Hamza | 08/03/2012 | 6",
         [("N909102514017", "UPN"), ("BAJWA", "PERSON"), ("Hamza", "PERSON"), ("08/03/2012", "DATE_OF_BIRTH")]),
        ("Name       DOB         School\nOkafor, Chidi   08/03/2012  Fellview\nBajwa, Hamza                Oakfield",
         [("Okafor, Chidi", "PERSON"), ("08/03/2012", "DATE_OF_BIRTH"), ("Fellview", "SCHOOL"),
          ("Bajwa, Hamza", "PERSON"), ("Oakfield", "SCHOOL")]),
        ("Last name\tForename(s)\tBirth date\tPost code\tYear\nGALLACHER\tBao\t16/12/22\tTS2 7AR\t4",
         [("GALLACHER", "PERSON"), ("Bao", "PERSON"), ("16/12/22", "DATE_OF_BIRTH"), ("TS2 7AR", "POSTCODE")]),
        ("Forename Surname School Year\nChidi Okafor Fellview Primary 6",
         [("Chidi", "PERSON"), ("Okafor", "PERSON"), ("Fellview Primary", "SCHOOL")]),
        ("Name DOB Year Need\nSZYMAŃSKA, Ebru 26/08/2022 4 ASD", [("SZYMAŃSKA, Ebru", "PERSON"), ("26/08/2022", "DATE_OF_BIRTH")]),
        ("Name DOB Year Need\n\nSZYMAŃSKA, Ebru 26/08/2022 4 ASD", []),  # a blank line ends the table
        ("The name, the school and the year were all wrong.", []),
    ],
)
def test_a_header_types_the_cells_of_its_rows(text: str, expected: list[tuple[str, str]]) -> None:
    assert typed(UkTableRecognizer(), text) == expected


def test_a_phone_column_cell_without_a_phone_numbers_digits_is_no_phone() -> None:
    """A form whose values were removed (a PDF's residual text): labels alone above the next field's words."""
    emptied = "E-mail:  Mobile:\nfor the benefit of:  (A.R.P.), aged 12, who has a learning disability\n"
    assert not [span for span in UkTableRecognizer().find(emptied) if span.type == "PHONE"]
    filled = "E-mail  Mobile\nfay@example.org  07700 900 461\n"
    assert ("07700 900 461", "PHONE") in typed(UkTableRecognizer(), filled)


def test_aligned_columns_end_at_a_line_of_running_text_without_a_blank_line() -> None:
    """Text drawn out of a PDF has no blank line between paragraphs; a form's emptied labels look like a header."""
    text = ("Setting:    ULN    NI\n"
            "said college is alright and that he likes the horticulture group with friends\n"
            "He wants to work with animals and does not like the bus\n")
    assert not typed(UkTableRecognizer(), text)
    emptied = ("DOB:      Address:\n"
               "I have known  (as the family call him) since he joined the practice in 2019. He\n"
               "has Type 1 diabetes, managed with an insulin pump\n")
    assert not typed(UkTableRecognizer(), emptied)
    table = "Name        School\nAmara Osei  Hillside Primary\nKofi        Brook Lane Junior School\n"
    assert typed(UkTableRecognizer(), table) == [("Amara Osei", "PERSON"), ("Hillside Primary", "SCHOOL"),
                                                 ("Kofi", "PERSON"), ("Brook Lane Junior School", "SCHOOL")]


def test_header_lines_hold_no_identifier() -> None:
    text = "REF SURNAME Forename DOB School ULN\nLCC2209117 OKAFOR Chidi 08/03/2012 Fellview Primary 1234567890"
    assert header_lines(text) == [(0, 35)]
    redacted = TextRedactor().redact(text).redacted
    assert redacted.startswith("REF SURNAME Forename DOB School ULN\n") and "OKAFOR" not in redacted, redacted


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Name of child/young person: Ciarán Seosamh O'Halloran", ["Ciarán Seosamh O'Halloran"]),
        ("Patient: Nana Ama Osei", ["Nana Ama Osei"]),  # "Nana" opens a name here, not a grandmother
        ("Pupil name: Şükrü Yıldız", ["Şükrü Yıldız"]),
        ("Parent/carer: Małgorzata Wójcik", ["Małgorzata Wójcik"]),
        ("Surname: OKAFOR  Forename(s): Chidi Emeka", ["OKAFOR", "Chidi Emeka"]),
        ("Surname: OKAFOR Forename(s): Chidi Emeka", ["OKAFOR", "Chidi Emeka"]),
        ("Mother: Begoña Ibáñez    Father: Dáithí Ó Súilleabháin", ["Begoña Ibáñez", "Dáithí Ó Súilleabháin"]),
        ("Child's name Tuğba Demir    Date of Birth 3.3.15", ["Tuğba Demir"]),
        ("Parent / carer name(s): Noor Sandhu and Gruffudd Sandhu", ["Noor Sandhu", "Gruffudd Sandhu"]),
        ("name: kerry barker", ["kerry barker"]),
        ("Young person: O'HALLORAN, Ciarán (known as Kiki)", ["O'HALLORAN, Ciarán"]),
        ("Signed: r. ogunleye", ["r. ogunleye"]),
        ("Signed: Noor Sandhu    Relationship to child: Mother    Date: 12/05/2025", ["Noor Sandhu"]),
        # Not person fields, or no name in the value.
        ("Parent/carer: Mum", []),
        ("Please describe your child's needs: Nneka has Williams syndrome.", []),
        ("School name: Inglewood Primary School", []),
        ("Name of GP practice: Riverside Medical Practice", []),
        ("Views of the child: I like trains", []),
        ("Parent/carer: not known", []),
        ("cc: Ms Woźniak, 9 Wasdale Close; SENCo", ["Woźniak"]),
        # genperson: the people of receipts, bookings, listings and forms in general English; the same labels
        # before a thing, a transcript's words or a placeholder.
        ("Date: 01/03/2025\nStaff: Jordan (membership)", ["Jordan"]),
        ("Host: Ximena Choque · Superhost", ["Ximena Choque"]),
        ("Collected by: lwazi ndlovu", ["lwazi ndlovu"]),
        ("Received by: Fernanda da Silva Costa", ["Fernanda da Silva Costa"]),
        ("Guarantor: Kwabena Asante", ["Kwabena Asante"]),
        ("Served by: Self-checkout 2", []),
        ("HOST: Welcome back to the show.\nGUEST: Thanks for having me.", []),
        ("Delivered by: Royal Mail Tracked 48", []),
        ("Driver: 2.0 litre diesel", []),
        ("Owner: Finance team", []),
        ("Tenant: see above", []),
        ("Participants: Wu, Lian (present); Petrov, Ivan (absent)", ["Wu", "Lian", "Petrov", "Ivan"]),
        ("Present: Novak, Jelena; Lindström, Elsa.", ["Novak", "Jelena", "Lindström", "Elsa"]),
        ("Attendance: 94% this term", []),
        ("Attendance: 93.8%. Suspensions this term: 1 day (10/10/2023, swearing at a member of staff).", []),
    ],
)
def test_the_value_of_a_person_field_is_a_person(text: str, names: list[str]) -> None:
    assert [t for t, _ in typed(UkFieldPersonRecognizer(), text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Present: Bernie; Adaeze (SW); Tomasz (SENCo); Jane Parker (JP) – Chair; Laila Afolabi (LA) – family "
         "support worker; Mrs Okafor, SENCo\nApologies: Íñigo (EP), Rabia",
         ["Bernie", "Adaeze", "Tomasz", "Jane Parker", "JP", "Laila Afolabi", "LA", "Okafor", "Íñigo", "Rabia"]),
        ("Present:\nSantiago (SENCo)\nshauna (class teacher)\nTomás Dvořák (TD) – parent\n\n1. Introductions",
         ["Santiago", "shauna", "Tomás Dvořák", "TD"]),
        ("Present: Ebru\nNaveed Ciobanu (NC)\nAnnabel Donnelly-Prys (ADP) – Family Support Worker\n1. Welcome",
         ["Ebru", "Naveed Ciobanu", "NC", "Annabel Donnelly-Prys", "ADP"]),
    ],
)
def test_attendance_lists_name_people_by_first_name_or_initials(text: str, names: list[str]) -> None:
    assert [t for t, _ in typed(UkFieldPersonRecognizer(), text)] == names


def test_a_copy_list_holds_people_not_the_addresses_and_schools_beside_them() -> None:
    from redaction.text.recognizers import UkFieldPersonRecognizer

    text = "cc: Mr Kalinowski, Flat 3/1, 24A Buttermere Way; SENCo, Valley View High\nSchool\nTel 01632 960505"
    assert [text[s.start : s.end] for s in UkFieldPersonRecognizer().find(text)] == ["Kalinowski"]


def test_a_sentence_wrapped_onto_a_line_that_opens_with_a_column_name_is_no_record() -> None:
    from redaction.text.records import read_records

    text = "the local authority names castlerigg primary\nschool  (castlerigg) as the setting."
    assert list(read_records(text)) == []
    record = "Name  Leo Whitfield\nSchool  Castlerigg Primary"
    assert [record[c.start : c.end] for c in read_records(record)] == ["Leo Whitfield", "Castlerigg Primary"]


def test_a_register_flattened_to_single_spaces_reads_surnames_in_lower_case() -> None:
    from redaction.text.tables import read_tables

    text = ("surname d.o.b. upn nhs no forename(s) uln\n"
            "oyelaran 22.02.2021 B381990219635 758 209 8331 siân 4530401188\n")
    cells = {text[c.start : c.end]: c.kind for c in read_tables(text).cells}
    assert cells["oyelaran"] in ("SURNAME", "PERSON") and cells["22.02.2021"] == "DATE_OF_BIRTH", cells


def test_a_form_label_typed_with_a_doubled_space_is_still_its_label() -> None:
    from redaction.text.records import read_records

    text = "Given Name...........: Noor\nDate  of Birth........: 2013-03-24\nSEN  Type.............: SEMH\n"
    assert {text[c.start : c.end]: c.kind for c in read_records(text)} == {"Noor": "FORENAME", "2013-03-24": "DATE_OF_BIRTH"}


def test_a_note_between_two_rows_does_not_end_the_table() -> None:
    from redaction.text.tables import read_tables

    text = ("UPN | Legal surname | Forename | DOB | Yr\n"
            "M35241231803A | Byrne | Tadhg | 16/07/2016 | 3\n"
            "(admission form had Tadhg's UPN spaced differently)\n"
            "T352458715694 | Ahmed | Zainab | 03/11/2015 | 3\n")
    cells = {text[c.start : c.end]: c.kind for c in read_tables(text).cells}
    assert cells["Zainab"] == "FORENAME" and cells["03/11/2015"] == "DATE_OF_BIRTH", cells


def test_a_flattened_header_knows_the_review_columns() -> None:
    from redaction.text.tables import read_tables

    text = ("EHC ref Surname Forename DOB Setting ULN AR due Notes\n"
            "EHC/2019/02214 ACHEAMPONG Kojo 12/08/2007 Bolton College 4321377136 Apr-24 moving on\n")
    cells = {text[c.start : c.end]: c.kind for c in read_tables(text).cells}
    assert cells["12/08/2007"] == "DATE_OF_BIRTH" and cells["Bolton College"] == "SCHOOL", cells


@pytest.mark.parametrize(
    ("text", "names"),
    [("Report by: Grace Down, Highly Specialist Speech and Language Therapist", ["Grace Down"]),
     ("Lead professional: Bronagh McCann", ["Bronagh McCann"]),
     ("Adviser: Nkechi Obi", ["Nkechi Obi"]),
     ("Lead professional support: weekly visits", []),
     ("Completed by: Grace Down, SLT", ["Grace Down"])],
)
def test_whole_labels_name_one_author(text: str, names: list[str]) -> None:
    from redaction.text.recognizers import UkFieldPersonRecognizer

    assert [text[s.start : s.end] for s in UkFieldPersonRecognizer().find(text)] == names

