"""known_leaks: the case's own identifiers in every written form (issue 12 item 5), and what must stay."""

from __future__ import annotations

import pytest

from redaction.verify import VerifyLimitError, known_leaks

KNOWN = {
    "PERSON:parent": ["Sarah Thistlewood", "ST"],
    "PERSON:child": ["Hope Baker"],
    "PHONE": ["07700 900456"],
    "ADDRESS": ["14 Abbey Road, Kendal, LA9 4TT"],
    "POSTCODE": ["LA9 4TT"],
    "DATE_OF_BIRTH": ["2015-03-14"],
    "NHS_NUMBER": ["943 476 5919"],
    "NI_NUMBER": ["QQ 12 34 56 C"],
    "EMAIL": ["sarah.t@example.com"],
    "TERM": ["LW140314", "Fellside"],
}


def found(text: str, **options: object) -> list[tuple[str, str]]:
    return [(leak.type, leak.text) for leak in known_leaks(text, KNOWN, **options)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # issue 12 item 5: full-width digits, a letter-spaced surname, a letter-spaced postcode
        ("Call ０７７００ ９００４５６ today", ("PHONE", "０７７００ ９００４５６")),
        ("Mrs T h i s t l e w o o d said", ("PERSON", "T h i s t l e w o o d")),
        ("postcode L A 9 4 T T.", ("POSTCODE", "L A 9 4 T T")),
        # zero-width characters, soft hyphens, a line break or a hyphenated wrap inside a name
        ("Thistle\u00adwood rang", ("PERSON", "Thistle\u00adwood")),
        ("Thist\u200blewood rang", ("PERSON", "Thist\u200blewood")),
        ("Sarah\nThistlewood", ("PERSON", "Sarah\nThistlewood")),
        ("Thistle-\nwood", ("PERSON", "Thistle-\nwood")),
        # case, possessives, parts alone
        ("SARAH THISTLEWOOD", ("PERSON", "SARAH THISTLEWOOD")),
        ("thistlewood in lower case", ("PERSON", "thistlewood")),
        ("Sarah’s mum", ("PERSON", "Sarah")),
        ("Hope came in", ("PERSON", "Hope")),
        ("H o p e came in", ("PERSON", "H o p e")),
        # numbers with any spacing or punctuation, with a prefix
        ("+44 7700 900456", ("PHONE", "+44 7700 900456")),
        ("0044 (0) 7700-900-456", ("PHONE", "0044 (0) 7700-900-456")),
        ("(07700) 900.456", ("PHONE", "(07700) 900.456")),
        ("NHS 9434765919", ("NHS_NUMBER", "9434765919")),
        ("NHS 943-476-5919", ("NHS_NUMBER", "943-476-5919")),
        ("NI qq123456c", ("NI_NUMBER", "qq123456c")),
        ("at LA94TT", ("POSTCODE", "LA94TT")),
        ("at 14 Abbey Road", ("ADDRESS", "14 Abbey Road")),
        ("born 14th March 2015", ("DATE_OF_BIRTH", "14th March 2015")),
        ("born 14/03/15", ("DATE_OF_BIRTH", "14/03/15")),
        ("born March 14, 2015", ("DATE_OF_BIRTH", "March 14, 2015")),
        ("mail sarah.t@example.com", ("EMAIL", "sarah.t@example.com")),
        ("code lw 140314", ("TERM", "lw 140314")),
        ("the fellside group", ("TERM", "fellside")),
    ],
)
def test_known_identifiers_in_other_written_forms_are_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "We hope so.",  # a name that is an ordinary word, written as the word
        "a baker's dozen",
        "ST said nothing",  # initials are the redactor's
        "on 14 March",  # a birthday without its year
        "ref 0770 0900",  # too short a part of the number
        "Parent A rang from Kendal",  # the town alone is not the address
        "Kendal Abbey",  # parts of the address that are not its first line or postcode
        "Thistle and wood",
    ],
)
def test_what_is_not_a_known_identifier_stays(text: str) -> None:
    assert found(text) == []


def test_replacements_are_never_leaks() -> None:
    text = "Parent A (Sarah Thistlewood) rang"
    region = (text.index("Sarah"), text.index(")"))
    assert found(text, ignore=[region]) == []
    assert ("PERSON", "Sarah Thistlewood") in found(text)


def test_offsets_point_into_the_original_text() -> None:
    text = "x \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff14\uff15\uff16 y"
    (leak,) = known_leaks(text, {"PHONE": ["07700 900456"]})
    assert text[leak.start:leak.end] == leak.text and leak.reader == "known"


def test_limits() -> None:
    with pytest.raises(VerifyLimitError):
        known_leaks("text", {"TERM": ["x" * 5000]})
    with pytest.raises(VerifyLimitError):
        known_leaks("text", {"TERM": [f"term {i}" for i in range(5000)]})
    assert known_leaks("", KNOWN) == [] and known_leaks("text", None) == []
