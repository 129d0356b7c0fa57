"""Identifiers UK case files hold beyond names and addresses: each recognizer finds its rows and keeps the rest."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import (
    AnyCountryPhoneRecognizer,
    UkAccountNumberRecognizer,
    UkChiNumberRecognizer,
    UkHcNumberRecognizer,
    UkHospitalNumberRecognizer,
    UkCaseRefRecognizer,
    UkPartialBirthdayRecognizer,
    UkSocialCareIdRecognizer,
    UkSocialHandleRecognizer,
    UkSortCodeRecognizer,
    UkNumberPlateRecognizer,
)
from redaction.text.recognizers.health_numbers import chi_valid, hc_valid


def found(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return list(dict.fromkeys(text[s.start : s.end] for s in recognizer.find(text)))  # two patterns may agree


CASES = [
    # (recognizer, text, expected)
    (UkHospitalNumberRecognizer, "Hospital No. K123456", ["K123456"]),
    (UkHospitalNumberRecognizer, "Hosp no: 0123456, seen in clinic", ["0123456"]),
    (UkHospitalNumberRecognizer, "MRN RXH1234567", ["RXH1234567"]),
    (UkHospitalNumberRecognizer, "letter quotes RTX123456 at the top", ["RTX123456"]),
    (UkHospitalNumberRecognizer, "unit number: 4471203", ["4471203"]),
    (UkHospitalNumberRecognizer, "K number 4471203", ["4471203"]),
    (UkHospitalNumberRecognizer, "H.No. 839\nBhatti Road\nKarimnagar-827015", []),  # the cue a whole word
    (UkHospitalNumberRecognizer, "Unit 6244 Box 6774\nDPO AP 45658", []),  # a unit, no "unit number"
    (UkHospitalNumberRecognizer, "her hospital number is 7788123", ["7788123"]),
    (UkHospitalNumberRecognizer, "the hospital appointment is 12/03/2024", []),
    (UkHospitalNumberRecognizer, "the patient was seen in 2024", []),
    (UkHospitalNumberRecognizer, "Room R12 and ward RX1", []),
    (UkSocialCareIdRecognizer, "Mosaic ID: 4471203", ["4471203"]),
    (UkSocialCareIdRecognizer, "LCS no. 1234567", ["1234567"]),
    (UkSocialCareIdRecognizer, "EHM ref EH-22-01882", ["EH-22-01882"]),
    (UkSocialCareIdRecognizer, "liquidlogic 99887766 (child record)", ["99887766"]),
    (UkSocialCareIdRecognizer, "Person ID 553201", ["553201"]),
    (UkSocialCareIdRecognizer, "Mosaic says 12 things about it", []),
    (UkSocialCareIdRecognizer, "recorded on LCS in 2023", []),
    (UkChiNumberRecognizer, "CHI number: 120315 1233", ["120315 1233"]),
    (UkChiNumberRecognizer, "CHI 0101051239", ["0101051239"]),
    (UkChiNumberRecognizer, "CHI 0101051234", []),  # checksum wrong
    (UkChiNumberRecognizer, "CHI 3213051234", []),  # no 32nd day
    (UkChiNumberRecognizer, "ring 0101051239", []),  # a zero-led number with no CHI cue is a phone number
    (UkHcNumberRecognizer, "H&C number 320 000 0015", ["320 000 0015"]),
    (UkHcNumberRecognizer, "3204567893 on the card", ["3204567893"]),
    (UkHcNumberRecognizer, "H&C number 320 000 0016", []),  # checksum wrong
    (UkHcNumberRecognizer, "NHS 943 476 5919", []),  # an NHS number, not in the H&C range
    (UkSocialHandleRecognizer, "follow @lily_xo on insta", ["@lily_xo"]),
    (UkSocialHandleRecognizer, "Insta: maisie_2012", ["maisie_2012"]),
    (UkSocialHandleRecognizer, "her TikTok is @jaylen.k", ["@jaylen.k"]),
    (UkSocialHandleRecognizer, "messages from @Sarah", ["@Sarah"]),
    (UkSocialHandleRecognizer, "e-mail lily@example.com", []),
    (UkSocialHandleRecognizer, "meet @home after school", []),
    (UkSocialHandleRecognizer, "Snapchat: she uses it a lot", []),
    (UkNumberPlateRecognizer, "her car AB12 CDE was parked outside", ["AB12 CDE"]),
    (UkNumberPlateRecognizer, "taxi reg ab12cde", ["ab12cde"]),
    (UkNumberPlateRecognizer, "seen getting into LM68 XYZ", ["LM68 XYZ"]),
    (UkNumberPlateRecognizer, "postcode SW1A 1AA", []),
    (UkNumberPlateRecognizer, "code ab12cde in the app", []),  # lower case, no vehicle cue
    (UkNumberPlateRecognizer, "car AB99 CDE", []),  # 99 is no age identifier
    (UkSortCodeRecognizer, "Sort code 20-00-00, account 12345678", ["20-00-00"]),
    (UkSortCodeRecognizer, "sort code: 40 11 62", ["40 11 62"]),
    (UkSortCodeRecognizer, "20-00-00 (sort code)", ["20-00-00"]),
    (UkSortCodeRecognizer, "meeting on 12-03-15", []),
    (UkAccountNumberRecognizer, "Sort code 20-00-00, account 12345678", ["12345678"]),
    (UkAccountNumberRecognizer, "a/c no. 1234 5678", ["1234 5678"]),
    (UkAccountNumberRecognizer, "the 12345678 figure", []),
    (UkPartialBirthdayRecognizer, "she'll be 11 on the 3rd of May", ["the 3rd of May"]),
    (UkPartialBirthdayRecognizer, "Tomas turns 11 on 3 May", ["3 May"]),
    (UkPartialBirthdayRecognizer, "Kai celebrated turning 7 on 22/11/2024.", ["22/11/2024"]),  # a whole date too
    (UkPartialBirthdayRecognizer, "the score was 5 on 12/03/2025", []),
    (UkPartialBirthdayRecognizer, "his birthday is 3 May", ["3 May"]),
    (UkPartialBirthdayRecognizer, "birthday's on May 3rd", ["May 3rd"]),
    (UkPartialBirthdayRecognizer, "he was born in May 2015", ["May 2015"]),
    (UkPartialBirthdayRecognizer, "bday 03/05", ["03/05"]),
    (UkPartialBirthdayRecognizer, "3 May is her birthday", ["3 May"]),
    (UkPartialBirthdayRecognizer, "3 May is her BIRTHDAY", ["3 May"]),  # the word's test ignores case too
    (UkPartialBirthdayRecognizer, "3 May was born out of a plan", []),  # a cue, but no "birthday" after the date
    (UkPartialBirthdayRecognizer, "the review is on 3 May", []),
    (UkPartialBirthdayRecognizer, "she turns 11 in the summer", []),
    (AnyCountryPhoneRecognizer, "Dad is in Poland: +48 512 345 678.", ["+48 512 345 678"]),
    (AnyCountryPhoneRecognizer, "aunt in Dublin 00353 87 123 4567", ["00353 87 123 4567"]),
    (AnyCountryPhoneRecognizer, "call +1 (415) 555-2671", ["+1 (415) 555-2671"]),
    (AnyCountryPhoneRecognizer, "dad's mobile (Poland): 512 345 678", ["512 345 678"]),
    (AnyCountryPhoneRecognizer, "his US cell 415-555-2671", ["415-555-2671"]),
    (AnyCountryPhoneRecognizer, "scores 2023 2024 and 14.03.2015, 85/100", []),
    (AnyCountryPhoneRecognizer, "+48 000 000 000", []),  # not a valid Polish number
    (AnyCountryPhoneRecognizer, "page 512 345 678 of the bundle", []),  # no telephone cue for a home layout
]


@pytest.mark.parametrize(("recognizer", "text", "expected"), CASES,
                         ids=[f"{r.__name__}:{t[:30]}" for r, t, _ in CASES])
def test_found_and_kept(recognizer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert found(recognizer(), text) == expected


def test_checksums() -> None:
    assert chi_valid("0101051239") and not chi_valid("0101051234")
    assert hc_valid("3200000015") and not hc_valid("4200000015") and not hc_valid("3200000016")


@pytest.fixture(scope="module")
def redactor():  # type: ignore[no-untyped-def]
    from redaction.text import TextRedactor

    return TextRedactor(load_model=False)


@pytest.mark.parametrize(
    ("text", "gone", "label"),
    [
        ("Hospital No. K123456", "K123456", "[HOSPITAL NUMBER]"),
        ("Mosaic ID: 4471203", "4471203", "[SOCIAL CARE ID]"),
        ("CHI number: 120315 1233", "120315 1233", "[CHI NUMBER]"),
        ("H&C number 320 000 0015", "320 000 0015", "[H&C NUMBER]"),
        ("follow @lily_xo", "@lily_xo", "[HANDLE]"),
        ("her car AB12 CDE", "AB12 CDE", "[VEHICLE REG]"),
        ("Sort code 20-00-00, account 12345678", "12345678", "[ACCOUNT NUMBER]"),
        ("she'll be 11 on the 3rd of May", "3rd of May", "[DATE OF BIRTH]"),
        ("Dad in Poland: +48 512 345 678", "512 345 678", "[PHONE]"),
    ],
)
def test_redacted_with_their_labels(redactor, text: str, gone: str, label: str) -> None:  # type: ignore[no-untyped-def]
    out = redactor.redact(text).redacted
    assert gone not in out and label in out


def test_no_recognizer_shares_a_name_with_one_of_presidios() -> None:
    """Presidio's registry looks its predefined recognizers up by class name among all subclasses: a clash
    makes stock Presidio (the second reader) build ours with its arguments, and every verification fails."""
    import importlib.resources

    import yaml

    from redaction.text.detector import Detector

    source = importlib.resources.files("presidio_analyzer").joinpath("conf/default_recognizers.yaml").read_text()
    presidio = {e if isinstance(e, str) else e.get("name") for e in yaml.safe_load(source)["recognizers"]}
    ours = {type(r).__name__ for r in Detector(load_model=False).recognizers}
    assert not ours & presidio


# -- the dobref2 round: a day alone after "born on", a month and year after "b." or "born"; rows written for these tests
@pytest.mark.parametrize(("text", "found"), [
    ("born on the 14th, a week before the review", ["14th"]),
    ("He was born on the 3rd and came home on the 10th.", ["3rd"]),
    ("aged 7, b. 12/2017", ["12/2017"]),
    ("Jo (born 04/2019) attends nursery.", ["04/2019"]),
])
def test_dobref2_partial_birthdays(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in UkPartialBirthdayRecognizer().find(text)] == found


@pytest.mark.parametrize("text", [
    "The meeting on the 14th was moved.",
    "Scores were 12/2017 on the sheet.",
    "The baby is due on the 14th.",
])
def test_dobref2_other_partial_dates_stay(text: str) -> None:
    assert list(UkPartialBirthdayRecognizer().find(text)) == []


@pytest.mark.parametrize(("text", "found"), [
    ("CASE RECORD  MOS-4418207", ["MOS-4418207"]),  # a heading in capitals
    ("Referral to the panel: APP-558102", ["APP-558102"]),  # a record's word on the line
])
def test_dobref2_letters_dash_serial_on_a_record_line(text: str, found: list[str]) -> None:
    assert [text[s.start : s.end] for s in UkCaseRefRecognizer().find(text)] == found


@pytest.mark.parametrize("text", [
    "We follow ISO-14001 and the AB-12345 kit arrived.",  # a standard; a product code in prose
    "The CASE RECORD meets ISO-27001",
])
def test_dobref2_letters_dash_serial_elsewhere_stays(text: str) -> None:
    assert list(UkCaseRefRecognizer().find(text)) == []
