"""The tenth general-English PII set (``benchmarks/pii_general_v10``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (the ninth set's density,
types, name forms and hard negatives, scaled by the number of documents), it shares no passage, identifier or full
name with any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v9
and text_holdout_v12 included, found by folder so a set added later is compared too), and the benchmarks score it
with ``--summary`` only.

Two authors write it in halves (g10-01 to g10-20: everyday English-language writing from northern, central and
eastern Europe and Turkey; g10-21 to g10-40: the second author's, from the Middle East, North and East Africa, the
Caribbean and Latin America), neither reading the other's; every count scales with the number of documents, so the
test holds for the first half alone and for the whole set. The first half's genres and its phone and address layouts
are checked here; the second half's in its own test.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import documents_of, gold_surfaces, hand_written_sets, set_documents

DOCS = set_documents("pii_general_v10")


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v12 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v9)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f.name != "pii_general_v10"]
EARLIER = documents_of(EARLIER_FOLDERS)


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


FIRST_HALF_GENRES = [
    "flatshare_room_listing_with_replies", "coworking_space_incident_report",
    "ski_school_group_lesson_booking_confirmation", "university_exchange_arrival_welcome_email",
    "ferry_lost_property_claim_form", "church_choir_singing_and_coffee_rota",
    "marketplace_listing_buyer_comment_thread", "visa_application_centre_appointment_letter",
    "landlord_deposit_dispute_email_chain", "hackathon_team_list_and_mentor_assignments",
    "sauna_society_membership_renewal_notice", "summer_cottage_rental_key_handover_note",
    "northern_lights_minibus_tour_pickup_manifest", "language_school_placement_test_results_sheet",
    "rideshare_carpool_group_chat_export", "kindergarten_child_pickup_authorisation_form",
    "mountain_hut_overnight_reservation_confirmation", "rowing_club_regatta_crew_entry_list",
    "apartment_block_residents_association_meeting_notice", "dental_clinic_treatment_trip_itinerary",
]


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """g10-01 to g10-20: twenty genres of everyday writing in northern, central and eastern Europe and Turkey, one a
    document, in order."""
    assert [d.genre for d in FIRST_HALF] == FIRST_HALF_GENRES
    assert [d.id for d in FIRST_HALF] == [f"g10-{n:02d}-{genre}" for n, genre in zip(range(1, 21), FIRST_HALF_GENRES)]


def test_no_genre_is_an_earlier_sets() -> None:
    earlier = {d.genre for d in EARLIER}
    assert not {d.genre for d in DOCS} & earlier, {d.genre for d in DOCS} & earlier


# (what the layout is, its pattern): each country's numbers as written there, national and international
FIRST_HALF_PHONE_LAYOUTS = [
    ("UK drama-range mobile, international", r"\+44 7700 900\d{3}"),
    ("Danish, international", r"\+45 \d\d \d\d \d\d \d\d"),
    ("Swedish mobile", r"07\d-555 \d\d \d\d"),
    ("Swedish landline with its area code", r"0\d{3}-555 \d{3}"),
    ("Sweden, international", r"\+46 \d\d? 555 \d\d \d\d|\+46 8 555 \d{3} \d\d"),
    ("Norway, international", r"\+47 \d{3} \d\d \d{3}|\+47 \d\d \d\d \d\d \d\d"),
    ("Finnish mobile", r"0[45]0 555 \d{4}"),
    ("Finnish landline", r"0[39] 5551 \d{4}"),
    ("Finland, international", r"\+358 \d\d 555 \d{4}"),
    ("Iceland", r"\+354 \d{3} \d{4}"),
    ("Estonia", r"\+372 5555 \d{4}"),
    ("Latvia", r"\+371 2\d{3} \d{4}"),
    ("Lithuania", r"\+370 6\d\d \d\d ?\d{3}"),
    ("Czechia", r"\+420 \d{3} 555 \d{3}"),
    ("Slovak mobile", r"09\d\d 555 \d{3}"),
    ("Slovak landline", r"0\d\d 555 \d{4}"),
    ("Hungarian mobile with 06", r"06 [237]0 555 \d{4}"),
    ("Hungary, international", r"\+36 [237]0 555 \d{4}"),
    ("Romanian mobile", r"07\d\d 555 \d{3}"),
    ("Romania, international", r"\+40 7\d\d 555 \d{3}"),
    ("Bucharest landline", r"021 555 \d{4}"),
    ("Croatian mobile", r"09\d 555 \d{4}"),
    ("Croatia, international", r"\+385 9\d 555 \d{4}"),
    ("Slovenia", r"\+386 \d\d? 555 \d{3,4}"),
    ("Ukrainian mobile", r"0[69]\d 555 \d\d \d\d"),
    ("Ukraine, international", r"\+380 \d\d 555 \d{4}|\+380 32 255 \d{4}"),
    ("Georgia", r"\+995 (?:5\d\d \d\d \d\d \d\d|32 255 \d{4})"),
    ("Turkish mobile", r"05\d\d 555 \d\d \d\d"),
    ("Turkish landline", r"02\d\d 555 \d\d \d\d"),
    ("Turkey, international", r"\+90 5\d\d 555 \d\d \d\d|\+90 2\d\d 555 \d\d \d\d"),
    ("Poland", r"\+48 \d{3} 555 \d{3}"),
]


def test_the_first_halfs_phones_are_in_the_layouts_of_northern_central_and_eastern_europe_and_turkey() -> None:
    phones = _surfaces("PHONE", FIRST_HALF)
    missing = [what for what, layout in FIRST_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    uk = [p for p in phones if p.startswith("+44 ")]
    assert all(re.fullmatch(r"\+44 7700 900\d{3}", p) for p in uk), uk  # Ofcom's drama range only
    assert sum(g.typo for d in FIRST_HALF for g in d.gold) >= 1  # a Hungarian mobile one digit short in a comment


def test_the_first_halfs_street_addresses_are_in_each_countrys_layout() -> None:
    addresses = _surfaces("ADDRESS", FIRST_HALF)
    joined = "\n".join(addresses)
    for mark in (r"\b\d\. tv, \d{4} København N$",                      # a Danish floor and side
                 r"\b\d{3} \d\d (?:Bratislava|Stockholm|Brno|Söderåkra|Praha 4|Račice)$",  # Czech, Slovak, Swedish
                 r"\b\d{5} (?:Tallinn|Tampere)$",                       # Estonian and Finnish five digits
                 r"\bLV-\d{4}$",                                        # a Latvian postcode
                 r"\biela\b",                                           # a Latvian street
                 r"\bLT-\d{5} Vilnius$",                                # a Lithuanian postcode
                 r"\b\w+ \d+ B \d+, ",                                   # a Finnish staircase and flat
                 r"\b\d{4} Budapest$",                                  # a Hungarian postcode
                 r"\b\d\. em\. \d+",                                    # a Hungarian floor and door
                 r"\bSector \d, București$",                            # a Bucharest sector
                 r"\bStr\. ",                                           # a Romanian strada
                 r"\b\d{4} Tbilisi$",                                   # a Georgian postcode
                 r"\bmnt\b",                                            # an Estonian maantee
                 r"\b\d{3} Reykjavík$",                                 # an Icelandic postcode
                 r"\bMah\. .*No: \d+",                                  # a Turkish mahalle and door number
                 r"\b\d{5} \w+/\w+$",                                   # a Turkish district/province
                 r"\b\d{5} Zagreb$",                                    # a Croatian postcode
                 r"\b\d{4} Ljubljana$",                                 # a Slovene postcode
                 r"\b\d{4} (?:Oslo|Tromsø)$",                           # a Norwegian postcode
                 r"\bvul\. \w+ \d+, Lviv, \d{5}$"):                     # a Ukrainian vulytsia and index
        assert re.search(mark, joined, re.MULTILINE), mark
    assert sum("," not in a for a in addresses) >= 4  # partial addresses: a street and number alone
