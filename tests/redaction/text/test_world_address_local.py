"""Addresses in local formats (worldaddr work): the street-type words of Nordic, Baltic, Central European, Balkan and
Turkish streets, Turkey's "No:" and door/flat/floor numbers and its "District/City", a one-word European street before
its postcode and town, units of other languages ("lgh", "Imm.", "st. tv.", "bl. A2"), a building or lot before its
places, Rwanda's street codes, lettered PO boxes, and lower-case streets of these countries in chat; the look-alikes
that stay."""

from __future__ import annotations

import pytest

from redaction.text.recognizers import WorldAddressRecognizer
from redaction.text.recognizers.address import UkAddressRecognizer

WORLD = WorldAddressRecognizer()
UK = UkAddressRecognizer()


def _spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for recognizer in (WORLD, UK) for s in recognizer.find(text)]


def _covered(text: str, address: str) -> bool:
    start = text.index(address)
    return any(s <= start and start + len(address) <= e for s, e in _spans(text))


@pytest.mark.parametrize("text, address", [
    # Nordic: "-vegur", "-stræti", a flat number "lgh", Denmark's "st. tv."
    ("She rented at Skólavörðustígur 8, 101 Reykjavík last year.", "Skólavörðustígur 8, 101 Reykjavík"),
    ("Write to Aðalstræti 9, 600 Akureyri, Iceland.", "Aðalstræti 9, 600 Akureyri"),
    ("Adress: Odengatan 61, lgh 1204, 113 22 Stockholm", "Odengatan 61, lgh 1204, 113 22 Stockholm"),
    ("Ship to Amagerbrogade 50, st. tv., 2300 København S", "Amagerbrogade 50, st. tv."),
    # the Baltic states, Slovenia, Croatia, Hungary, Romania
    ("Our flat is Laisvės al. 53, Kaunas, or Vilniaus g. 12-4, LT-01402 Vilnius.", "Vilniaus g. 12-4, LT-01402 Vilnius"),
    ("He lives at Tērbatas iela 14-3, Rīga, LV-1011.", "Tērbatas iela 14-3, Rīga, LV-1011"),
    ("Meet at Tartu mnt 16, 10117 Tallinn.", "Tartu mnt 16, 10117 Tallinn"),
    ("Post to Dunajska cesta 5, 1000 Ljubljana.", "Dunajska cesta 5, 1000 Ljubljana"),
    ("The office: Rákóczi u. 12, 1072 Budapest", "Rákóczi u. 12, 1072 Budapest"),
    ("Str. Academiei nr. 14, bl. C3, ap. 12, 010014 București", "Str. Academiei nr. 14, bl. C3, ap. 12, 010014 București"),
    # a one-word street with no kind of street, before its postcode and town
    ("The family moved to Frederiksberggade 3 then to Torvet 4, 4000 Roskilde.", "Torvet 4, 4000 Roskilde"),
    ("Send it to Tkalčićeva 20, 10000 Zagreb.", "Tkalčićeva 20, 10000 Zagreb"),
    # Turkey
    ("Halaskargazi Cad. No: 212 D: 6 Şişli/İstanbul is the address.", "Halaskargazi Cad. No: 212 D: 6 Şişli/İstanbul"),
    ("Send to Cumhuriyet Blv. No:14 Kat:3, Konak/İzmir 35210.", "Cumhuriyet Blv. No:14 Kat:3, Konak/İzmir 35210"),
    # the Arab world, the Caribbean, East Africa
    ("She works in Building 12, Talaat Harb St., Cairo now.", "Building 12, Talaat Harb St., Cairo"),
    ("Apt 3, Imm. 7, Rue Oued Sebou, Agdal, Rabat", "Apt 3, Imm. 7, Rue Oued Sebou, Agdal, Rabat"),
    ("The house is Lot 12, Holetown, St. James, Barbados.", "Lot 12, Holetown, St. James, Barbados"),
    ("We live at KN 5 Rd 22, Kigali.", "KN 5 Rd 22, Kigali"),
    ("Mail: P.O. Box SS-6230, Nassau", "P.O. Box SS-6230, Nassau"),
    ("Ofisi: House No. 4, Upanga West, Dar es Salaam", "House No. 4, Upanga West, Dar es Salaam"),
    # lower case, in chat
    ("im at drottninggatan 5 stockholm, see you soon", "drottninggatan 5 stockholm"),
    ("staying at vaci utca 10 budapest tonight", "vaci utca 10 budapest"),
    ("new flat is rua oscar freire 900 sao paulo", "rua oscar freire 900 sao paulo"),
    ("meet me at carrera 7 #45-10 bogota later", "carrera 7 #45-10 bogota"),
])
def test_local_layouts_found(text: str, address: str) -> None:
    assert _covered(text, address), _spans(text)


@pytest.mark.parametrize("text, stays", [
    ("Windows 10, 2019 Edition", "Windows 10"),
    ("Chapter 5, 1066 Hastings", "Chapter 5"),
    ("we're at storgatan 12 now, come round after 6", "now"),
    ("im at calle 93 #11-26 bogota this week", "this week"),
    ("send it to andrassy ut 45 budapest pls", "pls"),
    ("i need 12 of them now", "12"),
])
def test_look_alikes_stay(text: str, stays: str) -> None:
    start = text.index(stays)
    assert not any(s < start + len(stays) and start < e for s, e in _spans(text))
