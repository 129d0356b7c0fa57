"""The general-English PII set (``benchmarks/pii_general_v2``) parses with the hold-out loader, every label passes
the same self-checks, it has the size and spread issue 9 asks of a general-English set (names, street addresses of
several countries, phone numbers of many countries, e-mail, towns, hard negatives), it shares no passage, identifier
or full name with the hand-written UK SEND sets, and the benchmark scores it with ``--summary`` only.

The checks every hand-written set shares (labels pass the self-checks, ``--summary`` prints no text, a kept-back set's
misses are refused, halves share nothing) run for this set in ``test_hand_written_sets.py``."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import DOCUMENTS as FIRST_SET
from benchmarks.text_holdout import load, parse_document, problems
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages
from kept_back_sets import gold_surfaces

GENERAL_SET = REPO / "benchmarks" / "pii_general_v2"
DOCS = load(GENERAL_SET / "documents")
EARLIER = (load(FIRST_SET) + load(REPO / "benchmarks" / "text_holdout_v2" / "documents")
           + load(REPO / "benchmarks" / "text_holdout_v4" / "documents"))
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str) -> list[str]:
    return gold_surfaces(DOCS, kind)


def test_the_set_has_the_size_and_spread_the_brief_asks_for() -> None:
    assert len(DOCS) >= 45
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= 25
    types = Counter(g.type for d in DOCS for g in d.gold)
    assert sum(types.values()) >= 700
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH", "NHS_NUMBER"}, types
    assert types["PERSON"] >= 400 and min(types[t] for t in SCORED - {"PERSON"}) >= 50, types
    assert sum(len(d.negatives) for d in DOCS) >= 350
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d|9\d\d?)\D", p))}
    assert len(codes) >= 20, sorted(codes)  # country codes in international form
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)  # US as dialled there
    assert any(re.fullmatch(r"\(0\d\) \d{4} \d{4}", p) for p in phones)  # Australian landline
    assert any(re.fullmatch(r"07700 ?900 ?\d{3}", p) for p in phones)  # UK mobile
    assert any(not any(c.isdigit() for c in p) for p in phones)  # read out in words (marked '!')


def test_street_addresses_of_several_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS"))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",              # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",       # Canadian postal code
                         r"\b(NSW|QLD|TAS|WA) \d{4}\b",       # Australian state and postcode
                         r"\b[A-Z]\d\d [A-Z0-9]{4}\b",        # Irish Eircode
                         r"\b\d{6}\b",                        # Indian PIN
                         r"straße \d+, \d{5}\b"):             # German street and PLZ
        assert re.search(country_mark, addresses, re.IGNORECASE), country_mark
    assert len(_surfaces("POSTCODE")) >= 20  # UK addresses keep their postcode apart, as in the earlier sets


def test_hard_negatives_include_numbers_that_are_not_phones() -> None:
    negatives = [d.text[s:e] for d in DOCS for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= 15, digits  # order numbers, barcodes, ISBNs, dates, versions with many digits
    assert any("978" in n for n in negatives) and any(re.match(r"v\d+\.\d+\.\d+", n) for n in negatives)
    assert sum(n[:1] in "£$€" for n in negatives) >= 40  # prices


def test_no_passage_identifier_or_person_is_shared_with_the_send_sets() -> None:
    assert shared_passages(DOCS, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()


@pytest.mark.parametrize(("body", "ok"), [
    ("tel [[PHONE|(415) 555-0134]]", True), ("tel [[PHONE|604.555.0192]]", True), ("tel [[PHONE|1-512-555-0108]]", True),
    ("tel [[PHONE|(115) 555-0134]]", False), ("tel [[PHONE|555-0134]]", False),
])
def test_checks_accept_north_american_numbers_as_dialled_there(body: str, ok: bool) -> None:
    doc = parse_document(Path("x.txt"), f"genre: t\n---\n{body}\n")
    assert (problems(doc) == []) is ok, problems(doc)
