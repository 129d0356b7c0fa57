"""The eighth general-English PII set (``benchmarks/pii_general_v8``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (v7's density, types,
name forms and hard negatives, scaled by the number of documents), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v7 and
text_holdout_v10 included, found by folder so a set added later is compared too), and the benchmarks score it with
``--summary`` only.

Two authors write it in halves (g8-01 to g8-20: everyday English-language writing from the United States and Canada;
g8-21 to g8-40: the second author's), neither reading the other's; every count scales with the number of documents,
so the test holds for the first half alone and for the whole set. The first half's genres and its phone and address
layouts are checked here; the second half's in its own test.

Only its genres and layouts are checked here: its other format checks run in ``test_set_formats.py`` over its
specification in ``tests/set_specs.py``, the checks every hand-written set shares in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re

from kept_back_sets import documents_of, gold_surfaces, hand_written_sets, set_documents

DOCS = set_documents("pii_general_v8")


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v10 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v7)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f.name != "pii_general_v8"]
EARLIER = documents_of(EARLIER_FOLDERS)


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


FIRST_HALF_GENRES = [
    "urgent_care_patient_intake_form", "dmv_road_test_appointment_confirmation",
    "little_league_roster_and_snack_schedule", "church_bulletin_prayer_list", "kijiji_snowblower_listing_messages",
    "lease_renewal_email_with_tenant_reply", "school_district_robocall_transcript",
    "small_claims_plaintiffs_claim_ocr", "food_truck_catering_invoice", "housing_coop_members_newsletter",
    "municipal_snow_removal_tow_notice", "tax_preparer_client_intake_notes", "pharmacy_refill_sms_thread",
    "veterans_post_newsletter", "reddit_found_wallet_post_and_comments", "snow_plow_contractor_route_sheet",
    "bar_mitzvah_aliyah_honors_list", "band_office_moose_tag_draw_results",
    "nextdoor_porch_pirate_post_with_replies", "auto_repair_order_with_tech_notes",
]


def test_the_genres_of_the_first_half_are_all_there() -> None:
    """g8-01 to g8-20: twenty genres of everyday writing in the United States and Canada, one a document, in order."""
    assert [d.genre for d in FIRST_HALF] == FIRST_HALF_GENRES
    assert [d.id for d in FIRST_HALF] == [f"g8-{n:02d}-{genre}" for n, genre in zip(range(1, 21), FIRST_HALF_GENRES)]


def test_no_genre_is_an_earlier_general_sets() -> None:
    earlier = {d.genre for d in EARLIER}
    assert not {d.genre for d in DOCS} & earlier, {d.genre for d in DOCS} & earlier


# (what the layout is, its pattern): North American numbers as people write them, then the relatives abroad
FIRST_HALF_PHONE_LAYOUTS = [
    ("NANP with the area code in brackets", r"\(\d{3}\) 555-01\d\d"),
    ("NANP with dashes", r"\d{3}-555-01\d\d"),
    ("NANP with dots", r"\d{3}\.555\.01\d\d"),
    ("NANP with spaces", r"\d{3} 555 01\d\d"),
    ("NANP, brackets and a space (a court form)", r"\(\d{3}\) 555 01\d\d"),
    ("NANP, Quebec style", r"\d{3} 555-01\d\d"),
    ("NANP, international", r"\+1 \d{3} 555 01\d\d"),
    ("Mexico", r"\+52 \d\d\d? \d{3,4} \d{4}"),
    ("the Philippines", r"\+63 \d\d? \d{3,4} \d{4}"),
    ("Korea", r"\+82 \d\d \d{3} \d{4}"),
    ("India", r"\+91 \d{3} \d{3} \d{4}"),
    ("Israel", r"\+972 5\d \d{3} \d{4}"),
    ("China", r"\+86 \d\d \d{4} \d{4}"),
    ("Northern Ireland, drama range", r"\+44 28 9649 6\d{3}"),
    ("Portugal", r"\+351 \d{3} \d{3} \d{3}"),
    ("Ukraine", r"\+380 \d\d \d{3} \d{4}"),
    ("Nigeria", r"\+234 [789][01]\d \d{3} \d{4}"),
]


def test_the_first_halfs_phones_are_in_north_american_layouts_and_those_of_relatives_abroad() -> None:
    phones = _surfaces("PHONE", FIRST_HALF)
    missing = [what for what, layout in FIRST_HALF_PHONE_LAYOUTS if not any(re.fullmatch(layout, p) for p in phones)]
    assert missing == []
    nanp = [p for p in phones if re.fullmatch(r"(?:\+1 )?\(?\d{3}\)?[ .\-]?555[ .\-]01\d\d", p)]
    assert len(nanp) >= 3 * len(FIRST_HALF), len(nanp)  # fiction range 555-0100 to 555-0199 only
    assert all(re.search(r"555[ .\-]?01\d\d$", p) for p in nanp)
    assert sum(g.typo for d in FIRST_HALF for g in d.gold) >= 1  # an OCR-misread number on a scanned court form


def test_the_first_halfs_street_addresses_are_american_and_canadian() -> None:
    addresses = _surfaces("ADDRESS", FIRST_HALF)
    joined = "\n".join(addresses)
    for mark in (r"\b(?:Apt|Suite|Unit|app\.) \w+",             # apartment, suite, unit (and Quebec's app.)
                 r"#\d+,",                                      # an apartment number after a hash
                 r"\b[A-Z]{2} \d{5}-\d{4}$",                    # a ZIP+4
                 r"\b[A-Z]{2},? \d{5}$",                         # a state and a five-digit ZIP
                 r"\b(?:ON|MB|BC|QC|\(Québec\)) [A-Z]\d[A-Z] \d[A-Z]\d$",  # a Canadian postal code after the province
                 r"\bP\.?O\.? Box \w+",                         # post-office boxes
                 r"\bRR \d+,",                                  # a rural route
                 r"\bGeneral Delivery\b",                       # general delivery
                 r"\b(?:boul\.|rue|av\.|ch\.|croissant) ",      # Quebec street words
                 r"\b\d+ [NSEW] \w+",                            # a directional before the street (N 16th St)
                 r"\b(?:NW|NE|SW|SE)\b",                         # a quadrant after the street
                 r"\b\d{4}-\d{3} [A-Z]"):                        # a relative's Portuguese address
        assert re.search(mark, joined, re.MULTILINE), mark
    assert sum("," not in a for a in addresses) >= 4  # partial addresses: a street and number alone
