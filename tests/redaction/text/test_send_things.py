"""The SEND look-alikes of redaction/text/send_things.py: each kind of negative keeps its look-alikes AND the
identifiers written beside them are still found (a person called Cheshire, Moon or Wood; a case reference beside a
batch number)."""

from __future__ import annotations

import pytest

from redaction.spans import Span
from redaction.text import TextRedactor
from redaction.text.send_things import why_send_thing, why_thing_number


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor()


def _spans(redactor: TextRedactor, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in redactor.detect(text)]


def _touched(spans: list[tuple[int, int]], text: str, surface: str) -> bool:
    start = text.index(surface)
    return any(s < start + len(surface) and start < e for s, e in spans)


def _found(spans: list[tuple[int, int]], text: str, surface: str, after: str = "") -> bool:
    start = text.index(surface, text.index(after) if after else 0)
    return all(any(s <= i < e for s, e in spans) for i in range(start, start + len(surface)) if text[i].isalnum())


# (text, look-alikes that must stay, identifiers that must be found)
ROWS = [
    ("Short breaks at Naomi House and Julia's House; Zofia Brennan-Hale stays two nights a month.",
     ["Naomi House", "Julia's House"], ["Zofia Brennan-Hale"]),
    ("Leonard Cheshire runs the flat. Mrs Cheshire, her key worker, rang on Monday.",
     ["Leonard Cheshire"], ["Cheshire, her"]),
    ("Hospice at home from Sue Ryder and Marie Curie, said Mr Bevan to Idris Pengelly.",
     ["Sue Ryder", "Marie Curie"], ["Bevan", "Idris Pengelly"]),
    ("He loves Joe Wicks workouts and Chris Packham's programmes; Toby Marchetti joins in.",
     ["Joe Wicks", "Chris Packham"], ["Toby Marchetti"]),
    ("Little Man slept well; Madam refused breakfast. Nanna collected Kit Arkwright at 3.",
     ["Little Man", "Madam", "Nanna"], ["Kit Arkwright"]),
    ("Mashallah, Jazakallah khair sister! Inaya Qureshi loved the trip.",
     ["Mashallah", "Jazakallah khair"], ["Inaya Qureshi"]),
    ("Assembly in the Main Hall, PE in the Sports Hall; ask Mrs Hall if Kobe Anand can leave early.",
     ["Main Hall", "Sports Hall"], ["Hall if", "Kobe Anand"]),
    ("Diagnosis: Phelan-McDermid; Landau-Kleffner excluded. Medication: Intuniv 2mg. Patient: Emrys Tudor-Vaughan",
     ["Phelan-McDermid", "Landau-Kleffner", "Intuniv"], ["Emrys Tudor-Vaughan"]),
    ("Enw: Gethin ap Rhys   Athrawes: Mrs Lowri Pugh   Blwyddyn 6",
     ["Enw", "Athrawes", "Blwyddyn 6"], ["Gethin ap Rhys", "Lowri Pugh"]),
    ("Dear [Parent/Carer name], your child {{child_name}} - from Ms Ayo Bamidele, SENCo",
     ["[Parent/Carer name]", "{{child_name}}"], ["Ayo Bamidele"]),
]


@pytest.mark.parametrize(("text", "keeps", "finds"), ROWS)
def test_look_alikes_stay_and_people_beside_them_are_found(redactor: TextRedactor, text: str, keeps: list[str],
                                                           finds: list[str]) -> None:
    spans = _spans(redactor, text)
    for keep in keeps:
        assert not _touched(spans, text, keep), keep
    for find in finds:
        surface = find.split(" if")[0].split(",")[0]
        assert _found(spans, text, surface, after=find), find


def test_forum_shorthand_needs_a_second_one_or_an_age() -> None:
    text = "DS (9) has ASD and DH is not coping."
    assert why_send_thing(text, Span(0, 2, "PERSON", 0.5, "model")) is not None
    assert why_send_thing(text, Span(19, 21, "PERSON", 0.5, "model")) is not None
    alone = "Report checked by DH on Friday."
    assert why_send_thing(alone, Span(18, 20, "PERSON", 0.5, "model")) is None


def test_never_after_a_title() -> None:
    text = "Mr Moon and Dr Macmillan met the family."
    assert why_send_thing(text, Span(3, 7, "PERSON", 0.9, "pattern")) is None
    assert why_send_thing(text, Span(15, 24, "PERSON", 0.9, "pattern")) is None


def test_a_whole_name_is_needed() -> None:
    text = "Priscilla Moon and Florence Nightingaleson came."
    assert why_send_thing(text, Span(0, 14, "PERSON", 0.9, "model")) is None
    assert why_send_thing(text, Span(19, 41, "PERSON", 0.9, "model")) is None


def test_thing_numbers_stay_and_case_refs_beside_them_are_found(redactor: TextRedactor) -> None:
    text = "Batch 4471B, serial ZR-3390217, SKU TT-2204, Budget code SEN-TRANS-01. Case ref SEN/25/00981 for Ezra Quayle."
    spans = _spans(redactor, text)
    for keep in ("4471B", "ZR-3390217", "TT-2204", "SEN-TRANS-01"):
        assert not _touched(spans, text, keep), keep
    assert _found(spans, text, "SEN/25/00981")
    assert _found(spans, text, "Ezra Quayle")
    assert why_thing_number("Our ref: EHC/2025/0417", 9, 22) is None
    assert why_thing_number("Mosaic ID 5520194", 10, 17) is None


def test_a_hospice_that_is_also_a_given_name_is_left_to_the_name_readers() -> None:
    text = "Parents: Demelza and Kit Tremaine."
    assert why_send_thing(text, Span(9, 16, "PERSON", 0.85, "model")) is None


def test_service_area_needs_an_area_of_many_and_its_noun() -> None:
    text = "Kent families wait longest; the Harrogate area is where they moved."
    assert why_send_thing(text, Span(0, 4, "LOCATION", 0.85, "model")) is not None
    harrogate = text.index("Harrogate")
    assert why_send_thing(text, Span(harrogate, harrogate + 9, "LOCATION", 0.85, "model")) is None


def test_a_field_name_but_not_a_handle() -> None:
    text = "child_id,forename,case_ref\nOriginal post by gardenguy_dale: hi"
    assert why_send_thing(text, Span(0, 8, "PERSON", 0.5, "model")) is not None
    handle = text.index("gardenguy_dale")
    assert why_send_thing(text, Span(handle, handle + 14, "PERSON", 0.5, "model")) is None


def test_departments_labels_and_subject_words_but_not_names() -> None:
    text = "From: Bookings\nSubject: New apprentice\nApp ID RBC-771209"
    assert why_send_thing(text, Span(6, 14, "PERSON", 0.9, "pattern")) is not None
    assert why_send_thing(text, Span(24, 27, "PERSON", 0.8, "pattern")) is not None
    app = text.index("App ID")
    assert why_send_thing(text, Span(app, app + 6, "PERSON", 0.75, "pattern")) is not None
    named = "Subject: Harvey is off sick today"
    assert why_send_thing(named, Span(9, 15, "PERSON", 0.8, "model")) is None
    hope = "Subject: Hope starts on Monday"
    assert why_send_thing(hope, Span(9, 13, "PERSON", 0.8, "model")) is None


def test_what_the_text_explains() -> None:
    text = 'In Hazel class, "Matilda" is the book of the half-term. Matilda Oyelaran joined Hazel class.'
    assert why_send_thing(text, Span(17, 24, "PERSON", 0.6, "pattern")) is not None
    later = text.index("Matilda Oyelaran")
    assert why_send_thing(text, Span(later, later + 16, "PERSON", 0.9, "pattern")) is None
    nickname = 'Joao Pedro, known as "JP" at school'
    assert why_send_thing(nickname, Span(22, 24, "PERSON", 0.6, "pattern")) is None
    kin = "Grandmother Lola Nena (Lola = grandmother in Tagalog) cares for him."
    first, second = kin.index("Lola"), kin.index("Lola", kin.index("Lola") + 1)
    assert why_send_thing(kin, Span(second, second + 4, "PERSON", 0.6, "pattern")) is not None
    assert why_send_thing(kin, Span(first, first + 9, "PERSON", 0.9, "pattern")) is None
    braille = "A locker because my Perkins is heavy; a Braille-trained TA. Mr Perkins agreed."
    assert why_send_thing(braille, Span(20, 27, "PERSON", 0.6, "model")) is not None
    mr = braille.index("Mr Perkins") + 3
    assert why_send_thing(braille, Span(mr, mr + 7, "PERSON", 0.9, "pattern")) is None


def test_an_item_of_a_list_of_characters_but_not_of_people() -> None:
    text = "Come as your favourite character (Paddington, Harry Potter, the Gruffalo). Pupils (Jack Ode, Amy Fenn) won."
    at = text.index("Paddington")
    assert why_send_thing(text, Span(at, at + 10, "LOCATION", 0.55, "pattern")) is not None
    at = text.index("Harry Potter")
    assert why_send_thing(text, Span(at, at + 12, "PERSON", 0.9, "pattern")) is not None
    at = text.index("Amy Fenn")
    assert why_send_thing(text, Span(at, at + 8, "PERSON", 0.9, "pattern")) is None


def test_people_with_their_relation_in_brackets_and_authors_stay_names() -> None:
    text = "Others in the home: Akua (sister, 16), Kojo (brother, 11). Letters opened by Nora (older sister, 17)."
    for name in ("Akua", "Kojo", "Nora"):
        at = text.index(name)
        assert why_send_thing(text, Span(at, at + len(name), "PERSON", 0.6, "pattern")) is None, name
    author = "Author: Francesca Oyelaran-Smith BSc (Hons) OT"
    assert why_send_thing(author, Span(8, 32, "PERSON", 0.9, "pattern")) is None
