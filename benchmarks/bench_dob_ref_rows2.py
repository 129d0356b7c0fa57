"""Dates of birth, identifier codes and look-alikes on fresh rows (``benchmarks/dob_ref_rows2/rows.py``), one run.

    PYTHONPATH=$PWD python benchmarks/bench_dob_ref_rows2.py [--no-stock]

Written before the detector's output on them was seen; scored once before and once after the DOB/code work. This
script prints figures only, never a missed row. Scoring follows ``bench_dob_heldback.py`` and
``bench_ids_heldback.py``:
- birth dates: token recall (tokens = runs of letters and digits whose every character lies inside a predicted span
  of any type) and whole dates found;
- codes: the same with identifier types only (ours: any type but PERSON, LOCATION, ADDRESS, SCHOOL, DATE,
  DATE_OF_BIRTH, TERM; stock: any but PERSON, LOCATION, NRP, DATE_TIME);
- look-alikes (non-birth dates, non-identifier numbers, places that are organisation names or generic): kept when
  no predicted span of any type touches them; reported per kind.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.dob_ref_rows2.rows import CODES, DOB, KEPT  # noqa: E402

NOT_IDS = {"ours": {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "DATE", "DATE_OF_BIRTH", "TERM"},
           "stock": {"PERSON", "LOCATION", "NRP", "DATE_TIME"}}
TOKEN = re.compile(r"[^\W_]+")
Read = Callable[[str], list[tuple[int, int, str]]]


def recall(read: Read, rows: list[tuple[str, str]], keep: Callable[[str], bool]) -> tuple[int, int, int]:
    found = total = whole = 0
    for text, surface in rows:
        base = text.index(surface)
        spans = [(s, e) for s, e, t in read(text) if keep(t)]
        hits = [all(any(s <= i < e for s, e in spans) for i in range(base + m.start(), base + m.end()))
                for m in TOKEN.finditer(surface)]
        found += sum(hits)
        total += len(hits)
        whole += all(hits)
    return found, total, whole


def kept(read: Read) -> tuple[Counter[str], Counter[str]]:
    ok: Counter[str] = Counter()
    n: Counter[str] = Counter()
    for text, surface, kind in KEPT:
        a = text.index(surface)
        b = a + len(surface)
        n[kind] += 1
        ok[kind] += not any(s < b and a < e for s, e, _ in read(text))
    return ok, n


def report(name: str, read: Read) -> None:
    f, t, w = recall(read, DOB, lambda _: True)
    print(f"{name:<6} DOB  token recall {f}/{t} = {f / t:.3f}; whole {w}/{len(DOB)} = {w / len(DOB):.3f}")
    f, t, w = recall(read, CODES, lambda typ: typ not in NOT_IDS[name])
    print(f"{name:<6} CODE token recall {f}/{t} = {f / t:.3f}; whole {w}/{len(CODES)} = {w / len(CODES):.3f}")
    ok, n = kept(read)
    cells = "; ".join(f"{k} {ok[k]}/{n[k]}" for k in sorted(n))
    print(f"{name:<6} look-alikes kept {sum(ok.values())}/{len(KEPT)} = {sum(ok.values()) / len(KEPT):.3f} ({cells})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="ours only")
    args = parser.parse_args()
    from redaction.text.detector import Detector

    detector = Detector()
    print(f"{len(DOB)} birth dates, {len(CODES)} codes, {len(KEPT)} look-alikes")
    report("ours", lambda text: [(s.start, s.end, s.type) for s in detector.detect(text)])
    if not args.no_stock:
        from benchmarks.bench_text_holdout import stock_presidio

        engine = stock_presidio()
        report("stock", lambda text: [(r.start, r.end, r.entity_type) for r in engine.analyze(text, language="en")])


if __name__ == "__main__":
    main()
