"""General-English PERSON rows: hand-written rows (benchmarks/general_person_rows/rows.py) for the genperson work,
ours beside stock Presidio in the same run. A name is found when every letter and digit of it lies inside a
predicted PERSON span; a look-alike is kept when no predicted span of any type touches it.

The rows were written before the genperson work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_general_person_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_general_names import check_rows, locate  # noqa: E402
from benchmarks.general_person_rows.rows import ROWS  # noqa: E402

Span = tuple[int, int, str]


def figures(rows: list, spans_per_row: list[list[Span]], name: str, misses: bool) -> str:  # type: ignore[type-arg]
    found = wanted = kept = keep = 0
    for (text, finds, keeps), spans in zip(rows, spans_per_row, strict=True):
        for find in finds:
            surface, kind = find[0], find[1]
            start = locate(text, find)
            wanted += 1
            hit = all(any(s <= i < e and t == kind for s, e, t in spans)
                      for i in range(start, start + len(surface)) if text[i].isalnum())
            found += hit
            if not hit and misses:
                print(f"{name} MISS {surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = [text[s:e] for s, e, _ in spans if s < start + len(surface) and start < e]
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} ({touched}) in {text!r}")
    return f"{name:<6} PERSON {found}/{wanted} = {found / wanted:.3f}; kept {kept}/{keep} = {kept / keep:.3f}"


def main(rows: list = ROWS, description: str = __doc__) -> None:  # type: ignore[type-arg]
    """Score ``rows`` (this file's by default; a later round's row set passes its own) ours beside stock."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in rows]
    check_rows(rows)
    redactor = TextRedactor()
    ours = [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many(texts)]
    lines = [figures(rows, ours, "ours", args.misses)]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end, r.entity_type) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(rows, stock, "stock", args.misses))
    print(f"{len(rows)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
