"""Known identifiers written otherwise than the record: middle names the record leaves out, every given name by
its initial, a relative or a short form before the record's surname, a particle run on, accents the other
way round, OCR'd record numbers and e-mails spelt out. Rows that must be found whole, and rows that must stay."""

from __future__ import annotations

import pytest

from redaction.text import detect, redact


def surfaces(text: str, known: dict[str, list[str]]) -> list[str]:
    return [text[s.start : s.end] for s in detect(text, known=known, detectors=False)]


def covered(text: str, mention: str, known: dict[str, list[str]]) -> bool:
    start = text.index(mention)
    spans = detect(text, known=known, detectors=False)
    return all(any(s.start <= i < s.end for s in spans)
               for i in range(start, start + len(mention)) if text[i].isalnum())


@pytest.mark.parametrize(
    ("known", "text", "mention"),
    [
        # middle names the record leaves out, in reading order and in a register's order
        ({"PERSON": ["Adam Mahmoud"]}, "Young person: Adam Yasin Mahmoud    Age: 18", "Adam Yasin Mahmoud"),
        ({"PERSON": ["Ciarán O'Halloran"]}, "Name: Ciarán Seosamh O'Halloran   Plan ref", "Ciarán Seosamh O'Halloran"),
        ({"PERSON": ["Aoife O'Connor"]}, "Patient: O'CONNOR, Aoife Bridget   DOB: 22-DEC-2013", "O'CONNOR, Aoife Bridget"),
        # ... after any form of the first name (one variant serves them all): a short form, in either order
        ({"PERSON": ["Haruto Bennett"]}, "Pupil: Haru Kenji Bennett   Year 6", "Haru Kenji Bennett"),
        ({"PERSON": ["Haruto Bennett"]}, "Patient: BENNETT, Haru Kenji   DOB: 02-MAR-2015", "BENNETT, Haru Kenji"),
        # every given name by its initial
        ({"PERSON": ["Mei Ling Bevan"]}, "Signature: M. L. Bevan      Date: 02/07/2024", "M. L. Bevan"),
        ({"PERSON": ["Mei Ling Bevan"]}, "cc ML Bevan (mother)", "ML Bevan"),
        ({"PERSON": ["Luciana Oliveira dos Santos"]}, "Yours faithfully,\n\nL. Oliveira dos Santos\n", "L. Oliveira dos Santos"),
        # a short form, another given name or a relative before the record's surname
        ({"PERSON": ["Beverley Yeo"]}, "long-term foster care with Mrs Bev Yeo since March 2021", "Bev Yeo"),
        ({"PERSON": ["Dessie McKeown"]}, "Name: Mrs Siobhán McKeown and Mr Desmond McKeown", "Desmond McKeown"),
        ({"PERSON": ["Yuki Bennett"]}, "Yuki and Sam Bennett asked for an assessment", "Sam Bennett"),
        # a long given name cut short
        ({"PERSON": ["Beverley Yeo"]}, "Bev rang back about contact.", "Bev"),
        ({"PERSON": ["Haruto Bennett"]}, "Haru was calmer after lunch", "Haru"),
        ({"PERSON": ["Oluwaseun Adeyemi"]}, "Olu (Year 3) enjoyed forest school", "Olu"),
        # a particle run on, accents on the other side
        ({"PERSON": ["Luca Di Rollo"]}, "Thanks, Fran (Luca DiRollo's mum, P2)", "Luca DiRollo"),
        ({"PERSON": ["Ionela Lăcătuș"]}, "Child: LĂCĂTUŞ, Ionela   (\"Ela\")", "LĂCĂTUŞ, Ionela"),
        ({"PERSON": ["Florica Lacatus"]}, "Mrs Lăcătuş said Ionela now asks to go", "Lăcătuş"),
        # a known date of birth's day and month written out without the year: the birthday
        ({"DATE_OF_BIRTH": ["2014-11-04"]}, "her party on 4th Nov was lovely", "4th Nov"),
        ({"DATE_OF_BIRTH": ["04/11/2014"]}, "November 4th is his birthday", "November 4th"),
        ({"DATE_OF_BIRTH": ["2014-11-04"]}, "born on the 4th of November", "4th of November"),
        # record numbers misread by OCR, e-mails spelt out against harvesting
        ({"UPN": ["L879579515684"]}, "UPN: L8795795l5684   LAC", "L8795795l5684"),
        ({"NHS_NUMBER": ["343 407 4422"]}, "NHS No 343 4O7 4422 (scan)", "343 4O7 4422"),
        ({"ULN": ["9343725301"]}, "ULN: 934 372 53O1", "934 372 53O1"),
        ({"EMAIL": ["fran.dirollo@gmail.com"]}, "write to fran . dirollo @ gmail . com please", "fran . dirollo @ gmail . com"),
        ({"EMAIL": ["fran.dirollo@gmail.com"]}, "fran.dirollo at gmail dot com", "fran.dirollo at gmail dot com"),
        ({"EMAIL": ["fran.dirollo@gmail.com"]}, "fran.dirollo[at]gmail.com", "fran.dirollo[at]gmail.com"),
    ],
)
def test_record_values_written_otherwise_are_found_whole(known: dict[str, list[str]], text: str, mention: str) -> None:
    assert covered(text, mention, known), surfaces(text, known)


@pytest.mark.parametrize(
    ("known", "text", "expected"),
    [
        # an ordinary word opening a sentence before the surname is not a given name; a title is not one either
        ({"PERSON": ["Yuki Bennett"]}, "Then Bennett said no.", ["Bennett"]),
        ({"PERSON": ["Yuki Bennett"]}, "Dear Mr Bennett,", ["Mr Bennett"]),
        # a register's next column after "SURNAME, First" is not a middle name
        ({"PERSON": ["Ella Hughes"]}, "HUGHES, Ella Year 6", ["HUGHES, Ella"]),
        # an English-word surname does not make every capitalised word before it a relative
        ({"PERSON": ["Ella Brown"]}, "Saw Gordon Brown on the news.", ["Brown"]),
        # a short number misread is another number, not the record's
        ({"CASE_REF": ["A1-77"]}, "Room Al-77 is free", []),
        # a short form that is a word, a month or a day stays ("Mar" of Mariama, "Dec" of Declan, "Kat" a word)
        ({"PERSON": ["Mariama Diallo"]}, "Seen 3 Mar 2024.", []),
        ({"PERSON": ["Declan Moore"]}, "Review in Dec", []),
        ({"PERSON": ["Ella Hughes"]}, "Ell and Ella", ["Ella"]),  # a name under six letters is not cut
        # another day, another year, or numbers alone are not the known birthday
        ({"DATE_OF_BIRTH": ["2014-11-04"]}, "Review on 5th Nov; meeting 4 November 2024; scored 4/11", []),
        # "at" inside an e-mail's spelt-out form only: the words alone stay
        ({"EMAIL": ["fran.dirollo@gmail.com"]}, "Fran is at Gmail for work, dot the i", []),
    ],
)
def test_other_forms_do_not_reach_ordinary_text(known: dict[str, list[str]], text: str, expected: list[str]) -> None:
    assert surfaces(text, known) == expected


@pytest.mark.parametrize(
    ("address", "text", "found"),
    [
        ("42 Anderton Park Road, Moseley", "(Mrs)\n42 Anderton Park Road\nMoseley\nBirmingham\nB13 9DQ\n", "42 Anderton Park Road\nMoseley\nBirmingham"),
        ("Rose Cottage, Mill Lane, Chartham", "Home address: Rose Cottage, Mill Lane, Chartham, Canterbury, Kent CT4 7LJ",
         "Rose Cottage, Mill Lane, Chartham, Canterbury, Kent"),
        ("9 Gorse Hill, Fazakerley", "Address: 9 Gorse Hill, Fazakerley, L10   Phone: (0151)", "9 Gorse Hill, Fazakerley, L10"),
        ("14 Leighton Road, Kentish Town", "Address 14 Leighton Rd Kentish Town London NW5 2QE Parents", "14 Leighton Rd Kentish Town London"),
        ("7 Heol y Nant, Gorseinon", "address: 7 Heol-y-Nant\nGorseinon\nAbertawe / Swansea\nCod post", "7 Heol-y-Nant\nGorseinon\nAbertawe / Swansea"),
        # what follows that is not a place stays: a sentence, a label, a role word
        ("9 Gorse Hill, Fazakerley", "lives at 9 Gorse Hill, Fazakerley. Phone: 0151", "9 Gorse Hill, Fazakerley"),
        ("9 Gorse Hill, Fazakerley", "9 Gorse Hill, Fazakerley\nParents: Ann", "9 Gorse Hill, Fazakerley"),
        ("9 Gorse Hill, Fazakerley", "9 Gorse Hill, Fazakerley\nTelephone: 0151", "9 Gorse Hill, Fazakerley"),
    ],
)
def test_a_known_address_takes_in_the_post_town_after_it(address: str, text: str, found: str) -> None:
    assert surfaces(text, {"ADDRESS": [address]}) == [found]


@pytest.mark.parametrize("parent_first", [True, False])
def test_a_name_written_in_full_is_its_own_entry_not_a_relative_of_another_with_that_surname(parent_first: bool) -> None:
    """Two record entries share a surname: "Sarah Whitfield" is also "a given name before Leo Whitfield's surname",
    but written in full it is the record's Sarah Whitfield, whichever entry comes first (the case record's order is
    the database's); a third Whitfield the record does not name is neither of them."""
    people = [("PERSON:parent", ["Sarah Whitfield"]), ("PERSON:child", ["Leo Whitfield"])]
    known = dict(people if parent_first else people[::-1])
    text = "Sarah Whitfield rang about Leo Whitfield; Mark Whitfield came too."
    result = redact(text, known=known)
    assert result.redacted == "Parent A rang about Child 1; Person 1 came too."
