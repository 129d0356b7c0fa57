"""The job engines for real: procrastinate in memory beside SQLite (jobs left by a process that ended
are picked up by the next), and procrastinate on PostgreSQL with workers in separate processes, one of
them killed with SIGKILL in the middle of a job, which another worker finishes exactly once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import fixtures_db
import jobs_for_tests
import pytest
from vault_world import OPERATOR

from vault.app import open_vault
from vault.datadir import create_data_dir
from vault.jobs import JobState, Prepared
from vault.settings import Settings

HERE = Path(__file__).parent


def _prepared(_work: object) -> Prepared:
    return Prepared()


def _wait(predicate: Callable[[], bool], *, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _settings(data: Path, **rules: object) -> Settings:
    settings = Settings.load(data).with_rules(**rules)
    (data / "settings.json").write_text(__import__("json").dumps(settings.document()), encoding="utf-8")
    return settings


@pytest.mark.slow
def test_jobs_run_in_process_on_sqlite_and_survive_a_restart(tmp_path: Path) -> None:
    create_data_dir(tmp_path / "v")
    settings = _settings(tmp_path / "v", job_stale_seconds=3.0)
    first = open_vault(settings)
    left = first.jobs.submit(OPERATOR, jobs_for_tests.SLOW, _prepared, arguments={"steps": 2, "pause": 0})
    first.close()  # this process never ran a worker: the job waits in the database
    second = open_vault(settings)
    try:
        second.start_worker(name="second")
        ran = second.jobs.submit(OPERATOR, jobs_for_tests.SLOW, _prepared, arguments={"steps": 3, "pause": 0})
        for job_id in (left.id, ran.id):
            final = second.jobs.wait(OPERATOR, job_id, timeout=30)
            assert final.state == JobState.SUCCEEDED, final
        assert second.jobs.get(OPERATOR, ran.id).summary == {"steps": 3, "attempt": 1}
    finally:
        second.close()


@pytest.fixture
def pg_vault(tmp_path: Path) -> Iterator[Settings]:
    """A new vault whose database is an empty PostgreSQL database of its own (vault init migrates it)."""
    name = fixtures_db._create_pg_database()
    try:
        data = tmp_path / "v"
        create_data_dir(data, database_url=fixtures_db._pg_url(name))
        yield _settings(data, job_stale_seconds=4.0)
    finally:
        fixtures_db._drop_pg_database(name)


def _worker(settings: Settings, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(HERE.parents[1]), os.environ.get("PYTHONPATH", "")])}
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, str(HERE / "worker_with_test_kinds.py"), "worker", "--no-preload", "--data",
                                 str(settings.data_dir)], stdout=out, stderr=subprocess.STDOUT, env=env)


@pytest.mark.integration
@pytest.mark.slow
def test_a_killed_worker_s_job_is_finished_once_by_another_on_postgresql(pg_vault: Settings, tmp_path: Path) -> None:
    workers = [_worker(pg_vault, tmp_path / f"worker{i}.log") for i in range(2)]
    vault = open_vault(pg_vault)
    try:
        view = vault.jobs.submit(OPERATOR, jobs_for_tests.SLOW, _prepared, arguments={"steps": 60, "pause": 0.1})
        _wait(lambda: vault.jobs.get(OPERATOR, view.id).done >= 10, seconds=60, what="the job to get going")
        with vault.database.reading() as session:
            from vault.db.models import Job

            holder = session.get(Job, view.id).claimed_by  # type: ignore[union-attr]
        victim = next(w for w in workers if holder is not None and holder.endswith(f":{w.pid}"))
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(10)
        final = vault.jobs.wait(OPERATOR, view.id, timeout=120)
        assert final.state == JobState.SUCCEEDED, (final, [(tmp_path / f"worker{i}.log").read_text() for i in range(2)])
        assert final.attempts == 2 and final.done == 60
        assert final.summary == {"steps": 60, "attempt": 2}  # the survivor ran it again from the start, once
        survivor = next(w for w in workers if w is not victim)
        assert survivor.poll() is None
        # Nothing else is waiting or running. The job ran exactly twice (attempts == 2: the victim's claim
        # and the survivor's); a delivery handed back while the victim's claim was still fresh ends without
        # running it (the claim decides), so the engine may hold more than one finished delivery.
        with vault.database.reading() as session:
            rows = session.execute(__import__("sqlalchemy").text(
                "SELECT DISTINCT status FROM procrastinate_jobs")).scalars().all()
        assert set(rows) == {"succeeded"}
    finally:
        vault.close()
        for worker in workers:
            if worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
        for worker in workers:
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                worker.kill()
