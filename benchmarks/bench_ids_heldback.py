"""The "other identifiers" of UK case files: held-back rows (benchmarks/ids_heldback/rows.py), ours beside stock
Presidio in the same run. Written before the detector's code was read; scored once before the identifier work and
once after it. The rows' misses are not to be read, so this benchmark prints figures only.

Scoring (token recall, identifier types only):
- the tokens of an identifier are its maximal runs of letters and digits; a token is found when every character of
  it lies inside a span of an identifier type. Ours: any type of ``redaction.spans.SPAN_TYPES`` except PERSON,
  LOCATION, ADDRESS, SCHOOL, DATE, DATE_OF_BIRTH and TERM. Stock Presidio: any entity except PERSON, LOCATION, NRP
  and DATE_TIME. An identifier is found whole when all its tokens are.
- a look-alike is kept when no identifier-type span touches it.
The same figures with spans of every type counted are printed beside them ("any type").

    PYTHONPATH=$PWD python benchmarks/bench_ids_heldback.py [--no-stock]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.ids_heldback.rows import FOUND, KEPT  # noqa: E402

NOT_IDS_OURS = {"PERSON", "LOCATION", "ADDRESS", "SCHOOL", "DATE", "DATE_OF_BIRTH", "TERM"}
NOT_IDS_STOCK = {"PERSON", "LOCATION", "NRP", "DATE_TIME"}
TOKEN = re.compile(r"[^\W_]+")

Spans = list[tuple[int, int, str]]


def ours_reader():  # type: ignore[no-untyped-def]
    from redaction.text.detector import Detector

    detector = Detector()
    return lambda text: [(s.start, s.end, s.type) for s in detector.detect(text)]


def stock_reader():  # type: ignore[no-untyped-def]
    from benchmarks.bench_text_holdout import stock_presidio

    analyzer = stock_presidio()
    return lambda text: [(r.start, r.end, r.entity_type) for r in analyzer.analyze(text=text, language="en")]


def score(read, not_ids: set[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    out: dict[str, object] = {}
    for label, keep_type in (("ids", lambda t: t not in not_ids), ("any", lambda t: True)):
        tok_found, tok_total, whole = Counter(), Counter(), Counter()
        n_kind = Counter()
        for text, surface, kind in FOUND:
            spans = [(s, e) for s, e, t in read(text) if keep_type(t)]
            base = text.index(surface)
            all_in = True
            for m in TOKEN.finditer(surface):
                a, b = base + m.start(), base + m.end()
                hit = all(any(s <= i < e for s, e in spans) for i in range(a, b))
                tok_total[kind] += 1
                tok_found[kind] += hit
                all_in &= hit
            n_kind[kind] += 1
            whole[kind] += all_in
        kept = 0
        for text, surface, _ in KEPT:
            a = text.index(surface)
            b = a + len(surface)
            kept += not any(s < b and a < e for s, e, t in read(text) if keep_type(t))
        out[label] = (tok_found, tok_total, whole, n_kind, kept)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-stock", action="store_true", help="ours only")
    args = parser.parse_args()
    readers = [("ours", ours_reader(), NOT_IDS_OURS)]
    if not args.no_stock:
        readers.append(("stock", stock_reader(), NOT_IDS_STOCK))
    results = {name: score(read, not_ids) for name, read, not_ids in readers}
    kinds = sorted({k for _, _, k in FOUND})
    print(f"{len(FOUND)} identifiers, {len(KEPT)} look-alikes")
    head = "".join(f"{name + ' tokR':>12}{name + ' whole':>12}" for name in results)
    print(f"{'kind':<15}{'n':>4}{head}")
    for kind in kinds + ["ALL"]:
        cells = ""
        for name in results:
            tf, tt, wh, nk, _ = results[name]["ids"]
            if kind == "ALL":
                f, t, w, n = sum(tf.values()), sum(tt.values()), sum(wh.values()), sum(nk.values())
            else:
                f, t, w, n = tf[kind], tt[kind], wh[kind], nk[kind]
            cells += f"{f / t:>12.3f}{w / n:>12.3f}"
        n = len(FOUND) if kind == "ALL" else sum(1 for _, _, k in FOUND if k == kind)
        print(f"{kind:<15}{n:>4}{cells}")
    for name in results:
        for label in ("ids", "any"):
            tf, tt, wh, nk, kept = results[name][label]
            print(f"{name:<6} {label + ' types':<10} token recall {sum(tf.values()) / sum(tt.values()):.3f}  "
                  f"whole {sum(wh.values())}/{len(FOUND)} = {sum(wh.values()) / len(FOUND):.3f}  "
                  f"look-alikes kept {kept}/{len(KEPT)} = {kept / len(KEPT):.3f}")


if __name__ == "__main__":
    main()
