"""The format checks the hand-written measuring sets share, written once and run for each set over its specification
in ``tests/set_specs.py`` (each set's own format test keeps its genres and layouts; the checks every hand-written set
shares whatever its brief, found by folder, are in ``test_hand_written_sets.py``).

A SEND hold-out set (``text_holdout_v6`` onwards) parses with the first set's loader and is fresh text: no passage,
identifier or full name shared with the sets it was written against. Two authors wrote each in halves (documents 01-24
and 25-48), neither reading the other's; the counts are per document over the whole set, so every check but the
numbering one also holds for either half alone. The set's documents are loaded, never printed: an assertion names a
document's id and counts, or the colliding runs and values, never the set's text."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES, HoldoutDocument
from kept_back_sets import (assert_gold_spread, assert_known_blocks_spread, documents_of, gold_surfaces,
                            hand_written_sets, named_sets, partial_birthdays_and_typos, set_documents,
                            shared_with_earlier)
from redaction.spans import SPAN_TYPES
from set_specs import GENERAL_SETS, SEND_SETS, GeneralSet, SendSet, share

# As from the fourth set on, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
SEND_IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES


def _send(check):  # type: ignore[no-untyped-def]
    """Run ``check`` once a SEND set, the pytest id naming the set."""
    return pytest.mark.parametrize("spec", SEND_SETS, ids=[s.name for s in SEND_SETS])(check)


def _number(doc: HoldoutDocument) -> int:
    return int(doc.id.split("-")[0])


def _earlier_folders(spec: SendSet | GeneralSet) -> list[Path]:
    return [f for f in hand_written_sets() if f.name != spec.name]


def _earlier(spec: SendSet | GeneralSet) -> list[HoldoutDocument]:
    return named_sets(*spec.earlier) if spec.earlier is not None else documents_of(_earlier_folders(spec))


@pytest.mark.parametrize("spec", [s for s in SEND_SETS if s.earlier is None],
                         ids=[s.name for s in SEND_SETS if s.earlier is None])
def test_send_set_finds_the_earlier_sets_by_folder(spec: SendSet) -> None:
    """A set written fresh against every other hand-written set finds them by folder, so a set written later is
    compared too (the first set keeps its documents in ``benchmarks/text_holdout/documents`` like the rest)."""
    names = {f.name for f in _earlier_folders(spec)}
    assert spec.found_by_folder <= names and spec.name not in names


@_send
def test_send_set_is_numbered_from_01_without_gaps_or_repeats(spec: SendSet) -> None:
    """01-24 by the first author, 25-48 by the second (where the brief allows it, the first half alone until the
    second is merged)."""
    numbers = [_number(d) for d in set_documents(spec.name)]
    allowed = [list(range(1, spec.full + 1))] + ([list(range(1, spec.half + 1))] if spec.first_half_alone else [])
    assert numbers in allowed, numbers


@_send
def test_send_set_has_the_size_and_spread_its_brief_asks_for(spec: SendSet) -> None:
    """Every document within the brief's size, a genre of its own, the gold spans dense and spread over every type
    (PERSON under 70%), plenty of birth dates (full and partial) and of hard negatives."""
    docs = set_documents(spec.name)
    if spec.whole_set_only:
        assert len(docs) == spec.full
    low, high = spec.size_bytes
    sizes = {d.id: len(d.text.encode()) for d in docs}
    assert {k: v for k, v in sizes.items() if not low <= v <= high} == {}
    assert len({d.genre for d in docs}) == len(docs)  # one genre per document
    assert_gold_spread(docs, SEND_IDENTIFIER_TYPES, spans=spec.spans, set_size=spec.full)  # about 30 a document
    assert sum(len(d.gold) for d in docs) >= spec.spans_per_document * len(docs)
    assert sum(g.type == "DATE_OF_BIRTH" for d in docs for g in d.gold) >= len(docs)
    negatives = {d.id: len(d.negatives) for d in docs}
    if spec.negatives_each:
        assert {k: v for k, v in negatives.items() if v < spec.negatives} == {}
    else:
        assert sum(negatives.values()) >= spec.negatives * len(docs)


@_send
def test_send_set_has_partial_birthdays_and_irregular_spans(spec: SendSet) -> None:
    """Birth dates without a year ("she'll be 11 on the 3rd of May") and numbers, names or dates read out in words or
    garbled (``!``), in the numbers the brief asked for."""
    docs = set_documents(spec.name)
    partial, typos = partial_birthdays_and_typos(docs)
    assert partial * spec.full >= spec.partial_birthdays * len(docs), partial
    assert (typos * spec.full >= spec.typos * len(docs)) if spec.typos_scale else typos >= spec.typos, typos


@_send
def test_send_set_known_blocks_are_spread_accepted_and_mostly_spelt_otherwise(spec: SendSet) -> None:
    """Two documents in three with a ``known`` block, every block parsed as the redactor takes it, and the starred
    occurrences mostly spelt otherwise than the block gives them (case, accents, spacing, possessives, initials)."""
    assert_known_blocks_spread(set_documents(spec.name), set(spec.starred_types))


@_send
def test_send_set_shares_no_passage_identifier_or_person_with_the_earlier_sets(spec: SendSet) -> None:
    """Fresh text: no run of eight words (official wording aside), no identifier value, no full name in common with
    the sets it was written against."""
    shared = shared_with_earlier(list(set_documents(spec.name)), _earlier(spec), spec.official_wording)
    assert shared == ({}, set()), shared  # only the colliding runs and values are printed, never earlier text


# --- the general-English sets (pii_general_v4 onwards) ---------------------------------------------------------------
# Written in halves (g<k>-01 to -20 and -21 to -40) by two authors, neither reading the other's; every count scales with
# the number of documents present (``share`` in set_specs), so a set's checks hold for its first half alone where its
# brief allowed that. Nothing is known in advance about anyone in a general-English set, so they carry no known blocks.
SCORED = {"PERSON", "ADDRESS", "PHONE", "EMAIL", "LOCATION"}


def _general(check):  # type: ignore[no-untyped-def]
    """Run ``check`` once a general-English set, the pytest id naming the set."""
    return pytest.mark.parametrize("spec", GENERAL_SETS, ids=[s.name for s in GENERAL_SETS])(check)


def _general_number(doc: HoldoutDocument) -> int:
    return int(doc.id.split("-")[1])


def _halves(docs: Sequence[HoldoutDocument]) -> tuple[list[HoldoutDocument], list[HoldoutDocument]]:
    return ([d for d in docs if 1 <= _general_number(d) <= 20], [d for d in docs if 21 <= _general_number(d) <= 40])


def _negatives(docs: Sequence[HoldoutDocument]) -> list[str]:
    return [d.text[s:e] for d in docs for s, e in d.negatives]


@pytest.mark.parametrize("spec", [s for s in GENERAL_SETS if s.earlier is None],
                         ids=[s.name for s in GENERAL_SETS if s.earlier is None])
def test_general_set_compares_every_earlier_set_found_by_folder(spec: GeneralSet) -> None:
    names = {f.name for f in _earlier_folders(spec)}
    assert spec.found_by_folder <= names, names
    assert spec.name not in names


@_general
def test_general_set_is_named_and_sized_as_its_brief_asks(spec: GeneralSet) -> None:
    """g<k>-01 to g<k>-20 by one author, -21 to -40 by the other (where the brief allows it, the first half alone);
    600 bytes to 4 KiB a document; a genre of its own for every (or nearly every) document; no known blocks."""
    docs = set_documents(spec.name)
    count = len(docs)
    numbers = [_general_number(d) for d in docs]
    assert numbers in ([list(range(1, 41))] + ([list(range(1, 21))] if spec.first_half_alone else [])), numbers
    assert all(re.fullmatch(spec.prefix + r"-\d\d-[a-z0-9_\-]+", d.id) for d in docs), [d.id for d in docs]
    assert all(600 <= len(d.text.encode()) <= 4096 for d in docs), {d.id: len(d.text.encode()) for d in docs}
    assert len({d.genre for d in docs}) >= share(count, spec.genres)
    assert not any(d.known for d in docs)  # a general-English set: nothing is known about anyone in advance


@_general
def test_general_set_is_dense_and_spread_over_the_types(spec: GeneralSet) -> None:
    """About 26 to 29 gold spans a document (18 at least in each), the five scored types and no other but POSTCODE
    and DATE_OF_BIRTH, 45% to 65% people, every other scored type once a document, eleven hard negatives in each."""
    docs = set_documents(spec.name)
    count = len(docs)
    types = Counter(g.type for d in docs for g in d.gold)
    total = sum(types.values())
    assert total >= 23 * count, types
    assert all(len(d.gold) >= 18 for d in docs), {d.id: len(d.gold) for d in docs if len(d.gold) < 18}
    assert SCORED <= set(types) <= SCORED | {"POSTCODE", "DATE_OF_BIRTH"}, types
    assert 0.45 <= types["PERSON"] / total <= 0.65, types
    assert min(types[t] for t in SCORED - {"PERSON"}) >= count, types
    assert types["POSTCODE"] >= share(count, spec.postcodes) and types["DATE_OF_BIRTH"] >= 2, types
    assert all(len(d.negatives) >= 11 for d in docs), {d.id: len(d.negatives) for d in docs if len(d.negatives) < 11}


@_general
def test_general_set_writes_names_in_the_forms_people_write_them(spec: GeneralSet) -> None:
    """Lower case (chats, comments, transcripts, user names), "Surname, First" (forms and rosters), initials, letters
    beyond ASCII, surnames in capitals, user names built from names, and names that are words beside the same word in
    its ordinary sense (a hard negative)."""
    docs = set_documents(spec.name)
    count = len(docs)
    names = gold_surfaces(docs, "PERSON")
    assert sum(n.islower() for n in names) >= count
    surname_first = re.compile(r"[\w'\-]+(?: [\w'\-]+)*, [A-Z][\w\-]+")
    assert sum(bool(surname_first.fullmatch(n)) for n in names) >= share(count, spec.surname_first)
    assert sum(bool(re.search(r"\b[A-Z]\.", n)) for n in names) >= share(count, spec.initials)
    assert sum(bool(spec.beyond_ascii.search(n)) for n in names) >= share(count, spec.beyond_ascii_share)
    in_capitals = [n for n in names if any(len(w) >= 3 and w.isupper() for w in re.split(r"[\s,]+", n))]
    assert len(in_capitals) >= share(count, spec.in_capitals), len(in_capitals)
    user_name = re.compile(r"[a-z]+[._][a-z]+\d*")
    assert sum(bool(user_name.fullmatch(n)) for n in names) >= share(count, spec.user_names)
    first, second = _halves(docs)
    user_names = [n for n in gold_surfaces(first, "PERSON") if user_name.fullmatch(n)]
    counted = set(user_names) if spec.distinct_user_names else user_names
    assert len(counted) >= spec.first_half_user_names, len(counted)
    for part in ((first, second) if spec.halves else (docs,)):
        negatives = {n.casefold() for n in _negatives(part)}
        word_names = {n.casefold() for n in gold_surfaces(part, "PERSON") if n.casefold() in negatives}
        assert len(word_names) >= len(part) // 3, len(word_names)


@_general
def test_general_set_has_phones_of_many_countries_in_international_and_national_form(spec: GeneralSet) -> None:
    docs = set_documents(spec.name)
    count = len(docs)
    phones = gold_surfaces(docs, "PHONE")
    codes = {m[1] for p in phones if (m := spec.country_codes.match(p))}
    assert len(codes) >= min(spec.country_codes_at_most, share(count, spec.country_codes_share)), sorted(codes)
    international = sum(p.startswith(("+", "00")) for p in phones)
    assert international >= count and len(phones) - international >= count, (international, len(phones))


@_general
def test_general_set_hard_negatives_include_lookalikes(spec: GeneralSet) -> None:
    """Numbers shaped like phones (order, tracking, account, permit, claim numbers), versions, and prices."""
    docs = set_documents(spec.name)
    count = len(docs)
    negatives = _negatives(docs)
    digits = [n for n in negatives if sum(c.isdigit() for c in n) >= 7]
    assert len(digits) >= share(count, spec.digit_lookalikes), len(digits)
    assert sum(bool(spec.versions.search(n)) for n in negatives) >= 2
    prices = [n for n in negatives if spec.prices.search(n)]
    assert len(prices) >= count, len(prices)


@_general
def test_general_set_shares_no_passage_identifier_or_person_with_the_earlier_sets(spec: GeneralSet) -> None:
    assert shared_with_earlier(list(set_documents(spec.name)), _earlier(spec)) == ({}, set())
