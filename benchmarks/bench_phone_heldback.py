"""Telephone numbers without a country named: held-back rows (benchmarks/phone_heldback/rows.py), scored by the
detector without its model. A number is found when one PHONE span covers it; a look-alike is kept when no PHONE
span touches it.

    PYTHONPATH=$PWD python benchmarks/bench_phone_heldback.py [--misses]
"""

from __future__ import annotations

import argparse

from phone_heldback.rows import FOUND, KEPT
from redaction.text.detector import Detector


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", action="store_true", help="print the rows that fail")
    args = parser.parse_args()
    detector = Detector(load_model=False)
    found = 0
    for text, number in FOUND:
        start = text.index(number)
        spans = [s for s in detector.detect(text) if s.type == "PHONE"]
        if any(s.start <= start and start + len(number) <= s.end for s in spans):
            found += 1
        elif args.misses:
            print("missed:", repr(text), [text[s.start:s.end] for s in spans])
    kept = 0
    for text in KEPT:
        spans = [s for s in detector.detect(text) if s.type == "PHONE"]
        if not spans:
            kept += 1
        elif args.misses:
            print("taken:", repr(text), [text[s.start:s.end] for s in spans])
    print(f"numbers found {found}/{len(FOUND)} = {found / len(FOUND):.3f}; "
          f"look-alikes kept {kept}/{len(KEPT)} = {kept / len(KEPT):.3f}")


if __name__ == "__main__":
    main()
