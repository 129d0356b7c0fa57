"""S3 backend on Ceph RADOS Gateway: encrypted put/get against plain, unencrypted minio to the same server.

Target (issue 2): our put and get each at most 1.3x the time of minio's ``fput_object`` / ``fget_object`` of
the same file to the same gateway (same TLS, same CA, default minio settings for the baseline).

    .venv/bin/python benchmarks/bench_storage_s3.py                          # 1 GiB, bluestore cluster
    .venv/bin/python benchmarks/bench_storage_s3.py --size-mib 256 --repeat 3 --part-mib 8,16,32
    .venv/bin/python benchmarks/bench_storage_s3.py --ceph-dir DIR           # reuse a running gateway

Without --ceph-dir it starts a private cluster with scripts/ceph-rgw (bluestore on a sparse file, so a
gigabyte fits) under benchmarks/results/, and stops it at the end. Each step runs in its own child process
(timed inside the child, peak RSS from ``wait4``); steps are interleaved baseline/ours and the best of the
rounds is shown. The file read back is compared with the original by SHA-256 outside the timings.
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
SCRIPT = REPO / "scripts" / "ceph-rgw"
MiB = 1024 * 1024


def parse_env(text: str) -> dict[str, str]:
    values = {}
    for line in text.splitlines():
        if line.startswith("export ") and "=" in line:
            name, _, value = line[len("export "):].partition("=")
            values[name] = value.strip("'")
    return values


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(4 * MiB):
            digest.update(block)
    return digest.hexdigest()


def timed_child(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds the child reports for its work, peak RSS in MB of that child)."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    output = process.stdout.read() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"benchmark step failed: {' '.join(argv)}")
    return float(output.strip()), usage.ru_maxrss / 1024


def child_main(args: argparse.Namespace) -> None:
    import urllib3
    from minio import Minio

    endpoint, ca = os.environ["VAULT_S3_ENDPOINT"], os.environ["VAULT_S3_CA"]
    started = time.perf_counter()
    if args.child.startswith("minio"):
        client = Minio(endpoint, access_key=os.environ["VAULT_S3_ACCESS_KEY"],
                       secret_key=os.environ["VAULT_S3_SECRET_KEY"], secure=True,
                       http_client=urllib3.PoolManager(ca_certs=ca))
        started = time.perf_counter()
        if args.child == "minio-put":
            client.fput_object(args.bucket, "plain-" + args.object_id, args.path)
        else:
            client.fget_object(args.bucket, "plain-" + args.object_id, args.path)
    else:
        from storage import EncryptedStore, Keyring, SQLiteKeyStore, open_backend

        work = Path(args.work)
        url = f"s3://{args.bucket}?{os.environ['VAULT_S3_URL_QUERY']}&part_size={args.part_mib}"
        store = EncryptedStore(open_backend(url), keyring=Keyring.load(work / "keyring.json"),
                               keystore=SQLiteKeyStore(work / "keys.sqlite"))
        started = time.perf_counter()
        if args.child == "ours-put":
            with open(args.path, "rb") as source:
                store.put(args.object_id, source, case_id="bench")
        else:
            store.get_file(args.object_id, args.path)
    print(f"{time.perf_counter() - started:.6f}")


def start_cluster(args: argparse.Namespace) -> tuple[dict[str, str], Path | None]:
    if args.ceph_dir:
        out = subprocess.run([str(SCRIPT), "env", "--dir", str(args.ceph_dir)], capture_output=True, text=True,
                             check=True).stdout
        return parse_env(out), None
    directory = REPO / "benchmarks" / "results" / f"ceph-{os.getpid()}"
    out = subprocess.run([str(SCRIPT), "start", "--dir", str(directory), "--objectstore", args.objectstore,
                          "--size", f"{max(8, 3 * args.size_mib // 1024 + 6)}G"],
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        sys.exit(f"could not start Ceph:\n{out.stderr}")
    return parse_env(out.stdout), directory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--part-mib", default="16", help="comma-separated multipart part sizes to compare")
    parser.add_argument("--objectstore", choices=["bluestore", "memstore"], default="bluestore")
    parser.add_argument("--ceph-dir", type=Path, help="reuse a gateway started with scripts/ceph-rgw")
    for hidden in ("--child", "--work", "--path", "--object-id", "--bucket"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        args.part_mib = int(args.part_mib)
        child_main(args)
        return

    from storage import Keyring

    env_vars, cluster = start_cluster(args)
    env = os.environ | env_vars
    work = REPO / "benchmarks" / "results" / f"s3-work-{os.getpid()}"
    work.mkdir(parents=True)
    try:
        import urllib3
        from minio import Minio

        admin = Minio(env["VAULT_S3_ENDPOINT"], access_key=env["VAULT_S3_ACCESS_KEY"],
                      secret_key=env["VAULT_S3_SECRET_KEY"], secure=True,
                      http_client=urllib3.PoolManager(ca_certs=env["VAULT_S3_CA"]))
        bucket = f"bench-{os.getpid()}"
        admin.make_bucket(bucket)
        Keyring.create(work / "keyring.json")
        source, back = work / "source.bin", work / "back.bin"
        with source.open("wb") as handle:
            for _ in range(args.size_mib):
                handle.write(os.urandom(MiB))
        print(f"file: {args.size_mib} MiB of random bytes; gateway https://{env['VAULT_S3_ENDPOINT']} "
              f"({'reused' if cluster is None else args.objectstore}); {args.repeat} round(s), best shown")
        print(f"{'part':>6} {'minio put':>9} {'ours put':>8} {'ratio':>6} {'minio get':>9} {'ours get':>8} "
              f"{'ratio':>6} {'our RSS MB':>10}")
        verdicts: list[str] = []
        for part_mib in (int(p) for p in args.part_mib.split(",")):
            rounds = []
            for number in range(args.repeat):
                object_id = f"obj-{part_mib}-{number}"
                me = [sys.executable, __file__, "--work", str(work), "--bucket", bucket, "--object-id", object_id,
                      "--part-mib", str(part_mib)]
                row: dict[str, float] = {}
                row["minio_put"], _ = timed_child([*me, "--child", "minio-put", "--path", str(source)], env)
                row["ours_put"], put_rss = timed_child([*me, "--child", "ours-put", "--path", str(source)], env)
                row["minio_get"], _ = timed_child([*me, "--child", "minio-get", "--path", str(back)], env)
                back.unlink()
                row["ours_get"], get_rss = timed_child([*me, "--child", "ours-get", "--path", str(back)], env)
                if sha256(back) != sha256(source):
                    sys.exit("the file read back differs from the original")
                back.unlink()
                row["rss"] = max(put_rss, get_rss)
                for found in list(admin.list_objects(bucket)):
                    admin.remove_object(bucket, found.object_name)
                rounds.append(row)
            best = {key: min(r[key] for r in rounds) for key in rounds[0]}
            put_ratio, get_ratio = best["ours_put"] / best["minio_put"], best["ours_get"] / best["minio_get"]
            print(f"{part_mib:>3}MiB {best['minio_put']:>9.2f} {best['ours_put']:>8.2f} {put_ratio:>6.2f} "
                  f"{best['minio_get']:>9.2f} {best['ours_get']:>8.2f} {get_ratio:>6.2f} "
                  f"{max(r['rss'] for r in rounds):>10.1f}")
            verdicts.append(f"{part_mib} MiB parts: {'MET' if put_ratio <= 1.3 and get_ratio <= 1.3 else 'NOT MET'}")
        print("target ours/minio <= 1.3 for put and get ->", "; ".join(verdicts))
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if cluster is not None:
            subprocess.run([str(SCRIPT), "stop", "--dir", str(cluster)], capture_output=True, check=False)


if __name__ == "__main__":
    main()
