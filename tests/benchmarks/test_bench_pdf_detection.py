"""``benchmarks/bench_pdf_detection.py``: the readability count, the refusal of a kept-back set without ``--summary``,
and (integration: LibreOffice, poppler, the model) a whole run on three tiny documents written for this test."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks import bench_pdf_detection as bench
from benchmarks.text_holdout import parse_document

DOCUMENTS = {
    "01-letter.txt": """genre: letter
---
Dear Mrs [[PERSON|Kowalczyk]],

Thank you for meeting us about [[PERSON|Zofia]] ([[NEG|ADHD]]). We [[NEG|hope]] the plan helps.
Please ring [[PERSON|Hope Adeyemi]] on [[PHONE|0161 496 0732]] or write to [[EMAIL|h.adeyemi@example.org]].
NHS number: [[NHS_NUMBER|943 476 5919]]
""",
    "02-call-note.txt": """genre: call_note
---
rang re [[PERSON|Tomasz Wiśniewski]], dob [[DATE_OF_BIRTH|03/05/2015]], at [[SCHOOL|Hathershaw College]].
mum lives at [[ADDRESS|14 Mill Lane, Bolton]] [[POSTCODE|BL1 4QT]]; dad is in [[LOCATION|Wigan]].
""",
    "03-minutes.txt": """genre: minutes
---
Present: [[PERSON|Siobhán O'Halloran]] (SENCo), [[PERSON|Kwame Mensah-Bonsu]] (EP), Dad.
[[PERSON|Siobhán]] to send the [[NEG|Boxall Profile]] to [[PERSON|Kwame]] by Friday.
""",
}


def write_set(folder: Path) -> Path:
    documents = folder / "documents"
    documents.mkdir(parents=True)
    for name, source in DOCUMENTS.items():
        (documents / name).write_text(source, encoding="utf-8")
    return folder


def doc(source: str):  # type: ignore[no-untyped-def]
    return parse_document(Path("x.txt"), source)


def test_a_value_counts_as_readable_across_lines_case_hyphens_and_digit_layouts() -> None:
    d = doc(DOCUMENTS["01-letter.txt"])
    gold = [(g.start, g.end) for g in d.gold]
    assert bench.readable(d, gold, bench.Reading.of(d.text)) == [True] * len(gold)
    output = "Dear Mrs KOWALCZYK, about Zo-\nfia. ring HOPE\nADEYEMI on 0161-4960732, NHS 9434765919"
    assert bench.readable(d, gold, bench.Reading.of(output)) == [True, True, True, True, False, True]
    assert bench.readable(d, gold, bench.Reading.of("Dear Mrs [redacted]")) == [False] * len(gold)


def test_a_value_also_used_unlabelled_is_readable_only_beyond_its_unlabelled_uses() -> None:
    d = doc("genre: x\n---\nWe [[NEG|hope]] so. [[PERSON|Hope]] came.\n")
    gold = [(g.start, g.end) for g in d.gold]
    assert bench.readable(d, gold, bench.Reading.of("We hope so. █ came.")) == [False]
    assert bench.readable(d, gold, bench.Reading.of("We hope so. Hope came.")) == [True]
    assert bench.readable(d, list(d.negatives), bench.Reading.of("We █ so. █ came.")) == [False]


def test_partly_readable_counts_a_word_or_a_digit_group_left() -> None:
    reading = bench.Reading.of("█ Adeyemi rang from █ 496 0732")
    assert reading.partly("Hope Adeyemi") and reading.partly("0161 496 0732")
    assert not reading.partly("Tomasz Wiśniewski")


def test_the_rtf_keeps_every_character_and_line(tmp_path: Path) -> None:
    rtf = bench.rtf_of("Zoë {Łódź}\\ 😀\tend\n\nline 3", columns=2).decode("ascii")
    assert r"Zo\u235?" in rtf and r"\{\u321?\u243?d\u378?\}\\" in rtf and r"\u-10179?\u-8704?" in rtf
    assert rtf.count("\\par\n") == 3 and r"\cols2" in rtf


@pytest.mark.parametrize("flags", [[], ["--columns", "2"]])
def test_a_kept_back_set_is_refused_without_summary(tmp_path: Path, flags: list[str]) -> None:
    folder = write_set(tmp_path / "text_holdout_v6_copy")  # the name is what marks a set as kept back
    with pytest.raises(SystemExit, match="kept-back measuring set; score it with --summary"):
        bench.main(["--set", str(folder), *flags], redact=lambda pdf: pytest.fail("must not run"))
    assert any(name in str(folder) for name in bench.KEPT_BACK)


@pytest.mark.integration
def test_the_benchmark_on_three_tiny_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from support import require_executable

    require_executable("soffice")
    require_executable("pdftotext")
    folder = write_set(tmp_path / "tiny")
    docs = bench.load(folder / "documents")
    gold = sum(len(d.gold) for d in docs)

    # Nothing removed: every secret still readable, by both readers, in both layouts.
    result = bench.main(["--set", str(folder), "--columns", "2"], redact=lambda pdf: pdf)
    out = capsys.readouterr().out
    assert result["tallies"]["source"].gone() == 0.0
    assert result["tallies"]["pdf"].gone() == 0.0 and result["tallies"]["pypdf"].gone() == 0.0
    assert f"0 of {gold} still readable" not in out and "Kowalczyk" in out
    assert "1 columns, 2 plain" in out

    # The product's PDF path: every secret gone, the negatives kept, and the listing empty.
    result = bench.main(["--set", str(folder)])
    out = capsys.readouterr().out
    assert result["tallies"]["pdf"].gone() == 1.0, out
    assert result["tallies"]["text"].gone() == 1.0, out
    assert f"(0 of {gold} still readable" in out
    assert result["tallies"]["pdf"].negatives == result["tallies"]["text"].negatives == 3
    assert result["tallies"]["pdf"].negatives_readable >= 2 and "NEG negatives still readable: PDF path" in out

    # A kept-back set with --summary: figures only, no span of the text.
    kept = write_set(tmp_path / "pii_general_v3_copy")
    bench.main(["--set", str(kept), "--summary"], redact=lambda pdf: pdf)
    out = capsys.readouterr().out
    assert "secrets gone" in out and "⟦" not in out and "still readable after" not in out
    assert not any(d.text[g.start:g.end] in out for d in docs for g in d.gold)
