"""Hard negatives of UK SEND text, second set: hand-written rows (benchmarks/negatives2_rows/rows.py) in SEND registers
(e-mails, minutes, reports, plans, chats, case notes, letters, forms) mixing real identifiers that must be found with
hard negatives that must stay (diagnoses, legislation and sections, roles, organisations, services, programmes,
interventions, assessments and scores, products, capitalised ordinary words and headings, days/months/seasons, places
in organisation names, non-birth dates, amounts, versions, codes, Welsh and other languages' words, words that are
names elsewhere but ordinary here); ours beside stock Presidio in the same run. Scored as
bench_negatives_heldback.py: an identifier is found when every letter and digit of it lies inside some predicted span;
a negative is kept when no predicted span touches it.

The rows were written before the negatives2 work and scored only before and after it; their misses are not to be
read while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_negatives2.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.negatives2_rows.rows import FIND_AND_KEEP

Span = tuple[int, int]


def figures(spans_per_row: list[list[Span]], name: str, misses: bool) -> str:
    found = wanted = kept = keep = 0
    for (text, finds, keeps), spans in zip(FIND_AND_KEEP, spans_per_row, strict=True):
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in FIND_AND_KEEP]
    redactor = TextRedactor()
    ours = [[(s.start, s.end) for s in spans] for spans in redactor.detect_many(texts)]
    lines = [figures(ours, "ours", args.misses)]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(stock, "stock", args.misses))
    print(f"{len(FIND_AND_KEEP)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
