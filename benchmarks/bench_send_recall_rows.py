"""Hand-written rows for UK SEND recall classes (benchmarks/send_recall_rows/rows.py): sentence-start word-names,
titles with word-surnames, lower-case possessives before kin words, industrial-estate addresses, quoted nicknames,
statutory instrument numbers (must stay), staff ids in tables, minutes, e-mail headers and signatures, names in
lists, hyphenated names, OCR'd names, school names, dates of birth in forms, one-line addresses; each class with
look-alikes that must stay. Written before the detector's output on them was seen; scored before and after the
sendrecall work only. An identifier is removed when every letter and digit of it lies inside some detected span;
a look-alike is kept when no span touches it. Prints figures per class; `--misses` exists for whoever takes the
rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_send_recall_rows.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.send_recall_rows.rows import ROWS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    redactor = TextRedactor()
    all_found = all_wanted = all_kept = all_keep = 0
    for name, rows in ROWS.items():
        found = wanted = kept = keep = 0
        spans_per_row = redactor.detect_many([text for text, _, _ in rows])
        for (text, finds, keeps), detected in zip(rows, spans_per_row, strict=True):
            spans = [(s.start, s.end) for s in detected]
            for surface in finds:
                start = text.index(surface)
                wanted += 1
                hit = all(any(s <= i < e for s, e in spans) for i in range(start, start + len(surface))
                          if text[i].isalnum())
                found += hit
                if not hit and args.misses:
                    print(f"    MISS {surface!r} in {text!r}")
            for surface in keeps:
                start = text.index(surface)
                keep += 1
                touched = any(s < start + len(surface) and start < e for s, e in spans)
                kept += not touched
                if touched and args.misses:
                    print(f"    OVER {surface!r} in {text!r}")
        print(f"{name:<40} found {found}/{wanted}   kept {kept}/{keep}")
        all_found += found
        all_wanted += wanted
        all_kept += kept
        all_keep += keep
    print(f"{'ALL':<40} found {all_found}/{all_wanted} = {all_found / all_wanted:.3f}   "
          f"kept {all_kept}/{all_keep} = {all_kept / all_keep:.3f}")


if __name__ == "__main__":
    main()
