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

GENERAL_SET = REPO / "benchmarks" / "pii_general_v7"
DOCS = load(GENERAL_SET / "documents")
N = len(DOCS)


def _number(doc) -> int:  # type: ignore[no-untyped-def]
    return int(doc.id.split("-")[1])


FIRST_HALF = [d for d in DOCS if 1 <= _number(d) <= 20]
SECOND_HALF = [d for d in DOCS if 21 <= _number(d) <= 40]
# every earlier hand-written set, found by folder: the SEND sets (text_holdout, _v2, _v4 ... _v9 and any later one)
# and the general-English sets before this one (pii_general_v2 ... _v6)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != GENERAL_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str, docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return gold_surfaces(DOCS if docs is None else docs, kind)


def _negatives(docs: list | None = None) -> list[str]:  # type: ignore[type-arg]
    return [d.text[s:e] for d in (DOCS if docs is None else docs) for s, e in d.negatives]


def test_documents_are_numbered_and_sized_as_the_briefs_ask() -> None:
    numbers = [_number(d) for d in DOCS]
    assert numbers == list(range(1, 41)), numbers  # g7-01 to g7-20 by one author, g7-21 to g7-40 by the other
    assert all(re.fullmatch(r"g7-\d\d-[a-z0-9_\-]+", d.id) for d in DOCS), [d.id for d in DOCS]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS), {d.id: len(d.text.encode()) for d in DOCS}
    assert len({d.genre for d in DOCS}) == N  # a genre of its own for every document
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


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


def test_the_set_is_dense_and_spread_over_the_types() -> None:
    types = Counter(g.type for d in DOCS for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * N, types  # about 29 gold spans a document
    assert all(len(d.gold) >= 18 for d in DOCS), {d.id: len(d.gold) for d in DOCS if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types  # about 58% people
    assert min(types[t] for t in SCORED - {"PERSON"}) >= N, types
    assert types["DATE_OF_BIRTH"] >= 2, types
    assert all(len(d.negatives) >= 11 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 11}


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= N  # chats, comments and exports in lower case
    surname_first = re.compile(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+")  # "Surname, First"
    assert sum(bool(surname_first.fullmatch(n)) for n in names) >= N // 4
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= N // 2  # initials, in minutes and signatures
    letters_beyond_ascii = re.compile(r"[à-žÀ-Žα-ωΑ-Ωа-яА-ЯёЁђЂјЈћЋџЏ]")  # diacritics, Greek and Cyrillic script
    assert sum(bool(letters_beyond_ascii.search(n)) for n in names) >= 2 * N
    in_capitals = [n for n in names if any(len(w) >= 3 and w.isupper() for w in re.split(r"[\s,]+", n))]
    assert len(in_capitals) >= N // 2, in_capitals  # a surname (or a whole name) in capitals, as forms and lists write it
    user_names = [n for n in _surfaces("PERSON", FIRST_HALF) if re.fullmatch(r"[a-z]+[._][a-z]+\d*", n)]
    assert len(user_names) >= 2, user_names  # user names built from names (reviews, chats, Slack)
    # names that are words, beside the same word in its ordinary sense: counted in each half, where each author put them
    for half in (FIRST_HALF, SECOND_HALF):
        negatives = {n.casefold() for n in _negatives(half)}
        word_names = {n.casefold() for n in _surfaces("PERSON", half) if n.casefold() in negatives}
        assert len(word_names) >= len(half) // 3, word_names


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|7|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?) ", p))}
    assert len(codes) >= min(25, N), sorted(codes)  # country codes in international form
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= N and len(phones) - international >= N, (international, len(phones))


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


def test_hard_negatives_include_lookalikes() -> None:
    negatives = _negatives()
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= 2 * N, digits  # booking, tracking, account, permit and card numbers shaped like phones
    assert sum(bool(re.search(r"[A-Za-z] v?\d+\.\d+$", n)) for n in negatives) >= 2  # software and versions
    prices = [n for n in negatives if re.search(  # the first half's currencies, then the second's
        r"[£$€₸]|\b(?:HUF|GEL|USD|ISK|zł|Kč|din|so'm)\b|\d ?(?:zł|Kč|din|GEL|so'm)\b", n)]
    assert len(prices) >= N, prices  # prices in many currencies


def test_the_earlier_sets_are_all_compared() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
            "text_holdout_v7", "text_holdout_v8", "text_holdout_v9", "pii_general_v2", "pii_general_v3",
            "pii_general_v4", "pii_general_v5", "pii_general_v6"} <= names, names
    assert "pii_general_v7" not in names


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_with_earlier(DOCS, EARLIER) == ({}, set())
