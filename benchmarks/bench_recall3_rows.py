"""Hand-written rows for the recall3 round (benchmarks/recall3_rows/rows.py): birth dates (partial, in words, in
tables, other languages), case references and codes after their cues, handles, other countries' personal numbers,
school names, UK phones and postcodes in odd shapes, later mentions of a found identifier; each class with
look-alikes that must stay. Written before the detector's output on them was seen; scored before and after the
recall3 work only. An identifier is removed when every letter and digit of it lies inside some detected span (any
type); a look-alike is kept when no span touches it. Prints figures per class; `--misses` exists for whoever takes
the rows over as development material (not while tuning on them).

    PYTHONPATH=$PWD python benchmarks/bench_recall3_rows.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.recall3_rows.rows import ROWS, Item  # noqa: E402


def locate(text: str, item: Item) -> tuple[int, int]:
    surface, nth = (item, 0) if isinstance(item, str) else item
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def main(classes: dict = ROWS, description: str = __doc__) -> None:  # type: ignore[type-arg]
    """Score ``classes`` of rows (this file's, or another round's of the same shape: ``bench_dob_ref_rows3.py``)."""
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    args = parser.parse_args()
    from redaction.text import TextRedactor

    redactor = TextRedactor()
    all_found = all_wanted = all_kept = all_keep = 0
    for name, rows in classes.items():
        found = wanted = kept = keep = 0
        spans_per_row = redactor.detect_many([text for text, _, _ in rows])
        for (text, finds, keeps), detected in zip(rows, spans_per_row, strict=True):
            spans = [(s.start, s.end) for s in detected]
            for item in finds:
                start, end = locate(text, item)
                wanted += 1
                hit = all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())
                found += hit
                if not hit and args.misses:
                    print(f"    MISS {text[start:end]!r} in {text!r}")
            for item in keeps:
                start, end = locate(text, item)
                keep += 1
                touched = any(s < end and start < e for s, e in spans)
                kept += not touched
                if touched and args.misses:
                    print(f"    OVER {text[start:end]!r} in {text!r}")
        print(f"{name:<36} found {found:>3}/{wanted:<3}  kept {kept:>3}/{keep}")
        all_found += found
        all_wanted += wanted
        all_kept += kept
        all_keep += keep
    print(f"{'ALL':<36} found {all_found}/{all_wanted} = {all_found / all_wanted:.3f}   "
          f"kept {all_kept}/{all_keep} = {all_kept / all_keep:.3f}")


if __name__ == "__main__":
    main()
