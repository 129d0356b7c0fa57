"""``vault jobs list|show|cancel``: the vault's long jobs, as the operator sees them (state and counts,
never a family's content)."""

from __future__ import annotations

import argparse
import json

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("jobs", help="long jobs: their state and progress")
    actions = parser.add_subparsers(dest="jobs_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the newest jobs")
    listing.add_argument("--limit", type=int, default=20)
    add_data_option(listing)
    listing.set_defaults(func=run_list)
    show = actions.add_parser("show", help="one job as JSON")
    show.add_argument("job_id")
    add_data_option(show)
    show.set_defaults(func=run_show)
    cancel = actions.add_parser("cancel", help="cancel a job (a running one stops at its next step)")
    cancel.add_argument("job_id")
    add_data_option(cancel)
    cancel.set_defaults(func=run_cancel)


def run_list(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        views = vault.jobs.list(operator(), limit=args.limit)
    if not views:
        print("no jobs")
    for view in views:
        progress = f"{view.done}/{view.total}" if view.total else (str(view.done) if view.done else "")
        print(f"{view.id}  {view.requested_at:%Y-%m-%d %H:%M}  {view.kind:<24} {view.state:<10} {view.stage or '':<28} "
              f"{progress}{'  ' + view.reason if view.reason else ''}")


def run_show(args: argparse.Namespace) -> None:
    from dataclasses import asdict

    with opened_vault(args) as vault:
        view = vault.jobs.get(operator(), args.job_id)
    print(json.dumps(asdict(view), indent=2, default=str))


def run_cancel(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        view = vault.jobs.cancel(operator(), args.job_id)
    print(f"job {view.id}: {view.state}{' (stops at its next step)' if view.state == 'running' else ''}")
