"""Every occurrence of a case's known identifiers, however written: hand-written rows (benchmarks/known2_rows/rows.py),
each a line of UK SEND paperwork with the case's known block, holding occurrences written otherwise than in the block
(case, accents, initials and partial names, other orders, diminutives, transliterations, split or joined surnames,
possessives, OCR'd letters, numbers spaced or broken over a line, dates of birth in any layout and language, addresses
in part, postcodes, schools by a short name, split e-mails) that must be found, beside look-alikes that must stay.
Scored as bench_negatives_heldback.py (an identifier is found when every letter and digit of it lies inside some
predicted span; a negative is kept when no predicted span touches it), with the row's known block passed as
bench_text_holdout.py passes a document's: with the detectors, and with the known block alone (``detectors=False``).
Stock Presidio (``--stock``) takes no known block: a baseline only.

The rows were written before the known2 work and scored only before and after it; their misses are not to be read
while tuning.

    PYTHONPATH=$PWD python benchmarks/bench_known2_rows.py [--stock] [--misses]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_negatives_heldback import figures
from benchmarks.known2_rows.rows import FIND_AND_KEEP, KNOWN


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stock", action="store_true", help="also score stock Presidio (no known block)")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    redactor = TextRedactor()
    texts = [text for text, _, _ in FIND_AND_KEEP]
    with_detectors = [[(s.start, s.end) for s in redactor.detect(t, known=k)] for t, k in zip(texts, KNOWN, strict=True)]
    alone = [[(s.start, s.end) for s in redactor.detect(t, known=k, detectors=False)] for t, k in zip(texts, KNOWN, strict=True)]
    lines = [figures(FIND_AND_KEEP, with_detectors, "ours+k", args.misses),
             figures(FIND_AND_KEEP, alone, "known", args.misses)]
    if args.stock:
        from benchmarks.bench_text_holdout import stock_presidio

        analyzer = stock_presidio()
        stock = [[(r.start, r.end) for r in analyzer.analyze(t, language="en")] for t in texts]
        lines.append(figures(FIND_AND_KEEP, stock, "stock", args.misses))
    print(f"{len(FIND_AND_KEEP)} rows")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
