"""Local backend: encrypted put and get of a large file against ``cp`` + ``sync`` on the same disk.

Targets (issue 2): put and get each at most 2x the time of ``cp FILE COPY && sync COPY``; peak RSS of the
process doing the put or get under 150 MB (measured per child process with ``wait4``, so the benchmark's
own memory does not count).

    .venv/bin/python benchmarks/bench_storage_local.py                      # 1 GiB, 256 KiB chunks
    .venv/bin/python benchmarks/bench_storage_local.py --size-mib 256 --chunk-kib 64,256,1024 --repeat 3

Each round runs cp+sync, our put and our get back to back on the same file (cp first on even rounds, last
on odd ones); the best of the rounds is reported (the least disturbed by other work on the machine). The file is random bytes, and the copy
read back is checked against the original by SHA-256 outside the timings; a ``sync`` between steps keeps
one step's dirty pages from being charged to the next. GNU cp copies in the kernel (copy_file_range). Work files go under --dir
(default benchmarks/results/work, on the repository's disk) and are deleted afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MiB = 1024 * 1024


def make_file(path: Path, size_mib: int) -> None:
    with path.open("wb") as handle:
        for _ in range(size_mib):
            handle.write(os.urandom(MiB))
        handle.flush()
        os.fsync(handle.fileno())


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * MiB):
            digest.update(block)
    return digest.hexdigest()


def timed_child(argv: list[str]) -> tuple[float, float, float]:
    """Run a child process; return (wall seconds, seconds it reported for its work, peak RSS in MB).

    The child's own figure excludes Python start-up and imports (~0.2 s), which ``cp`` does not pay;
    both are printed. RSS comes from ``wait4`` for that child alone.
    """
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
    output = process.stdout.read() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"benchmark step failed ({process.returncode}): {' '.join(argv)}")
    work = float(output.strip()) if output.strip() else elapsed
    return elapsed, work, usage.ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def child_main(args: argparse.Namespace) -> None:
    """Inside the child: one put or one get, nothing else."""
    from storage import EncryptedStore, Keyring, LocalStore, SQLiteKeyStore

    work = Path(args.work)
    store = EncryptedStore(LocalStore(work / "store"), keyring=Keyring.load(work / "keyring.json"),
                           keystore=SQLiteKeyStore(work / "keys.sqlite"), chunk_size=args.chunk_kib * 1024)
    started = time.perf_counter()
    if args.child == "put":
        with open(args.path, "rb") as source:
            store.put(args.object_id, source, case_id="bench")
    else:
        store.get_file(args.object_id, args.path)
    print(f"{time.perf_counter() - started:.6f}")


def copy_with_cp(work: Path, source: Path) -> float:
    copy = work / "cp-copy.bin"
    # `sync FILE` flushes the copy only: a bare `sync` would also flush other processes' writes.
    seconds, _same, _rss = timed_child(["sh", "-c", f'cp "{source}" "{copy}" && sync "{copy}"'])
    copy.unlink()
    subprocess.run(["sync"], check=True)
    return seconds


def run_round(work: Path, source: Path, chunk_kib: int, round_number: int) -> dict[str, float]:
    """cp, put, get in that order on even rounds; put, get, cp on odd ones (the step right after a big
    flush tends to be slower on a shared disk, so no side always pays for it)."""
    restored = work / "restored.bin"
    baseline = copy_with_cp(work, source) if round_number % 2 == 0 else 0.0
    object_id = f"bench-{chunk_kib}-{round_number}"
    me = [sys.executable, __file__, "--work", str(work), "--chunk-kib", str(chunk_kib), "--object-id", object_id]
    put_wall, put_s, put_rss = timed_child([*me, "--child", "put", "--path", str(source)])
    subprocess.run(["sync"], check=True)
    get_wall, get_s, get_rss = timed_child([*me, "--child", "get", "--path", str(restored)])
    subprocess.run(["sync"], check=True)
    if round_number % 2 == 1:
        baseline = copy_with_cp(work, source)
    if sha256(restored) != sha256(source):
        sys.exit("the file read back differs from the original")
    restored.unlink()
    shutil.rmtree(work / "store")
    return {"cp": baseline, "put": put_s, "get": get_s, "put_wall": put_wall, "get_wall": get_wall,
            "put_rss": put_rss, "get_rss": get_rss}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--chunk-kib", default="256", help="comma-separated chunk sizes to compare")
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--dir", type=Path, default=REPO / "benchmarks" / "results" / "work")
    parser.add_argument("--child", choices=["put", "get"], help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--object-id", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.chunk_kib = int(args.chunk_kib)
        child_main(args)
        return

    from storage import Keyring

    work = args.dir / f"local-{os.getpid()}"
    work.mkdir(parents=True)
    try:
        Keyring.create(work / "keyring.json")
        source = work / "source.bin"
        make_file(source, args.size_mib)
        print(f"file: {args.size_mib} MiB of random bytes in {work} ({args.repeat} round(s), best shown)")
        print(f"{'chunk':>8} {'cp+sync s':>10} {'put s':>7} {'get s':>7} {'put/cp':>7} {'get/cp':>7} "
              f"{'incl. start-up':>15} {'put RSS MB':>10} {'get RSS MB':>10}")
        verdicts: list[str] = []
        for chunk_kib in (int(c) for c in args.chunk_kib.split(",")):
            rounds = [run_round(work, source, chunk_kib, n) for n in range(args.repeat)]
            best = {key: min(r[key] for r in rounds) for key in rounds[0]}
            put_ratio, get_ratio = best["put"] / best["cp"], best["get"] / best["cp"]
            peak = max(max(r["put_rss"], r["get_rss"]) for r in rounds)
            with_start = f"{best['put_wall'] / best['cp']:.2f} / {best['get_wall'] / best['cp']:.2f}"
            print(f"{chunk_kib:>5}KiB {best['cp']:>10.2f} {best['put']:>7.2f} {best['get']:>7.2f} "
                  f"{put_ratio:>7.2f} {get_ratio:>7.2f} {with_start:>15} {max(r['put_rss'] for r in rounds):>10.1f} "
                  f"{max(r['get_rss'] for r in rounds):>10.1f}")
            met = put_ratio <= 2 and get_ratio <= 2 and peak < 150
            verdicts.append(f"{chunk_kib} KiB chunks: {'MET' if met else 'NOT MET'}")
        print("targets put/cp <= 2, get/cp <= 2, peak RSS < 150 MB ->", "; ".join(verdicts))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
