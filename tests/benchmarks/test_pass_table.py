"""The per-pass table: each optional pass is measured switched off, the detector is left as it was."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.pass_table import Figures, pass_rows, print_pass_table
from redaction.text.detector import Detector

TEXTS = ["His NHS number is 943 476 5919.", "Email mum.ahmed@example.org today."]
GOLD = [(18, 30), (6, 27)]


def _measure(preds: Sequence[Sequence[tuple[int, int, str]]]) -> Figures:
    found = sum(any(s <= g0 and g1 <= e for s, e, _ in p) for (g0, g1), p in zip(GOLD, preds))
    return Figures(found / len(GOLD), 1.0, 1.0)


@pytest.fixture(scope="module")
def rows():  # type: ignore[no-untyped-def]
    detector = Detector(load_model=False, passes_off={"propagation"})
    table = pass_rows(detector, TEXTS, _measure)
    assert detector.passes_off == frozenset({"propagation"})  # restored after measuring
    return {row.name: row for row in table}


def test_the_patterns_pass_adds_all_the_recall(rows) -> None:  # type: ignore[no-untyped-def]
    assert rows["patterns"].delta == Figures(1.0, 0.0, 0.0)
    assert rows["patterns"].found >= len(TEXTS)  # candidates, before resolution (a number may match two recognizers)


@pytest.mark.parametrize("name", ["language", "not-a-person", "propagation"])
def test_a_pass_that_finds_nothing_here_adds_nothing(rows, name: str) -> None:  # type: ignore[no-untyped-def]
    assert rows[name].delta == Figures(0.0, 0.0, 0.0)


def test_required_passes_are_timed_but_not_switched_off(rows, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    assert rows["resolution"].delta is None and rows["detections"].delta is None
    assert "model" not in rows  # no model loaded: no model pass
    print_pass_table(list(rows.values()), 1.0)
    out = capsys.readouterr().out
    assert "patterns" in out and "(always on)" in out
    assert "943" not in out  # whole-set figures only, never a span
