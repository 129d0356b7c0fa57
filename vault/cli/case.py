"""``vault case assign/unassign``: a coordinator's staffing changes, from the command line."""

from __future__ import annotations

import argparse

from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("case", help="assign supporters to cases")
    actions = parser.add_subparsers(dest="case_action", required=True, metavar="ACTION")
    for name, helptext in (("assign", "make a parental supporter the family's supporter"), ("unassign", "end a supporter's assignment")):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("case", metavar="CASE", help="the case reference (e.g. 3FA9-0C1B-77D2) or id")
        sub.add_argument("--supporter", required=True, metavar="USERNAME")
        add_data_option(sub)
        sub.set_defaults(func=run, assign=name == "assign")


def run(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        case_id = vault.cases.resolve(args.case)
        staff = vault.staff.find(actor, args.supporter)
        if args.assign:
            vault.access.assign(actor, case_id, staff.id)
        else:
            vault.access.unassign(actor, case_id, staff.id)
    print(f"{args.supporter} {'now supports' if args.assign else 'no longer supports'} case {args.case}")
