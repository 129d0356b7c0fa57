"""The sixth general-English PII set (``benchmarks/pii_general_v6``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (names of many origins and
forms, street addresses of many countries, phone numbers of many countries in international and national layouts,
e-mail, locations, hard negatives shaped like identifiers), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v5 included,
found by folder so a set added later is compared too), and the benchmarks score it with ``--summary`` only.

Two authors wrote it in halves (documents g6-01 to g6-20: the Americas and Oceania; g6-21 to g6-40: Asia, Africa
and Europe), neither reading the other's; the counts scale with the number of documents, and each half's layouts
(its countries' phone numbers and addresses) are checked in that half's own test.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import gold_surfaces, set_documents

DOCS = set_documents("pii_general_v6")
FIRST_HALF = [d for d in DOCS if 1 <= int(d.id.split("-")[1]) <= 20]
SECOND_HALF = [d for d in DOCS if 21 <= int(d.id.split("-")[1]) <= 40]


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


FIRST_HALF_GENRES = {
    "sugar_shack_group_reservation", "wine_club_shipment_hold_list", "mariachi_booking_contract",
    "condominium_doorman_visitor_log", "tango_class_roster_and_chat", "trekking_refugio_manifest",
    "language_school_emergency_contact_sheet", "rotating_savings_partner_draw_list",
    "station_job_applicant_shortlist", "share_house_bills_split_export", "kapa_haka_trip_consent_list",
    "church_funeral_contribution_list", "dive_shop_waiver_signin_sheet", "powwow_vendor_registration_list",
    "class_reunion_committee_email", "marina_slip_waitlist", "fishing_lodge_daily_trip_sheet",
    "radio_swap_shop_call_in_transcript", "baseball_academy_prospect_sheet", "seasonal_worker_roster_and_hostel_notes",
}


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """g6-01 to g6-20: twenty genres of the Americas and Oceania, one a document, none of v2's to v5's."""
    assert [d.genre for d in FIRST_HALF] == sorted(FIRST_HALF_GENRES, key=[d.genre for d in FIRST_HALF].index)
    assert {d.genre for d in FIRST_HALF} == FIRST_HALF_GENRES


def test_the_first_halfs_phones_are_in_the_layouts_of_the_americas_and_oceania() -> None:
    phones = _surfaces("PHONE", FIRST_HALF)
    for layout in (r"\(\d{3}\) \d{3}-\d{4}",       # US, Canada, Jamaica, the Dominican Republic as dialled there
                   r"\d{3}\.\d{3}\.\d{4}",          # the same with dots
                   r"\d{3}-\d{3}-\d{4}",            # the same with dashes
                   r"\d{3} \d{3} \d{4}",            # Colombian mobile, or a NANP number read out
                   r"\(0\d\) \d{4} \d{4}",          # Australian landline
                   r"04\d\d \d{3} \d{3}",           # Australian mobile
                   r"02\d{1,2} 555 \d{3,4}",        # New Zealand mobile
                   r"011 4\d{3}-\d{4}",             # Buenos Aires landline
                   r"\+1 \d{3} \d{3} \d{4}",        # NANP in international form
                   r"\+55 \d\d 9?\d{4,5}-\d{4}",    # Brazil, with the mobile's ninth digit
                   r"\+52 (1 )?\d\d \d{4} \d{4}",   # Mexico
                   r"\+6[784]\d? .+"):              # the Pacific and New Zealand
        assert any(re.fullmatch(layout, p) for p in phones), layout
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|5\d\d?|6\d\d?)\D", p))}
    assert len(codes) >= 15, sorted(codes)  # the region's own country codes


def test_the_first_halfs_street_addresses_are_of_many_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS", FIRST_HALF))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",                # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",         # Canadian postal code
                         r"\b(NSW|QLD|VIC|TAS) \d{4}\b",        # Australian state and postcode
                         r"\b[A-Z][a-z]+ \d{4}$|, [A-Z][a-z]+ \d{4}\b",  # New Zealand town and postcode
                         r"\bC\.P\. \d{5}\b",                   # Mexican código postal
                         r"\b\d{5}-\d{3}\b",                    # Brazilian CEP
                         r"\bC\d{4}[A-Z]{3}\b",                 # Argentine CPA
                         r"\bCalle \d+ # \d+\w?-\d+",           # Colombian calle and número
                         r"\bKingston \d+\b",                   # Kingston postal district
                         r"\bP\.? ?O\.? Box \d+|\bPMB \d+"):    # post-office and private mail boxes
        assert re.search(country_mark, addresses), country_mark


def test_the_layouts_of_the_second_half_are_all_there() -> None:
    """g6-21 to g6-40 (Asia, Africa, Europe): the phone and address layouts of its countries."""
    phones = _surfaces("PHONE", SECOND_HALF)
    for layout in (r"0\d{4} \d{5,6}|0\d{3} \d{3} \d{4}",      # India, national (mobile with 0, STD landline)
                   r"03\d\d \d{7}|0\d\d-\d{8}",               # Pakistan mobile and Karachi landline
                   r"09\d\d \d{3} \d{4}|\(0\d\d\) \d{3} \d{4}",  # Philippine mobile and landline
                   r"\+65 [689]\d{3} \d{4}",                  # Singapore
                   r"01\d-\d{3} \d{4}",                       # Malaysian mobile
                   r"0[789]0-\d{4}-\d{4}|0\d-\d{4}-\d{4}",    # Japan
                   r"010-\d{4}-\d{4}|0\d\d-\d{3}-\d{4}",      # Korea
                   r"0[789]0\d \d{3} \d{4}",                  # Nigeria
                   r"07\d\d \d{3} \d{3}",                     # Kenya
                   r"0[2-8]\d \d{3} \d{4}",                   # South Africa
                   r"\+251 \d\d \d{3} \d{4}",                 # Ethiopia
                   r"01[0-25] ?\d{4} ?\d{4}|01\d\d \d{3} \d{4}",  # Egypt
                   r"08\d \d{3} \d{4}",                       # Irish mobile
                   r"07700 ?900 ?\d{3}|01\d{3} \d{3} \d{3}",  # UK (Scotland)
                   r"\+49 1\d\d \d{4} ?\d{3}|040 \d{3} \d{5}",   # Germany
                   r"\+48 \d{3} \d{3} \d{3}",                 # Poland
                   r"06 \d{4} \d{4}|\+31 6 \d{4} \d{4}",      # the Netherlands
                   r"\+34 [69]\d\d \d{3} \d{3}",              # Spain
                   r"\+39 3\d\d \d{3} \d{4}",                 # Italian mobile
                   r"\+45 \d\d \d\d \d\d \d\d|\+358 \d\d \d{3} \d{4}|\+47 \d{3} \d\d \d{3}"):  # the Nordics
        assert any(re.fullmatch(layout, p) for p in phones), layout
    addresses = " ".join(_surfaces("ADDRESS", SECOND_HALF))
    for mark in (r"\b\d{6}\b",                             # Indian PIN or Singapore postal code
                 r"\b\d{3}-\d{4}\b",                       # Japanese postal code
                 r"\b[A-Z]\d\d [A-Z0-9]{4}\b",             # Irish Eircode
                 r"(?i:straße) \d+\w?, \d{5} [A-Z]",        # German street and PLZ
                 r"\b\d{2}-\d{3} [A-ZŚŁŻ]",                # Polish kod pocztowy
                 r"\b\d{4} [A-Z]{2} [A-Z]",                # Dutch postcode
                 r"\b\d{5} [A-ZÀ-Ž][a-zà-ž]",              # Spanish, Malaysian, Italian code before the town
                 r"\bP\.? ?O\.? Box \d+-\d{5}",            # a Kenyan post-office box with its postal code
                 r"\bBlk \d+"):                            # a Singapore or Philippine block
        assert re.search(mark, addresses), mark
    assert len(_surfaces("POSTCODE", SECOND_HALF)) >= 4 and len(_surfaces("DATE_OF_BIRTH", SECOND_HALF)) >= 2
    assert len({d.genre for d in SECOND_HALF}) == len(SECOND_HALF)
