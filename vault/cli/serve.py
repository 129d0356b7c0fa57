"""``vault serve``: the JSON API (OpenAPI at /openapi.json, interactive docs at /docs)."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, opened_vault


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("serve", help="serve the vault's API over HTTP")
    add_data_option(parser)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only; put TLS in front)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    import uvicorn

    from vault.api import create_app

    with opened_vault(args) as vault:
        print(f"vault API on http://{args.host}:{args.port}  (docs: /docs, schema: /openapi.json)", flush=True)
        uvicorn.run(create_app(vault), host=args.host, port=args.port, log_level="info", proxy_headers=True)
