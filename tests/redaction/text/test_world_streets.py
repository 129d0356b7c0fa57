"""Street lines of many countries and the parts an address runs on with (recognizers/world_streets.py), read through
the two address recognizers: found whole, and the look-alikes (quantities, course units, form boxes) left alone."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import UkAddressRecognizer, WorldAddressRecognizer
from redaction.text.recognizers.world_streets import street_parts

RECOGNIZERS = (WorldAddressRecognizer(), UkAddressRecognizer())


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for r in RECOGNIZERS for s in r.find(text)]


def _covered(text: str, address: str) -> bool:
    start = text.index(address)
    spans = [(s.start, s.end) for r in RECOGNIZERS for s in r.find(text)]
    return any(s <= start and start + len(address) <= e for s, e in spans)


@pytest.mark.parametrize("text, address", [
    # the street named first, then its number (Europe, Latin America)
    ("Please come to reception at Schlesische Straße 27, 10997 Berlin at 9:30.", "Schlesische Straße 27, 10997 Berlin"),
    ("Der Laden ist in der Karl-Liebknecht-Allee 41, Leipzig.", "Karl-Liebknecht-Allee 41, Leipzig"),
    ("The supplier is at Via Garibaldi 8, 10122 Torino.", "Via Garibaldi 8, 10122 Torino"),
    ("Guarantor: Ana Ferreira of Rua Dr. Pedro Ferreira 155, apto 702, Itajaí - SC, 88301-030, Brazil, telephone",
     "Rua Dr. Pedro Ferreira 155, apto 702, Itajaí - SC, 88301-030, Brazil"),
    ("I told them Masseria Le Fonti, Contrada Fontanelle 12, 72017 Ostuni BR is near the sea.",
     "Masseria Le Fonti, Contrada Fontanelle 12, 72017 Ostuni BR"),
    ("Our flat is Prinsengracht 263-1, 1016 GV Amsterdam.", "Prinsengracht 263-1, 1016 GV Amsterdam"),
    ("Grandpa: Andrássy út 22, 1061 Budapest", "Andrássy út 22, 1061 Budapest"),
    ("Mi casa: Carrera 7 #32-16, Bogotá", "Carrera 7 #32-16, Bogotá"),
    # the number, then the street word (French, Welsh, Irish)
    ("Marie\n4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4\n514-555-0176",
     "4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4"),
    ("Contact: Síle Ó Conghaile, 5 Bóthar na Mara, Salthill, Galway H91 E6P4, +353 87 221 6047.",
     "5 Bóthar na Mara, Salthill, Galway H91 E6P4"),
    ("Mrs Prosser at 14 Heol y Felin still has a key.", "14 Heol y Felin"),
    # units and buildings before the street, localities and codes after it
    ("moves to Unit 9, The Sorting Office, 41 Pritchard Street, Bristol BS2 8RH on 1 June.",
     "Unit 9, The Sorting Office, 41 Pritchard Street, Bristol"),
    ("KARTHIK\nNo. 14, 3rd Cross, 6th Main, Malleshwaram, Bengaluru 560003\n+91 98450",
     "No. 14, 3rd Cross, 6th Main, Malleshwaram, Bengaluru 560003"),
    ("The venue is Plot 12, Ahmadu Bello Way, Victoria Island, Lagos.", "Plot 12, Ahmadu Bello Way, Victoria Island, Lagos"),
    ("currently renting at Flat 12, Queen Street, Exeter. Mortgage agreed", "Flat 12, Queen Street, Exeter"),
    ("We live at number 47 Nunhead Grove, Nunhead, near the church.", "number 47 Nunhead Grove, Nunhead"),
    ("Landlord: Harold Fairweather of The Old Forge, Church Street, Bampton, Oxfordshire OX18 2NE",
     "The Old Forge, Church Street, Bampton, Oxfordshire"),
    ("Write to P.O. Box 40512-00100, Nairobi, Kenya.", "P.O. Box 40512-00100, Nairobi, Kenya"),
    ("Farm: RR 3 Box 72, Ames, IA 50010", "RR 3 Box 72, Ames, IA 50010"),
    ("Return: Blk 210 Bedok North St 1, #04-12, Singapore 460210", "Blk 210 Bedok North St 1, #04-12, Singapore 460210"),
    ("Please return it to 1820 Lakeshore Blvd W, Suite 5, Toronto, ON M6S 1A2.",
     "1820 Lakeshore Blvd W, Suite 5, Toronto, ON M6S 1A2"),
    ("new place is 212 e ohio st apt 4, chicago il 60611 come by", "212 e ohio st apt 4, chicago il 60611"),
    ("Ship to:\nJo Bloggs\n88 Harbor Drive\nSan Diego, CA 92101\nUSA", "88 Harbor Drive\nSan Diego, CA 92101"),
    ("Cnoc na Gréine, Ballyvaughan, Co. Clare, V94 K2T3", "Cnoc na Gréine, Ballyvaughan, Co. Clare, V94 K2T3"),
    ("the lady downstairs, Mrs Sharma at Flat A, says the tap drips", "Flat A"),
    ("leave with: Pat Dunleavy, Apartment 39 (concierge has key fob)", "Apartment 39"),
    ("Address line 1: Flat 2\nAddress line 2: 19 Moss Lane", "Flat 2"),
    ("Address is nine Sculcoates Lane, by the garage.", "nine Sculcoates Lane"),
])
def test_addresses_of_many_countries_are_found_whole(text: str, address: str) -> None:
    assert _covered(text, address), _found(text)


@pytest.mark.parametrize("text", [
    "The flat rate is £45 a month.",
    "Unit 4 of the course covers phonics.",
    "Tick Box 3 if you agree, and Box 4 if not.",
    "Her Hospital No is on the letter.",
    "We waited 45 minutes at the bus stop on the main road.",
    "We planted 24 oak trees along the drive.",
    "Spring 2025 term starts on Monday.",
    "We allow the appeal. By 28 March 2025 the Local Authority must amend it.",
    "Nguyen Thu Trang  Year 4  Crowcroft Park\nSection 7 Declaration",
    "Our purchase order PO 4500123 has not been paid.",
    "PO Box rental costs went up this year.",
    "Section 3.2 of the EHCP lists the provision; Part 4 covers transport.",
    "The classroom is about 40 square metres.",
])
def test_look_alikes_stay(text: str) -> None:
    assert _found(text) == []


def test_an_english_word_ending_in_a_street_type_is_no_street() -> None:
    assert list(street_parts("Offspring 3 and Spring 2025")) == []
    assert [k for _, _, k in street_parts("Hauptstr. 5, Keizersgracht 123")] == ["suffixed", "suffixed"]


def test_a_sentence_after_an_address_stays() -> None:
    text = "hi its gemma from 12 fore st, think i have ur parcel"
    assert not any("think" in f for f in _found(text))
    text = "currently renting at 12 Queen Street, Exeter. Mortgage agreed"
    assert not any("Mortgage" in f for f in _found(text))


@pytest.mark.parametrize("text, address", [
    ("The Tokyo office moved to 1-9-2 Ebisu, Shibuya-ku, Tokyo 150-0013 in May.", "1-9-2 Ebisu, Shibuya-ku, Tokyo 150-0013"),
    ("Office: 3 Chome-4-1 Akasaka, Minato City, Tokyo 107-0052", "3 Chome-4-1 Akasaka, Minato City, Tokyo 107-0052"),
    ("Ma: Blk 88 Tampines St 21 #03-14 S(520088) ok", "Blk 88 Tampines St 21 #03-14 S(520088)"),
    ("Posti: Aleksanterinkatu 15 B 9, 00100 Helsinki", "Aleksanterinkatu 15 B 9, 00100 Helsinki"),
    ("Kindly courier to Flat 7C, Shanti Kunj, Borivali (E), Mumbai 400066.", "Flat 7C, Shanti Kunj, Borivali (E), Mumbai 400066"),
    ("Home address\n21 Bree Street\nGardens\nCape Town\n8001\nSouth Africa", "21 Bree Street\nGardens\nCape Town\n8001"),
])
def test_layouts_of_asia_europe_and_africa(text: str, address: str) -> None:
    assert _covered(text, address), _found(text)


@pytest.mark.parametrize("text", [
    "hi its gemma from number 14, i have ur parcel",  # a house number alone after "from" or "at": not taken
    "my neighbour Mrs Kowalczyk at number 29 is down too",
    "The Beatles, Abbey Road was their last album.",  # the world recognizer's part: no building named by its kind
])
def test_no_street_line_no_address(text: str) -> None:
    assert list(WorldAddressRecognizer().find(text)) == []


@pytest.mark.parametrize("text, address", [
    ("To: Sarah Whitfield, 27 Meadow Lane, Kendal LA9 4QX\n", "27 Meadow Lane, Kendal"),
    ("Sarah Whitfield\n27 Meadow Lane\nKendal\nLA9 4QX\nTel 07700 900123\n", "27 Meadow Lane\nKendal"),
])
def test_a_uk_postcode_after_the_address_stays_its_own_span(text: str, address: str) -> None:
    """The grammar stops before a UK postcode: the postcode recognizer types it (POSTCODE), as before, and the town
    the address ends with is what the text's other mentions of it are matched against."""
    spans = [text[s.start:s.end] for r in (UkAddressRecognizer(), WorldAddressRecognizer()) for s in r.find(text)]
    assert address in spans and not any("4QX" in s for s in spans), spans
