"""The held-back identifier rows (``benchmarks/ids_heldback``): well formed, and the benchmark prints figures only."""

from __future__ import annotations

import sys

import pytest

from benchmarks import bench_ids_heldback
from benchmarks.ids_heldback.rows import FOUND, KEPT


def test_rows_hold_their_surfaces() -> None:
    assert len(FOUND) >= 100 and len(KEPT) >= 80
    assert all(surface in text for text, surface, _ in FOUND)
    assert all(surface in text for text, surface, _ in KEPT)
    assert all(reason for _, _, reason in KEPT)


def test_the_benchmark_prints_no_row(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(bench_ids_heldback, "ours_reader", lambda: lambda text: [])
    monkeypatch.setattr(bench_ids_heldback, "stock_reader", lambda: lambda text: [])
    monkeypatch.setattr(sys, "argv", ["bench"])
    bench_ids_heldback.main()
    out = capsys.readouterr().out
    assert "token recall 0.000" in out and f"look-alikes kept {len(KEPT)}/{len(KEPT)}" in out
    assert not any(surface in out for _, surface, _ in FOUND if len(surface) > 4)
