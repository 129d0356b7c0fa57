"""Two ``vault worker`` processes share a training export over PostgreSQL and the Ceph S3 server (the
vault's objects in one bucket, the export in another); the one holding a part is killed with SIGKILL
in the middle of it. The export still ends once, its files are exactly what a clean run of the same
export writes, and the vault's store holds nothing left behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import fixtures_db
import pytest
from vault_world import OPERATOR, add_staff

from vault.app import open_vault
from vault.datadir import create_data_dir
from vault.export.sink import DirectorySink, open_sink
from vault.export.training import export_case
from vault.jobs import JobState
from vault.jobs.bodies.training import _keys, request_training_export
from vault.policy import Role
from vault.services import ConsentDecision, ConsentInput, ConsentMethod, NewCase, PersonInput, RecipientKind, Relation
from vault.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

HERE = Path(__file__).parent
FAMILIES = [("Amara Okafor", "Tobi Okafor"), ("Grace Lindqvist", "Elias Lindqvist"), ("Priya Raman", "Arjun Raman"),
            ("Siobhan Keane", "Cian Keane"), ("Fatima Haddad", "Yusuf Haddad"), ("Joanna Nowak", "Kuba Nowak"),
            ("Ruth Adeyemi", "Daniel Adeyemi"), ("Mei Chen", "Leo Chen"), ("Hana Novak", "Adam Novak"),
            ("Zara Qureshi", "Ibrahim Qureshi")]
NOTES_PER_CASE = 24


def _wait(predicate: Callable[[], bool], *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.2)


def _worker(data: Path, log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, "-m", "vault", "worker", "--data", str(data)], stdout=out,
                                stderr=subprocess.STDOUT, env=env, cwd=HERE.parents[1])


def test_a_worker_killed_mid_export_changes_nothing(tmp_path: Path, s3_server, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    s3_server.apply_env(monkeypatch)
    database = fixtures_db._create_pg_database()
    data = tmp_path / "vault"
    try:
        create_data_dir(data, database_url=fixtures_db._pg_url(database), store_url=s3_server.store_url(s3_server.new_bucket()))
        settings = Settings.load(data).with_rules(argon2_time_cost=1, argon2_memory_kib=64, argon2_parallelism=1,
                                                  job_stale_seconds=5.0)
        (data / "settings.json").write_text(json.dumps(settings.document()), encoding="utf-8")
        vault = open_vault(settings)
        workers: list[subprocess.Popen[bytes]] = []
        try:
            coordinator = add_staff(vault, "cora", Role.COORDINATOR)
            supporter = add_staff(vault, "sam", Role.PARENTAL_SUPPORTER)
            cases = []
            for parent, child in FAMILIES:
                case = vault.cases.open(supporter, NewCase(need="Speech, language and communication needs", details_consent=True,
                                                           label=f"{parent.split()[1]} family", people=(
                    PersonInput(Relation.PARENT, "".join(w[0] for w in parent.split()), name=parent),
                    PersonInput(Relation.CHILD, "".join(w[0] for w in child.split()), name=child,
                                birth_date=date(2015, 5, 17)))))
                vault.consents.record(supporter, case.id, ConsentInput(
                    recipient_kind=RecipientKind.ANYONE, purpose="training data", decision=ConsentDecision.GIVEN,
                    method=ConsentMethod.LETTER, obtained_on=vault.core.clock.now().date()))
                for week in range(NOTES_PER_CASE // 2):  # enough text that a part is still under way when a poll looks
                    vault.notes.add(supporter, case.id, f"Week {week + 1}: {parent} rang about {child.split()[0]}'s speech "
                                                        f"therapy; {child.split()[0]} has been waiting since 12/01/2026.")
                    vault.notes.add(supporter, case.id, f"Met {parent.split()[0]} at school. {child} is settling well.")
                cases.append(case.id)
            env = {**os.environ, "PYTHONPATH": str(HERE.parents[1])}
            workers = [_worker(data, tmp_path / f"worker{i}.log", env) for i in range(2)]
            export_bucket = s3_server.new_bucket()
            destination = s3_server.store_url(export_bucket)
            view = request_training_export(vault, coordinator, destination, workers=2)

            def a_part_is_under_way() -> bool:
                parts = vault.jobs.parts(view.id)
                assert not parts or any(p.state != JobState.SUCCEEDED for p in parts), \
                    "the export finished before a part was seen under way: give the parts more to do"
                return any(p.state == JobState.RUNNING and p.done >= 1 for p in parts)

            _wait(a_part_is_under_way, seconds=240, what="a part of the export to get going")
            with vault.database.reading() as session:
                from vault.db.models import Job

                holders = {job.claimed_by for job in session.query(Job).filter(Job.parent_id == view.id, Job.state == JobState.RUNNING)}
            victim = next(w for w in workers if any(h and h.endswith(f":{w.pid}") for h in holders))
            os.kill(victim.pid, signal.SIGKILL)
            victim.wait(10)
            final = vault.jobs.wait(coordinator, view.id, timeout=600, poll=0.5)
            logs = [(tmp_path / f"worker{i}.log").read_text(errors="replace")[-3000:] for i in range(2)]
            assert final.state == JobState.SUCCEEDED, (final, logs)
            assert final.summary["cases"] == len(FAMILIES) and final.summary["records"] == NOTES_PER_CASE * len(FAMILIES)
            parts = vault.jobs.parts(view.id)
            assert all(p.state == JobState.SUCCEEDED for p in parts) and any(p.attempts == 2 for p in parts)
            # Exactly what a clean run of the same export writes, file for file.
            exported = open_sink(destination)
            clean = DirectorySink(tmp_path / "clean")
            keys = _keys(vault, view.id)
            for case_id in cases:
                export_case(vault, coordinator, case_id, keys=keys, since=None, sink=clean, export_id=view.id)
            case_files = sorted(name for name in exported.names() if name.startswith("case-"))
            assert case_files == sorted(clean.names())
            for name in case_files:
                assert exported.read(name) == clean.read(name), name
            everything = b"".join(exported.read(name) for name in exported.names())
            for parent, child in FAMILIES:
                assert parent.split()[1].encode() not in everything and child.split()[0].encode() not in everything
            # Nothing of the export went into the families' store, and nothing is left behind there.
            swept = vault.sweep.sweep(OPERATOR, older_than=timedelta(0), deep=True)
            assert swept.orphans_deleted == [] and swept.consistent
        finally:
            vault.close()
            for worker in workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(60)
                except subprocess.TimeoutExpired:
                    worker.kill()
    finally:
        fixtures_db._drop_pg_database(database)
