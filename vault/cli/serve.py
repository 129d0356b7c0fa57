"""``vault serve``: the web interface (/web/) and the JSON API (OpenAPI at /openapi.json, docs at /docs).

Every request's head and body are bounded (:mod:`vault.api.limits`, and the HTTP parser itself:
:mod:`vault.api.http_server`). At start-up, temp files and multipart uploads left by uploads that
crashed (a server killed mid-upload) are removed. With several worker processes, each worker stops
when the parent process dies, however it died (:mod:`vault.api.worker`), so nothing goes on serving
the port unsupervised.
"""

from __future__ import annotations

import argparse
import os
from datetime import timedelta
from typing import TYPE_CHECKING

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option, load_settings, opened_vault, operator

if TYPE_CHECKING:
    from vault.app import Vault

MAX_DEFAULT_WORKERS = 4
GRACEFUL_SECONDS = 30  # how long a stopping server lets requests in flight finish
# A temp file nobody has written to for this long belongs to an upload that died (a live upload
# writes every few milliseconds while its bytes arrive).
STALE_UPLOAD = timedelta(minutes=10)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("serve", help="serve the vault's API over HTTP")
    add_data_option(parser)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only; put TLS in front)")
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        metavar="N",
        help=f"server processes (default: one per available CPU, at most {MAX_DEFAULT_WORKERS}); "
        "one process runs Python on one CPU at a time",
    )
    parser.add_argument("--no-jobs", action="store_true",
                        help="run no job worker inside the server processes (PostgreSQL vaults whose jobs run on "
                             "`vault worker`s elsewhere; an SQLite vault needs its server to run them)")
    parser.set_defaults(func=run)


def _clear_interrupted_uploads(vault: Vault) -> None:
    from vault.errors import StorageUnavailable

    try:
        removed = vault.sweep.clear_interrupted_uploads(operator(), idle_for=STALE_UPLOAD)
    except StorageUnavailable as error:  # the store may come back: serving does not wait for it
        print(f"warning: {error}; `vault sweep` removes them later", flush=True)
        return
    if removed:
        print(f"removed {removed} temp file(s) or unfinished upload(s) left by uploads that crashed", flush=True)


def run(args: argparse.Namespace) -> None:
    import uvicorn

    from vault.api.http_server import server_options
    from vault.api.worker import DATA_ENV, JOBS_ENV, PARENT_ENV, serving_app

    workers = args.workers or min(MAX_DEFAULT_WORKERS, len(os.sched_getaffinity(0)))
    if workers < 1:
        raise CommandError("--workers is 1 or more", exit_code=2)
    options = {"host": args.host, "port": args.port, "log_level": "info", "proxy_headers": True,
               "timeout_graceful_shutdown": GRACEFUL_SECONDS, **server_options()}
    with opened_vault(args) as vault:  # checks the folder and brings the schema up to date, once
        if args.no_jobs and vault.database.dialect != "postgresql":
            raise CommandError("--no-jobs needs a PostgreSQL vault: on SQLite the server is what runs the jobs",
                               exit_code=2)
        _clear_interrupted_uploads(vault)
        print(f"vault on http://{args.host}:{args.port}  (web interface: /web/, API docs: /docs, schema: "
              f"/openapi.json; {workers} process{'es' if workers > 1 else ''})", flush=True)
        if workers == 1:
            uvicorn.run(serving_app(vault, run_jobs=not args.no_jobs), **options)  # type: ignore[arg-type]
            return
    os.environ[DATA_ENV] = str(load_settings(args).data_dir)  # read by each process (vault.api.worker)
    os.environ[PARENT_ENV] = str(os.getpid())  # each worker stops when this process is gone
    os.environ[JOBS_ENV] = "0" if args.no_jobs else "1"
    uvicorn.run("vault.api.worker:app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
