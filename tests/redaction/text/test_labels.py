"""One label per person, whatever form each mention takes: initials, names typed in lower case, the name
parts of a register row or a form record; two people side by side keep two labels."""

from __future__ import annotations

import pytest

from redaction.text import RedactionSettings, TextRedactor


@pytest.fixture(scope="module")
def redactor() -> TextRedactor:
    return TextRedactor(settings=RedactionSettings(dob="remove"))


def labels(redactor: TextRedactor, text: str) -> dict[str, set[str]]:
    """Each person surface in ``text`` with the labels it got."""
    out: dict[str, set[str]] = {}
    for row in redactor.redact(text).report:
        if row["type"] == "PERSON":
            out.setdefault(text[row["start"] : row["end"]], set()).add(str(row["replacement"]))  # type: ignore[index]
    return out


def one(found: dict[str, set[str]], surface: str) -> str:
    assert len(found[surface]) == 1, found
    return next(iter(found[surface]))


def test_initials_join_the_person_they_abbreviate(redactor: TextRedactor) -> None:
    text = ("Present: Jędrzej Szymańska (JS); Akosua Ogunleye (AO) – Parent; Zbigniew Mirza\n"
            "AO said the month had been hard. JS agreed. J.S. asked about transport. ZM to draft the plan.")
    found = labels(redactor, text)
    assert one(found, "Akosua Ogunleye") == one(found, "AO")
    assert one(found, "Jędrzej Szymańska") == one(found, "JS") == one(found, "J.S.")
    assert one(found, "Zbigniew Mirza") == one(found, "ZM")
    assert len({one(found, s) for s in ("AO", "JS", "ZM")}) == 3


def test_initials_join_the_one_person_known_by_a_first_name_or_a_titled_surname(redactor: TextRedactor) -> None:
    text = ("Present: Caoimhin (Class Teacher); Mr Tamang, SENCo; Akosua Ogunleye (AO)\n"
            "CO added that the nurture group helps. MT agreed to refer. AO said thanks.")
    found = labels(redactor, text)
    assert one(found, "Caoimhin") == one(found, "CO")
    assert one(found, "Mr Tamang") == one(found, "MT")
    assert one(found, "CO") != one(found, "MT")


def test_initials_two_people_could_share_stay_apart(redactor: TextRedactor) -> None:
    text = "Present: Mehreen (Chair); Magdalena (SENDIASS)\nMD welcomed everyone. MD said it went well."
    found = labels(redactor, text)
    assert one(found, "MD") not in (one(found, "Mehreen"), one(found, "Magdalena"))


def test_names_typed_in_lower_case_keep_one_label(redactor: TextRedactor) -> None:
    text = ("hello my name is wanjiru donnelly-prys and im ringing about my son kieron.\n"
            "spoke to wanjiru this morning. kieron was at school. its wanjiru again sorry.")
    found = labels(redactor, text)
    assert one(found, "wanjiru donnelly-prys") == one(found, "wanjiru")
    assert one(found, "kieron") != one(found, "wanjiru")


def test_a_speaker_and_the_child_named_side_by_side_are_two_people(redactor: TextRedactor) -> None:
    text = "hi its wanjiru donnelly-prys kieron's mum, can u ring me back on 028 9649 6257"
    found = labels(redactor, text)
    assert found.keys() == {"wanjiru donnelly-prys", "kieron"}, found
    assert one(found, "kieron") != one(found, "wanjiru donnelly-prys")


def test_the_name_cells_of_a_register_row_are_one_person(redactor: TextRedactor) -> None:
    text = ("Last name ULN D.O.B. First name\nMbatha 3551467373 5th june 2015 Kojo\nOkafor 8833462047 28.01.2017 Jasleen\n\n"
            "Notes: Kojo - review brought forward.")
    found = labels(redactor, text)
    assert one(found, "Mbatha") == one(found, "Kojo")
    assert one(found, "Okafor") == one(found, "Jasleen") != one(found, "Kojo")


def test_the_surname_and_forename_fields_of_a_form_are_one_person(redactor: TextRedactor) -> None:
    text = ("Surname: LINDQVIST    Forename(s): Afia\nKnown as: Afia    D.O.B 01 03 2018\n"
            "Mother: Gráinne Lindqvist    Father: Wiktor Lindqvist\n\nAfia has a diagnosis of autism.")
    found = labels(redactor, text)
    assert one(found, "LINDQVIST") == one(found, "Afia")
    assert one(found, "Gráinne Lindqvist") not in (one(found, "Afia"), one(found, "Wiktor Lindqvist"))


def test_two_names_side_by_side_in_lower_case_stay_two_mentions(redactor: TextRedactor) -> None:
    text = ("hello my name is uzma o'halloran. its uzma o'halloran faisal's mum again.\n"
            "my name is faisal o'halloran and i am 12.")
    found = labels(redactor, text)
    assert "uzma o'halloran faisal" not in found, found
    assert one(found, "faisal") == one(found, "faisal o'halloran") != one(found, "uzma o'halloran")
