"""The sixth general-English PII set (``benchmarks/pii_general_v6``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (names of many origins and
forms, street addresses of many countries, phone numbers of many countries in international and national layouts,
e-mail, locations, hard negatives shaped like identifiers), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v5 included,
found by folder so a set added later is compared too), and the benchmarks score it with ``--summary`` only.

Two authors wrote it in halves (documents g6-01 to g6-20: the Americas and Oceania; g6-21 to g6-40: Asia, Africa
and Europe), neither reading the other's; the counts scale with the number of documents, and each half's layouts
(its countries' phone numbers and addresses) are checked in that half's own test.

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
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages
from kept_back_sets import documents_of, gold_surfaces, hand_written_sets

GENERAL_SET = REPO / "benchmarks" / "pii_general_v6"
DOCS = load(GENERAL_SET / "documents")
N = len(DOCS)
FIRST_HALF = [d for d in DOCS if 1 <= int(d.id.split("-")[1]) <= 20]
SECOND_HALF = [d for d in DOCS if 21 <= int(d.id.split("-")[1]) <= 40]
# every earlier hand-written set: the SEND sets (text_holdout, _v2, _v4 ... _v9 and any later one) and the
# general-English sets before this one (pii_general_v2 ... _v5)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != GENERAL_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


def test_documents_are_named_and_sized_as_the_brief_asks() -> None:
    numbers = [int(d.id.split('-')[1]) for d in DOCS]
    assert numbers == list(range(1, 41)), numbers  # g6-01 to g6-20 by one author, g6-21 to g6-40 by the other
    assert all(re.fullmatch(r"g6-\d\d-[a-z0-9_\-]+", d.id) for d in DOCS), [d.id for d in DOCS]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= N * 9 // 10  # a genre of its own for (nearly) every document
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


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


def test_the_set_is_dense_and_spread_over_the_types() -> None:
    types = Counter(g.type for d in DOCS for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * N, types  # about 27 gold spans a document
    assert all(len(d.gold) >= 18 for d in DOCS), {d.id: len(d.gold) for d in DOCS if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types  # about 55% people
    assert min(types[t] for t in SCORED - {"PERSON"}) >= N, types
    assert types["DATE_OF_BIRTH"] >= 2, types  # UK postcodes (POSTCODE) only where a half has UK addresses
    assert all(len(d.negatives) >= 11 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 11}


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= N  # chats and transcripts in lower case
    assert sum(bool(re.fullmatch(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+", n)) for n in names) >= N // 4  # "Surname, First"
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= N // 4  # initials
    assert sum(bool(re.search(r"[à-žÀ-Ž]", n)) for n in names) >= N  # diacritics
    user_names = [n for n in _surfaces("PERSON", FIRST_HALF) if re.fullmatch(r"[a-z]+[._][a-z]+\d*", n)]
    assert len(user_names) >= 2, user_names  # user names built from names (the first half's chats and apps)
    # names that are words, beside the same word in its ordinary sense: counted in each half, where each author put them
    for half in (FIRST_HALF, SECOND_HALF):
        negatives = {d.text[s:e].casefold() for d in half for s, e in d.negatives}
        word_names = {n.casefold() for n in _surfaces("PERSON", half) if n.casefold() in negatives}
        assert len(word_names) >= len(half) // 3, word_names


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?)\D", p))}
    assert len(codes) >= min(25, N), sorted(codes)  # country codes in international form
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= N and len(phones) - international >= N, (international, len(phones))


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


def test_hard_negatives_include_lookalikes() -> None:
    negatives = [d.text[s:e] for d in DOCS for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= N, digits  # order, tracking, account and reference numbers shaped like phones
    assert sum(bool(re.match(r"v?\d+\.\d+(\.\d+)?$", n)) for n in negatives) >= 2  # versions
    prices = [n for n in negatives if re.match(  # the first half's currencies, then the second's
        r"(?:[£$€₹₦¥₱]|S\$|R\$|R ?\d|Rs|KSh|KES|AED|J\$|CA\$|A\$|NZ\$|FJ\$|PHP|USD|ARS|CLP|COP|MXN)", n)
              or re.search(r"[£$€₹₦¥₱₩]|\b(?:Rs|RM|KSh|AED|EGP|USD|kr|zł|R)\.? ?\d|\d ?€", n)]
    assert len(prices) >= N, prices  # prices in many currencies


def test_the_earlier_sets_are_all_compared() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
            "text_holdout_v7", "pii_general_v2", "pii_general_v3", "pii_general_v4", "pii_general_v5"} <= names, names
    assert "pii_general_v6" not in names


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_passages(DOCS, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
