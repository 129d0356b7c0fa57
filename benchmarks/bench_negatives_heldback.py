"""Tricky negatives in case notes: held-back rows (benchmarks/negatives_heldback/rows.py), ours beside stock Presidio
in the same run. Each row holds real identifiers that must be found and tricky negatives (diagnoses, tools and
programmes, legislation, organisations, non-birth dates, money, roles, year groups, languages, nationalities,
religions, places abroad used generically, class names, ordinary words that are names elsewhere in the line, brands,
medicines, honorifics of other languages) that must stay. An identifier is found when every letter and digit of it
lies inside some predicted span (of any type); a negative is kept when no predicted span touches it.

The rows were written before the work they measure and are scored before and after it only; their misses are not
to be read while tuning (``--misses`` exists for whoever takes the rows over as ordinary development material).

    PYTHONPATH=$PWD python benchmarks/bench_negatives_heldback.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Span = tuple[int, int]
Row = tuple[str, list[str], list[str]]


def figures(rows: list[Row], spans_per_row: list[list[Span]], name: str, misses: bool) -> str:
    found = wanted = kept = keep = 0
    for (text, finds, keeps), spans in zip(rows, spans_per_row, strict=True):
        for surface in finds:
            start = text.index(surface)
            wanted += 1
            hit = all(any(s <= i < e for s, e in spans) for i in range(start, start + len(surface))
                      if text[i].isalnum())
            found += hit
            if not hit and misses:
                print(f"{name} MISS {surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = any(s < start + len(surface) and start < e for s, e in spans)
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} in {text!r}")
    return (f"{name:<6} identifiers found {found}/{wanted} = {found / wanted:.3f}; "
            f"negatives kept {kept}/{keep} = {kept / keep:.3f}")


def run(rows: list[Row], description: str) -> None:
    """Score ``rows`` (text, identifiers to find, negatives to keep), ours beside stock Presidio, as the options say."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in rows]
    redactor = TextRedactor()
    ours = [[(s.start, s.end) for s in spans] for spans in redactor.detect_many(texts)]
    lines = [figures(rows, ours, "ours", args.misses)]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(rows, stock, "stock", args.misses))
    print(f"{len(rows)} rows")
    print("\n".join(lines))


def main() -> None:
    from benchmarks.negatives_heldback.rows import FIND_AND_KEEP

    run(FIND_AND_KEEP, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
