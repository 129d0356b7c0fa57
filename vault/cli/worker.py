"""``vault worker``: run jobs on this machine (PostgreSQL vaults; workers on any machine that reaches
the database and the object store)."""

from __future__ import annotations

import argparse
import os
import signal
import threading

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option, opened_vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("worker", help="run the vault's long jobs on this machine (PostgreSQL vaults)")
    add_data_option(parser)
    parser.add_argument("--queues", metavar="Q[,Q...]",
                        help="only these queues (default: all): 'default' and 'redaction' (model and OCR work)")
    parser.add_argument("--nice", type=int, default=10, metavar="N",
                        help="run at this lower priority (default 10), so requests served on the same machine come first")
    parser.add_argument("--no-preload", action="store_true",
                        help="do not load the text model and the second reader before taking jobs")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    from vault.jobs import ProcrastinateEngine, worker_name

    queues = [q.strip() for q in args.queues.split(",") if q.strip()] if args.queues else None
    if not 0 <= args.nice <= 19:
        raise CommandError("--nice is 0-19", exit_code=2)
    os.nice(args.nice)
    with opened_vault(args) as vault:
        engine = vault.jobs.engine
        if not isinstance(engine, ProcrastinateEngine):
            raise CommandError("this vault keeps its database in SQLite: its jobs run inside `vault serve` and the "
                               "command line; workers on other machines need a PostgreSQL database_url", exit_code=2)
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        name = worker_name("worker")
        if not args.no_preload:
            _preload()
        print(f"vault worker {name} running jobs from {'all queues' if queues is None else ', '.join(queues)}; "
              "stop with Ctrl-C (a running job finishes first)", flush=True)
        engine.run_forever(vault.job_runner(name), queues=queues, stop=stop)
        print("vault worker stopped", flush=True)


def _preload() -> None:
    """Load the text model and the second reader now, so the first job does not pay for it (and a
    benchmark or a health check can wait for the 'running' line)."""
    from redaction.text import default_redactor
    from redaction.verify import second_reader

    default_redactor().redact("Warming up: Mrs Quennell rang on 07700 900123.")
    second_reader().read("Warming up: Mrs Quennell rang.")
