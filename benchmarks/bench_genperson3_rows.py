"""General-English PII rows of the genperson3 work: names in plain sentences with no title or label, lower-case
names and user names, names of many origins, "Surname, First" rosters, initials, word names read as names, names
after @; street addresses of the US, Canada, Australia, New Zealand, India, South Africa and Ireland; phones of
several countries; e-mails; and look-alikes of the same registers (benchmarks/genperson3_rows/rows.py), ours beside
stock Presidio in the same run. A PERSON find is found when every letter and digit of it lies inside a predicted
PERSON span, any other find when they lie inside predicted spans of any type (as the hold-out sets score); a
look-alike is kept when no predicted span of any type touches it.

The rows were written before the genperson3 work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_genperson3_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_general_names import check_rows, locate  # noqa: E402
from benchmarks.genperson3_rows.rows import ROWS  # noqa: E402

Span = tuple[int, int, str]


def figures(spans_per_row: list[list[Span]], name: str, misses: bool) -> str:
    found: dict[str, int] = {}
    wanted: dict[str, int] = {}
    kept = keep = 0
    for (text, finds, keeps), spans in zip(ROWS, spans_per_row, strict=True):
        for find in finds:
            surface, kind = find[0], find[1]
            start = locate(text, find)
            wanted[kind] = wanted.get(kind, 0) + 1
            hit = all(any(s <= i < e and (t == kind or kind != "PERSON") for s, e, t in spans)
                      for i in range(start, start + len(surface)) if text[i].isalnum())
            found[kind] = found.get(kind, 0) + hit
            if not hit and misses:
                print(f"{name} MISS {kind} {surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = [text[s:e] for s, e, _ in spans if s < start + len(surface) and start < e]
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} ({touched}) in {text!r}")
    kinds = "; ".join(f"{k} {found[k]}/{wanted[k]} = {found[k] / wanted[k]:.3f}" for k in sorted(wanted))
    return f"{name:<6} {kinds}; kept {kept}/{keep} = {kept / keep:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in ROWS]
    check_rows(ROWS)
    ours = [[(s.start, s.end, s.type) for s in spans] for spans in TextRedactor().detect_many(texts)]
    lines = [figures(ours, "ours", args.misses)]
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end, r.entity_type) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(stock, "stock", args.misses))
    print(f"{len(ROWS)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
