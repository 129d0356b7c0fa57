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


def test_initials_the_surest_evidence_decides_first(redactor: TextRedactor) -> None:
    # DMcG can only be Mr McGlinchey; once he is D., HMcG can only be Halima.
    text = ("Attendees: Halima (Parent), Jesús\nApologies: Mr McGlinchey, Parent\n\n"
            "HMcG said the month had been hard. DMcG asked about transport. HMcG agreed.")
    found = labels(redactor, text)
    assert one(found, "HMcG") == one(found, "Halima")
    assert one(found, "DMcG") == one(found, "Mr McGlinchey") != one(found, "Halima")


def test_a_titled_surname_closes_initials_whatever_its_particles(redactor: TextRedactor) -> None:
    text = "Present: Mr Van der Merwe, SENCo; Ms Donnelly-Prys, parent\nAVdM reported progress. JDP thanked everyone."
    found = labels(redactor, text)
    assert one(found, "Mr Van der Merwe") == one(found, "AVdM")
    assert one(found, "Ms Donnelly-Prys") == one(found, "JDP")


def test_irish_surnames_keep_their_particle(redactor: TextRedactor) -> None:
    text = "I have written to Mrs Siân Ó Súilleabháin at school. Mrs Ó Súilleabháin replied. S. Ó Súilleabháin"
    found = labels(redactor, text)
    assert "Mrs Siân Ó Súilleabháin" in found, found
    assert len({one(found, s) for s in found}) == 1, found


def test_the_mother_named_once_by_first_name_and_once_by_title_is_one_person(redactor: TextRedactor) -> None:
    text = ("RE: RONAN-EAMON AHMADZAI\n\nDear Dr Rosenthal,\nThank you for referring Ronan-Eamon, who I saw today "
            "with his mother\nMalika. Mrs Ahmadzai can be contacted on 07700 900052.")
    found = labels(redactor, text)
    assert one(found, "Malika") == one(found, "Mrs Ahmadzai") == "Parent A"
    assert one(found, "RONAN-EAMON AHMADZAI") == one(found, "Ronan-Eamon") == "Child 1"


def test_a_judge_is_no_one_else(redactor: TextRedactor) -> None:
    text = "1. The appellants are the parents of AK, born 01/02/2015.\n2. AK needs support.\n\nJudge Adeyemi\n"
    found = labels(redactor, text)
    assert one(found, "Judge Adeyemi") != one(found, "AK")


def test_names_in_a_pupils_register_are_children(redactor: TextRedactor) -> None:
    text = ("UPN | Surname | Forename | DOB\nN909102514017 | ADEYEMI | Jaslyn | 08/03/2012\n\n"
            "Notes: Jaslyn - review brought forward at Mrs Adeyemi's request.")
    found = labels(redactor, text)
    assert one(found, "ADEYEMI") == one(found, "Jaslyn") == "Child 1"
    assert one(found, "Mrs Adeyemi") != "Child 1"


def test_a_name_found_whole_is_one_mention_in_the_register_order(redactor: TextRedactor) -> None:
    text = ("my name is nadia pankhurst and i am 12.\nofficial-sensitive  pankhurst, nadia  page 1 of 9\n"
            "parent/carer: mrs joy pankhurst")
    found = labels(redactor, text)
    assert one(found, "pankhurst, nadia") == one(found, "nadia pankhurst")
