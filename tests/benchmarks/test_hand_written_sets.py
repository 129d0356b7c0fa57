"""Checks every hand-written set under ``benchmarks/`` shares, written once (each set's own format test keeps only what
is its own: sizes, genres, layouts, and what it was written fresh against). Sets are found by folder, so a new set is
checked the day it lands: every label passes the self-checks and every document says what it is; the benchmark's
``--summary`` prints tables and no text; a kept-back set is refused without ``--summary`` by both benchmarks; and a set
written in halves by two hands at once shares no identifier value or full name between its halves."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.text_holdout import HoldoutDocument, load
from benchmarks.text_holdout.freshness import shared_identifiers
from kept_back_sets import assert_misses_refused, hand_written_sets, summary_output, unsound

BENCHMARKS = REPO / "benchmarks"
SETS = hand_written_sets()
# the first two SEND sets check each document in their own test, with the stricter markup checks they were written to
CHECKED_HERE = [f for f in SETS if f.name not in ("text_holdout", "text_holdout_v2")]
# sets two authors wrote at the same time, neither reading the other's half: the last document number of the first half
HALVES = {"text_holdout_v7": 24, "text_holdout_v8": 24, "text_holdout_v9": 24, "text_holdout_v10": 24,
          "text_holdout_v11": 24, "text_holdout_v12": 24, "text_holdout_v13": 24, "pii_general_v4": 20, "pii_general_v5": 20,
          "pii_general_v6": 20, "pii_general_v7": 20, "pii_general_v8": 20, "pii_general_v9": 20,
          "pii_general_v10": 20}
_DOCS: dict[str, list[HoldoutDocument]] = {}


def documents(folder: Path) -> list[HoldoutDocument]:
    if folder.name not in _DOCS:
        _DOCS[folder.name] = load(folder / "documents")
    return _DOCS[folder.name]


def number(doc: HoldoutDocument) -> int:
    """A document's number: ``07-genre`` in the SEND sets, ``g6-07-genre`` in the general ones."""
    return int(next(part for part in doc.id.split("-") if part.isdigit()))


def _ids(folders: list[Path]) -> list[str]:
    return [f.name for f in folders]


@pytest.mark.parametrize("folder", CHECKED_HERE, ids=_ids(CHECKED_HERE))
def test_every_document_is_labelled_soundly(folder: Path) -> None:
    """The self-checks find nothing, and each document's note says what it is and what makes it tricky."""
    assert unsound(documents(folder)) == {}


@pytest.mark.parametrize("folder", CHECKED_HERE, ids=_ids(CHECKED_HERE))
def test_summary_prints_the_tables_and_no_text(folder: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    docs = documents(folder)
    out = summary_output(monkeypatch, capsys, folder, docs)
    assert ("known identifiers removed: 0/" if any(d.known for d in docs) else "PERSON") in out


def _kept_back() -> tuple[str, ...]:
    return importlib.import_module("benchmarks.bench_text_holdout").KEPT_BACK  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", _kept_back())
def test_the_benchmarks_refuse_to_list_a_kept_back_sets_misses(name: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert (BENCHMARKS / name / "documents").is_dir(), name
    assert_misses_refused(monkeypatch, BENCHMARKS / name)


def test_both_benchmarks_keep_back_the_same_sets() -> None:
    """The hold-out benchmark's KEPT_BACK and the NER benchmark's MEASURING name the same sets: a set that measures
    must never feed the NER's training or have its misses listed by either."""
    ner = importlib.import_module("benchmarks.bench_text_ner")
    assert set(_kept_back()) == set(ner.MEASURING)


@pytest.mark.parametrize("name", sorted(HALVES))
def test_the_halves_share_no_identifier_or_person(name: str) -> None:
    """Written at the same time by two hands: neither half reuses the other's values or full names."""
    docs = documents(BENCHMARKS / name)
    first = [d for d in docs if number(d) <= HALVES[name]]
    second = [d for d in docs if number(d) > HALVES[name]]
    assert first and second and shared_identifiers(second, first) == set()
