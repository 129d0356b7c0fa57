"""PDF redaction speed: ours (redaction *including* verification) beside pypdf's own ``extract_text``.

    .venv/bin/python benchmarks/bench_pdf_redaction.py [--pdf ../shared/pdf-torture/lo_long.pdf]
                                                       [--repeat 5] [--detect]

The baseline reads every page's text with pypdf (a fresh ``PdfReader`` each time) — a floor for any
redactor built on pypdf, which has to parse the same content streams. Ours is ``redact_pdf`` with the
manifest's ``redact`` terms and detection off: open, interpret, match, rewrite, write, re-open and
verify on every channel. The two alternate within one run and each reports its median; the ratio is
pypdf's time over ours (1.0 = as fast as pypdf's text extraction alone).

Targets (issue 4): >= 20 pages/s including verification, and >= 0.5x pypdf's ``extract_text``.
``--detect`` adds a run with the text pipeline's detectors on (spaCy; reported, not a target).
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pypdf import PdfReader

from redaction.pdf import redact_pdf

DEFAULT_PDF = Path(__file__).resolve().parents[2] / "shared" / "pdf-torture" / "lo_long.pdf"
TARGET_PAGES_PER_SECOND = 20.0
TARGET_RATIO = 0.5


def pypdf_extract(path: Path) -> int:
    reader = PdfReader(path)
    for page in reader.pages:
        page.extract_text()
    return len(reader.pages)


def ours(path: Path, terms: list[str], detect: bool) -> int:
    return redact_pdf(path, terms=terms, detect=detect).report.pages


def timed(function: object, *args: object) -> tuple[float, int]:
    started = time.perf_counter()
    pages = function(*args)  # type: ignore[operator]
    return time.perf_counter() - started, pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--detect", action="store_true", help="also time a run with the detectors on")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    manifest = json.loads((args.pdf.parent / "manifest.json").read_text()) if (args.pdf.parent / "manifest.json").exists() else {}
    terms = manifest.get(args.pdf.name, {}).get("redact", [])
    ours(args.pdf, terms, False)  # warm-up: imports, caches
    pypdf_extract(args.pdf)
    baseline, mine = [], []
    pages = 0
    for _ in range(args.repeat):
        seconds, pages = timed(pypdf_extract, args.pdf)
        baseline.append(seconds)
        seconds, pages = timed(ours, args.pdf, terms, False)
        mine.append(seconds)
    base_s, ours_s = statistics.median(baseline), statistics.median(mine)
    pages_per_second = pages / ours_s
    ratio = base_s / ours_s
    print(f"file: {args.pdf} ({pages} pages), {len(terms)} terms, {args.repeat} runs each, medians")
    print(f"pypdf extract_text        : {base_s:7.3f} s  {pages / base_s:7.1f} pages/s")
    print(f"ours (redact + verify)    : {ours_s:7.3f} s  {pages_per_second:7.1f} pages/s")
    print(f"ratio (pypdf time / ours) : {ratio:7.2f}x")
    ok_speed = pages_per_second >= TARGET_PAGES_PER_SECOND
    ok_ratio = ratio >= TARGET_RATIO
    print(f"target >= {TARGET_PAGES_PER_SECOND:g} pages/s: {'PASS' if ok_speed else 'FAIL'}; "
          f"target >= {TARGET_RATIO:g}x pypdf: {'PASS' if ok_ratio else 'FAIL'}")
    if args.detect:
        ours(args.pdf, terms, True)  # loads the spaCy model once
        seconds, pages = timed(ours, args.pdf, terms, True)
        print(f"ours with detectors on    : {seconds:7.3f} s  {pages / seconds:7.1f} pages/s (not a target)")
    return 0 if ok_speed and ok_ratio else 1


if __name__ == "__main__":
    raise SystemExit(main())
