"""The training-data export on PostgreSQL: one `vault worker` against two, beside `vault redact jsonl` on
the same text, and the API's responsiveness while an export runs, all in one run.

    .venv/bin/python benchmarks/bench_export.py [--cases 24] [--notes 3] [--downloads 200]

1. A throwaway vault on a fresh PostgreSQL database (127.0.0.1:5432) and a local encrypted store, with
   ``--cases`` families whose parents consented to training, ``--notes`` generated case notes each
   (``benchmarks/text_corpus``, seed 11).
2. Baseline: ``vault redact jsonl`` over the same notes (one process), whole command timed.
3. The export with one worker, then with two (fresh exports; workers started and warmed first: they
   load their models before saying "running"), from the request to the end of the job: documents/s,
   bytes/s, and the ratio two/one (target >= 1.8 on a 2-core machine).
4. ``vault serve --no-jobs``: the p95 of downloading a 1 MiB document (200 requests, one client),
   idle, then while an export runs on two workers (target within 1.5x of idle).

Prints the CPUs and the load average first: compare ratios only on a quiet machine.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks._vault_bench import PASSWORD, login, served  # noqa: E402

PG = "postgresql+psycopg://postgres@127.0.0.1:5432/{}"


def _admin(statement: str) -> None:
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(statement)  # type: ignore[arg-type]


@contextmanager
def pg_vault(root: Path, cases: int, notes: int):  # type: ignore[no-untyped-def]
    from benchmarks.text_corpus.generate import generate
    from vault.app import open_vault
    from vault.datadir import create_data_dir
    from vault.policy import Role
    from vault.services import (
        ConsentDecision,
        ConsentInput,
        ConsentMethod,
        NewCase,
        NewDocument,
        PersonInput,
        RecipientKind,
        Relation,
    )
    from vault.settings import Settings

    name = f"vault_bench_{uuid.uuid4().hex[:10]}"
    _admin(f'CREATE DATABASE "{name}"')
    data = root / "vault"
    try:
        create_data_dir(data, database_url=PG.format(name))
        settings = Settings.load(data).with_rules(argon2_time_cost=1, argon2_memory_kib=1024, argon2_parallelism=1,
                                                  require_second_factor=False)
        (data / "settings.json").write_text(json.dumps(settings.document()), encoding="utf-8")
        vault = open_vault(settings)
        texts = [d.text for d in generate(cases * notes, seed=11, style="mixed")]
        try:
            supporter = vault.staff.add(_operator(), username="sam", role=Role.PARENTAL_SUPPORTER, password=PASSWORD,
                                        display_name="Sam", dbs_checked_on=vault.core.clock.now().date())
            vault.staff.add(_operator(), username="cora", role=Role.COORDINATOR, password=PASSWORD, display_name="Cora")
            from vault.policy import Actor

            sam = Actor(supporter.id, Role.PARENTAL_SUPPORTER, "sam")
            for i in range(cases):
                case = vault.cases.open(sam, NewCase(need="Autistic spectrum disorder", details_consent=True, label=f"Family {i}",
                                                     people=(PersonInput(Relation.PARENT, "AB", name=f"Parent Person{i}"),
                                                             PersonInput(Relation.CHILD, "CD", name=f"Child Person{i}",
                                                                         birth_date=date(2015, 1, 1)))))
                vault.consents.record(sam, case.id, ConsentInput(
                    recipient_kind=RecipientKind.ANYONE, purpose="training data", decision=ConsentDecision.GIVEN,
                    method=ConsentMethod.LETTER, obtained_on=date(2026, 1, 1)))
                for text in texts[i * notes : (i + 1) * notes]:
                    vault.notes.add(sam, case.id, text)
            report = vault.documents.upload(sam, case.id, io.BytesIO(os.urandom(1 << 20)),
                                            NewDocument(title="Report", filename="report.bin"))
        finally:
            vault.close()
        yield data, texts, report.id
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _operator():  # type: ignore[no-untyped-def]
    from vault.policy import Actor

    return Actor.operator("benchmark")


@contextmanager
def workers(data: Path, count: int):  # type: ignore[no-untyped-def]
    procs = []
    logs = []
    try:
        for i in range(count):
            log = data / f"worker{count}-{i}.log"
            logs.append(log)
            procs.append(subprocess.Popen([sys.executable, "-m", "vault", "worker", "--data", str(data), "--nice", "0"],
                                          stdout=log.open("wb"), stderr=subprocess.STDOUT, cwd=REPO,
                                          env={**os.environ, "PYTHONWARNINGS": "ignore"}))
        deadline = time.monotonic() + 300
        while not all("running jobs" in log.read_text(errors="replace") for log in logs):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise RuntimeError("a worker did not start: " + " | ".join(log.read_text()[-500:] for log in logs))
            time.sleep(0.5)
        yield
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(60)
            except subprocess.TimeoutExpired:
                p.kill()


def timed_export(data: Path, out: Path) -> tuple[float, dict[str, object]]:
    from vault.app import open_vault
    from vault.jobs.bodies.training import request_training_export
    from vault.settings import Settings

    vault = open_vault(Settings.load(data))
    try:
        started = time.perf_counter()
        view = request_training_export(vault, _operator(), str(out), workers=2)
        final = vault.jobs.wait(_operator(), view.id, timeout=3600, poll=0.2)
        elapsed = time.perf_counter() - started
        if final.state != "succeeded":
            raise RuntimeError(f"export {final.state}: {final.reason}")
        return elapsed, final.summary
    finally:
        vault.close()


def jsonl_baseline(texts: list[str], root: Path) -> float:
    source = root / "notes.jsonl"
    source.write_text("".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "vault", "redact", "jsonl", str(source), str(root / "out.jsonl")], check=True,
                   cwd=REPO, capture_output=True)
    return time.perf_counter() - started


def p95_downloads(url: str, document_id: str, count: int) -> tuple[float, float]:
    import httpx

    headers = login(url, "sam")
    times = []
    with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
        for _ in range(count):
            started = time.perf_counter()
            response = client.get(f"/documents/{document_id}/content")
            response.raise_for_status()
            times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=24)
    parser.add_argument("--notes", type=int, default=3)
    parser.add_argument("--downloads", type=int, default=200)
    args = parser.parse_args()
    print(f"CPUs available: {len(os.sched_getaffinity(0))}; load average: {os.getloadavg()[0]:.2f}", flush=True)
    root = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        with pg_vault(root, args.cases, args.notes) as (data, texts, document_id):
            size = sum(len(t.encode()) for t in texts)
            print(f"{args.cases} cases, {len(texts)} notes, {size / 1024:.1f} KiB of text", flush=True)
            baseline = jsonl_baseline(texts, root)
            print(f"vault redact jsonl (one process, whole command): {baseline:.1f} s, {len(texts) / baseline:.2f} docs/s, "
                  f"{size / 1024 / baseline:.1f} KiB/s", flush=True)
            rates = {}
            for count in (1, 2):
                with workers(data, count):
                    elapsed, summary = timed_export(data, root / f"export{count}")
                rates[count] = elapsed
                print(f"export, {count} worker(s): {elapsed:.1f} s, {summary['records']} records, "
                      f"{len(texts) / elapsed:.2f} docs/s, {size / 1024 / elapsed:.1f} KiB/s", flush=True)
            print(f"two workers / one: {rates[1] / rates[2]:.2f}x (target >= 1.8)", flush=True)
            with served(data, extra=("--no-jobs", "--workers", "1")) as url:
                idle = p95_downloads(url, document_id, args.downloads)
                print(f"download of 1 MiB, idle: median {idle[0] * 1000:.1f} ms, p95 {idle[1] * 1000:.1f} ms", flush=True)
                with workers(data, 2):
                    from vault.app import open_vault
                    from vault.jobs.bodies.training import request_training_export
                    from vault.settings import Settings

                    vault = open_vault(Settings.load(data))
                    try:
                        view = request_training_export(vault, _operator(), str(root / "export-busy"), workers=2)
                        while not any(p.state == "running" for p in vault.jobs.parts(view.id)):  # measure while it works
                            time.sleep(0.1)
                        busy = p95_downloads(url, document_id, args.downloads)
                        parts = vault.jobs.parts(view.id)  # the export's work is done in its parts
                        under_way = sum(p.state == "running" for p in parts)
                        finished = sum(p.state == "succeeded" for p in parts)
                        vault.jobs.wait(_operator(), view.id, timeout=3600)
                    finally:
                        vault.close()
                print(f"download of 1 MiB during an export (at the end of the measurement: {under_way} of its "
                      f"{len(parts)} parts running, {finished} finished): median {busy[0] * 1000:.1f} ms, p95 {busy[1] * 1000:.1f} ms; "
                      f"p95 busy/idle {busy[1] / idle[1]:.2f}x (target <= 1.5)", flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
