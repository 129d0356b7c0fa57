"""General-English PII rows of the genperson4 work: lower-case chat names, user names and @ mentions, surname
columns in registers, names that are words, names of many origins in plain sentences, signatures, surname-first and
initials forms, street addresses, phones and e-mails of many countries, and look-alikes (brands and places named
after people, name-words used as words, @everyone, register columns that are not names)
(benchmarks/genperson4_rows/rows.py), ours beside stock Presidio in the same run.

Type counts, as on the general-English sets: a PERSON, PHONE or EMAIL find is found when every letter and digit of it
lies inside a predicted span of its own type; an ADDRESS find inside spans typed ADDRESS or POSTCODE (stock
Presidio's LOCATION counts as ADDRESS, its PHONE_NUMBER and EMAIL_ADDRESS as ours). A look-alike is kept when no
predicted span of any type touches it.

The rows were written before the genperson4 work looked at the detector's output on them and are scored before and
after it only; ``--misses`` exists for whoever takes the rows over as ordinary development material.

    PYTHONPATH=$PWD python benchmarks/bench_genperson4_rows.py [--no-stock] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.genperson4_rows.rows import FIND_ROWS, KEEP_ROWS, ROWS  # noqa: E402
from benchmarks.row_scoring import ALL, Span, check_rows, figures, stock_spans  # noqa: E402

OURS_AS = {"POSTCODE": "ADDRESS"}
STOCK_AS = {"PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL", "LOCATION": "ADDRESS"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    check_rows(ROWS)
    texts = [text for text, _, _ in ROWS]
    ours: list[list[Span]] = [[(s.start, s.end, OURS_AS.get(s.type, s.type)) for s in spans]
                              for spans in TextRedactor().detect_many(texts)]
    print(f"{len(ROWS)} rows ({len(FIND_ROWS)} with finds, {len(KEEP_ROWS)} look-alike rows)")
    print(figures(ROWS, ours, "ours", args.misses, typed=ALL))
    if not args.no_stock:
        print(figures(ROWS, stock_spans(texts, STOCK_AS), "stock", args.misses, typed=ALL))


if __name__ == "__main__":
    main()
