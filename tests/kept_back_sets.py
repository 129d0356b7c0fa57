"""Shared checks for a kept-back measuring set: ``--summary`` prints the tables and no text, and the benchmarks refuse
to list its misses (``bench_text_holdout.KEPT_BACK``, ``bench_text_ner.MEASURING``)."""

from __future__ import annotations

import functools
import importlib
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import pytest

from benchmarks.text_holdout import HoldoutDocument, load, problems
from benchmarks.text_holdout.freshness import shared_identifiers, shared_passages


BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def hand_written_sets() -> list[Path]:
    """Every hand-written set's folder, found by folder so a set added later is included: the SEND sets
    (``text_holdout*``) and the general-English ones (``pii_general*``)."""
    return sorted(f for f in BENCHMARKS.iterdir()
                  if f.name.startswith(("text_holdout", "pii_general")) and (f / "documents").is_dir())


@functools.cache
def set_documents(name: str) -> tuple[HoldoutDocument, ...]:
    """The documents of the set in ``benchmarks/<name>``, loaded once a session (tests must not change them)."""
    return tuple(load(BENCHMARKS / name / "documents"))


def documents_of(folders: Iterable[Path]) -> list[HoldoutDocument]:
    """The documents of the sets in ``folders``, set by set."""
    return [d for folder in folders for d in set_documents(folder.name)]


def named_sets(*names: str) -> list[HoldoutDocument]:
    """The documents of the sets named (folders of ``benchmarks/``): what a set was written fresh against."""
    return documents_of(BENCHMARKS / name for name in names)


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


def shared_with_earlier(docs: list[HoldoutDocument], earlier: list[HoldoutDocument],
                        boilerplate: re.Pattern[str] = re.compile(r"(?!)")) -> tuple[dict[str, list[str]], set[str]]:
    """The eight-word runs (outside ``boilerplate``) and the identifier values and full names ``docs`` shares with
    ``earlier``: ``({}, set())`` when the set is fresh, otherwise only the colliding runs and values."""
    return shared_passages(docs, earlier, boilerplate), shared_identifiers(docs, earlier)


def unsound(docs: Sequence[HoldoutDocument]) -> dict[str, list[str]]:
    """Per document, what the self-checks find and whether its note is missing (only documents with something)."""
    found = {d.id: problems(d) + ([] if d.note else ["no note"]) for d in docs}
    return {k: v for k, v in found.items() if v}


def gold_surfaces(docs: Sequence[HoldoutDocument], kind: str) -> list[str]:
    """The text of every gold span of type ``kind`` in ``docs``."""
    return [d.text[g.start:g.end] for d in docs for g in d.gold if g.type == kind]


# Wording any SEND set may share because the real paperwork does (the eighth and ninth sets' freshness tests): statute,
# regulation and guidance titles (the Welsh ALN Act in both languages among them), the tribunal's title, the statutory
# headings of a plan. Everything else must be new.
SEND_OFFICIAL_TITLES = (
    r"(section \d+\w*(\(\d+\))? of )?the (children and families|children|education) act (2014|1989|1996)",
    r"first-tier tribunal \(health, education and social care chamber\)\s+special educational needs and disability",
    r"(the )?special educational needs and disability regulations( 2014)?",
    r"(the )?education \(additional support for learning\) \(scotland\) act 2004(, section \d+)?",
    r"(the )?additional support needs tribunals? for scotland",
    r"((under )?article \d+ of )?(the )?education \(northern ireland\) order 1996",
    r"(the )?local government and social care ombudsman",
    r"(the )?additional learning needs and education tribunal \(wales\) act 2018",
    r"(d|n)?deddf anghenion dysgu ychwanegol a'r tribiwnlys addysg \(cymru\) 2018",
    r"(request for )?(an? )?education, health and care (needs assessment|plan)",
    r"(section a: )?the views, interests and aspirations of the child and (her|his|their) parents",
)
SEND_OFFICIAL_WORDING = re.compile("|".join(SEND_OFFICIAL_TITLES), re.IGNORECASE)


def assert_known_blocks_spread(docs: Sequence[HoldoutDocument], starred_types: set[str]) -> None:
    """Two documents in three carry a ``known`` block, with five ``*`` occurrences a document and every type of
    ``starred_types`` among them; every block parses as the redactor takes it, and fewer than half of the ``*``
    occurrences are spelt exactly as their block gives them (case, accents, spacing, initials, other layouts)."""
    from benchmarks.text_holdout.freshness import literal_known
    from redaction.text import parse_known

    with_known = [d for d in docs if d.known]
    assert len(with_known) >= 2 * len(docs) // 3
    starred = [g for d in with_known for g in d.gold if g.entity is not None]
    assert len(starred) >= 5 * len(docs)
    assert {g.type for g in starred} >= starred_types, starred_types - {g.type for g in starred}
    counts = {d.id: (len(parse_known(d.known)), sum(map(len, d.known.values()))) for d in with_known}
    assert {k: v for k, v in counts.items() if v[0] != v[1]} == {}
    starred_count, literal = literal_known(docs)
    assert literal < starred_count / 2, (literal, starred_count)


def partial_birthdays_and_typos(docs: Sequence[HoldoutDocument]) -> tuple[int, int]:
    """How many birth dates are written without a year ("the 3rd of May"), and how many spans are marked ``!``."""
    from benchmarks.text_holdout.consistency import parse_date, parse_day_month

    births = [d.text[g.start:g.end] for d in docs for g in d.gold if g.type == "DATE_OF_BIRTH" and not g.typo]
    partial = sum(parse_date(b) is None and parse_day_month(b) is not None for b in births)
    return partial, sum(g.typo for d in docs for g in d.gold)


def assert_gold_spread(docs: Sequence[HoldoutDocument], identifier_types: set[str], spans: int, set_size: int) -> None:
    """``spans`` gold spans over a set of ``set_size`` documents (so in proportion for part of it), every type of
    ``identifier_types`` at least three times and no other, and PERSON under 70% of them."""
    from collections import Counter

    types = Counter(g.type for d in docs for g in d.gold)
    assert sum(types.values()) * set_size >= spans * len(docs), (sum(types.values()), len(docs))
    assert set(types) == identifier_types, set(types) ^ identifier_types
    assert min(types.values()) >= 3, types
    assert types["PERSON"] < 0.7 * sum(types.values()), types
