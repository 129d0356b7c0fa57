"""The third general-English PII set (``benchmarks/pii_general_v3``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread issue 9 asks of a general-English set (names of many origins,
street addresses of many countries, phone numbers of 25+ countries in their own layouts, e-mail, locations, hard
negatives), it shares no passage, identifier or full name with the earlier hand-written sets (the first, second and
fourth SEND sets and the second general-English set), and the benchmark scores it with ``--summary`` only.

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
from kept_back_sets import gold_surfaces, named_sets

GENERAL_SET = REPO / "benchmarks" / "pii_general_v3"
DOCS = load(GENERAL_SET / "documents")
EARLIER = named_sets("text_holdout", "text_holdout_v2", "text_holdout_v4", "pii_general_v2")
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str) -> list[str]:
    return gold_surfaces(DOCS, kind)


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert len(DOCS) >= 40
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= 30
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert sum(types.values()) >= 900
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert types["PERSON"] >= 450 and min(types[t] for t in SCORED - {"PERSON"}) >= 55, types
    assert sum(len(d.negatives) for d in DOCS) >= 400
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= 40  # chats and transcripts in lower case
    assert sum(bool(re.fullmatch(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+", n)) for n in names) >= 15  # "Surname, First"
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= 5  # initials
    assert sum(bool(re.search(r"[à-žÀ-Ž]", n)) for n in names) >= 30  # diacritics
    negatives = {d.text[s:e].casefold() for d in DOCS for s, e in d.negatives}
    word_names = {n.casefold() for n in names if n.casefold() in negatives}
    assert len(word_names) >= 12, word_names  # names that are words, beside the same word in its ordinary sense


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?)\D", p))}
    assert len(codes) >= 25, sorted(codes)  # country codes in international form
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)  # US as dialled there
    assert any(re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", p) for p in phones)  # US with dots
    assert any(re.fullmatch(r"\(0\d\) \d{4} \d{4}", p) for p in phones)  # Australian landline
    assert any(re.fullmatch(r"04\d\d ?\d{3} ?\d{3}", p) for p in phones)  # Australian mobile
    assert any(re.fullmatch(r"07700 ?900 ?\d{3}", p) for p in phones)  # UK mobile
    assert any(re.fullmatch(r"0\d \d\d \d\d \d\d \d\d", p) for p in phones)  # French national layout
    assert any(re.fullmatch(r"08\d \d{3} \d{4}", p) for p in phones)  # Irish mobile
    assert any(re.fullmatch(r"0\d{3} \d{3} \d{3}", p) for p in phones)  # Kenyan mobile
    assert sum(p.startswith("+") for p in phones) >= 50 and sum(not p.startswith("+") for p in phones) >= 50


def test_street_addresses_of_many_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS"))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",              # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",       # Canadian postal code
                         r"\b(NSW|QLD|VIC|WA) \d{4}\b",       # Australian state and postcode
                         r"\b[A-Z]\d\d [A-Z0-9]{4}\b",        # Irish Eircode
                         r"\b\d{6}\b",                        # Indian PIN or Singapore postal code
                         r"(straße|str\.) \d+\b.*?\d{5}\b",   # German street and PLZ
                         r"\b\d{4} [A-Z]{2} Amsterdam\b",     # Dutch postcode
                         r"\b\d{5} [A-Z][a-z]",               # French or Polish code postal before the town
                         r"\b\d{3}-\d{4}\b"):                 # Japanese postal code
        assert re.search(country_mark, addresses, re.IGNORECASE), country_mark
    assert len(_surfaces("POSTCODE")) >= 10  # UK addresses keep their postcode apart, as in the earlier sets


def test_hard_negatives_include_lookalikes() -> None:
    negatives = [d.text[s:e] for d in DOCS for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= 15, digits  # order numbers, AWBs, account numbers, barcodes shaped like phones
    assert sum(bool(re.match(r"v?\d+\.\d+(\.\d+)?$", n)) for n in negatives) >= 2  # versions
    assert sum(n[:1] in "£$€₹₦¥" or n[:2] in {"S$", "Rs", "KS", "CA"} for n in negatives) >= 60  # prices


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_passages(DOCS, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
