"""General-English names and telephone numbers: hand-written rows (benchmarks/general_names_rows/rows.py), ours
beside stock Presidio in the same run. A name or number is found when every letter and digit of it lies inside a
predicted span of its type (PERSON, PHONE); a keep is kept when no predicted span touches it.

The rows were written before the genname work and are scored before and after it only; their misses are not to be
read while tuning (``--misses`` exists for whoever takes the rows over as ordinary development material).

    PYTHONPATH=$PWD python benchmarks/bench_general_names.py [--no-stock] [--misses]
    PYTHONPATH=$PWD python benchmarks/bench_general_names.py --dev --misses   # development rows, misses readable
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.general_names_rows import dev_rows, rows

ROWS = rows.ROWS

Span = tuple[int, int, str]


def locate(text: str, find: tuple[str, ...]) -> int:
    surface = find[0]
    if len(find) > 2:
        return text.index(find[2]) + find[2].index(surface)
    return text.index(surface)


def check_rows(rows: list) -> None:  # type: ignore[type-arg]
    """Every surface stands in its row (a ValueError names none: a typo in a row set fails before scoring)."""
    for text, finds, keeps in rows:
        for find in finds:
            locate(text, find)
        for surface in keeps:
            text.index(surface)


def figures(spans_per_row: list[list[Span]], name: str, misses: bool) -> str:
    found: dict[str, int] = {}
    wanted: dict[str, int] = {}
    kept = keep = 0
    for (text, finds, keeps), spans in zip(ROWS, spans_per_row, strict=True):
        for find in finds:
            surface, kind = find[0], find[1]
            start = locate(text, find)
            wanted[kind] = wanted.get(kind, 0) + 1
            hit = all(any(s <= i < e and t == kind for s, e, t in spans)
                      for i in range(start, start + len(surface)) if text[i].isalnum())
            found[kind] = found.get(kind, 0) + hit
            if not hit and misses:
                print(f"{name} MISS {kind} {surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = any(s < start + len(surface) and start < e for s, e, _ in spans)
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} in {text!r}")
    parts = [f"{kind} {found[kind]}/{wanted[kind]} = {found[kind] / wanted[kind]:.3f}" for kind in sorted(wanted)]
    return f"{name:<6} " + "; ".join(parts) + f"; kept {kept}/{keep} = {kept / keep:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    parser.add_argument("--dev", action="store_true", help="score the development rows (dev_rows.py) instead")
    args = parser.parse_args()
    global ROWS
    if args.dev:
        ROWS = dev_rows.ROWS
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in ROWS]
    check_rows(ROWS)
    redactor = TextRedactor()
    ours = [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many(texts)]
    lines = [figures(ours, "ours", args.misses)]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end, "PHONE" if r.entity_type == "PHONE_NUMBER" else r.entity_type)
                  for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(stock, "stock", args.misses))
    print(f"{len(ROWS)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
