"""The seventh general-English PII set (``benchmarks/pii_general_v7``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (v6's density, types,
name forms and hard negatives, scaled by the number of documents), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v6 and
text_holdout_v9 included, found by folder so a set added later is compared too), and the benchmarks score it with
``--summary`` only.

Two authors write it in halves (g7-01 to g7-20: Europe, the Caucasus and Central Asia; g7-21 to g7-40: the second
author's), neither reading the other's; every count scales with the number of documents, so the test holds for the
first half alone and for the whole set. The first half's genres and its phone and address layouts are checked here;
the second half's in its own test.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import documents_of, gold_surfaces, hand_written_sets, set_documents

DOCS = set_documents("pii_general_v7")


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v9 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v6)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f.name != "pii_general_v7"]
EARLIER = documents_of(EARLIER_FOLDERS)


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


FIRST_HALF_GENRES = [
    "ski_school_lesson_roster", "camino_albergue_guestbook", "thermal_bath_spa_group_booking",
    "ferry_vehicle_and_cargo_manifest", "guesthouse_review_thread_with_host_replies", "supra_feast_seating_plan",
    "car_hire_rental_agreement_with_damage_notes", "homestay_host_whatsapp_export",
    "houseboat_mooring_association_newsletter", "sauna_society_committee_minutes", "parish_choir_duty_rota",
    "beer_festival_volunteer_shift_list", "condominium_assembly_notice_with_proxy",
    "surf_camp_liability_waiver_and_medical_form", "pelota_club_fixtures_email",
    "coworking_space_monthly_invoice_with_member_list", "kafana_new_years_eve_table_reservations",
    "horse_trek_itinerary_and_rider_list", "tidy_towns_committee_litter_pick_rota",
    "ceilidh_band_wedding_booking_confirmation",
]


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """g7-01 to g7-20: twenty genres of Europe, the Caucasus and Central Asia, one a document, in this order."""
    assert [d.genre for d in FIRST_HALF] == FIRST_HALF_GENRES


def test_no_genre_is_an_earlier_general_sets() -> None:
    earlier = {d.genre for d in EARLIER}
    assert not {d.genre for d in DOCS} & earlier, {d.genre for d in DOCS} & earlier


def test_the_first_halfs_phones_are_in_the_layouts_of_europe_the_caucasus_and_central_asia() -> None:
    phones = _surfaces("PHONE", FIRST_HALF)
    for layout in (r"\+48 \d{3} \d{3} \d{3}|\+48 \d\d \d{3} \d\d \d\d",  # Poland, mobile and landline
                   r"\+420 \d{3} \d{3} \d{3}",                # Czechia
                   r"06 1 \d{3} \d{4}|\+36 [237]0 \d{3} \d{4}",  # Hungary, Budapest with its trunk 06 and mobiles
                   r"\+30 69\d \d{3} \d{4}|2\d0 \d{3} \d{4}",  # Greece, mobile and a landline as dialled there
                   r"06 \d{4} \d{4}|020 \d{3} \d{4}|\+31 6 \d{4} \d{4}",  # the Netherlands
                   r"\+354 \d{3} \d{4}",                      # Iceland
                   r"\+372 \d{3,4} \d{3,4}",                  # Estonia
                   r"0[45]0 \d{3} \d{4}|0\d \d{4} \d{4}|\+358 \d\d \d{3} \d{4}",  # Finland
                   r"\+34 [69]\d\d \d{3} \d{3}|\+34 9\d \d{3} \d\d \d\d",  # Spain and Catalonia
                   r"\+351 \d{3} \d{3} \d{3}",                # Portugal
                   r"\+39 3\d\d \d{3} \d{4}|0\d\d \d{3} \d{4}",  # Italy
                   r"\+995 \d{3} \d\d \d\d \d\d|\+995 \d\d \d{3} \d\d \d\d",  # Georgia
                   r"\+374 \d\d \d{3} \d{3}",                 # Armenia
                   r"\+7 7\d\d \d{3} \d\d \d\d",              # Kazakhstan
                   r"\+998 \d\d \d{3} \d\d \d\d",             # Uzbekistan
                   r"05\d\d \d{3} \d\d \d\d",                 # Turkey, a mobile as dialled there
                   r"0[16]\d \d{3} \d{4}|\+381 6\d \d{3} \d{4}",  # Serbia
                   r"\+385 9\d \d{3} \d{4}",                  # Croatia
                   r"\+40 7\d\d \d{3} \d{3}",                 # Romania
                   r"08[5-9] \d{3} \d{4}|0\d\d \d{3} \d{4}|\+353 8\d \d{3} \d{4}",  # Ireland
                   r"01632 960[0-4]\d\d|0117 496 0[0-4]\d\d|07700 ?900 ?\d{3}|\+44 7700 900\d{3}"):  # UK drama
        assert any(re.fullmatch(layout, p) for p in phones), layout
    codes = {m[1] for p in phones if (m := re.match(r"\+(7|3\d\d?|4\d\d?|99\d) ", p))}
    assert len(codes) >= 20, sorted(codes)  # the region's own country codes


def test_the_first_halfs_street_addresses_are_of_many_countries() -> None:
    addresses = _surfaces("ADDRESS", FIRST_HALF)
    joined = "\n".join(addresses)
    for country_mark in (r"\bul\. .+\d{2}-\d{3} [A-ZŁŚŻ]",      # Polish ul. and kod pocztowy
                         r"\b\d{3} \d\d [A-ZČŘŠŽ][a-zà-ž]+$",  # Czech PSČ (and a Greek T.K.) before the town
                         r"\b(?:utca|krt\.) ",                  # Hungarian utca and körút
                         r"\b(?:Odos|Akti) ",                   # Greek street words
                         r", \d{3} [A-ZÀ-Ž]",                   # Icelandic three-digit postcode
                         r"\b\d{4}-\d{3} [A-Z]",                # Portuguese código postal
                         r"\b\d{5} [A-ZÀ-Ž][a-zà-ž]",           # Spanish, Italian, Finnish, Estonian, Serbian code
                         r"\b\d{4} [A-Z]{2} [A-Z]",             # Dutch postcode
                         r"\b(?:mnt|pst) \d+",                  # Estonian maantee and puiestee
                         r"\b(?:kalea|bidea|Nagusia) ",         # Basque street words
                         r"\bVia [A-Z]",                        # Italian via
                         r"\bTbilisi \d{4}|\bYerevan \d{4}",    # Georgian and Armenian postcodes after the city
                         r"\bAlmaty \d{6}|\bBukhara \d{6}",     # Kazakh and Uzbek six-digit codes
                         r"\b[A-Z]\d\d [A-Z0-9]{4}$",           # Irish Eircode
                         r"\bFlat \d+(?:/\d+)?, \d+ [A-Z]"):    # a UK flat, its postcode labelled apart
        assert re.search(country_mark, joined, re.MULTILINE), country_mark
    assert len(_surfaces("POSTCODE", FIRST_HALF)) >= 3  # UK postcodes, apart from their address lines
    assert sum("," not in a for a in addresses) >= 4  # partial addresses: a street and number, a house alone
