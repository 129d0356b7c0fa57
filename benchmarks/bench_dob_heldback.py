"""Dates of birth on held-back rows (``benchmarks/dob_heldback/rows.py``): ours beside stock Presidio, one run.

    PYTHONPATH=$PWD python benchmarks/bench_dob_heldback.py [--no-stock]

The rows were written before the detector's DOB code was read and are scored only as a before/after check: this
script prints figures, never a missed row. Scoring follows ``bench_text_holdout.py``: a prediction of any type
counts (stock Presidio's DATE_TIME covers a birth date as well as any other date).
- token recall: the birth date's tokens (runs of letters and digits) whose every character lies inside a
  predicted span, over all its tokens; whole dates found: every token of the date covered;
- look-alikes kept: dates that are no birth date which no predicted span touches.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dob_heldback.rows import FOUND, KEPT

Spans = Sequence[tuple[int, int]]


def figures(detect: Callable[[str], Spans]) -> tuple[int, int, int, int, int]:
    tokens = tokens_found = whole = kept = 0
    for text, surface in FOUND:
        start = text.index(surface)
        spans = detect(text)
        hits = []
        for m in re.finditer(r"[^\W_]+", surface):
            a, b = start + m.start(), start + m.end()
            hits.append(all(any(s <= i < e for s, e in spans) for i in range(a, b)))
        tokens += len(hits)
        tokens_found += sum(hits)
        whole += all(hits)
    for text, surface in KEPT:
        start = text.index(surface)
        kept += not any(s < start + len(surface) and start < e for s, e in detect(text))
    return tokens_found, tokens, whole, kept, len(KEPT)


def report(name: str, f: tuple[int, int, int, int, int]) -> None:
    tokens_found, tokens, whole, kept, n_kept = f
    print(f"{name:<6} DOB token recall {tokens_found}/{tokens} = {tokens_found / tokens:.3f}; "
          f"whole dates {whole}/{len(FOUND)} = {whole / len(FOUND):.3f}; "
          f"look-alikes kept {kept}/{n_kept} = {kept / n_kept:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    args = parser.parse_args()
    from redaction.text.detector import Detector

    detector = Detector()
    print(f"{len(FOUND)} birth dates, {len(KEPT)} look-alike dates")
    report("ours", figures(lambda t: [(s.start, s.end) for s in detector.detect(t)]))
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        engine = stock_presidio()
        report("stock", figures(lambda t: [(r.start, r.end) for r in engine.analyze(t, language="en")]))


if __name__ == "__main__":
    main()
