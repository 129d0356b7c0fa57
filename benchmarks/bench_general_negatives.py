"""General-English look-alikes beside real identifiers: rows of ``benchmarks/general_negatives_rows/rows.py``
(company, brand and product names, shops and venues, product models, headings and form labels, job titles, streets
and public places used alone or generically, ordinary words of other languages, words after abbreviations,
nationalities, languages, currencies, other languages' days and months, teams, festivals, titles of works, order,
tracking, account and invoice numbers shaped like phones), ours beside stock Presidio in the same run. An identifier
is found when every letter and digit of it lies inside some predicted span (of any type); a negative is kept when
no predicted span touches it; precision here is the share of predicted spans that touch some identifier. The
``/5`` lines count only spans of the five general-English PII types (PERSON, PHONE, ADDRESS, EMAIL, LOCATION).

The rows were written before the general-English precision work and scored only before and after it; their
misses are not to be read while tuning (``--misses`` exists for whoever takes the rows over as development
material).

    PYTHONPATH=$PWD python benchmarks/bench_general_negatives.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_negatives_heldback import figures as heldback_figures
from benchmarks.general_negatives_rows.rows import FIND_AND_KEEP

Span = tuple[int, int]
GENERAL_TYPES = {"PERSON", "PHONE", "ADDRESS", "EMAIL", "LOCATION"}


def figures(spans_per_row: list[list[Span]], name: str, misses: bool) -> str:
    """The held-back negatives benchmark's figures on these rows, and the share of our spans on an identifier."""
    right = predicted = 0
    for (text, finds, _), spans in zip(FIND_AND_KEEP, spans_per_row, strict=True):
        gold = [(text.index(surface), text.index(surface) + len(surface)) for surface in finds]
        predicted += len(spans)
        right += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in spans)
    return (f"{heldback_figures(FIND_AND_KEEP, spans_per_row, name, misses)}; "
            f"spans on an identifier {right}/{predicted} = {right / max(predicted, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in FIND_AND_KEEP]
    redactor = TextRedactor()
    detected = list(redactor.detect_many(texts))
    ours = [[(s.start, s.end) for s in spans] for spans in detected]
    lines = [figures(ours, "ours", args.misses)]
    # the general-English PII types only (an order or invoice number typed CASE_REF is an identifier in case files)
    general = [[(s.start, s.end) for s in spans if s.type in GENERAL_TYPES] for spans in detected]
    lines.append(figures(general, "ours/5", args.misses))
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        results = [analyzer.analyze(t, language="en") for t in texts]
        stock = [[(r.start, r.end) for r in rs] for rs in results]
        lines.append(figures(stock, "stock", args.misses))
        general = [[(r.start, r.end) for r in rs if r.entity_type in GENERAL_TYPES] for rs in results]
        lines.append(figures(general, "stock/5", args.misses))
    print(f"{len(FIND_AND_KEEP)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
