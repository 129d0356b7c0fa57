"""Numbers written as another country writes them at home: read in the country their sentence names."""

from __future__ import annotations

import pytest

from redaction.text.detector import Detector
from redaction.text.recognizers import AnyCountryPhoneRecognizer, UkNhsNumberRecognizer
from redaction.text.recognizers.phone_countries import countries_near

RECOGNIZER = AnyCountryPhoneRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, number", [
    ("Her sister in Argentina is on 011 2345-6789 in the evenings.", "011 2345-6789"),
    ("The surgery in Vienna answers on 01 234567890.", "01 234567890"),
    ("My uncle in Kuala Lumpur: 012-345 6789", "012-345 6789"),
    ("Grandad lives in Hanoi, 091 234 56 78 is his mobile.", "091 234 56 78"),
    ("his Kenyan number 0712 123456", "0712 123456"),
    ("Call the Toronto office at (416) 555-0175.", "(416) 555-0175"),
    ("Fax: 212.555.0143", "212.555.0143"),
    ("Toll-free: 1-800-555-0177", "1-800-555-0177"),
])
def test_numbers_beside_a_country_or_a_cue_are_found(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize("text", [
    "Berlin has 3 645 000 people.",
    "In 2019 Leeds had 793 139 residents.",
    "The trip from Lagos took 12 hours in 2023 and 2024.",
    "Born 14.03.2015 in Krakow.",
    "Poland scored 2-1 on 12.06.2024.",
])
def test_counts_dates_and_scores_beside_a_country_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, regions", [
    ("Her mobile in Singapore is 8123 4567.", ("SG",)),
    ("his Nigerian number is 0803 123 4567", ("NG",)),
    ("Reading is fun: 8123 4567", ()),
])
def test_countries_near_a_number(text: str, regions: tuple[str, ...]) -> None:
    number = text.index("8")
    assert countries_near(text, number, len(text)) == regions


def test_ten_digits_after_a_country_code_are_no_nhs_number() -> None:
    assert list(UkNhsNumberRecognizer().find("Fax: +1 212 555 0199")) == []
    assert [s.type for s in Detector(load_model=False).detect("Fax: +1 212 555 0199")] == ["PHONE"]


@pytest.mark.parametrize("text, number", [
    ("I tried (201) 555-0123 twice yesterday.", "(201) 555-0123"),
    ("Jo Bloggs | 201-555-0123 | jo@example.com", "201-555-0123"),
    ("If it's urgent, 081234 56789 is best.", "081234 56789"),
    ("If it's urgent, 0412 345 678 is best.", "0412 345 678"),
    ("Details: 030 123456, after 6pm", "030 123456"),
    ("Details: 06.12.34.56.78, after 6pm", "06.12.34.56.78"),
    ("Jo Bloggs | 01.23.45.67.89 | jo@example.com", "01.23.45.67.89"),
    ("I tried 312 345 6789 twice yesterday.", "312 345 6789"),
    ("Jo Bloggs | 050-234-5678 | jo@example.com", "050-234-5678"),
    ("I tried (11) 96123-4567 twice yesterday.", "(11) 96123-4567"),
    ("If it's urgent, 090-1234-5678 is best.", "090-1234-5678"),
])
def test_numbers_grouped_as_their_country_groups_them_are_found_without_cue_or_country(text: str, number: str) -> None:
    # the detector: a number also in a UK range ("090-1234-5678") is the UK recognizer's
    spans = Detector(load_model=False).detect(text)
    assert number in [text[s.start : s.end] for s in spans if s.type == "PHONE"]


@pytest.mark.parametrize("text", [
    "The period 2019-2023 and 2023 2025.",
    "Dated 12.03.2024 14:30.",
    "12-03-2024 and 13-03-2024",
    "Invoice 450 012 3456",
    "Ref no. 312 555 0147",
    "Invoice #312-555-0147",
    "Membership no 0412 345 678",
    "It cost $212 555 0175.",
    "We raised 212 555 0175 EUR.",
    "We shipped 212 555 0175 units.",
    "Dimensions 212 x 555 x 175 mm",
    "Population 3 645 000 people.",
    "Order no: 4155550171",
    "Build 4.12.345.6789",
    "Serial 2048 3391 7720",
])
def test_digits_with_neither_cue_nor_country_that_no_grouping_explains_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text", [
    "NHS number 943 476 5919 is on the letter.",
    "Account 12345678, sort code 20-00-00.",
    "Case 2023/04512 and ULN 1234567890.",
])
def test_other_identifiers_are_no_telephone_number(text: str) -> None:
    assert "PHONE" not in [s.type for s in Detector(load_model=False).detect(text)]


@pytest.mark.parametrize("text", [
    "Call log - SENDIASS\nDate: 02-11-2024   Caller: Ann",
    "Telephone note — 27 10 2024, 10:40",
    "Phone call on 2024-11-02 with mum",
])
def test_a_date_after_a_telephone_cue_stays(text: str) -> None:
    assert _found(text) == []


# North American numbers in their own layouts, allocated or not, with an extension; numbers a cue stands just before;
# "+" numbers of a possible length (libphonenumber's VALID rejects unallocated ranges, which people write all the same).
@pytest.mark.parametrize("text, number", [
    ("Call us on (240)724-8755x22385.", "(240)724-8755x22385"),
    ("Jo Bloggs ((973)797-4955x2457) reported a leak", "(973)797-4955x2457"),
    ("Tel: 969.425.2198x707", "969.425.2198x707"),
    ("Contact 449-749-4228 x720 today", "449-749-4228 x720"),
    ("Contact (934) 512-1254 ext. 92 today", "(934) 512-1254 ext. 92"),
    ("My phone is +1-981-375-9009x6298 and", "+1-981-375-9009x6298"),
    ("Contact 001-927-551-8751x1579.", "001-927-551-8751x1579"),
    ("To reschedule call 1-774-838-4185.", "1-774-838-4185"),
    ("New number is 1 (674) 094-2637 if", "1 (674) 094-2637"),
    ("reach me at +1 (710) 525-7890 today", "+1 (710) 525-7890"),
    ("by calling 2066906362.", "2066906362"),
    ("ring Ann Lee on 7289188?", "7289188"),
    ("Emergency contact: Ann Lee, tel. 7785 5054, 4 Main St", "7785 5054"),
    ("by calling (09) 748 1320.", "(09) 748 1320"),
    ("If anything is wrong, call us on +61762026969.", "+61762026969"),
    ("Ship to Pune, +913844038739", "+913844038739"),
])
def test_numbers_in_any_layout_are_found(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize("text", [
    "Order 123-456-7890 shipped.",
    "Invoice #312-555-0147",
    "The years 2019-2021 were hard.",
    "Call 2 on 12/03/2024",
    "I called on 12 03 2024 at 10:30.",
    "The phone call lasted 45 minutes.",
    "Call me about invoice 4485922.",
    "Call us: we shipped 1200000 units.",
    "+48 000 000 000",
    "Paid $1,234.56 on 2024-03-12.",
    "Meeting at 10:30 am, call 2 of 3.",
    "Tracking 1Z9100094614 arrives today.",
])
def test_look_alikes_of_those_layouts_stay(text: str) -> None:
    assert _found(text) == []


def test_an_extension_after_a_number_of_any_recognizer_is_part_of_it() -> None:
    text = "Office (312)555-0147x22 or mobile 0412 345 678"
    assert "(312)555-0147x22" in _found(text)


def test_ten_bare_digits_valid_in_north_america_or_india_are_found_unless_labelled() -> None:
    assert _found("my number 9876543210 ok") == ["9876543210"]
    for text in ("Order no: 4155550171", "ULN 4155550171", "ISBN 0141036144", "Tracking 1Z9100094614"):
        assert _found(text) == []


def test_digits_offered_beside_an_email_address_are_a_number() -> None:
    assert _found("reach her at ann@example.com or 2808 9371.") == ["2808 9371"]
    assert _found("write to ann@example.com or 7289188") == ["7289188"]
    assert _found("ann@example.com or 12/03/2024") == []
    assert _found("ann@example.com, 2019-2021") == []
