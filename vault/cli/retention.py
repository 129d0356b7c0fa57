"""``vault retention report/apply``: closed cases past their retention period."""

from __future__ import annotations

import argparse

from vault.cli import CommandError
from vault.cli._jobs import run_here
from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("retention", help="destroy closed cases past the retention period")
    actions = parser.add_subparsers(dest="retention_action", required=True, metavar="ACTION")
    report = actions.add_parser("report", help="list closed cases due for destruction (and those on legal hold)")
    report.add_argument("--within-days", type=int, default=0, metavar="N", help="also list cases due in the next N days")
    add_data_option(report)
    report.set_defaults(func=run_report)
    apply = actions.add_parser("apply", help="destroy every case that is due and not on legal hold")
    apply.add_argument("--yes", action="store_true", help="confirm: destruction cannot be undone")
    add_data_option(apply)
    apply.set_defaults(func=run_apply)


def run_report(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        items = vault.retention.report(operator(), within_days=args.within_days)
    if not items:
        print("no closed case is due for destruction")
    for item in items:
        print(f"{item.destroy_on}  {item.status:<8} case {item.case_reference}  closed {item.closed_on}")


def run_apply(args: argparse.Namespace) -> int:
    if not args.yes:
        raise CommandError("destroying cases cannot be undone: run `vault retention report`, then add --yes")
    from vault.jobs.bodies.reports import request_retention_apply

    actor = operator()
    with opened_vault(args) as vault:  # a job, run here with a progress bar (a worker may take it instead)
        final = run_here(vault, actor, request_retention_apply(vault, actor))
    for reference in final.summary.get("destroyed", []):
        print(f"destroyed case {reference}")
    for reference in final.summary.get("held", []):
        print(f"kept case {reference} (legal hold)")
    if final.summary.get("leftover_objects"):
        print(f"{final.summary['leftover_objects']} object(s) could not be deleted yet (already unreadable); run `vault sweep` later")
    return 0
