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

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load
from kept_back_sets import documents_of, gold_surfaces, hand_written_sets, shared_with_earlier

GENERAL_SET = REPO / "benchmarks" / "pii_general_v8"
DOCS = load(GENERAL_SET / "documents")
N = len(DOCS)


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
SECOND_HALF = [d for d in DOCS if 21 <= _number(d) <= 40]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v10 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v7)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != GENERAL_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


def _negatives(docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return [d.text[s:e] for d in (DOCS if docs is None else docs) for s, e in d.negatives]


def test_documents_are_numbered_and_sized_as_the_briefs_ask() -> None:
    numbers = [_number(d) for d in DOCS]
    # g8-01 to g8-20 by one author, g8-21 to g8-40 by the other: the first half alone, or the whole set
    assert numbers in (list(range(1, 21)), list(range(1, 41))), numbers
    assert all(re.fullmatch(r"g8-\d\d-[a-z0-9_\-]+", d.id) for d in DOCS), [d.id for d in DOCS]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS), {d.id: len(d.text.encode()) for d in DOCS}
    assert len({d.genre for d in DOCS}) == N  # a genre of its own for every document
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


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


def test_the_set_is_dense_and_spread_over_the_types() -> None:
    types = Counter(g.type for d in DOCS for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * N, types  # about 27 gold spans a document
    assert all(len(d.gold) >= 18 for d in DOCS), {d.id: len(d.gold) for d in DOCS if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types  # about 58% people
    assert min(types[t] for t in SCORED - {"PERSON"}) >= N, types
    assert types["DATE_OF_BIRTH"] >= 2, types
    assert all(len(d.negatives) >= 11 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 11}


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= N  # chats, comments, transcripts and user names in lower case
    surname_first = re.compile(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+")  # "Surname, First", as forms and rosters write it
    assert sum(bool(surname_first.fullmatch(n)) for n in names) >= N // 2
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= N  # middle initials, "Yesenia G.", signatures
    letters_beyond_ascii = re.compile(r"[à-žÀ-Žα-ωΑ-Ωа-яА-ЯёЁ]")  # Québécois, Spanish, Portuguese, Vietnamese
    assert sum(bool(letters_beyond_ascii.search(n)) for n in names) >= N // 2
    in_capitals = [n for n in names if any(len(w) >= 3 and w.isupper() for w in re.split(r"[\s,]+", n))]
    assert len(in_capitals) >= N // 2, in_capitals  # a surname (or a whole name) in capitals, as forms and lists write it
    user_names = [n for n in _surfaces("PERSON", FIRST_HALF) if re.fullmatch(r"[a-z]+[._][a-z]+\d*", n)]
    assert len(set(user_names)) >= 5, user_names  # user names built from names (Kijiji, Reddit, a co-op chat)
    # names that are words, beside the same word in its ordinary sense: counted in each half, where each author put them
    for half in (FIRST_HALF, SECOND_HALF):
        negatives = {n.casefold() for n in _negatives(half)}
        word_names = {n.casefold() for n in _surfaces("PERSON", half) if n.casefold() in negatives}
        assert len(word_names) >= len(half) // 3, word_names


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|7|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?) ", p))}
    assert len(codes) >= min(12, N // 2), sorted(codes)  # country codes in international form
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= N and len(phones) - international >= N, (international, len(phones))


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


def test_hard_negatives_include_lookalikes() -> None:
    negatives = _negatives()
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= 2 * N, digits  # claim, permit, ad, Rx, tracking, VIN and account numbers shaped like phones
    assert sum(bool(re.search(r"[A-Za-z] v?\d+\.\d+$", n)) for n in negatives) >= 2  # software and versions
    prices = [n for n in negatives if re.search(r"[$£€]", n)]
    assert len(prices) >= N, prices  # prices, rents, fees and balances


def test_the_earlier_sets_are_all_compared() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
            "text_holdout_v7", "text_holdout_v8", "text_holdout_v9", "text_holdout_v10", "pii_general_v2",
            "pii_general_v3", "pii_general_v4", "pii_general_v5", "pii_general_v6", "pii_general_v7"} <= names, names
    assert "pii_general_v8" not in names


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_with_earlier(DOCS, EARLIER) == ({}, set())
