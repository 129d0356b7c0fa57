"""School and setting names in capitals, with another kind of provision, before a kind typed in lower case,
and Irish-, Gaelic- and Welsh-medium names: rows that must be found whole, and generic phrases that stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkSchoolFormsRecognizer


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in UkSchoolFormsRecognizer().find(text)]


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("DAWLEY BANK ACADEMY – Student timetable 2023/24", "DAWLEY BANK ACADEMY"),
        ("THE BRIDGE HOSPITAL SCHOOL – Children's Hospital Teaching Service", "THE BRIDGE HOSPITAL SCHOOL"),
        ("CARN BREA LEARNING CENTRE (alternative provision) – DAILY LOG", "CARN BREA LEARNING CENTRE"),
        ("ST ANNE'S RC PRIMARY SCHOOL\nHeadteacher", "ST ANNE'S RC PRIMARY SCHOOL"),
        ("KING EDWARD VI SCHOOL, Bury St Edmunds", "KING EDWARD VI SCHOOL"),
        ("proposed a placement at Park Hill Alternative Provision two days a week", "Park Hill Alternative Provision"),
        ("parents; GP; Kincorth ELC Centre; health visitor", "Kincorth ELC Centre"),
        ("dual-registered with Riverside Pupil Referral Unit", "Riverside Pupil Referral Unit"),
        ("responses: Challney High School for Boys (22/01/2024)", "Challney High School for Boys"),
        ("exclusion x2 this term from Gresford VC school. no IDP", "Gresford VC school"),
        ("she moved to Oakfield primary in May", "Oakfield primary"),
        ("Scoil / School: Gaelscoil an tSeanchai, Killyclogher Road", "Gaelscoil an tSeanchai"),
        ("from P1 at Sgoil Ghàidhlig an Eilein and moved into S1", "Sgoil Ghàidhlig an Eilein"),
        ("son Rhys y9 ysgol morgan llwyd – welsh-medium", "ysgol morgan llwyd"),
    ],
)
def test_school_names_in_other_forms_are_found_whole(text: str, school: str) -> None:
    assert school in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "THE SPECIAL SCHOOL WILL CONTACT YOU", "LOCAL AUTHORITY SCHOOL TRANSPORT", "ANNUAL REVIEW SCHOOL REPORT",
        "SECONDARY SCHOOL", "EHCP SCHOOL NAMED", "NAME OF SCHOOL:", "Every school must publish", "The local primary school",
        "an English school", "In Sixth Form", "Education Centre", "the ysgol is closed", "ysgol gynradd",
        # what kind of school, not which: a heading's purpose, a role, a community's class, a medium
        "6. NOMINATED SCHOOL", "APPLICATION FOR HOME TO SCHOOL TRANSPORT", "Virtual School Head: Dr Thirlwell",
        "I go to Gujarati school on Saturdays", "transport for an Irish-medium school outside the county",
    ],
)
def test_generic_phrases_and_headings_stay(text: str) -> None:
    assert found(text) == []


def test_a_heading_in_capitals_spreads_its_own_word_only() -> None:
    from redaction.text import TextRedactor

    text = ("THE BRIDGE HOSPITAL SCHOOL – Children's Hospital Teaching Service\n\nThe spelling bee is on Friday; "
            "Bridge pupils sit it in the hall.")
    spans = TextRedactor(load_model=False).detect(text)
    surfaces = [text[s.start : s.end] for s in spans]
    assert "THE BRIDGE HOSPITAL SCHOOL" in surfaces and "Bridge" in surfaces
    assert "The" not in surfaces and "Hospital" not in surfaces
