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
shared machine falls on all of them alike; the target is ``text / bare <= 1.3`` (issue 9). The CPUs
available and the load average are printed: compare figures from a quiet machine.

    .venv/bin/python benchmarks/bench_startup.py --repeat 7 --files 20
"""

from __future__ import annotations

import argparse
import os
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


def _timed(command: Sequence[str], *, stdin: str = "", env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    run = subprocess.run(command, input=stdin, capture_output=True, text=True, env=env, cwd=cwd)
    elapsed = time.perf_counter() - started
    if run.returncode not in (0, 6):  # 6: the second reader found identifiers (a generated letter may keep one)
        raise SystemExit(f"{' '.join(command[:4])}... failed with status {run.returncode}:\n{run.stderr}")
    return elapsed


def _line(name: str, times: Sequence[float]) -> str:
    return (f"{name:<34} median {statistics.median(times):6.2f} s   min {min(times):6.2f}   max {max(times):6.2f}"
            f"   (n={len(times)})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7, help="runs of each command, interleaved (default 7)")
    parser.add_argument("--files", type=int, default=20, help="letters in the many-files run (default 20)")
    parser.add_argument("--no-files", action="store_true", help="time only the bare load and 'vault redact text'")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the checkout whose code is timed (default: this one); another commit's, to compare")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.files < 2:
        parser.error("--repeat must be at least 1 and --files at least 2")

    root = args.root.resolve()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    vault, bare = _vault_command(), _bare_command(root)
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"code timed: {root}")
    print(f"CPUs available: {cpus}; load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"bare:  {' '.join(bare)}")
    print(f"text:  {' '.join(vault)} redact text <<< Hello")
    work = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    times: dict[str, list[float]] = {"bare": [], "text": [], "one": [], "files": []}
    try:
        letters = _letters(work, args.files)
        out_one, out_all = work / "out-one", work / "out-all"
        out_one.mkdir()
        out_all.mkdir()
        if not args.no_files:
            print(f"files: {' '.join(vault)} redact <{args.files} letters> --out-dir DIR (and the first letter alone)")
        _timed(bare, env=env, cwd=root)  # the first run of anything reads the files from disk: not timed
        _timed([*vault, "redact", "text"], stdin="Hello\n", env=env, cwd=root)
        for _ in range(args.repeat):
            times["bare"].append(_timed(bare, env=env, cwd=root))
            times["text"].append(_timed([*vault, "redact", "text"], stdin="Hello\n", env=env, cwd=root))
            if not args.no_files:
                times["one"].append(_timed([*vault, "redact", str(letters[0]), "--out-dir", str(out_one)], env=env, cwd=root))
                times["files"].append(_timed([*vault, "redact", *map(str, letters), "--out-dir", str(out_all)], env=env, cwd=root))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print(_line("bare NER-only load (process)", times["bare"]))
    print(_line("vault redact text <<< Hello", times["text"]))
    if not args.no_files:
        print(_line("vault redact 1 letter --out-dir", times["one"]))
        print(_line(f"vault redact {args.files} letters --out-dir", times["files"]))
        per_file = (statistics.median(times["files"]) - statistics.median(times["one"])) / (args.files - 1)
        print(f"{'per further file':<34} {per_file:6.3f} s   (median {args.files} letters - median 1, / {args.files - 1})")
    ratio = statistics.median(times["text"]) / statistics.median(times["bare"])
    verdict = "within" if ratio <= TARGET else "above"
    print(f"\nstart-up ratio text / bare = {ratio:.2f} ({verdict} the {TARGET}x target); "
          f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
