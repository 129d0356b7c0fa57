"""The scorer the hand-written row benchmarks share (bench_negatives_heldback.py, bench_general_names.py,
bench_general_person_rows.py, bench_genperson3_rows.py, bench_general_negatives.py, bench_known2_rows.py, ...).

A row is ``(text, finds, keeps)``. A find is either a plain surface (scored with any predicted type, the figures a
line ``identifiers found ...; negatives kept ...``) or a tuple ``(surface, kind)`` / ``(surface, kind, context)``
(scored per kind, the figures a line ``KIND found/wanted ...; kept ...``); ``context`` is a longer surface of the
text holding the find, for a surface that occurs more than once. A find is found when every letter and digit of it
lies inside some predicted span, of its own kind when the kind is in ``typed``; a keep is kept when no predicted
span of any type touches it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Span = tuple[int, int, str]
Row = tuple[str, Sequence[Any], Sequence[str]]


class _AllKinds:
    """``typed=ALL``: every find needs a span of its own kind."""

    def __contains__(self, kind: object) -> bool:
        return True


ALL: Collection[str] = _AllKinds()  # type: ignore[assignment]


def locate(text: str, find: str | tuple[str, ...]) -> int:
    """Where ``find`` starts in ``text`` (a plain surface, or ``(surface, kind[, context])``)."""
    if isinstance(find, str):
        return text.index(find)
    surface = find[0]
    if len(find) > 2:
        return text.index(find[2]) + find[2].index(surface)
    return text.index(surface)


def check_rows(rows: Sequence[Row]) -> None:
    """Every surface stands in its row (a ValueError names none: a typo in a row set fails before scoring)."""
    for text, finds, keeps in rows:
        for find in finds:
            locate(text, find)
        for surface in keeps:
            text.index(surface)


def figures(rows: Sequence[Row], spans_per_row: Sequence[Sequence[Span]], name: str, misses: bool, *,
            typed: Collection[str] = (), precision: bool = False) -> str:
    """One line of figures for ``name``'s predicted spans; ``precision`` adds the share of spans on an identifier."""
    found: dict[str, int] = {}
    wanted: dict[str, int] = {}
    kept = keep = right = predicted = 0
    per_kind = False
    for (text, finds, keeps), spans in zip(rows, spans_per_row, strict=True):
        gold = []
        for find in finds:
            surface, kind = (find, "") if isinstance(find, str) else (find[0], find[1])
            per_kind = per_kind or bool(kind)
            start = locate(text, find)
            gold.append((start, start + len(surface)))
            wanted[kind] = wanted.get(kind, 0) + 1
            hit = all(any(s <= i < e and (t == kind or kind not in typed) for s, e, t in spans)
                      for i in range(start, start + len(surface)) if text[i].isalnum())
            found[kind] = found.get(kind, 0) + hit
            if not hit and misses:
                print(f"{name} MISS {kind + ' ' if kind else ''}{surface!r} in {text!r}")
        for surface in keeps:
            start = text.index(surface)
            keep += 1
            touched = [text[s:e] for s, e, _ in spans if s < start + len(surface) and start < e]
            kept += not touched
            if touched and misses:
                print(f"{name} OVER {surface!r} ({touched}) in {text!r}")
        predicted += len(spans)
        right += sum(any(s < ge and gs < e for gs, ge in gold) for s, e, _ in spans)
    if per_kind:
        kinds = "; ".join(f"{k} {found[k]}/{wanted[k]} = {found[k] / wanted[k]:.3f}" for k in sorted(wanted))
        line = f"{name:<6} {kinds}; kept {kept}/{keep} = {kept / keep:.3f}"
    else:
        all_found, all_wanted = sum(found.values()), sum(wanted.values())
        line = (f"{name:<6} identifiers found {all_found}/{all_wanted} = {all_found / all_wanted:.3f}; "
                f"negatives kept {kept}/{keep} = {kept / keep:.3f}")
    if precision:
        line += f"; spans on an identifier {right}/{predicted} = {right / max(predicted, 1):.3f}"
    return line


def stock_spans(texts: Sequence[str], renamed: dict[str, str] | None = None) -> list[list[Span]]:
    """Stock Presidio's spans, the types in ``renamed`` (stock's name to ours) renamed."""
    from benchmarks.bench_text_holdout import stock_presidio

    analyzer = stock_presidio()
    renamed = renamed or {}
    return [[(r.start, r.end, renamed.get(r.entity_type, r.entity_type)) for r in analyzer.analyze(t, language="en")]
            for t in texts]


def run(rows: Sequence[Row], description: str, *, typed: Collection[str] = (), dev_rows: Sequence[Row] | None = None,
        known: Sequence[Any] | None = None, subsets: dict[str, Collection[str]] | None = None,
        precision: bool = False, stock_renamed: dict[str, str] | None = None) -> None:
    """Score ``rows`` ours beside stock Presidio, as the command line's options say, and print the figures.

    ``typed``: the kinds whose finds need a span of their own kind (``ALL``: every kind). ``dev_rows``: adds
    ``--dev``, scoring these rows instead. ``known``: each row's known block, scored with the detectors (``ours+k``)
    and alone (``known``), stock then only with ``--stock`` (it takes no known block). ``subsets``: a further line
    per scorer for each suffix, counting only spans of those types. ``precision``: see ``figures``.
    ``stock_renamed``: stock Presidio's type names to ours (``{"PHONE_NUMBER": "PHONE"}``), for typed finds.
    """
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    if known is None:
        parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio")
    else:
        parser.add_argument("--stock", action="store_true", help="also score stock Presidio (no known block)")
    parser.add_argument("--misses", action="store_true", help="print failing surfaces (not while tuning)")
    if dev_rows is not None:
        parser.add_argument("--dev", action="store_true", help="score the development rows (dev_rows.py) instead")
    args = parser.parse_args()
    if dev_rows is not None and args.dev:
        rows = dev_rows
    from redaction.text import TextRedactor

    texts = [text for text, _, _ in rows]
    check_rows(rows)
    redactor = TextRedactor()
    lines: list[str] = []

    def score(name: str, spans_per_row: list[list[Span]]) -> None:
        lines.append(figures(rows, spans_per_row, name, args.misses, typed=typed, precision=precision))
        for suffix, types in (subsets or {}).items():
            subset = [[span for span in spans if span[2] in types] for spans in spans_per_row]
            lines.append(figures(rows, subset, f"{name}{suffix}", args.misses, typed=typed, precision=precision))

    if known is None:
        score("ours", [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many(texts)])
    else:
        pairs = list(zip(texts, known, strict=True))
        score("ours+k", [[(s.start, s.end, s.type) for s in redactor.detect(t, known=k)] for t, k in pairs])
        score("known", [[(s.start, s.end, s.type) for s in redactor.detect(t, known=k, detectors=False)]
                        for t, k in pairs])
    if (args.stock if known is not None else not args.no_stock):
        score("stock", stock_spans(texts, stock_renamed))
    print(f"{len(rows)} rows")
    print("\n".join(lines))


def locate_nth(text: str, item: str | tuple[str, int]) -> tuple[int, int]:
    """Where ``item`` stands in ``text``: a surface's first occurrence, or ``(surface, n)``: its occurrence n from 0."""
    surface, nth = (item, 0) if isinstance(item, str) else item
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def run_classes(classes: Mapping[str, Sequence[tuple[str, Sequence[Any], Sequence[Any]]]], description: str, *,
                line: str = "{name:<36} found {found:>3}/{wanted:<3}  kept {kept:>3}/{keep}", width: int = 36) -> None:
    """Score rows by class (finds any type, a find ``(surface, n)`` its occurrence n) and print a ``line`` per class
    and an ``ALL`` line its name ``width`` wide; ``--misses`` prints the failing surfaces."""
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
                start, end = locate_nth(text, item)
                wanted += 1
                hit = all(any(s <= i < e for s, e in spans) for i in range(start, end) if text[i].isalnum())
                found += hit
                if not hit and args.misses:
                    print(f"    MISS {text[start:end]!r} in {text!r}")
            for item in keeps:
                start, end = locate_nth(text, item)
                keep += 1
                touched = any(s < end and start < e for s, e in spans)
                kept += not touched
                if touched and args.misses:
                    print(f"    OVER {text[start:end]!r} in {text!r}")
        print(line.format(name=name, found=found, wanted=wanted, kept=kept, keep=keep))
        all_found += found
        all_wanted += wanted
        all_kept += kept
        all_keep += keep
    print(f"{'ALL':<{width}} found {all_found}/{all_wanted} = {all_found / all_wanted:.3f}   "
          f"kept {all_kept}/{all_keep} = {all_kept / all_keep:.3f}")
