"""``vault subject-access due``: outstanding subject access requests and their one-month deadlines."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("subject-access", help="subject access request deadlines")
    actions = parser.add_subparsers(dest="sar_action", required=True, metavar="ACTION")
    due = actions.add_parser("due", help="list requests not yet answered, soonest deadline first")
    add_data_option(due)
    due.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        outstanding = vault.subject_access.outstanding(operator())
    if not outstanding:
        print("no subject access request is outstanding")
    for item in outstanding:
        print(f"{item.due_on}  {item.status:<8} case {item.case_reference}  received {item.received_on}  ({item.days_left} days left)")
