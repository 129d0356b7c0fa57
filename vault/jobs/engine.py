"""The job engine: procrastinate, on PostgreSQL or in memory, carrying nothing but a job's id.

- **PostgreSQL**: procrastinate's own tables in the vault's database (migration 0004). ``vault serve``
  runs one worker thread per process, and ``vault worker`` runs workers on any machine that reaches
  the database and the object store. A worker that dies (``kill -9``) stops beating its heart; every
  worker looks for such stalled jobs every ``sweep_every`` seconds and hands them back to the queue,
  and the :class:`~vault.jobs.runner.JobRunner` lets exactly one worker take each over.
- **SQLite** (the embedded default): the same task and runner on procrastinate's in-memory connector,
  with the worker in the server's own process. The vault's ``jobs`` table is what survives a restart:
  every ``sweep_every`` seconds (and at start) the process hands its queue the jobs that are queued
  or whose worker stopped beating, and the runner's claim decides who runs each.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select

from vault.db.models import Job
from vault.jobs.runner import JobRunner, RunResult
from vault.jobs.states import JobState

if TYPE_CHECKING:
    from procrastinate import App

    from vault.db import Database

__all__ = ["InProcessEngine", "JobEngine", "ProcrastinateEngine", "engine_for", "libpq_conninfo", "worker_name"]

log = logging.getLogger("vault.jobs")

TASK = "vault.run_job"
RETRY_DELAY_SECONDS = 30
JOB_THREAD_NICENESS = 10


def worker_name(prefix: str) -> str:
    """A worker's name in job rows and logs: what runs it, on which machine, in which process."""
    return f"{prefix}:{socket.gethostname()[:40]}:{os.getpid()}"[:64]


class JobEngine:
    """Hands job ids to workers. :meth:`submit` is called after the job's row is committed."""

    def submit(self, job_id: str, *, queue: str, delay: float = 0.0) -> None:
        raise NotImplementedError

    def cancel(self, job_id: str) -> None:
        """A queued job's delivery is withdrawn where the engine can; the runner refuses it anyway."""

    def start(self, runner: JobRunner, *, queues: Iterable[str] | None = None) -> None:
        """Run a worker in this process, in the background, until :meth:`close`."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


def _make_app(connector: Any) -> App:
    from procrastinate import App

    app = App(connector=connector)

    @app.task(name=TASK, pass_context=True)
    def run_job(context: Any, job_id: str) -> None:
        extra = context.additional_context
        runner = extra["runner"]
        result = runner.run(job_id)
        if result is RunResult.RETRY:
            extra["engine"].submit(job_id, queue=context.job.queue, delay=RETRY_DELAY_SECONDS)
        elif result is RunResult.WAIT:
            extra["engine"].submit(job_id, queue=context.job.queue, delay=runner.wait_seconds)

    return app


class _WorkerThread:
    """An asyncio loop in a daemon thread running one procrastinate worker (and a sweeper beside it)."""

    def __init__(self, name: str) -> None:
        self._name = name
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Event | None = None
        self.failure: BaseException | None = None

    def start(self, main: Callable[[asyncio.Event, threading.Event], Any]) -> None:
        def target() -> None:
            # Background work yields to requests: this thread (and the threads it starts to run job
            # bodies, which inherit it) runs at a lower priority than the server's own threads.
            with contextlib.suppress(OSError, AttributeError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), JOB_THREAD_NICENESS)
            self.loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self.loop)
            self._stop = asyncio.Event()
            try:
                self.loop.run_until_complete(self._run(main))
            except BaseException as error:  # noqa: BLE001 - kept for the owner to report
                self.failure = error
                log.exception("job worker %s stopped", self._name)
            finally:
                self._ready.set()
                self.loop.close()

        self._thread = threading.Thread(target=target, name=self._name, daemon=True)
        self._thread.start()
        self._ready.wait(30)

    async def _run(self, main: Callable[[asyncio.Event, threading.Event], Any]) -> None:
        assert self._stop is not None
        await main(self._stop, self._ready)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def call(self, coroutine: Any, *, timeout: float = 30) -> Any:
        assert self.loop is not None
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def stop(self) -> None:
        if self.loop is not None and self._stop is not None and not self.loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self.loop.call_soon_threadsafe(self._stop.set)
        if self._thread is not None:
            self._thread.join(timeout=60)


async def _worker_until(app: App, stop: asyncio.Event, ready: threading.Event, *, runner: JobRunner, engine: JobEngine,
                        queues: Iterable[str] | None, sweep: Callable[[], Any], sweep_every: float,
                        options: dict[str, Any]) -> None:
    """Open the app, signal ready, run the worker and the sweeper until ``stop`` is set."""
    async with app.open_async():
        worker = asyncio.create_task(app.run_worker_async(
            queues=list(queues) if queues is not None else None,  # type: ignore[arg-type] # None: every queue
            name=runner.worker, concurrency=1,
            install_signal_handlers=False, additional_context={"runner": runner, "engine": engine},
            listen_notify=True, **options))
        ready.set()

        async def sweeping() -> None:
            while not stop.is_set():
                try:
                    await sweep()
                except Exception:
                    log.warning("sweeping stalled jobs failed; trying again later", exc_info=True)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), sweep_every)

        sweeper = asyncio.create_task(sweeping())
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({worker, stopper}, return_when=asyncio.FIRST_COMPLETED)
        sweeper.cancel()
        if worker not in done:
            worker.cancel()  # procrastinate stops gracefully: the running job finishes first
        with contextlib.suppress(asyncio.CancelledError):
            await worker
        with contextlib.suppress(asyncio.CancelledError):
            await sweeper
        stopper.cancel()


class InProcessEngine(JobEngine):
    """SQLite: procrastinate's in-memory connector, a worker thread in this process, and the ``jobs``
    table as the durable queue the sweep reads."""

    def __init__(self, database: Database, *, stale_after: float = 30.0, sweep_every: float = 10.0) -> None:
        from procrastinate.testing import InMemoryConnector

        self._database = database
        self._app = _make_app(InMemoryConnector())
        self._thread = _WorkerThread("vault jobs")
        self._stale_after = stale_after
        self._sweep_every = sweep_every
        self._started = False

    def submit(self, job_id: str, *, queue: str, delay: float = 0.0) -> None:
        if not self._started:
            return  # no worker in this process: the sweep of the process that has one picks it up
        task = self._app.tasks[TASK].configure(queue=queue, schedule_in={"seconds": max(1, round(delay))} if delay else None)
        self._thread.call(task.defer_async(job_id=job_id))

    def start(self, runner: JobRunner, *, queues: Iterable[str] | None = None) -> None:
        if self._started:
            return
        self._started = True
        self._thread = _WorkerThread("vault jobs")  # a fresh thread and loop each time it starts

        async def main(stop: asyncio.Event, ready: threading.Event) -> None:
            await _worker_until(self._app, stop, ready, runner=runner, engine=self, queues=queues, sweep=self._sweep,
                                sweep_every=self._sweep_every, options={"fetch_job_polling_interval": 1.0})

        self._thread.start(main)

    async def _sweep(self) -> None:
        """Queued jobs, and running ones whose worker stopped beating, go (back) into this queue once;
        a job already waiting here is not added again."""
        from vault.clock import SystemClock

        stale = SystemClock().now() - timedelta(seconds=self._stale_after)
        with self._database.reading() as session:
            rows = session.execute(
                select(Job.id, Job.kind).where(
                    or_(Job.state == JobState.QUEUED,
                        (Job.state == JobState.RUNNING) & or_(Job.heartbeat_at.is_(None), Job.heartbeat_at < stale)))
            ).all()
        connector = self._app.connector
        waiting = {job["args"].get("job_id") for job in connector.jobs.values() if job["status"] in ("todo", "doing")}  # type: ignore[attr-defined]
        for job_id, kind in rows:
            queue = _queue(kind)
            if job_id not in waiting and queue is not None:
                await self._app.tasks[TASK].configure(queue=queue).defer_async(job_id=job_id)
        # Finished deliveries are forgotten, so memory does not grow with the number of jobs run.
        for key in [k for k, job in connector.jobs.items() if job["status"] not in ("todo", "doing")]:  # type: ignore[attr-defined]
            connector.jobs.pop(key, None)  # type: ignore[attr-defined]
            connector.events.pop(key, None)  # type: ignore[attr-defined]

    def close(self) -> None:
        self._thread.stop()
        self._started = False


_UNDELIVERED = """
SELECT j.id, j.kind FROM jobs j
 WHERE ((j.state = 'queued' AND j.requested_at < now() - make_interval(secs => %(stale)s))
        OR (j.state = 'running' AND (j.heartbeat_at IS NULL
                                     OR j.heartbeat_at < now() - make_interval(secs => %(stale)s))))
   AND NOT EXISTS (SELECT 1 FROM procrastinate_jobs p WHERE p.lock = j.id AND p.status IN ('todo', 'doing'))
 LIMIT 500
"""


def _queue(kind: str) -> str | None:
    """The queue of a job kind; None for a kind this version of the vault does not know (left alone)."""
    from vault.jobs.kinds import kind_named

    try:
        return kind_named(kind).queue
    except KeyError:
        return None


def libpq_conninfo(database_url: str) -> str:
    """The libpq URL procrastinate's psycopg pool wants, from the vault's SQLAlchemy URL."""
    from sqlalchemy import make_url

    url = make_url(database_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ProcrastinateEngine(JobEngine):
    """PostgreSQL: procrastinate's tables in the vault's database; workers anywhere."""

    def __init__(self, database_url: str, *, stale_after: float = 30.0, sweep_every: float = 10.0,
                 heartbeat_every: float = 5.0) -> None:
        from procrastinate import PsycopgConnector

        self._conninfo = libpq_conninfo(database_url)
        self._defer_app = _make_app(PsycopgConnector(conninfo=self._conninfo))
        self._defer_lock = threading.Lock()
        self._defer_opened = False
        self._stale_after = stale_after
        self._sweep_every = sweep_every
        self._heartbeat_every = heartbeat_every
        self._thread: _WorkerThread | None = None

    def _deferrer(self) -> App:
        with self._defer_lock:
            if not self._defer_opened:
                self._defer_app.open()
                self._defer_opened = True
        return self._defer_app

    def submit(self, job_id: str, *, queue: str, delay: float = 0.0) -> None:
        app = self._deferrer()
        options: dict[str, Any] = {"queue": queue, "lock": job_id}
        if delay:
            options["schedule_in"] = {"seconds": max(1, round(delay))}
        app.tasks[TASK].configure(**options).defer(job_id=job_id)

    def cancel(self, job_id: str) -> None:
        app = self._deferrer()
        for job in app.job_manager.list_jobs(task=TASK, status="todo", lock=job_id):
            app.job_manager.cancel_job_by_id(job.id)  # type: ignore[arg-type]

    def _worker_main(self, runner: JobRunner, queues: Iterable[str] | None) -> Callable[..., Any]:
        from procrastinate import PsycopgConnector

        app = _make_app(PsycopgConnector(conninfo=self._conninfo))

        async def sweep() -> None:
            for job in await app.job_manager.get_stalled_jobs(seconds_since_heartbeat=self._stale_after):
                log.warning("job delivery %s stalled (its worker stopped); handing it back", job.id)
                await app.job_manager.retry_job(job)
            # The vault's jobs table is the truth: a job queued (or held by a worker that stopped beating)
            # with no delivery waiting or running is handed to the queue again, however its delivery was
            # lost (a worker killed between two writes). A duplicate delivery is harmless (the claim decides),
            # but a job queued moments ago is left alone: its submitter commits the row before it defers the
            # delivery, and a sweep in between would send a second one.
            rows = await app.connector.execute_query_all_async(_UNDELIVERED, stale=self._stale_after)
            for row in rows:
                queue = _queue(row["kind"])
                if queue is not None:
                    log.warning("job %s had no delivery; handing it to the queue again", row["id"])
                    await app.tasks[TASK].configure(queue=queue, lock=row["id"]).defer_async(job_id=row["id"])

        async def main(stop: asyncio.Event, ready: threading.Event) -> None:
            await _worker_until(app, stop, ready, runner=runner, engine=self, queues=queues, sweep=sweep,
                                sweep_every=self._sweep_every,
                                options={"update_heartbeat_interval": min(self._heartbeat_every, self._stale_after / 3),
                                         "stalled_worker_timeout": self._stale_after,
                                         "fetch_job_polling_interval": 5.0})

        return main

    def start(self, runner: JobRunner, *, queues: Iterable[str] | None = None) -> None:
        if self._thread is not None:
            return
        self._thread = _WorkerThread(f"vault jobs {runner.worker}")
        self._thread.start(self._worker_main(runner, queues))

    def run_forever(self, runner: JobRunner, *, queues: Iterable[str] | None = None,
                    stop: threading.Event | None = None) -> None:
        """``vault worker``: the worker in the foreground until ``stop`` is set (or the process is ended)."""
        self.start(runner, queues=queues)
        thread = self._thread
        assert thread is not None
        stop = stop or threading.Event()
        while not stop.wait(1.0):
            if not thread.alive:
                raise RuntimeError(f"the job worker stopped: {thread.failure!r}")

    def close(self) -> None:
        if self._thread is not None:
            self._thread.stop()
            self._thread = None
        with self._defer_lock:
            if self._defer_opened:
                self._defer_app.close()
                self._defer_opened = False


def engine_for(database: Database, *, stale_after: float = 30.0, sweep_every: float = 10.0) -> JobEngine:
    if database.dialect == "postgresql":
        return ProcrastinateEngine(database.url, stale_after=stale_after, sweep_every=sweep_every)
    return InProcessEngine(database, stale_after=stale_after, sweep_every=sweep_every)
