"""One long text against the same content as its separate documents: time, CPU and peak memory.

    .venv/bin/python benchmarks/bench_long_text.py [--sizes 100,400,1600] [--seed 0] [--style mixed] [--compare]

A long text (a tribunal bundle's text, a 200-page PDF's text layer, a long e-mail thread) is built by joining
documents of ``benchmarks/text_corpus`` with a blank line until it reaches each size (in KB). For each size,
two fresh subprocesses load the detector and then detect either the long text in one call (``long``) or the
same documents separately through ``detect_many`` (``docs``, the baseline). Each reports wall and CPU
seconds of the detection alone, the resident memory once the model is loaded, and the peak resident memory
during the detection (``VmHWM`` of ``/proc/self/status``, reset after loading by writing 5 to
``/proc/self/clear_refs``; where that cannot be reset the peak includes the load). The table gives each
figure and the long/docs ratio. ``--compare`` also reports how the long text's detections differ from the
union of its documents' (each document's spans shifted to where it stands in the long text).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SEPARATOR = "\n\n"


def documents_for(size_kb: int, *, seed: int, style: str) -> list[str]:
    """Corpus documents, in order, until their joined length reaches ``size_kb`` KB."""
    from benchmarks.text_corpus import generate

    target = size_kb * 1000
    count = max(8, target // 700)
    while True:
        texts = [d.text for d in generate(count, seed=seed, style=style)]
        total, chosen = 0, []
        for text in texts:
            chosen.append(text)
            total += len(text) + len(SEPARATOR)
            if total >= target:
                return chosen
        count *= 2


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child(mode: str, size_kb: int, seed: int, style: str, compare: bool) -> None:
    from redaction.text.detector import Detector

    docs = documents_for(size_kb, seed=seed, style=style)
    long_text = SEPARATOR.join(docs)
    detector = Detector()
    detector.detect("Warm-up: Sarah Jones rang on 07700 900123.")
    loaded = _rss_kb("VmRSS")
    reset = _reset_peak()
    wall, cpu = time.perf_counter(), time.process_time()
    if mode == "long":
        spans = detector.detect(long_text)
        found = [(s.start, s.end, s.type) for s in spans]
    else:
        found, offset = [], 0
        for text, spans in zip(docs, detector.detect_many(docs)):
            found += [(s.start + offset, s.end + offset, s.type) for s in spans]
            offset += len(text) + len(SEPARATOR)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    peak = _rss_kb("VmHWM")
    out = {"mode": mode, "chars": len(long_text), "docs": len(docs), "wall": wall, "cpu": cpu,
           "loaded_mb": loaded / 1024, "peak_mb": peak / 1024, "peak_reset": reset,
           "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "detections": len(found)}
    if compare:
        out["found"] = found
    print(json.dumps(out))


def run_child(mode: str, size_kb: int, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--child", mode, "--sizes", str(size_kb), "--seed", str(args.seed),
               "--style", args.style] + (["--compare"] if args.compare else [])
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{mode} {size_kb} KB failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _differences(long: dict, docs: dict, text: str) -> str:
    a, b = set(map(tuple, long["found"])), set(map(tuple, docs["found"]))
    redacted = {i for s, e, _ in a for i in range(s, e)}
    lost = [(s, e) for s, e, _ in b - a if any(text[i].isalnum() and i not in redacted for i in range(s, e))]
    return (f"spans only in long {len(a - b)}, only in docs {len(b - a)}, both {len(a & b)}; "
            f"docs' spans with a letter or digit the long text leaves: {len(lost)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,400,1600", help="long-text sizes in KB, comma-separated")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--style", default="mixed", choices=("clean", "noisy", "mixed"))
    parser.add_argument("--compare", action="store_true", help="also compare the long text's detections with its documents'")
    parser.add_argument("--child", choices=("long", "docs"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.child:
        child(args.child, sizes[0], args.seed, args.style, args.compare)
        return
    print(f"load average at start: {os.getloadavg()[0]:.2f} (cores: {os.cpu_count()})")
    header = (f"{'size':>7} {'docs':>5} | {'wall s':>15} {'cpu s':>15} {'peak MB over load':>21} | "
              f"{'x wall':>6} {'x cpu':>6} {'x mem':>6} | detections long/docs")
    print(header)
    print("-" * len(header))
    for size in sizes:
        docs = run_child("docs", size, args)
        long = run_child("long", size, args)
        extra = lambda r: r["peak_mb"] - r["loaded_mb"] if r["peak_reset"] else r["peak_mb"]  # noqa: E731
        ratio = lambda a, b: a / b if b > 0 else float("inf")  # noqa: E731
        print(f"{long['chars'] / 1000:>6.0f}K {long['docs']:>5} | {long['wall']:>7.1f}/{docs['wall']:<7.1f} "
              f"{long['cpu']:>7.1f}/{docs['cpu']:<7.1f} {extra(long):>10.0f}/{extra(docs):<10.0f} | "
              f"{ratio(long['wall'], docs['wall']):>6.2f} {ratio(long['cpu'], docs['cpu']):>6.2f} "
              f"{ratio(extra(long), extra(docs)):>6.2f} | {long['detections']}/{docs['detections']}")
        print(f"{'':>14}  (long/docs; loaded {long['loaded_mb']:.0f} MB, peak RSS long {long['peak_mb']:.0f} MB, "
              f"docs {docs['peak_mb']:.0f} MB)")
        if args.compare:
            text = SEPARATOR.join(documents_for(size, seed=args.seed, style=args.style))
            print(f"{'':>14}  {_differences(long, docs, text)}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
