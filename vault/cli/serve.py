"""``vault serve``: the web interface (/web/) and the JSON API (OpenAPI at /openapi.json, docs at /docs)."""

from __future__ import annotations

import argparse
import os

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option, load_settings, opened_vault

MAX_DEFAULT_WORKERS = 4


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
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    import uvicorn

    from vault.api.worker import DATA_ENV, serving_app

    workers = args.workers or min(MAX_DEFAULT_WORKERS, len(os.sched_getaffinity(0)))
    if workers < 1:
        raise CommandError("--workers is 1 or more", exit_code=2)
    options = {"host": args.host, "port": args.port, "log_level": "info", "proxy_headers": True}
    with opened_vault(args) as vault:  # checks the folder and brings the schema up to date, once
        print(f"vault on http://{args.host}:{args.port}  (web interface: /web/, API docs: /docs, schema: "
              f"/openapi.json; {workers} process{'es' if workers > 1 else ''})", flush=True)
        if workers == 1:
            uvicorn.run(serving_app(vault), **options)  # type: ignore[arg-type]
            return
    os.environ[DATA_ENV] = str(load_settings(args).data_dir)  # read by each process (vault.api.worker)
    uvicorn.run("vault.api.worker:app", factory=True, workers=workers, **options)  # type: ignore[arg-type]
