"""General-English street addresses of many countries: hand-written rows (benchmarks/general_address_rows/rows.py),
ours beside stock Presidio in the same run. An address is found when every letter and digit of it lies inside some
predicted span (of any type, as the hold-out sets score); ``ADDRESS-typed`` also counts it only when those spans are
ADDRESS or POSTCODE. A keep is kept when no predicted span touches it.

The rows were written before the world-address work and are scored before and after it only; their misses are not
to be read while tuning (``--misses`` exists for whoever takes the rows over as ordinary development material).

    PYTHONPATH=$PWD python benchmarks/bench_general_addresses.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.row_scoring import check_rows, locate  # noqa: E402
from benchmarks.general_address_rows import rows

ROWS = rows.ROWS
ADDRESS_TYPES = {"ADDRESS", "POSTCODE", "LOCATION"}  # LOCATION: stock Presidio's type for a place

Span = tuple[int, int, str]


def figures(rows: list, spans_per_row: list[list[Span]], name: str, misses: bool) -> str:  # type: ignore[type-arg]
    found = typed = wanted = kept = keep = 0
    for (text, finds, keeps), spans in zip(rows, spans_per_row, strict=True):
        for find in finds:
            surface = find[0]
            start = locate(text, find)
            wanted += 1
            chars = [i for i in range(start, start + len(surface)) if text[i].isalnum()]
            hit = all(any(s <= i < e for s, e, _ in spans) for i in chars)
            found += hit
            typed += all(any(s <= i < e and t in ADDRESS_TYPES for s, e, t in spans) for i in chars)
            if not hit and misses:
                print(f"{name} MISS {surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = any(s < start + len(surface) and start < e for s, e, _ in spans)
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} in {text!r}")
    return (f"{name:<6} ADDRESS {found}/{wanted} = {found / wanted:.3f} (address-typed {typed}/{wanted} = "
            f"{typed / wanted:.3f}); kept {kept}/{keep} = {kept / keep:.3f}")


def main(rows: list = ROWS, description: str = __doc__) -> None:  # type: ignore[type-arg]
    """Score ``rows`` (this file's, or another address row set's: ``bench_general_addresses2.py``)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in rows]
    check_rows(rows)
    redactor = TextRedactor()
    redactor.detect_many(texts[:1])  # warm
    began = time.perf_counter()
    ours = [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many(texts)]
    took = time.perf_counter() - began
    lines = [figures(rows, ours, "ours", args.misses) + f"; {took:.2f} s"]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end, r.entity_type) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(rows, stock, "stock", args.misses))
    print(f"{len(rows)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
