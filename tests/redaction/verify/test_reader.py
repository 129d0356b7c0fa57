"""The second reader: what blocks release (findings), what goes to the reviewer (suspects), what stays.

Rows are redacted-output-like text: our labels ("Parent A", "[School 1]") stand where names were."""

from __future__ import annotations

import base64

import pytest

from redaction.verify import ENCODED, Reading, SecondReader, VerifyLimitError, second_reader


def read(text: str, **options: object) -> Reading:
    return second_reader().read(text, **options)  # type: ignore[arg-type]


def findings(text: str, **options: object) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in read(text, **options).findings]


def suspects(text: str) -> list[tuple[str, str]]:
    return [(s.reason, s.text) for s in read(text).suspects]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names two readers agree on: the model and the gazetteer, a title, a full name, mid-sentence
        ("Parent A said that Mehrudin shouted at Child 1 in class.", ("PERSON", "Mehrudin")),
        ("My name is Siiri and I help Parent A.", ("PERSON", "Siiri")),
        ("The SENCO, Mrs Okafor, agreed the plan.", ("PERSON", "Okafor")),
        ("Minutes taken by Gwenllian Pritchard.", ("PERSON", "Gwenllian")),
        ("Attendees: Parent A, Rabia, Teacher 1", ("PERSON", "Rabia")),
        ("Parent A said Todd had a hard day.", ("PERSON", "Todd")),  # a given name mid-sentence
        ("Tyrone is 13 and attends [School 1].", ("PERSON", "Tyrone")),  # a common given name opening a sentence
        ("Parent A asked Will to come to the review.", ("PERSON", "Will")),
        ("Actions: Z. Enright to update the profile.", ("PERSON", "Enright")),
        ("seen by malika ghosh at home", ("PERSON", "malika")),
        # numbers and addresses
        ("Call Parent A on 07700 900456.", ("PHONE_NUMBER", "07700 900456")),
        ("Grandma in Poland: +48 512 345 678", ("PHONE_NUMBER", "+48 512 345 678")),
        ("NHS number 943 476 5919", ("NHS_NUMBER", "943 476 5919")),
        ("lives at LA9 4TT", ("POSTCODE", "LA9 4TT")),
        ("e-mail parent.a@example.com", ("EMAIL_ADDRESS", "parent.a@example.com")),
        ("his TikTok is @leo_w2015", ("SOCIAL_HANDLE", "@leo_w2015")),
        ("Appeal no: EH545/22/59479", ("CASE_REF", "EH545/22/59479")),
        ("card 4111 1111 1111 1111", ("CREDIT_CARD", "4111 1111 1111 1111")),
    ],
)
def test_findings_block_release(text: str, expected: tuple[str, str]) -> None:
    assert expected in findings(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mabli went home early.", ("gazetteer name", "Mabli")),  # a rare name opening a sentence
        ("The family moved to Kendal last year.", ("rare place word", "Kendal")),
        ("Parent A said Thistlewood was closed.", ("name-like word", "Thistlewood")),
        ("amaya is starting secondary school", ("gazetteer name", "amaya")),
        ("record LW140314 updated", ("identifier-shaped number", "LW140314")),
        ("Parent A met Whitfiеld today.", ("unreadable text", "Whitfiеld")),  # a Cyrillic "е" inside
    ],
)
def test_suspects_go_to_the_reviewer(text: str, expected: tuple[str, str]) -> None:
    assert expected in suspects(text)
    assert not any(f[1] == expected[1] for f in findings(text))


@pytest.mark.parametrize(
    "text",
    [
        "Parent A rang on Monday: Child 1's new school, [School 1], will not agree the 1:1 support.",
        "Person 1 (Teacher 2) and Parent B met on 14/03/2024 at [ADDRESS]. [DATE OF BIRTH]. [redacted].",
        "Child 1 has Williams syndrome and a Conners 3 questionnaire was done; Down syndrome was ruled out.",
        "The EHCP review under the Children and Families Act 2014 is due. Tel [PHONE] · [EMAIL]",
        "Hosp No: [CASE REF]\nNHS No: [NHS NUMBER]\nPage 1 of 8",
        "We hope the First-tier Tribunal (SENDIST) will grant Will power. Mark making in Reception.",
        "The Child Development Centre in London saw Child 1 in 2023/24 for 25 hours, 10:30am on 28-mar-2025.",
        "Speech and language therapy twice a week; Makaton signs; the Boxall Profile; WhatsApp group.",
    ],
)
def test_clean_redacted_text_is_not_blocked(text: str) -> None:
    assert findings(text) == []


def test_our_replacements_are_never_findings_or_suspects() -> None:
    text = "Sarah Whitfield rang about Leo."
    regions = [(0, 15), (27, 30)]
    reading = read(text, ignore=regions)
    assert reading.findings == [] and reading.suspects == []
    assert read(text).findings  # the same names outside a replacement block release


def test_encoded_text_is_never_verified_as_clean() -> None:
    blob = base64.encodebytes(b"Leo Whitfield, NHS 943 476 5919, lives at 14 Abbey Road" * 3).decode()
    reading = read("Parent A sent this:\n" + blob)
    assert any(f.type == ENCODED and f.reader == "encoding" for f in reading.findings)
    assert not reading.clean


def test_known_identifiers_are_checked_when_given() -> None:
    text = "Mrs T h i s t l e w o o d rang on ０７７００ ９００４５６"
    types = {f.type for f in read(text, known={"PERSON:parent": ["Sarah Thistlewood"], "PHONE": ["07700 900456"]}).findings}
    assert {"PERSON", "PHONE"} <= types


def test_suspects_say_where_they_are() -> None:
    reading = read("Notes\nMabli went home early.")
    (suspect,) = [s for s in reading.suspects if s.text == "Mabli"]
    assert suspect.location == "line 2"
    assert reading.to_json()["suspects"][0]["reason"] == "gazetteer name"


def test_limits_are_enforced() -> None:
    with pytest.raises(VerifyLimitError):
        SecondReader(max_chars=10).read("x" * 11)
    assert read("").clean and read("").suspects == []


WELSH_REDACTED = ("Annwyl Mrs Person 1,\n\nDiolch am ddod i'r cyfarfod adolygiad blynyddol ddydd Llun. Roedd Person 2 yn "
                  "hapus iawn yn y dosbarth ac mae ei athrawes yn dweud bod ei ddarllen wedi gwella. Bydd y therapydd "
                  "iaith yn ymweld â'r ysgol ym mis Medi. Mae Cyngor Sir wedi cytuno i roi cymorth ychwanegol.\n\n"
                  "Cofion cynnes,\nPerson 3\nCydlynydd Anghenion Dysgu Ychwanegol")


def test_welsh_words_are_words_to_the_second_reader_too() -> None:
    """The redactor keeps a Welsh text's ordinary words; the second reader reads them as words too, so a clean
    Welsh output is neither blocked nor full of suspects ("Medi" is September, "Mae" is "is")."""
    reading = read(WELSH_REDACTED)
    assert reading.findings == [] and reading.suspects == []


def test_a_name_left_in_a_welsh_text_is_still_found() -> None:
    assert ("PERSON", "Gwenllian") in findings(WELSH_REDACTED.replace("Mrs Person 1", "Mrs Gwenllian"))
