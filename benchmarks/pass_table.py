"""The per-pass table of the text benchmarks (``--passes``): what each pass of the detector costs and adds.

For each pass of ``Detector.pipeline``: its CPU seconds in a run with every pass on (and its share of all
passes' time), how many candidates it found (sources) or removed (negatives) in that run, and, for each
optional pass, recall, precision and tricky negatives kept with every pass on minus the same with that
pass alone switched off: a source or propagation shows the recall it adds, a negative the precision and
negatives it keeps (and the recall it costs). The known-identifier pass is also scored with each
document's case record passed (``known removed``). Whole-set figures only: no span and no context, so
the table may be printed for a kept-back set (``--summary``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Figures", "PassRow", "pass_rows", "print_pass_table"]

Pred = tuple[int, int, str]


@dataclass(frozen=True)
class Figures:
    recall: float
    precision: float
    negatives: float  # share of tricky negatives untouched


@dataclass(frozen=True)
class PassRow:
    name: str
    seconds: float
    share: float
    found: int
    removed: int
    delta: Figures | None  # every pass on minus this pass off; None for a pass that cannot be switched off
    known_delta: float | None = None  # known identifiers removed, every pass on minus this pass off


def _predictions(detector, texts: Sequence[str], known: object = None) -> tuple[list[list[Pred]], list]:  # type: ignore[no-untyped-def,type-arg]
    readings = list(detector.read_many(texts, known=known))
    return [[(d.span.start, d.span.end, d.span.type) for d in r.detections] for r in readings], readings


def pass_rows(detector, texts: Sequence[str], measure: Callable[[Sequence[Sequence[Pred]]], Figures], *,  # type: ignore[no-untyped-def]
              knowns: Sequence[object] | None = None,
              known_removed: Callable[[Sequence[Sequence[Pred]]], float] | None = None) -> list[PassRow]:
    """One row per pass name of ``detector.pipeline``, in order (see the module's docstring)."""
    pipeline = detector.pipeline
    saved_off = detector.passes_off
    try:
        detector.passes_off = ()
        pipeline.seconds.clear()
        preds, readings = _predictions(detector, texts)
        seconds = dict(pipeline.seconds)
        full = measure(preds)
        found: Counter[str] = Counter(f.by.partition(":")[0] for r in readings for f in r.found)
        removed: Counter[str] = Counter(x.by for r in readings for x in r.removed)
        known_full = known_removed(_predictions(detector, texts, knowns)[0]) if knowns and known_removed else None
        deltas: dict[str, Figures] = {}
        known_deltas: dict[str, float] = {}
        for name in pipeline.optional:
            detector.passes_off = {name}
            without = measure(_predictions(detector, texts)[0])
            deltas[name] = Figures(full.recall - without.recall, full.precision - without.precision,
                                   full.negatives - without.negatives)
            if name == "known" and known_full is not None and known_removed is not None:
                known_deltas[name] = known_full - known_removed(_predictions(detector, texts, knowns)[0])
    finally:
        detector.passes_off = saved_off
    total = sum(seconds.values()) or 1.0
    return [PassRow(name, seconds.get(name, 0.0), seconds.get(name, 0.0) / total, found[name], removed[name],
                    deltas.get(name), known_deltas.get(name)) for name in pipeline.names]


def _shown(delta: float) -> float:
    """A difference too small to print is no difference ("+0.0000", never "-0.0000")."""
    return delta if abs(delta) >= 0.00005 else 0.0


def print_pass_table(rows: Sequence[PassRow], kb: float) -> None:
    total = sum(r.seconds for r in rows)
    print(f"per pass (CPU s with every pass on, {kb:.0f} KB; Δ = every pass on minus this pass off):")
    print(f"  {'pass':<16}{'CPU s':>8}{'share':>8}{'found':>8}{'removed':>9}{'Δ recall':>10}{'Δ precision':>13}"
          f"{'Δ negatives kept':>18}")
    for r in rows:
        delta = (f"{_shown(r.delta.recall):>+10.4f}{_shown(r.delta.precision):>+13.4f}{_shown(r.delta.negatives):>+18.4f}"
                 if r.delta
                 else "   (always on)".ljust(41))
        known = f"   Δ known removed {r.known_delta:+.4f}" if r.known_delta is not None else ""
        print(f"  {r.name:<16}{r.seconds:>8.3f}{r.share:>8.1%}{r.found:>8}{r.removed:>9}{delta}{known}")
    print(f"  {'all passes':<16}{total:>8.3f}{1:>8.1%}")
