"""The second half of the ninth general-English PII set (``benchmarks/pii_general_v9``, documents g9-21 to g9-40:
everyday English-language writing from the Americas and Asia-Pacific: the United States, Canada, Jamaica, Trinidad,
Guyana, India, Pakistan, Bangladesh, Sri Lanka, the Philippines, Malaysia, Singapore, Hong Kong, Australia, New Zealand
and Fiji): its genres, and the phone and address layouts of its countries.

The set's own format test (labels, self-checks, density, freshness, the kept-back rule) is the first half's author's;
this file holds only what is particular to this half, so it reads the documents through the loader alone."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.text_holdout import load

DOCS = [d for d in load(Path(__file__).resolve().parents[2] / "benchmarks" / "pii_general_v9" / "documents")
        if 21 <= int(d.id.split("-")[1]) <= 40]

SECOND_HALF_GENRES = [
    "cub_scout_popcorn_take_order_sheet", "hockey_carpool_group_text", "nine_night_arrangements_family_chat",
    "mas_camp_section_costume_pickup_sheet", "barrel_shipping_manifest", "matrimonial_biodata_forward",
    "mosque_iftar_sponsorship_rota", "mobile_wallet_refund_complaint_chat", "poruwa_wedding_day_schedule",
    "barangay_clearance_request_letter", "hari_raya_open_house_guest_list", "hawker_stall_tenancy_transfer_letter",
    "domestic_helper_contract_renewal_notes", "footy_tipping_competition_email", "marae_hui_catering_roster",
    "rugby_sevens_village_team_sheet", "gofundme_medical_update_post", "jury_summons_deferral_email",
    "cottage_rental_booking_thread", "pet_rescue_adoption_application",
]


def _surfaces(kind: str) -> list[str]:
    return [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == kind]


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """g9-21 to g9-40: twenty genres, one a document, in order."""
    assert [int(d.id.split("-")[1]) for d in DOCS] == list(range(21, 41))
    assert [d.genre for d in DOCS] == SECOND_HALF_GENRES
    assert all(d.id == f"g9-{n}-{genre}" for n, d, genre in zip(range(21, 41), DOCS, SECOND_HALF_GENRES))


# (what the layout is, its pattern): national layouts as dialled at home, then international forms
SECOND_HALF_PHONE_LAYOUTS = [
    ("NANP with the area code in brackets (fiction range 555-01xx)", r"\(\d{3}\) 555-01\d\d"),
    ("NANP with dashes", r"\d{3}-555-01\d\d"),
    ("NANP with dots", r"\d{3}\.555\.01\d\d"),
    ("NANP, Quebec style", r"\d{3} 555-01\d\d"),
    ("NANP, international", r"\+1 \d{3} 555 01\d\d"),
    ("Jamaica and Trinidad as dialled there", r"\(876\) 555-01\d\d|876-555-01\d\d|868-555-01\d\d"),
    ("Guyana (seven digits, so written with +592)", r"\+592 555 \d{4}"),
    ("Indian mobile, international (5+5)", r"\+91 9\d{4} \d{5}"),
    ("Indian mobile with its trunk 0, and a Pune landline", r"09\d{4} \d{5}|020 \d{4} \d{4}"),
    ("Pakistani mobile, national (0300 5550471, 0321-5550938)", r"03\d\d[ \-]\d{7}"),
    ("Lahore landline, international", r"\+92 42 \d{4} \d{4}"),
    ("Bangladeshi mobile, national", r"01[3-9]\d\d[ \-]555[ ]?\d{3}"),
    ("Bangladeshi mobile, international", r"\+880 1\d{3} \d{3} \d{3}"),
    ("Sri Lankan mobile, national, and a Kandy landline, international", r"07\d 555 \d{4}|\+94 81 555 \d{4}"),
    ("Philippine mobile, national", r"09\d\d 555 \d{4}"),
    ("Philippine mobile and Manila landline, international", r"\+63 917 555 \d{4}|\+63 2 8555 \d{4}"),
    ("Malaysian mobile, national (012-555 7840)", r"01\d[\- ]555 \d{4}"),
    ("Malaysia, international", r"\+60 (?:17|7) 555 \d{4}"),
    ("Singapore (eight digits, so written with +65): mobiles and a landline", r"\+65 [89]555 \d{4}|\+65 6555 \d{4}"),
    ("Hong Kong (eight digits, so written with +852)", r"\+852 [5-9]555 \d{4}"),
    ("Australian fiction mobile (ACMA 0491 57x), national and international", r"0491 57\d \d{3}|\+61 491 57\d \d{3}"),
    ("Australian fiction landline, national and international", r"\(03\) 5550 \d{4}|\+61 8 5550 \d{4}"),
    ("New Zealand mobile, national", r"021 555 \d{4}"),
    ("New Zealand landline (seven digits, so written with +64)", r"\+64 [3-9] 555 \d{4}"),
    ("Fiji and Samoa (seven digits, so written with +679 and +685)", r"\+679 555 \d{4}|\+685 755 \d{4}"),
    ("relatives abroad: Nigeria and a UK drama-range mobile", r"\+234 803 555 \d{4}|\+44 7700 900\d{3}"),
]


def test_the_second_halfs_phones_are_in_the_layouts_of_its_countries() -> None:
    phones = _surfaces("PHONE")
    missing = [name for name, layout in SECOND_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    codes = {m[1] for p in phones if (m := re.match(r"\+(\d{1,3}) ", p))}
    # the half's countries in international form, and where its people's relatives live (Nigeria, Samoa, the UK)
    assert codes == {"1", "234", "44", "592", "60", "61", "63", "64", "65", "679", "685", "852", "880", "91", "92",
                     "94"}, sorted(codes)
    nanp = [p for p in phones if re.fullmatch(r"(?:\+1 )?\(?\d{3}\)?[ .\-]?555[ .\-]01\d\d", p)]
    assert nanp and all(re.search(r"555[ .\-]01\d\d$", p) for p in nanp)  # the fiction range 555-0100 to 555-0199
    assert sum(g.typo for d in DOCS for g in d.gold) >= 1  # a number misread by the OCR of a scanned manifest


SECOND_HALF_ADDRESS_MARKS = [
    ("US street, state and ZIP+4", r"\b[A-Z]{2} \d{5}-\d{4}$"),
    ("US state and five-digit ZIP", r", [A-Z]{2} \d{5}$"),
    ("US apartment or unit", r"\b(?:Apt|Unit) \w+, "),
    ("US directional and quadrant", r"\b\d+ [NSEW] \w+|\b(?:NW|NE|SW|SE),"),
    ("Queens hyphenated house number", r"^\d{3}-\d\d \d+\w* (?:St|Ave)"),
    ("Ontario postal code after the province", r"\bON [A-Z]\d[A-Z] \d[A-Z]\d$"),
    ("Quebec rue, app. and (Québec) before the postal code", r"\brue .+, app\. \d+, .+\(Québec\) [A-Z]\d[A-Z] \d[A-Z]\d$"),
    ("a rural route", r"\bRR \d+,"),
    ("Jamaican lot, district and parish", r"^Lot \d+, .+ District, .+, St\. Elizabeth$"),
    ("Trinidad lightpole number", r"^LP \d+ "),
    ("Guyanese village on the Corentyne", r"\bNo\. \d+ Village, Corentyne, Berbice$"),
    ("Indian flat, society and six-digit PIN", r"^Flat \d+, .+ Residency, .+ \d{6}$"),
    ("Bengaluru cross and main", r"\b\d+(?:st|nd|rd|th) Cross, \d+(?:st|nd|rd|th) Main\b"),
    ("Pakistani house, street and town", r"^House \d+-[A-Z], Street \d+, "),
    ("Dhaka house, road, sector and four-digit code", r"^House \d+, Road \d+, Sector \d+, .+ \d{4}$"),
    ("Sri Lankan mawatha and five-digit code", r"\bMawatha, \w+ \d{5}$"),
    ("Philippine block and lot, barangay", r"^Blk \d+ Lot \d+, .+ Brgy\. "),
    ("Malaysian Jalan and five-digit code before the town", r"\bJalan .+, \d{5} \w+"),
    ("Singapore block, #floor-unit and six-digit code", r"^Blk \d+ .+, #\d\d-\d{2,3}, Singapore \d{6}$"),
    ("Hong Kong flat and floor", r"^Flat [A-Z], \d+/F, "),
    ("Australian state and four-digit postcode", r"\bVIC \d{4}$"),
    ("New Zealand suburb with a macron and its four-digit postcode", r"\bŌhinemutu, Rotorua \d{4}$"),
    ("Fijian park and road in a town", r"\bQueens Road, Sigatoka$"),
]


def test_the_second_halfs_street_addresses_are_of_its_countries() -> None:
    addresses = "\n".join(_surfaces("ADDRESS"))
    missing = [name for name, mark in SECOND_HALF_ADDRESS_MARKS if not re.search(mark, addresses, re.MULTILINE)]
    assert missing == []
    assert sum("," not in a for a in _surfaces("ADDRESS")) >= 4  # partial addresses: a street and number alone
