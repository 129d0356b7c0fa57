"""The ninth general-English PII set (``benchmarks/pii_general_v9``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (v8's density, types,
name forms and hard negatives, scaled by the number of documents), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v8 and
text_holdout_v11 included, found by folder so a set added later is compared too), and the benchmarks score it with
``--summary`` only.

Two authors write it in halves (g9-01 to g9-20: everyday English-language writing from Europe and Africa; g9-21 to
g9-40: the second author's, from the Americas and Asia-Pacific), neither reading the other's; every count scales with
the number of documents, so the test holds for the first half alone and for the whole set. The first half's genres
and its phone and address layouts are checked here; the second half's in its own test.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import documents_of, gold_surfaces, hand_written_sets, set_documents

DOCS = set_documents("pii_general_v9")


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v11 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v8)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f.name != "pii_general_v9"]
EARLIER = documents_of(EARLIER_FOLDERS)


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


FIRST_HALF_GENRES = [
    "landlord_boiler_repair_and_rent_review_email", "band_club_festa_programme_newsletter",
    "supermarket_till_receipt_with_loyalty_and_delivery_slip", "courier_waybill_and_proof_of_delivery_note",
    "matatu_sacco_passenger_complaint_letter", "graduate_cv_with_referees",
    "netball_club_league_squad_registration_sheet", "parish_weekly_notices_sheet",
    "expat_moving_day_whatsapp_group_export", "expat_forum_stolen_bicycle_thread",
    "language_exchange_meetup_signup_sheet", "padel_league_ladder_update_email",
    "holiday_villa_changeover_cleaner_handover_notes", "dive_centre_buddy_pairing_and_log_sheet",
    "allotment_society_plot_waiting_list_letter", "missing_cat_community_facebook_post_comments",
    "village_hall_hire_booking_form", "wedding_committee_meeting_minutes_and_contributions",
    "private_used_car_sale_receipt_and_handover", "tenement_close_stair_cleaning_rota_notice",
]


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """g9-01 to g9-20: twenty genres of everyday writing in Europe and Africa, one a document, in order."""
    assert [d.genre for d in FIRST_HALF] == FIRST_HALF_GENRES
    assert [d.id for d in FIRST_HALF] == [f"g9-{n:02d}-{genre}" for n, genre in zip(range(1, 21), FIRST_HALF_GENRES)]


def test_no_genre_is_an_earlier_sets() -> None:
    earlier = {d.genre for d in EARLIER}
    assert not {d.genre for d in DOCS} & earlier, {d.genre for d in DOCS} & earlier


# (what the layout is, its pattern): each country's numbers as written there, national and international
FIRST_HALF_PHONE_LAYOUTS = [
    ("UK drama-range mobile", r"07700 900\d{3}"),
    ("UK drama-range mobile, international", r"\+44 7700 900\d{3}"),
    ("UK drama-range city landline", r"01[1-9]1 496 0\d{3}"),
    ("UK drama-range landline abroad", r"\+44 1\d\d 496 0\d{3}"),
    ("UK drama-range area 01632", r"01632 960 \d{3}"),
    ("Belfast drama range", r"028 9649 6\d{3}"),
    ("Irish mobile", r"08[5-9] 555 \d{4}"),
    ("Irish, international", r"\+353 \d\d? 555 \d{3,4}"),
    ("Irish landline with its trunk 0", r"021 555 \d{4}"),
    ("Malta", r"\+356 \d{4} \d{4}"),
    ("Gibraltar", r"\+350 (?:200 \d{5}|5\d{3} \d{4})"),
    ("Nigerian mobile", r"0[789][01]\d 555 \d{4}"),
    ("Nigeria, international", r"\+234 [17]\d{0,2} 555 \d{4}"),
    ("Ghanaian mobile", r"0(?:2\d|5\d) 555 \d{4}"),
    ("Ghana, international", r"\+233 \d\d 555 \d{4}"),
    ("Kenyan mobile", r"07\d\d 555 \d{3}"),
    ("Kenya, international", r"\+254 \d{2,3} 555 \d{3,4}"),
    ("Uganda, international", r"\+256 \d{3} 555 \d{3}"),
    ("Zambian mobile", r"09[5-7]\d 555 \d{3}"),
    ("Zambia, international", r"\+260 \d{3} 555 \d{3}"),
    ("Germany, international", r"\+49 \d{3} \d{8}"),
    ("Germany with 00", r"0049 \d{3} \d{4} \d{4}"),
    ("Berlin landline", r"030 5555 \d{4}"),
    ("Dutch mobile", r"06 5555 \d{4}"),
    ("Netherlands, international", r"\+31 6 5555 \d{4}"),
    ("Poland", r"\+48 \d{3} 555 \d{3}"),
    ("Spain", r"\+34 6\d\d 555 \d{3}"),
    ("Portugal", r"\+351 \d{3} 555 \d{3}"),
    ("Greece", r"\+30 69\d 555 \d{4}"),
]


def test_the_first_halfs_phones_are_in_the_layouts_of_europe_and_africa() -> None:
    phones = _surfaces("PHONE", FIRST_HALF)
    missing = [what for what, layout in FIRST_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    uk = [p for p in phones if re.match(r"\+44 |0(?:7\d{3}|1\d{2,3}|28) ", p)]  # UK numbers, either form
    drama = r"(?:\+44 |0)(?:7700 900\d{3}|1\d\d 496 0\d{3}|1632 960 \d{3}|28 9649 6\d{3})"
    assert all(re.fullmatch(drama, p) for p in uk), uk  # Ofcom's drama ranges only
    assert len(uk) >= len(FIRST_HALF) // 2, len(uk)
    assert sum(g.typo for d in FIRST_HALF for g in d.gold) >= 1  # a number one digit short on a waybill


def test_the_first_halfs_street_addresses_are_in_each_countrys_layout() -> None:
    addresses = _surfaces("ADDRESS", FIRST_HALF)
    joined = "\n".join(addresses)
    for mark in (r"\bD\d\d [A-Z0-9]{4}$|\b[A-Z]\d\d [A-Z0-9]{4}$",     # an Irish Eircode
                 r"\b[A-Z]{3} \d{4}$",                                  # a Maltese post code
                 r"\bTriq\b",                                           # a Maltese street
                 r"\bGX11 1AA$",                                        # Gibraltar's single postcode
                 r"\bPlot \d+,",                                        # a plot number (Nigeria, Uganda, Zambia)
                 r"\b[A-Z]{2}-\d{3}-\d{4}$",                            # a Ghana Post digital address
                 r"\bP\.O\. Box \d+(?:-\d{5})?,",                       # a PO box, with Kenya's postal code
                 r"\bHse\b",                                            # East and West African "Hse No."
                 r"\b\d{5} Berlin$",                                    # a German postcode before the city
                 r"\b\d{4} [A-Z]{2} \w+$",                              # a Dutch postcode
                 r"\bul\. \w+ \d+, \d\d-\d{3} ",                        # a Polish ul. and postcode
                 r"\b(?:Carrer|Avinguda) ",                             # a Valencian street
                 r"\b\d{4}-\d{3} \w+$",                                 # a Portuguese postcode
                 r"\b1\.º Esq\.",                                       # a Portuguese floor and side
                 r"\b\d{3} \d\d \w+$",                                  # a Greek postcode
                 r"\bFlat \d+\w?,",                                     # a flat
                 r"\b(?:Cottage|Villa)\b"):                             # a house name
        assert re.search(mark, joined, re.MULTILINE), mark
    assert sum("," not in a for a in addresses) >= 4  # partial addresses: a street and number, or a house, alone
    assert len(_surfaces("POSTCODE", FIRST_HALF)) >= 4  # UK postcodes labelled apart from the address
