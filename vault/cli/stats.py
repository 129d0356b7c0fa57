"""``vault stats quarterly``: the local authority's quarterly return as CSV, with disclosure control."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from vault.cli._jobs import run_here
from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("stats", help="anonymised statistics for the local authority")
    actions = parser.add_subparsers(dest="stats_action", required=True, metavar="ACTION")
    quarterly = actions.add_parser("quarterly", help="the quarterly return (CSV on stdout, or --output FILE)")
    quarterly.add_argument("--quarter", required=True, metavar="QUARTER", help="e.g. 2026-Q3, or a financial quarter 2026/27-Q1")
    quarterly.add_argument("--output", type=Path, metavar="FILE")
    add_data_option(quarterly)
    quarterly.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    from vault.jobs.bodies.reports import request_quarterly_statistics

    actor = operator()
    with opened_vault(args) as vault:  # a job, run here (a worker may take it instead)
        csv = run_here(vault, actor, request_quarterly_statistics(vault, actor, args.quarter), quiet=True).summary["csv"]
    if args.output is None:
        sys.stdout.write(csv)
    else:
        args.output.write_text(csv, encoding="utf-8")
        print(f"wrote {args.output}")
