"""The format checks the hand-written measuring sets share, written once and run for each set over its specification
in ``tests/set_specs.py`` (each set's own format test keeps its genres and layouts; the checks every hand-written set
shares whatever its brief, found by folder, are in ``test_hand_written_sets.py``).

A SEND hold-out set (``text_holdout_v6`` onwards) parses with the first set's loader and is fresh text: no passage,
identifier or full name shared with the sets it was written against. Two authors wrote each in halves (documents 01-24
and 25-48), neither reading the other's; the counts are per document over the whole set, so every check but the
numbering one also holds for either half alone. The set's documents are loaded, never printed: an assertion names a
document's id and counts, or the colliding runs and values, never the set's text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import LATER_TYPES, HoldoutDocument
from kept_back_sets import (assert_gold_spread, assert_known_blocks_spread, documents_of, hand_written_sets,
                            named_sets, partial_birthdays_and_typos, set_documents, shared_with_earlier)
from redaction.spans import SPAN_TYPES
from set_specs import SEND_SETS, SendSet

# As from the fourth set on, the kinds the detector learnt later are labelled as the types the sets already had:
# CASE_REF for other ids, NHS_NUMBER for CHI and H&C numbers, so the figures compare across sets.
SEND_IDENTIFIER_TYPES = set(SPAN_TYPES) - {"DATE", "TERM"} - LATER_TYPES


def _send(check):  # type: ignore[no-untyped-def]
    """Run ``check`` once a SEND set, the pytest id naming the set."""
    return pytest.mark.parametrize("spec", SEND_SETS, ids=[s.name for s in SEND_SETS])(check)


def _number(doc: HoldoutDocument) -> int:
    return int(doc.id.split("-")[0])


def _earlier_folders(spec: SendSet) -> list[Path]:
    return [f for f in hand_written_sets() if f.name != spec.name]


def _earlier(spec: SendSet) -> list[HoldoutDocument]:
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
