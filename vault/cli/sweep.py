"""``vault sweep``: remove orphan objects and check every document still has its key (and bytes)."""

from __future__ import annotations

import argparse
from datetime import timedelta

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("sweep", help="delete orphan objects left by interrupted uploads or deletes")
    parser.add_argument("--older-than-hours", type=float, default=1.0, metavar="H", help="spare objects and unfinished uploads younger than H hours (uploads in flight)")
    parser.add_argument("--deep", action="store_true", help="also ask the store for every document's bytes (one request each)")
    add_data_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    with opened_vault(args) as vault:
        result = vault.sweep.sweep(operator(), older_than=timedelta(hours=args.older_than_hours), deep=args.deep)
    print(f"deleted {len(result.orphans_deleted)} orphan object(s) and {result.interrupted_uploads} "
          "unfinished upload(s) (temp files or multipart uploads of writes that crashed)")
    for document in result.documents_without_key:
        print(f"PROBLEM: document {document} has no key (its bytes cannot be read)")
    for document in result.documents_without_bytes:
        print(f"PROBLEM: document {document} has no bytes in the store")
    return 0 if result.consistent else 1
