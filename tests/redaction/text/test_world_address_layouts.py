"""More of the world's address layouts (address work 2): Latin-American units and day-named streets, Korean -ro/-gil
streets, numbered names before a town's division (phường, barangay, colonia), unit chains before a street (Taiwan),
plots and stands before their area and town, PO boxes of other languages, a city's district after its town, postal-code
fields of forms; and the look-alikes that stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import WorldAddressRecognizer
from redaction.text.recognizers.address import UkAddressRecognizer

WORLD = WorldAddressRecognizer()
UK = UkAddressRecognizer()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for recognizer in (WORLD, UK) for s in recognizer.find(text)]


def _covered(text: str, address: str) -> bool:
    start = text.index(address)
    spans = [(s.start, s.end) for recognizer in (WORLD, UK) for s in recognizer.find(text)]
    return any(s <= start and start + len(address) <= e for s, e in spans)


@pytest.mark.parametrize("text, address", [
    # Latin America: units with a letter, an office, a street named for a day, Peru's jirón, Mexico's C.P.
    ("Vive en Av. Santa Fe 3200, piso 7, dpto A, C1425BGN CABA.", "Av. Santa Fe 3200, piso 7, dpto A, C1425BGN CABA"),
    ("The lawyer is at Av. Apoquindo 3000, Of. 1201, Las Condes, Santiago.", "Av. Apoquindo 3000, Of. 1201, Las Condes, Santiago"),
    ("Calle 25 de Mayo 140, 5000 Córdoba", "Calle 25 de Mayo 140, 5000 Córdoba"),
    ("Su tía vive en Jr. Junín 455, Cercado de Lima, Lima 15001.", "Jr. Junín 455, Cercado de Lima, Lima 15001"),
    # French Canada: "boul." and "bureau"
    ("Écrire au 455 boul. Saint-Laurent, bureau 12, Montréal, QC H2Y 2Y9.", "455 boul. Saint-Laurent, bureau 12, Montréal, QC H2Y 2Y9"),
    # a route's number after its type
    ("The farm is 2210 Hockley Rd 15, Mono, ON L9W 6S3.", "2210 Hockley Rd 15, Mono, ON L9W 6S3"),
    # Korea, romanised
    ("Send it to 45 Teheran-ro, Gangnam-gu, Seoul 06142.", "45 Teheran-ro, Gangnam-gu, Seoul 06142"),
    # a numbered name before a division of the town
    ("Bà ngoại: 12 Lê Lợi, Phường Bến Thành, Quận 1", "12 Lê Lợi, Phường Bến Thành, Quận 1"),
    ("Tita lives at 27 Mabini, Brgy. Poblacion, Makati.", "27 Mabini, Brgy. Poblacion, Makati"),
    # Thailand's soi after the number
    ("We rent 15/3 Soi Ari 4, Phaya Thai, Bangkok 10400.", "15/3 Soi Ari 4, Phaya Thai, Bangkok 10400"),
    # a chain of units before the street (Taiwan), a floor "5F"
    ("Office: 3F, No. 8, Lane 12, Section 2, Heping East Road, Taipei City 106",
     "3F, No. 8, Lane 12, Section 2, Heping East Road"),
    # plots, stands and houses before their area and town; a qualifier after the road
    ("The plot is Stand 88, Mount Pleasant, Harare now.", "Stand 88, Mount Pleasant, Harare"),
    ("House No. 3, Spintex Road Extension, Accra", "House No. 3, Spintex Road Extension, Accra"),
    # units before the block or lot, a space between
    ("Blk 9 Lot 4, Brgy. Maly, San Mateo, Rizal 1850", "Blk 9 Lot 4, Brgy. Maly, San Mateo, Rizal 1850"),
    ("#04-21 Blk 301 Clementi Ave 3, Singapore 120301", "#04-21 Blk 301 Clementi Ave 3, Singapore 120301"),
    # French and Latin boxes, a town after
    ("Écrivez à BP 4512, 98713 Papeete.", "BP 4512, 98713 Papeete"),
    ("Send it to Caixa Postal 1200, Recife.", "Caixa Postal 1200, Recife"),
    # highway-contract routes
    ("HC 1 Box 55, Marfa, TX 79843", "HC 1 Box 55, Marfa, TX 79843"),
    # Europe: a German storey, a Nordic street type as a word, a slash-letter number, a name and number before a
    # distinct postal code, a city's district after its town
    ("Bitte an Goethestraße 4, 2. OG, 60313 Frankfurt", "Goethestraße 4, 2. OG, 60313 Frankfurt"),
    ("Kongens gate 6, 7011 Trondheim", "Kongens gate 6, 7011 Trondheim"),
    ("Via Dante 14/B, 20121 Milano MI", "Via Dante 14/B, 20121 Milano MI"),
    ("Ship to Patision 45, 104 34 Athens.", "Patision 45, 104 34 Athens"),
    ("Letter to Karlova Square 3, 120 00 Prague 2.", "Karlova Square 3, 120 00 Prague 2"),
    ("Now at Istedgade 20, 1650 København V.", "Istedgade 20, 1650 København V"),
    # a town and postal codes of five and seven digits after a street; a lettered house number before places
    ("Our flat: 8 Dizengoff St, Tel Aviv 6433201, 2nd floor.", "8 Dizengoff St, Tel Aviv 6433201"),
    ("Home: 45-C, Gulberg III, Lahore 54660", "45-C, Gulberg III, Lahore 54660"),
    ("Home: House 12, Block B, Banani-2, Dhaka 1213", "House 12, Block B, Banani-2, Dhaka 1213"),
    # a street line, a comma and a line break, then its postal line
    ("Address: 9 Jalan Telawi,\n59100 Kuala Lumpur", "9 Jalan Telawi,\n59100 Kuala Lumpur"),
])
def test_world_layouts_are_found_whole(text: str, address: str) -> None:
    assert _covered(text, address), _found(text)


@pytest.mark.parametrize("text, code", [
    ("Name: A. Ruiz\nZip: 30301\nPhone: none", "30301"),
    ("City: Halifax\nPostal Code: B3J 2K9", "B3J 2K9"),
    ("Código postal: 28013", "28013"),
    ("PLZ: 80331", "80331"),
])
def test_a_postal_code_field_is_an_address(text: str, code: str) -> None:
    assert code in _found(text)


@pytest.mark.parametrize("text", [
    "We need 15 Road Cones for the fun run.",
    "We bought 3 Park Benches for the garden.",
    "Calle 13 played at the festival last night.",
    "Section 4, Lane 2 of the swimming gala.",
    "Tick Box 3, Box 4 and Box 5 on the form.",
    "Sector 7 of the report covers transport.",
    "The score was 3-2, Arsenal won.",
    "Version 10.4.2, Windows 11.",
    "He reads at Level 3, Stage 4, Band 5.",
    "Chapter 34, 10563 Words in all.",
    "Zip code field was left blank.",
    "The zip: broken on the bag.",
    "Meet at 14:30, Room 204.",
    "Order 4471-22, Total 12345",
])
def test_look_alikes_stay(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize("text, address", [
    ("YSGOL BRO TEIFI\nHeol y Gaer, Llandysul, Ceredigion SA44 4EL\nFfôn: 01559 362 718\n\nAnnwyl Rieni,\nMae'r ysgol yn cau.",
     "Heol y Gaer, Llandysul, Ceredigion"),
    ("Sehr geehrte Frau Weber,\nwir haben Ihre Unterlagen an die Adresse Lindenweg 7, 80331 München geschickt.",
     "Lindenweg 7, 80331 München"),
    ("Hola Marta, la reunión es en la Calle Serrano 41, 28001 Madrid, el martes a las 10.",
     "Calle Serrano 41, 28001 Madrid"),
])
def test_an_address_in_another_language_stands_whole(text: str, address: str) -> None:
    from redaction.text import TextRedactor

    spans = TextRedactor().detect(text)
    start = text.index(address)
    assert any(s.type == "ADDRESS" and s.start == start and s.end == start + len(address) for s in spans), spans


def test_a_danish_street_ending_in_its_definite_form_is_found() -> None:
    assert _covered("Strandvejen 100, 2900 Hellerup", "Strandvejen 100, 2900 Hellerup")


@pytest.mark.parametrize("text", [
    "The model 300 Pro-ro is new.",
    "Case 45-B, Family Court, Leeds 12345",
])
def test_numbers_of_things_stay(text: str) -> None:
    assert _found(text) == []
