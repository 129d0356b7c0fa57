"""``vault consent review-due``: consents in force whose review date has come (policy 004, 4.4)."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("consent", help="consent reviews")
    actions = parser.add_subparsers(dest="consent_action", required=True, metavar="ACTION")
    due = actions.add_parser("review-due", help="list consents due for review with the parent")
    due.add_argument("--within-days", type=int, default=30, metavar="N", help="include reviews due in the next N days (default 30)")
    add_data_option(due)
    due.set_defaults(func=run)


def run(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        due = vault.consents.due_for_review(operator(), within_days=args.within_days)
    if not due:
        print(f"no consent reviews due in the next {args.within_days} days")
    for item in due:
        flag = "OVERDUE" if item.overdue else "due"
        print(f"{item.review_on}  {flag:<8} case {item.case_reference}  consent {item.consent_id}  ({item.decision}, {item.recipient_kind})")
