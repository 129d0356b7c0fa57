"""The fifth general-English PII set (``benchmarks/pii_general_v5``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (names of many origins and
forms, street addresses of many countries, phone numbers of many countries in international and national layouts,
e-mail, locations, hard negatives shaped like identifiers), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, found by
folder so a set added later is compared too), and the benchmark scores it with ``--summary`` only.

Two authors write it in halves (documents g5-01 to g5-20 and g5-21 to g5-40), neither reading the other's, so the
counts below scale with the number of documents present: the test passes on the first half alone and on the whole
set.

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

GENERAL_SET = REPO / "benchmarks" / "pii_general_v5"
DOCS = load(GENERAL_SET / "documents")
N = len(DOCS)
# every earlier hand-written set: the SEND sets (text_holdout, _v2, _v4 ... _v7 and any later one) and the
# general-English sets before this one (pii_general_v2 ... _v4)
EARLIER_FOLDERS = [f for f in hand_written_sets() if f != GENERAL_SET]
EARLIER = documents_of(EARLIER_FOLDERS)
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str) -> list[str]:
    return gold_surfaces(DOCS, kind)


def test_documents_are_named_and_sized_as_the_brief_asks() -> None:
    assert N in (20, 40)  # g5-01 to g5-20 (the first half), or both halves once merged
    assert [d.id.split('-')[1] for d in DOCS] == [f'{n:02d}' for n in range(1, N + 1)]
    assert all(re.fullmatch(r"g5-\d\d-[a-z0-9_\-]+", d.id) for d in DOCS), [d.id for d in DOCS]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= N * 9 // 10  # a genre of its own for (nearly) every document
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


def test_the_set_is_dense_and_spread_over_the_types() -> None:
    types = Counter(g.type for d in DOCS for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * N, types  # about 26 gold spans a document
    assert all(len(d.gold) >= 18 for d in DOCS), {d.id: len(d.gold) for d in DOCS if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types  # about 55% people
    assert min(types[t] for t in SCORED - {"PERSON"}) >= N, types
    assert types["POSTCODE"] >= N // 5 and types["DATE_OF_BIRTH"] >= 2, types
    assert all(len(d.negatives) >= 11 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 11}


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= N  # chats and transcripts in lower case
    assert sum(bool(re.fullmatch(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+", n)) for n in names) >= N // 4  # "Surname, First"
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= N // 4  # initials
    assert sum(bool(re.search(r"[à-žÀ-Ž]", n)) for n in names) >= N  # diacritics
    assert sum(bool(re.fullmatch(r"[a-z]+[._][a-z]+\d*", n)) for n in names) >= N // 10  # user names built from names
    negatives = {d.text[s:e].casefold() for d in DOCS for s, e in d.negatives}
    word_names = {n.casefold() for n in names if n.casefold() in negatives}
    assert len(word_names) >= N // 3, word_names  # names that are words, beside the same word in its ordinary sense


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?)\D", p))}
    assert len(codes) >= min(25, N), sorted(codes)  # country codes in international form
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)  # US as dialled there
    assert any(re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", p) for p in phones)  # US with dots
    assert any(re.fullmatch(r"\(0\d\) \d{4} \d{4}", p) for p in phones)  # Australian landline
    assert any(re.fullmatch(r"04\d\d ?\d{3} ?\d{3}", p) for p in phones)  # Australian mobile
    assert any(re.fullmatch(r"07700 ?900 ?\d{3}", p) for p in phones)  # UK mobile
    assert any(re.fullmatch(r"0\d \d\d \d\d \d\d \d\d", p) for p in phones)  # French national layout
    assert any(re.fullmatch(r"08\d \d{3} \d{4}", p) for p in phones)  # Irish mobile
    assert any(re.fullmatch(r"07\d\d \d{3} \d{3}", p) for p in phones)  # Kenyan mobile
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= N and len(phones) - international >= N, (international, len(phones))


def test_street_addresses_of_many_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS"))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",              # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",       # Canadian postal code
                         r"\b(NSW|QLD|VIC|WA|SA) \d{4}\b",    # Australian state and postcode
                         r"\b[A-Z]\d\d [A-Z0-9]{4}\b",        # Irish Eircode
                         r"\b\d{6}\b",                        # Indian PIN or Singapore postal code
                         r"(straße|str\.) \d+\w?\b.*?\d{5}\b", # German street and PLZ
                         r"\b\d{5} [A-Z][a-z]",               # German PLZ or Spanish código postal before the town
                         r"\bP\.? ?O\.? Box \d+"):            # a post-office box (Kenya, Jamaica, the Gulf)
        assert re.search(country_mark, addresses, re.IGNORECASE), country_mark
    assert len(_surfaces("POSTCODE")) >= N // 5  # UK addresses keep their postcode apart, as in the earlier sets


def test_hard_negatives_include_lookalikes() -> None:
    negatives = [d.text[s:e] for d in DOCS for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= N, digits  # order, tracking, account and reference numbers shaped like phones
    assert sum(bool(re.match(r"v?\d+\.\d+(\.\d+)?$", n)) for n in negatives) >= 2  # versions
    prices = [n for n in negatives if re.match(r"(?:[£$€₹₦¥₱]|S\$|R ?\d|Rs|KSh|KES|AED|J\$|CA\$|A\$|NZ\$|PHP|USD)", n)]
    assert len(prices) >= N, prices  # prices in many currencies


def test_the_earlier_sets_are_all_compared() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
            "text_holdout_v7", "pii_general_v2", "pii_general_v3", "pii_general_v4"} <= names, names
    assert "pii_general_v5" not in names


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_passages(DOCS, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()
