"""The second half of the seventh general-English PII set (``benchmarks/pii_general_v7``, documents g7-21 to g7-40:
the Middle East, Africa, South, South-East and East Asia, the Pacific and North America's diasporas): its genres, and
the phone and address layouts of its countries.

The set's own format test (labels, self-checks, density, freshness, the kept-back rule) is the first half's author's;
this file holds only what is particular to this half, so it reads the documents through the loader alone."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.text_holdout import load

DOCS = [d for d in load(Path(__file__).resolve().parents[2] / "benchmarks" / "pii_general_v7" / "documents")
        if 21 <= int(d.id.split("-")[1]) <= 40]

SECOND_HALF_GENRES = [
    "desert_safari_pickup_list", "gele_stylist_booking_schedule", "stokvel_grocery_minutes",
    "vanilla_coop_ledger_note", "tuk_tuk_tour_review", "garment_buyer_email", "monastery_donation_list",
    "cooking_class_booking", "villa_house_rules_chat", "jeepney_cooperative_notice", "hagwon_parent_sms",
    "ryokan_checkin_card", "ger_camp_transfer_sheet", "kava_ceremony_invitation", "church_fundraiser_pledge_list",
    "canoe_club_roster", "coffee_ceremony_catering_quote", "hawala_remittance_receipt", "calligraphy_class_forum",
    "apartment_sublet_thread",
]


def _surfaces(kind: str) -> list[str]:
    return [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == kind]


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """g7-21 to g7-40: twenty genres, one a document, in order, none of v2's to v6's."""
    assert [int(d.id.split("-")[1]) for d in DOCS] == list(range(21, 41))
    assert [d.genre for d in DOCS] == SECOND_HALF_GENRES
    assert all(d.id == f"g7-{n}-{genre}" for n, d, genre in zip(range(21, 41), DOCS, SECOND_HALF_GENRES))


# (what the layout is, its pattern): national layouts as dialled at home, then international forms
SECOND_HALF_PHONE_LAYOUTS = [
    ("UAE mobile, national", r"05\d \d{3} \d{4}"),
    ("UAE mobile, international", r"\+971 5\d \d{3} \d{4}"),
    ("Lebanon", r"\+961 \d\d? \d{3} \d{3}"),
    ("Israeli mobile", r"\+972 5\d \d{3} \d{4}"),
    ("Iranian mobile, national and international", r"09\d\d \d{3} \d{4}"),
    ("Iranian mobile, international", r"\+98 9\d\d \d{3} \d{4}"),
    ("Tehran landline", r"021 \d{4} \d{4}"),
    ("Nigerian mobile, national", r"0[789][01]\d \d{3} \d{4}"),
    ("Nigerian mobile, international", r"\+234 [789][01]\d \d{3} \d{4}"),
    ("South African landline or mobile, national", r"0[1-8]\d \d{3} \d{4}"),
    ("South Africa, international", r"\+27 \d\d \d{3} \d{4}"),
    ("Malagasy mobile, national", r"03\d \d\d \d{3} \d\d"),
    ("Madagascar, international", r"\+261 \d\d \d\d \d{3} \d\d"),
    ("Sri Lankan mobile, national", r"07\d\d \d{3} \d{3}"),
    ("Bangladeshi mobile, national", r"01[3-9]\d\d-\d{6}"),
    ("Bangladesh, international", r"\+880 1\d{3} \d{3} \d{3}"),
    ("Myanmar mobile, national", r"09 \d{4} \d{5}"),
    ("Myanmar, international", r"\+95 9 \d{4} \d{5}"),
    ("Thai mobile, national", r"08\d \d{3} \d{4}"),
    ("Indonesian mobile, national", r"08\d\d \d{4} \d{3,4}"),
    ("Bali landline, international", r"\+62 361 \d{3} \d{4}"),
    ("Metro Manila landline, national", r"\(02\) 8\d{3} \d{4}"),
    ("Korean mobile, national", r"010-\d{4}-\d{4}"),
    ("Seoul landline, national", r"02-\d{3,4}-\d{4}"),
    ("Japanese mobile, national", r"0[789]0-\d{4}-\d{4}"),
    ("Kyoto landline, national", r"075-\d{3}-\d{4}"),
    ("Mongolia (eight digits, so written with +976)", r"\+976 \d{4} \d{4}"),
    ("Fiji (seven digits, so written with +679)", r"\+679 \d{3} \d{4}"),
    ("Tonga (five and seven digits, so written with +676)", r"\+676 \d{2,3} \d{3,4}"),
    ("Ethiopia, international", r"\+251 \d\d \d{3} \d{4}"),
    ("Ethiopian mobile, national", r"09\d\d \d{3} \d{3}"),
    ("Somali mobile, international", r"\+252 6\d \d{3} \d{4}"),
    ("North American diaspora, as dialled there", r"\(\d{3}\) 555-01\d\d"),
    ("Hawaii with dashes or dots", r"808[-.]555[-.]01\d\d"),
    ("North American diaspora, international", r"\+1 \d{3} 555 01\d\d"),
    ("UK drama range (a relative in Leicester, a student in Glasgow)", r"01632 960\d{3}|0141 496 0\d{3}"),
]


def test_the_second_halfs_phones_are_in_the_layouts_of_its_countries() -> None:
    phones = _surfaces("PHONE")
    missing = [name for name, layout in SECOND_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|2[07]|2\d\d|3[0-9]|6[0-6]|67\d|8[12]|88\d|9[0-58]|9[67]\d)\D", p))}
    # the half's countries in international form, and the few where its people's relatives and buyers live
    assert codes == {"971", "961", "972", "98", "20", "234", "27", "261", "251", "252", "94", "880", "95", "66", "62",
                     "63", "82", "976", "679", "676", "1", "33", "65", "61"}, sorted(codes)


SECOND_HALF_ADDRESS_MARKS = [
    ("Dubai community", r"\bAl Barsha \d|\bJumeirah \d|\bDubai Marina\b"),
    ("Lagos estate or district", r"\bLekki Phase 1\b|\bGRA Ikeja\b"),
    ("South African suburb and four-digit code", r"\bSoweto, \d{4}\b"),
    ("Malagasy town and three-digit code", r"\bSambava \d{3}\b"),
    ("Colombo postal district", r"\bColombo 0\d\b"),
    ("Bangladeshi house, road and sector", r"\bHouse \d+, Road \d+, Sector \d+"),
    ("Myanmar township", r"\bTownship\b"),
    ("Bangkok soi and five-digit code", r"\bSoi \w.*Bangkok 10\d{3}\b"),
    ("Indonesian Jalan and gang", r"\bJl\. .*\bGg\. "),
    ("Philippine barangay", r"\bBrgy\. "),
    ("Seoul road name, gu and five-digit code", r"-ro, \w+-gu, Seoul \d{5}\b"),
    ("Japanese postal code and ward, in kanji", r"\b\d{3}-\d{4} \S*区"),
    ("Mongolian khoroo and district", r"\bkhoroo\b.*\bdistrict\b"),
    ("Tongan allotment or road", r"Nukuʻalofa|ʻAtele Road"),
    ("Hawaiian ZIP", r"\bHI 968\d\d\b"),
    ("Ethiopian woreda or kebele", r"\bWoreda \d+|\bKebele \d+"),
    ("Somali district (degmada)", r"\bDegmada \w+"),
    ("Minneapolis suite and ZIP", r"\bSuite \d+, Minneapolis, MN 554\d\d\b"),
    ("Tehran ten-digit postal code", r"\bTehran \d{10}\b"),
    ("Beirut building and floor", r"\bBuilding \(Bloc \w\), \d\w\w floor\b"),
]


def test_the_second_halfs_street_addresses_are_of_many_countries() -> None:
    addresses = "\n".join(_surfaces("ADDRESS"))
    missing = [name for name, mark in SECOND_HALF_ADDRESS_MARKS if not re.search(mark, addresses)]
    assert missing == []
