"""The second half of the eighth general-English PII set (``benchmarks/pii_general_v8``, documents g8-21 to g8-40:
everyday English-language writing from the United Kingdom, Ireland, Australia, New Zealand, South Africa, India,
Singapore and the Caribbean): its genres, and the phone and address layouts of its countries.

The set's own format test (labels, self-checks, density, freshness, the kept-back rule) is the first half's author's;
this file holds only what is particular to this half, so it reads the documents through the loader alone."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks.text_holdout import load

DOCS = [d for d in load(Path(__file__).resolve().parents[2] / "benchmarks" / "pii_general_v8" / "documents")
        if 21 <= int(d.id.split("-")[1]) <= 40]

SECOND_HALF_GENRES = [
    "parish_council_planning_objection", "gaa_club_lotto_results_email", "strata_committee_notice_of_meeting",
    "tramping_club_trip_list", "body_corporate_whatsapp_group", "housing_society_water_cut_circular",
    "hdb_neighbour_dispute_letter", "church_harvest_thanksgiving_programme", "car_boot_sale_listing_thread",
    "flat_share_ad_reply_exchange", "alumni_gift_pledge_form", "bridge_club_pairs_results_sheet",
    "gp_patient_participation_group_minutes", "household_removals_quotation", "dog_walking_rota_shared_note",
    "letting_inventory_check_in_report", "cricket_club_agm_minutes", "home_tuition_agency_invoice",
    "funeral_order_of_service", "conveyancing_completion_email",
]


def _surfaces(kind: str) -> list[str]:
    return [d.text[g.start:g.end] for d in DOCS for g in d.gold if g.type == kind]


def test_the_genres_of_the_second_half_are_all_there() -> None:
    """g8-21 to g8-40: twenty genres, one a document, in order, none of v2's to v7's."""
    assert [int(d.id.split("-")[1]) for d in DOCS] == list(range(21, 41))
    assert [d.genre for d in DOCS] == SECOND_HALF_GENRES
    assert all(d.id == f"g8-{n}-{genre}" for n, d, genre in zip(range(21, 41), DOCS, SECOND_HALF_GENRES))


# (what the layout is, its pattern): national layouts as dialled at home, then international forms
SECOND_HALF_PHONE_LAYOUTS = [
    ("UK drama mobile, national", r"07700 900[7-9]\d\d"),
    ("UK drama mobile, international", r"\+44 7700 900[7-9]\d\d"),
    ("UK drama landlines, national (Leeds, Sheffield, Bristol, Birmingham, Edinburgh, Manchester)",
     r"01(?:1[3-7]|21|31|61) 496 0\d{3}"),
    ("Cardiff and Belfast drama landlines, national", r"029 2018 0\d{3}|028 9649 6\d{3}"),
    ("UK drama landline, international", r"\+44 (?:1\d\d|29) \d{3,4} \d{4}"),
    ("UK drama 01632 range", r"01632 960 ?\d{3}"),
    ("Irish mobile, national", r"08[5-9] 555 \d{4}"),
    ("Irish, international", r"\+353 \d\d 555 \d{3,4}"),
    ("Australian fiction mobile (ACMA 0491 57x), national", r"0491 57\d \d{3}"),
    ("Australian fiction mobile, international", r"\+61 491 57\d \d{3}"),
    ("Australian fiction landline, national", r"\(0[2378]\) 5550 \d{4}"),
    ("Australian fiction landline, international", r"\+61 [2378] 5550 \d{4}"),
    ("New Zealand mobile, national", r"02[127] 555 \d{4}"),
    ("New Zealand landline (seven digits, so written with +64)", r"\+64 [3-9] 555 \d{4}"),
    ("South African mobile or landline, national", r"0(?:[6-8]\d|1\d|21) 555 \d{4}"),
    ("South Africa, international", r"\+27 \d\d 555 \d{4}"),
    ("Indian mobile, national with its trunk 0", r"09\d{4} \d{5}"),
    ("Indian mobile, international", r"\+91 [6-9]\d{4} \d{5}"),
    ("Indian landline (Mumbai national, Kochi international)", r"022 5555 \d{4}|\+91 484 555 \d{4}"),
    ("Singapore (eight digits, so written with +65): mobiles and a landline", r"\+65 [89]555 \d{4}"),
    ("Singapore landline, international", r"\+65 6555 \d{4}"),
    ("Jamaica and Barbados as dialled there (NANP 555-01xx)", r"\((?:876|246)\) 555-01\d\d|876-555-01\d\d"),
    ("Caribbean and Canadian relatives, international (NANP 555 01xx)", r"\+1 (?:246|416|905) 555 01\d\d"),
    ("Guyana (seven digits, so written with +592)", r"\+592 555 \d{4}"),
    ("Fiji (seven digits, so written with +679)", r"\+679 555 \d{4}"),
]


def test_the_second_halfs_phones_are_in_the_layouts_of_its_countries() -> None:
    phones = _surfaces("PHONE")
    missing = [name for name, layout in SECOND_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|2[07]|2\d\d|3[0-9]|35\d|4[0-9]|59\d|6[0-6]|67\d|9[0-2]|97\d)\D", p))}
    # the half's countries in international form, and the few where its people's relatives and lodgers live
    assert codes == {"44", "353", "61", "64", "27", "91", "65", "1", "592", "679", "267", "263", "234", "92", "977",
                     "30", "33", "46", "48", "359", "60"}, sorted(codes)


SECOND_HALF_ADDRESS_MARKS = [
    ("English village house name with its town", r"^[A-Z][a-z]+, \d+ [A-Z][a-z]+ Lane, .+, Harrogate$"),
    ("Irish address in Irish with its Eircode", r"Co\. na Gaillimhe\s+H91 [A-Z0-9]{4}$"),
    ("Australian unit and strata address, state and four-digit postcode", r"\bUnit \d+/\d+ |\bNSW \d{4}$"),
    ("Australian PO Box", r"\bPO Box \d+, \w+ (?:NSW|SA) \d{4}"),
    ("South Australian level and street", r"\bLevel \d+, \d+ \w+ Street, Adelaide SA 5000"),
    ("New Zealand suburb, city and four-digit postcode", r"\bAro Valley, Wellington 6021|\bChristchurch 80\d\d$"),
    ("South African suburb, city and four-digit code", r", (?:Johannesburg|Cape Town|Sea Point|Durbanville), \d{4}$"),
    ("Indian plot, road and six-digit PIN written 3+3", r"\bMumbai 400 \d{3}|\bThane 401 \d{3}"),
    ("Singapore block, unit #floor-unit and six-digit code", r"\bBlk \d+\w?\s.+#\d\d-\d{2,3}, Singapore \d{6}"),
    ("Malaysian Jalan and five-digit code", r"\bJalan \w+, \d{5} "),
    ("Jamaican parish address", r"\bMay Pen, Clarendon$|\bLot \d+, .+ Heights"),
    ("Barbados parish and BB postcode", r"\bSt\. Michael,? BB\d{5}$"),
    ("Edinburgh tenement flat (stair/flat)", r"^\d+/\d+ [A-Z]\w+ .+, Edinburgh$"),
    ("UK flat in a named court", r"^Flat \d+, [A-Z]\w+ Court, \d+ "),
    ("Welsh house name", r"^Ty Gwyn, Heol y Pentre"),
]


def test_the_second_halfs_street_addresses_are_of_many_countries() -> None:
    addresses = "\n".join(_surfaces("ADDRESS"))
    missing = [name for name, mark in SECOND_HALF_ADDRESS_MARKS if not re.search(mark, addresses, re.MULTILINE)]
    assert missing == []
    assert sum("," not in a for a in _surfaces("ADDRESS")) >= 4  # partial addresses: a house name or a street alone
    assert len(_surfaces("POSTCODE")) >= 10  # the UK's, apart from their address lines
