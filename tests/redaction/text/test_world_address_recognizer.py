"""Street addresses as other countries write them: found whole from their postal tail back to the street line."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import WorldAddressRecognizer, identifier_recognizers

RECOGNIZER = WorldAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in RECOGNIZER.find(text)]


@pytest.mark.parametrize("text, address", [
    ("Mail it to 88 Juniper Blvd, Apt 12C, Tucson, AZ 85701 please.", "88 Juniper Blvd, Apt 12C, Tucson, AZ 85701"),
    ("Our place: 4021 W Belmont Ave, Chicago, IL 60641-2208.", "4021 W Belmont Ave, Chicago, IL 60641-2208"),
    ("She rents 17 Cedar Lane\nBoise, ID 83702", "17 Cedar Lane\nBoise, ID 83702"),
    ("They live at 1200 Rue Sherbrooke, Montréal, QC H3A 2M8 now.", "1200 Rue Sherbrooke, Montréal, QC H3A 2M8"),
    ("Send it to 45 Jasper Ave, Edmonton, AB T5J 3N4.", "45 Jasper Ave, Edmonton, AB T5J 3N4"),
    ("Unit 3, 22 Bay Road, Sandgate QLD 4017", "Unit 3, 22 Bay Road, Sandgate QLD 4017"),
    ("Post to PO Box 77, Hobart TAS 7001.", "PO Box 77, Hobart TAS 7001"),
    ("Flat 5B, 9 Linking Road, Bandra, Mumbai, Maharashtra 400050", "Flat 5B, 9 Linking Road, Bandra, Mumbai, Maharashtra 400050"),
    ("Door No. 14, Anna Salai, Chennai - 600002", "Door No. 14, Anna Salai, Chennai - 600002"),
    ("Bitte an Lindenallee 7, 50968 Köln schicken.", "Lindenallee 7, 50968 Köln"),
    ("Er wohnt in der Bahnhofstr. 3b, 01069 Dresden.", "Bahnhofstr. 3b, 01069 Dresden"),
    ("Écrivez au 4 boulevard Victor Hugo, 06000 Nice.", "4 boulevard Victor Hugo, 06000 Nice"),
    ("Her parents are at 2 Strand Road, Tralee, Co. Kerry, V92 X4F2.", "2 Strand Road, Tralee, Co. Kerry, V92 X4F2"),
    ("Write to 14 Ponsonby Road, Auckland 1011.", "14 Ponsonby Road, Auckland 1011"),
])
def test_addresses_are_found_whole(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "The meeting moved from 2019 to 2020 in Room 4.",
    "Invoice 10115 Berlin office, paid.",  # a number and a town with no street line before
    "Scores: 12345 Total, 2024 Year.",
    "She scored 85 in Maths and 90 in English.",
    "The 2023 Act came into force.",
])
def test_numbers_and_towns_without_an_address_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, tail", [
    ("She grew up in Springfield, IL 62704.", "Springfield, IL 62704"),
    ("The office is in Darwin NT 0800.", "Darwin NT 0800"),
])
def test_a_tail_of_its_own_shape_is_an_address_alone(text: str, tail: str) -> None:
    assert tail in _found(text)


@pytest.mark.parametrize("text, address", [
    ("Office: Unit 9, Mill Lane, Ludlow SY8 1BB  01584 000 000", "Unit 9, Mill Lane, Ludlow"),
    ("Pitch 3, Orchard Farm, Little Dewchurch, Hereford HR2 6PN", "Pitch 3, Orchard Farm, Little Dewchurch, Hereford"),
    ("please send it to 7 Quarry Cottages, Llanddulas, Abergele LL22 8HE.", "7 Quarry Cottages, Llanddulas, Abergele"),
    ("The Granary, 3 Bridge Street, Ryde, Isle of Wight PO33 2AB", "The Granary, 3 Bridge Street, Ryde, Isle of Wight"),
])
def test_a_uk_address_on_one_line_before_its_postcode_is_found_whole(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "Address: 6 Bury Old Road, Prestwich M25 0FG",  # the label stays
    "Manchester City Council, Manchester M60 2LA",  # no part an address has
    "We met in Leeds, LS1 4AP is the office postcode",
])
def test_labels_and_organisations_before_a_postcode_stay(text: str) -> None:
    assert not any(f.startswith(("Address", "Manchester City", "We met")) for f in _found(text))


def test_the_recognizer_is_registered() -> None:
    assert any(isinstance(r, WorldAddressRecognizer) for r in identifier_recognizers())


# Addresses as Faker and its locales write them (and people do): an Australian tail with commas, US forces' mail,
# an Indian house number before an unnumbered street, New Zealand's rural delivery, a unit after the street, a unit
# before the house number on one line, an Irish street line and its Eircode.
@pytest.mark.parametrize("text, address", [
    ("I live at 522 Garcia Lees, Coxview, ACT, 2938. I was", "522 Garcia Lees, Coxview, ACT, 2938"),
    ("to J A, Level 7 9 Howell Top\nPaulland, WA, 2406, before", "Level 7 9 Howell Top\nPaulland, WA, 2406"),
    ("Billing address: Unit 6244 Box 6774\nDPO AP 45658\nContact", "Unit 6244 Box 6774\nDPO AP 45658"),
    ("Send to PSC 1234, Box 5678\nAPO AA 12345\n", "PSC 1234, Box 5678\nAPO AA 12345"),
    ("USNS Lee\nFPO AE 09413", "USNS Lee\nFPO AE 09413"),
    ("at 70/059, Thakkar Street, Tenali-213473 on", "70/059, Thakkar Street, Tenali-213473"),
    ("H.No. 858, Bahl Marg, Jhansi 228579 on", "H.No. 858, Bahl Marg, Jhansi 228579"),
    ("at 1 Jones Cross, RD 1, Colemanhaven 8246 on", "1 Jones Cross, RD 1, Colemanhaven 8246"),
    ("at 246 Deanna Trail Apt. 204, New Saraton, NY 79028 runs", "246 Deanna Trail Apt. 204, New Saraton, NY 79028"),
    ("8450 Parrish Causeway Suite 416\nSouth Katieview, AS 33623", "8450 Parrish Causeway Suite 416\nSouth Katieview, AS 33623"),
    ("taken from Ann of Flat 92 3 Nicole Top, Higginsberg, QLD, 2954 on", "Flat 92 3 Nicole Top, Higginsberg, QLD, 2954"),
    ("at 34 Bishop Street R87 ANT7 Cahir Ville, on May", "34 Bishop Street R87 ANT7 Cahir Ville"),
    ("to 12 Main Street V95 X2Y3.", "12 Main Street V95 X2Y3"),
])
def test_world_layouts_are_found_whole(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "15 Educational psychology advice, Dr Tomás Aguirre, October 2023  D22–D40",
    "Contact 001-662-242-8599. Ref TKT-713932.",
    "Your parcel TKT-785729 will be delivered today.",
    "Seen on 12 May, Dr Raj Patel, Jhansi clinic.",
])
def test_look_alikes_of_world_layouts_stay(text: str) -> None:
    assert _found(text) == []


# Street name first and its number after (Spain, Italy, Portugal, Poland, Mexico), street types as suffixes (Dutch,
# Nordic, Finnish), the postcodes of Europe before the town, a Singapore unit, a South African and an Irish tail.
@pytest.mark.parametrize("text, address", [
    ("Please send it to Calle Mayor 5, 28013 Madrid, Spain.", "Calle Mayor 5, 28013 Madrid, Spain"),  # the country too
    ("Our office is at Via Roma 10, 00184 Roma.", "Via Roma 10, 00184 Roma"),
    ("She lives at ul. Marszałkowska 10/12, 00-001 Warszawa.", "ul. Marszałkowska 10/12, 00-001 Warszawa"),
    ("The flat is Rua Augusta 100, 1100-053 Lisboa.", "Rua Augusta 100, 1100-053 Lisboa"),
    ("Deliver to Keizersgracht 123, 1015 CJ Amsterdam.", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("My address is Drottninggatan 5, 111 51 Stockholm.", "Drottninggatan 5, 111 51 Stockholm"),
    ("Her home: Kaivokatu 1, 00100 Helsinki.", "Kaivokatu 1, 00100 Helsinki"),
    ("Our shop: Calle 5 de Mayo 32, Centro, 06000 Ciudad de México.", "Calle 5 de Mayo 32, Centro, 06000 Ciudad de México"),
    ("Send to 10 Anson Road, #12-01, Singapore 079903.", "10 Anson Road, #12-01, Singapore 079903"),
    ("Post to 12 Long Street, Cape Town, 8001.", "12 Long Street, Cape Town, 8001"),
    ("Meet me at 12 O'Connell Street Upper, Dublin 1, D01 F5P2.", "12 O'Connell Street Upper, Dublin 1, D01 F5P2"),
])
def test_european_and_other_layouts_are_found_whole(text: str, address: str) -> None:
    assert address in _found(text)


@pytest.mark.parametrize("text", [
    "Via the portal, 12345 Total were counted.",
    "Plaza is 10 minutes away; 2024 AB testing ends.",
    "We scored 111 51 Points in 2023.",
    "The flat is nice, 1015 CJ said.",
])
def test_look_alikes_of_european_layouts_stay(text: str) -> None:
    assert _found(text) == []


def test_us_state_names_ordinals_and_compass_points() -> None:
    from redaction.text.recognizers import UkAddressRecognizer

    assert "17 Elm Street, Apartment 3, Portland, Oregon 97205" in _found(
        "I live at 17 Elm Street, Apartment 3, Portland, Oregon 97205.")
    uk = UkAddressRecognizer()
    for text, street in (("He lives at 402 W. 5th Ave., Anchorage.", "402 W. 5th Ave"),
                         ("Office: 350 5th Avenue, New York", "350 5th Avenue")):
        assert any(text[s.start : s.end].startswith(street) for s in uk.find(text))
    assert list(uk.find("In 2019 5th Place went to Leeds.")) == []


def test_tails_are_searched_only_on_lines_with_a_digit_with_the_same_result() -> None:
    # The tails are read line by line where a digit stands (a speed-up): every tail the whole-text search finds,
    # at the same offsets, on the first and last line, beside lines of towns with no digit, and after blank lines.
    from redaction.text.recognizers.world_address import _TAILS, _tails

    text = ("Springfield, IL 62704\nDear Ms Cole,\nBerlin Mitte Hamburg\n\n12 Main St\nBoise, ID 83702\n"
            "Lindenallee 7, 50968 Köln\nPune-411001 and Wellington 6011\n\n\nToronto, ON M5H 1K5")
    assert [m.span() for m in _tails(text)] == [m.span() for m in _TAILS.finditer(text)]
    assert len(list(_tails(text))) >= 5
    assert list(_tails("no digits here\nat all")) == []
