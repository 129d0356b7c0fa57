"""``vault export training``: the training-data export (consented cases, redacted and re-read by the
independent second reader, no person in the loop), as a job with a progress bar."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from vault.cli import CommandError
from vault.cli._jobs import run_here
from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("export", help="exports made from the vault's papers")
    kinds = parser.add_subparsers(dest="export_kind", required=True, metavar="KIND")
    training = kinds.add_parser("training", help="de-identified training data from the cases whose parents consented")
    training.add_argument("--out", required=True, metavar="DIR|s3://BUCKET[/PREFIX]?...",
                          help="a folder (made if missing) or an S3 URL; an export stopped half way resumes into it")
    training.add_argument("--since", metavar="YYYY-MM-DD", help="only papers added on or after this day")
    training.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    training.add_argument("--workers", type=int, default=2, help="how many workers to split it for (default 2)")
    training.add_argument("--detach", action="store_true",
                          help="only ask for the job and print its id (workers elsewhere run it; see `vault jobs`)")
    add_data_option(training)
    training.set_defaults(func=run_training)


def run_training(args: argparse.Namespace) -> None:
    from vault.jobs.bodies.training import request_training_export

    try:
        since = dt.date.fromisoformat(args.since) if args.since else None
    except ValueError:
        raise CommandError(f"--since is a date like 2026-09-01, not {args.since!r}", exit_code=2) from None
    destination = args.out if "://" in args.out else str(Path(args.out).absolute())
    actor = operator()
    with opened_vault(args) as vault:
        view = request_training_export(vault, actor, destination, since=since, fmt=args.format, workers=args.workers)
        if args.detach:
            print(f"asked for export {view.id}: follow it with `vault jobs show {view.id}`")
            return
        final = run_here(vault, actor, view)
    summary = final.summary
    print(f"exported {summary['records']} records from {summary['cases'] - summary['cases_skipped']} cases to "
          f"{summary['destination']} ({summary['format']}); {summary['left_out']} item(s) left out (see datasheet.md); "
          f"manifest SHA-256 {summary['manifest_sha256']}")
