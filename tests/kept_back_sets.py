"""Shared checks for a kept-back measuring set: ``--summary`` prints the tables and no text, and the benchmarks refuse
to list its misses (``bench_text_holdout.KEPT_BACK``, ``bench_text_ner.MEASURING``)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from benchmarks.text_holdout import HoldoutDocument, problems


class FindsNothing:
    """A stand-in for ``TextRedactor`` that finds nothing, so the benchmark runs in a second."""

    def detect_many(self, texts):  # type: ignore[no-untyped-def]
        return [[] for _ in texts]

    def detect(self, text, known=None, detectors=True):  # type: ignore[no-untyped-def]
        return []


def summary_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path,
                   docs: Sequence[HoldoutDocument]) -> str:
    """The benchmark's ``--summary`` output on ``folder``, checked to hold tables only: no miss and no gold text."""
    bench = importlib.import_module("benchmarks.bench_text_holdout")
    monkeypatch.setattr(importlib.import_module("redaction.text"), "TextRedactor", FindsNothing)
    monkeypatch.setattr(sys, "argv", ["bench", "--set", str(folder), "--summary", "--no-stock"])
    bench.main()
    out = capsys.readouterr().out
    assert "overall recall 0.0000" in out
    assert "missed" not in out and "⟦" not in out
    assert not any(d.text[g.start:g.end] in out for d in docs for g in d.gold if len(d.text[g.start:g.end]) > 6)
    assert bench.documents_folder(folder) == folder / "documents"
    return out


def assert_misses_refused(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Without ``--summary`` the holdout benchmark refuses the set, and the NER benchmark counts it as measuring."""
    bench = importlib.import_module("benchmarks.bench_text_holdout")
    for flags in ([], ["--details"]):
        monkeypatch.setattr(sys, "argv", ["bench", "--set", str(folder / "documents"), "--no-stock", *flags])
        with pytest.raises(SystemExit, match="kept-back measuring set; score it with --summary"):
            bench.main()
    ner = importlib.import_module("benchmarks.bench_text_ner")
    assert any(name in str(folder) for name in ner.MEASURING)


def unsound(docs: Sequence[HoldoutDocument]) -> dict[str, list[str]]:
    """Per document, what the self-checks find and whether its note is missing (only documents with something)."""
    found = {d.id: problems(d) + ([] if d.note else ["no note"]) for d in docs}
    return {k: v for k, v in found.items() if v}


def gold_surfaces(docs: Sequence[HoldoutDocument], kind: str) -> list[str]:
    """The text of every gold span of type ``kind`` in ``docs``."""
    return [d.text[g.start:g.end] for d in docs for g in d.gold if g.type == kind]
