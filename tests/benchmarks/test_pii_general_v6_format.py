"""The sixth general-English PII set (``benchmarks/pii_general_v6``) parses with the hold-out loader, every label
passes the same self-checks, it has the size and spread of a general-English measuring set (names of many origins and
forms, street addresses of many countries, phone numbers of many countries in international and national layouts,
e-mail, locations, hard negatives shaped like identifiers), it shares no passage, identifier or full name with
any earlier hand-written set (every ``text_holdout*`` SEND set and every earlier ``pii_general*`` set, v5 included,
found by folder so a set added later is compared too), and the benchmark scores it with ``--summary`` only.

Two authors write it in halves (documents g6-01 to g6-20 and g6-21 to g6-40), neither reading the other's, so the
counts below scale with the number of documents present and every check holds for either half alone and for the
whole set. The layouts each half promised (its countries) are checked in that half's own test."""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import load
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages
from kept_back_sets import assert_misses_refused, gold_surfaces, summary_output, unsound

GENERAL_SET = REPO / "benchmarks" / "pii_general_v6"
DOCS = load(GENERAL_SET / "documents")
N = len(DOCS)
FIRST = [d for d in DOCS if int(d.id.split("-")[1]) <= 20]   # g6-01 ... g6-20
SECOND = [d for d in DOCS if int(d.id.split("-")[1]) > 20]   # g6-21 ... g6-40
# every earlier hand-written set: the SEND sets (text_holdout, _v2, _v4 ... _v8 and any later one) and the
# general-English sets before this one (pii_general_v2 ... _v5)
EARLIER_FOLDERS = sorted(f for f in (REPO / "benchmarks").iterdir()
                         if (f.name.startswith("text_holdout") or f.name.startswith("pii_general"))
                         and f != GENERAL_SET and (f / "documents").is_dir())
EARLIER = [d for folder in EARLIER_FOLDERS for d in load(folder / "documents")]
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _surfaces(kind: str, docs=DOCS) -> list[str]:  # type: ignore[no-untyped-def]
    return gold_surfaces(docs, kind)


def test_every_document_is_labelled_soundly() -> None:
    """The self-checks find nothing, and each document's note says what it is and what makes it tricky."""
    assert unsound(DOCS) == {}


def test_documents_are_named_and_sized_as_the_brief_asks() -> None:
    numbers = [int(d.id.split("-")[1]) for d in DOCS]
    assert numbers in (list(range(1, 21)), list(range(21, 41)), list(range(1, 41))), numbers  # a half, or both
    assert all(re.fullmatch(r"g6-\d\d-[a-z0-9_\-]+", d.id) for d in DOCS), [d.id for d in DOCS]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in DOCS)
    assert len({d.genre for d in DOCS}) >= N * 9 // 10  # a genre of its own for (nearly) every document
    assert not any(d.known for d in DOCS)  # a general-English set: nothing is known about anyone in advance


def test_the_set_is_dense_and_spread_over_the_types() -> None:
    types = Counter(g.type for d in DOCS for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * N, types
    assert all(len(d.gold) >= 18 for d in DOCS), {d.id: len(d.gold) for d in DOCS if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types
    assert min(types[t] for t in SCORED - {"PERSON"}) >= N, types
    assert types["POSTCODE"] >= N // 5 and types["DATE_OF_BIRTH"] >= 2, types
    assert all(len(d.negatives) >= 11 for d in DOCS), {d.id: len(d.negatives) for d in DOCS if len(d.negatives) < 11}


def test_names_appear_in_the_forms_people_write_them() -> None:
    names = _surfaces("PERSON")
    assert sum(n.islower() for n in names) >= N  # chats and transcripts in lower case
    assert sum(bool(re.fullmatch(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+", n)) for n in names) >= N // 4  # "Surname, First"
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= N // 4  # initials
    assert sum(bool(re.search(r"[à-žÀ-Ž]", n)) for n in names) >= N  # diacritics
    negatives = {d.text[s:e].casefold() for d in DOCS for s, e in d.negatives}
    word_names = {n.casefold() for n in names if n.casefold() in negatives}
    assert len(word_names) >= N // 3, word_names  # names that are words, beside the same word in its ordinary sense


def test_phone_numbers_of_many_countries_and_layouts() -> None:
    phones = _surfaces("PHONE")
    codes = {m[1] for p in phones if (m := re.match(r"(?:\+|00)(1|2\d\d?|3\d\d?|4\d\d?|5\d\d?|6\d\d?|8\d\d?|9\d\d?)\D", p))}
    assert len(codes) >= min(20, N), sorted(codes)  # country codes in international form
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= N and len(phones) - international >= N, (international, len(phones))


def test_street_addresses_of_many_countries() -> None:
    addresses = _surfaces("ADDRESS")
    assert len({a.casefold() for a in addresses}) >= N
    assert len(_surfaces("POSTCODE")) >= N // 5  # UK addresses keep their postcode apart, as in the earlier sets


def test_hard_negatives_include_lookalikes() -> None:
    negatives = [d.text[s:e] for d in DOCS for s, e in d.negatives]
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= N, digits  # order, account, tracking and reference numbers shaped like phones
    prices = [n for n in negatives if re.search(r"[£$€₹₦¥₱₩]|\b(?:Rs|RM|KSh|AED|EGP|USD|kr|zł|R)\.? ?\d|\d ?€", n)]
    assert len(prices) >= N, prices  # prices in many currencies


@pytest.mark.skipif(not SECOND, reason="the second half (g6-21 to g6-40) is not here")
def test_the_layouts_of_the_second_half_are_all_there() -> None:
    """g6-21 to g6-40 (Asia, Africa, Europe): the phone and address layouts of its countries."""
    phones = _surfaces("PHONE", SECOND)
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
    addresses = " ".join(_surfaces("ADDRESS", SECOND))
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
    assert len(_surfaces("POSTCODE", SECOND)) >= 4 and len(_surfaces("DATE_OF_BIRTH", SECOND)) >= 2
    assert len({d.genre for d in SECOND}) == len(SECOND)


def test_the_earlier_sets_are_all_compared() -> None:
    names = {f.name for f in EARLIER_FOLDERS}
    assert {"text_holdout", "text_holdout_v2", "text_holdout_v4", "text_holdout_v5", "text_holdout_v6",
            "text_holdout_v7", "pii_general_v2", "pii_general_v3", "pii_general_v4", "pii_general_v5"} <= names, names
    assert "pii_general_v6" not in names


def test_no_passage_identifier_or_person_is_shared_with_the_earlier_sets() -> None:
    assert shared_passages(DOCS, EARLIER, re.compile(r"(?!)")) == {}
    assert shared_identifiers(DOCS, EARLIER) == set()


def test_summary_prints_the_tables_and_no_text(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    out = summary_output(monkeypatch, capsys, GENERAL_SET, DOCS)
    assert "PERSON" in out


def test_the_benchmarks_refuse_to_list_this_sets_misses(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert_misses_refused(monkeypatch, GENERAL_SET)


def test_the_halves_share_no_identifier_or_person() -> None:
    """Written at the same time by two hands: neither half reuses the other's values or full names."""
    assert shared_identifiers(SECOND, FIRST) == set()
