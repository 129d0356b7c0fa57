"""Start-up of ``vault redact``, as whole processes, beside a bare load of the same model, in one run.

What a user pays before the first byte is redacted, measured as a user meets it (a fresh process each
time, wall clock, interpreter start and exit included):

* **bare**: ``python -c "import spacy; spacy.load(<the domain NER>, exclude=<unused>)"``: the model the
  first reader uses (``redaction/text/models/send_ner``), with NER only, as
  :func:`redaction.text.domain_model.load_domain_ner` loads it; nothing else;
* **text**: ``vault redact text <<< Hello``: argument parsing, the first reader's load and redaction, the
  independent second reader's load (stock Presidio over the full small spaCy pipeline, the names
  gazetteer, ...) and its read of the output, the verdict line;
* **files**: ``vault redact FILE... --out-dir DIR`` over ``--files`` small generated letters (one process;
  the model is shared): the whole run, and the cost per file beyond the one-file run
  (``(files - one) / (N - 1)``).

The three commands are interleaved ``--repeat`` times (medians, and the spread), so a busy moment of a
shared machine falls on all of them alike; the target is ``text / bare <= 1.3`` (issue 9), in wall-clock
time. Beside it, the CPU seconds each run used (with its children: ``vault redact`` loads its second
reader in a process of its own, in parallel, so its CPU time is more than its wall-clock time on an
idle machine with two cores, and a machine whose other cores are busy makes it wait), and the same ratio
in CPU time, which a busy machine hardly distorts. The CPUs available and the load average are printed:
compare wall-clock figures from a quiet machine.

As a user meets it: the commands write and read their bytecode (``PYTHONDONTWRITEBYTECODE`` is dropped
for them; an installed package has its ``.pyc`` files; ``--no-bytecode`` keeps it), and ``vault``'s
compiled-pattern cache (:mod:`redaction.pattern_cache`) is a fresh file in the run's temporary folder:
the first, untimed run of each checkout builds it (its time is printed), the timed runs use it.

    .venv/bin/python benchmarks/bench_startup.py --repeat 7 --files 20
    .venv/bin/python benchmarks/bench_startup.py --repeat 7 --baseline-root /tmp/before   # a before/after

``--baseline-root DIR`` times another checkout's ``vault`` commands in the same loop (``git worktree add
/tmp/before <commit>``), so a before/after on a shared machine sees the same load.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET = 1.3  # text / bare, issue 9


def _vault_command() -> list[str]:
    """The installed ``vault`` script beside this interpreter, else ``python -m vault``."""
    script = Path(sys.executable).with_name("vault")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "vault"]


def _bare_command(root: Path) -> list[str]:
    from redaction.text.domain_model import DOMAIN_MODEL_DIR
    from redaction.text.model import UNUSED_COMPONENTS

    model = root / DOMAIN_MODEL_DIR.relative_to(ROOT)  # the timed checkout's copy of the model
    code = f"import spacy; spacy.load({str(model)!r}, exclude={list(UNUSED_COMPONENTS)!r})"
    return [sys.executable, "-c", code]


def _letters(folder: Path, count: int) -> list[Path]:
    """``count`` small letters from the project's generator (seed 0): real names, numbers, dates."""
    from benchmarks.text_corpus import generate

    paths = []
    for index, document in enumerate(generate(count, seed=0)):
        path = folder / f"letter-{index:03d}.txt"
        path.write_text(document.text[:1500], encoding="utf-8")
        paths.append(path)
    return paths


def _timed(command: Sequence[str], *, stdin: str = "", env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall-clock seconds of one run, and the CPU seconds it and its children used (a busy machine
    stretches the first, hardly the second)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, cwd=cwd)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if run.returncode not in (0, 6):  # 6: the second reader found identifiers (a generated letter may keep one)
        raise SystemExit(f"{' '.join(command[:4])}... failed with status {run.returncode}:\n{run.stderr}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _line(name: str, runs: Sequence[tuple[float, float]]) -> str:
    walls = [wall for wall, _ in runs]
    cpu = _cpu_median(runs)
    return (f"{name:<42} median {statistics.median(walls):5.2f} s   min {min(walls):5.2f}   max {max(walls):5.2f}"
            f"   CPU {cpu:5.2f} s   (n={len(runs)})")


def _median(runs: Sequence[tuple[float, float]]) -> float:
    return statistics.median(wall for wall, _ in runs)


def _env(root: Path, work: Path, *, bytecode: bool) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
           "VAULT_PATTERN_CACHE": str(work / f"patterns-{abs(hash(str(root)))}")}  # one per checkout, built here
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cpu_median(runs: Sequence[tuple[float, float]]) -> float:
    return statistics.median(cpu for _, cpu in runs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each command, interleaved (default 7)")
    parser.add_argument("--files", type=int, default=20, help="letters in the many-files run (default 20)")
    parser.add_argument("--no-files", action="store_true", help="time only the bare load and 'vault redact text'")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout whose code is timed (default: this one)")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE for the commands (each run compiles the checkout's sources)")
    parser.add_argument("--baseline-root", type=Path,
                        help="another checkout (an earlier commit's) whose vault commands are timed in the same "
                             "loop, for a before/after on a shared machine")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.files < 2:
        parser.error("--repeat must be at least 1 and --files at least 2")

    roots = {"": args.root.resolve()}
    if args.baseline_root is not None:
        roots[" (baseline)"] = args.baseline_root.resolve()
    vault, bare = _vault_command(), _bare_command(roots[""])
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    for tag, root in roots.items():
        print(f"code timed{tag}: {root}")
    print(f"CPUs available: {cpus}; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"bare:  {' '.join(bare)}")
    print(f"text:  {' '.join(vault)} redact text <<< Hello")
    if not args.no_files:
        print(f"files: {' '.join(vault)} redact <{args.files} letters> --out-dir DIR (and the first letter alone)")
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    times: dict[str, list[tuple[float, float]]] = {"bare": []}
    bytecode = not args.no_bytecode
    print(f"bytecode written and read: {'yes' if bytecode else 'no (PYTHONDONTWRITEBYTECODE as set)'}")
    try:
        letters = _letters(work, args.files)
        _timed(bare, env=_env(roots[""], work, bytecode=bytecode), cwd=roots[""])  # the first run reads from disk
        for tag, root in roots.items():  # also writes the bytecode and builds the pattern cache
            wall, cpu = _timed([*vault, "redact", "text"], stdin="Hello\n", env=_env(root, work, bytecode=bytecode),
                               cwd=root)
            print(f"first run, untimed{tag}: {wall:.2f} s, CPU {cpu:.2f} s")
        for _ in range(args.repeat):
            times["bare"].append(_timed(bare, env=_env(roots[""], work, bytecode=bytecode), cwd=roots[""]))
            for tag, root in roots.items():
                env = _env(root, work, bytecode=bytecode)
                times.setdefault("text" + tag, []).append(
                    _timed([*vault, "redact", "text"], stdin="Hello\n", env=env, cwd=root))
                if args.no_files:
                    continue
                for name, chosen in (("one", letters[:1]), ("files", letters)):
                    out = work / f"out-{name}{tag.strip(' ()')}"
                    out.mkdir(exist_ok=True)
                    times.setdefault(name + tag, []).append(
                        _timed([*vault, "redact", *map(str, chosen), "--out-dir", str(out)], env=env, cwd=root))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(_line("bare NER-only load (process)", times["bare"]))
    for tag in roots:
        print(_line("vault redact text <<< Hello" + tag, times["text" + tag]))
        if not args.no_files:
            print(_line("vault redact 1 letter" + tag, times["one" + tag]))
            print(_line(f"vault redact {args.files} letters" + tag, times["files" + tag]))
            per_file = (_median(times["files" + tag]) - _median(times["one" + tag])) / (args.files - 1)
            print(f"{'per further file' + tag:<42} {per_file:6.3f} s   (median {args.files} letters - median 1, "
                  f"/ {args.files - 1})")
    print()
    for tag in roots:
        ratio = _median(times["text" + tag]) / _median(times["bare"])
        cpu_ratio = _cpu_median(times["text" + tag]) / _cpu_median(times["bare"])
        verdict = "within" if ratio <= TARGET else "above"
        print(f"start-up ratio text / bare{tag} = {ratio:.2f} wall ({verdict} the {TARGET}x target), "
              f"{cpu_ratio:.2f} CPU ({'within' if cpu_ratio <= TARGET else 'above'})")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
