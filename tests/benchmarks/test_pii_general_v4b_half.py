"""Temporary check of the second half (g4-21 ... g4-40) of the fourth general-English PII set
(``benchmarks/pii_general_v4``), written by helper g4b while another helper writes g4-01 ... g4-20 and the set's
own format test: every label passes the hold-out self-checks, each document has the size and density the brief asks
for (600-4096 bytes, about 26 gold spans and at least 11 hard negatives), one new genre each, the spread of names,
phone layouts and address layouts asked for, and no passage, identifier or full name shared with the earlier
hand-written sets (the first, second, fourth, fifth and sixth SEND sets, pii_general_v2 and pii_general_v3)."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import DOCUMENTS as FIRST_SET
from benchmarks.text_holdout import load, parse_document, problems
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages

GENERAL_SET = REPO / "benchmarks" / "pii_general_v4"
HALF = [parse_document(p) for p in sorted((GENERAL_SET / "documents").glob("g4-*.txt"))
        if 21 <= int(p.name[3:5]) <= 40]
EARLIER = (load(FIRST_SET)
           + [d for name in ("text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
                             "pii_general_v2", "pii_general_v3")
              for d in load(REPO / "benchmarks" / name / "documents")])
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str) -> list[str]:
    return [d.text[g.start:g.end] for d in HALF for g in d.gold if g.type == kind]


def test_every_document_is_labelled_soundly() -> None:
    unsound = {d.id: problems(d) + ([] if d.note else ["no note"]) for d in HALF}
    assert {k: v for k, v in unsound.items() if v} == {}


def test_twenty_documents_of_the_size_density_and_genres_asked_for() -> None:
    assert [int(d.id[3:5]) for d in HALF] == list(range(21, 41))
    assert all(600 <= len(d.text.encode()) <= 4096 for d in HALF)
    assert len({d.genre for d in HALF}) == 20  # one genre each
    assert all(len(d.gold) >= 24 for d in HALF), {d.id: len(d.gold) for d in HALF}
    assert all(len(d.negatives) >= 11 for d in HALF), {d.id: len(d.negatives) for d in HALF}
    types = Counter(g.type for d in HALF for g in d.gold)
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.5 <= types["PERSON"] / sum(types.values()) <= 0.65, types
    assert min(types[t] for t in SCORED - {"PERSON"}) >= 35, types
    assert not any(d.known for d in HALF)


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= 15  # chats, logs and guest books in lower case
    assert sum(bool(re.fullmatch(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+(?: [A-Z][\w\-]+)?", n)) for n in names) >= 8
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= 8  # initials
    assert sum(bool(re.search(r"[à-žÀ-Ž]", n)) for n in names) >= 25  # diacritics
    negatives = {d.text[s:e].casefold() for d in HALF for s, e in d.negatives}
    word_names = {n.casefold() for n in names if n.casefold() in negatives}
    assert len(word_names) >= 12, word_names  # names that are words, beside the same word in its ordinary sense


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"\+(1|2\d\d|3[0-469]|3\d\d|4[0-9]|5[1-8]|6[0-6]|8[0-6]|880|9[0-58]|96\d|97\d)\D", p))}
    assert len(codes) >= 18, sorted(codes)
    assert sum(p.startswith("+") for p in phones) >= 35 and sum(not p.startswith("+") for p in phones) >= 35
    assert any(re.fullmatch(r"\(\d{3}\) \d{3}-\d{4}", p) for p in phones)  # US as dialled there
    assert any(re.fullmatch(r"\d{3}\.\d{3}\.\d{4}", p) for p in phones)  # North American with dots
    assert any(re.fullmatch(r"\(0\d\) \d{4} \d{4}", p) for p in phones)  # Australian landline
    assert any(re.fullmatch(r"0491 57\d \d{3}", p) for p in phones)  # Australian mobile (ACMA fictional range)
    assert any(re.fullmatch(r"07700 ?900 ?\d{3}", p) for p in phones)  # UK mobile (Ofcom drama range)
    assert any(re.fullmatch(r"0\d0-\d{4}-\d{4}", p) for p in phones)  # Japanese or Korean mobile
    assert any(re.fullmatch(r"06 \d{4} \d{4}", p) for p in phones)  # Dutch mobile


def test_street_addresses_of_many_countries() -> None:
    addresses = " ".join(_surfaces("ADDRESS"))
    for country_mark in (r"\b[A-Z]{2} \d{5}\b",              # US state and ZIP
                         r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b",       # Canadian postal code
                         r"\bSA \d{4}\b",                     # Australian state and postcode
                         r"\b[A-Z]\d\d [A-Z0-9]{4}\b",        # Irish Eircode
                         r"\b\d{5}-\d{3}\b",                  # Brazilian CEP
                         r"\b\d{2}-\d{3} [A-Z]",              # Polish kod pocztowy
                         r"\bMah\. .*No:\d+",                 # Turkish mahalle and door number
                         r"-gu, Seoul \d{5}\b",               # Korean road-name address
                         r"\b\d{3}-\d{4} Nagano",             # Japanese postal code
                         r"\bC\.P\. \d{5}\b",                 # Mexican código postal
                         r"\bGA-\d{3}-\d{4}\b",               # Ghana Post digital address
                         r"\bBlock [A-Z], Phase \d",          # Pakistani housing society
                         r"\bRoad \d+, Sector \d+",           # Bangladeshi house-road-sector
                         r"\bQuận \d",                        # Vietnamese district
                         r"\bHamra, Beirut\b",                # Lebanese
                         r"\bTel Aviv-Yafo \d{7}\b",          # Israeli seven-digit postcode
                         r"\b\d{5} Milano MI\b",              # Italian CAP and province
                         r"\b\d{4} [A-Z]{2} Utrecht\b",       # Dutch postcode
                         r"\b\d{3} \d{2} Stockholm\b",        # Swedish postnummer
                         r"\b\d{4} Zürich\b"):                # Swiss
        assert re.search(country_mark, addresses), country_mark
    assert len(_surfaces("POSTCODE")) >= 5  # UK addresses keep their postcode apart


def test_hard_negatives_include_lookalikes() -> None:
    negatives = [d.text[s:e] for d in HALF for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= 12, digits  # order, PO, frame, gift-card and incident numbers shaped like phones
    assert sum(bool(re.match(r"v?\d+\.\d+(\.\d+)?$", n)) for n in negatives) >= 2  # versions and bare figures
    assert sum(bool(re.match(r"(R\$|US\$|GH₵|PKR|£|\$|€|¥|₩)\s?\d", n)) or n.endswith(" kr") for n in negatives) >= 30


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_passages(HALF, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(HALF, EARLIER) == set()
