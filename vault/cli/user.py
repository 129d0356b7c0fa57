"""``vault user``: staff accounts, from the machine that holds the data folder."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from typing import TYPE_CHECKING

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option, opened_vault, operator

if TYPE_CHECKING:  # the services (SQLAlchemy, the redactors) load only when a command runs
    from vault.services import StaffView

ROLES = ("parental_supporter", "coordinator", "volunteer", "administrator")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("user", help="add, list and deactivate staff accounts; reset a password or second factor")
    actions = parser.add_subparsers(dest="user_action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="add a member of staff (password from a prompt or --password-stdin)")
    add.add_argument("name", metavar="NAME", help="the username they log in with")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--display-name", help="their full name as colleagues see it")
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    add.add_argument("--dbs-checked", type=_day, metavar="YYYY-MM-DD",
                     help="the date of their DBS check (a family is assigned only to staff with a current one)")
    add.add_argument("--email", help="their work e-mail address (the daily digest goes there)")
    add_data_option(add)
    add.set_defaults(func=run_add)

    listing = actions.add_parser("list", help="list staff accounts")
    add_data_option(listing)
    listing.set_defaults(func=run_list)

    dbs = actions.add_parser("dbs", help="record the date of a member of staff's DBS check")
    dbs.add_argument("name", metavar="NAME")
    dbs.add_argument("--checked", type=_day, required=True, metavar="YYYY-MM-DD", help="the date of the check")
    add_data_option(dbs)
    dbs.set_defaults(func=run_dbs)

    role = actions.add_parser("role", help="change a member of staff's role (ends their sessions)")
    role.add_argument("name", metavar="NAME")
    role.add_argument("--role", required=True, choices=ROLES)
    add_data_option(role)
    role.set_defaults(func=run_role)

    email = actions.add_parser("email", help="set (or --remove) a member of staff's work e-mail address, for the daily digest")
    email.add_argument("name", metavar="NAME")
    target = email.add_mutually_exclusive_group(required=True)
    target.add_argument("address", nargs="?", metavar="ADDRESS")
    target.add_argument("--remove", action="store_true")
    add_data_option(email)
    email.set_defaults(func=run_email)

    for name, helptext, func in (
        ("deactivate", "stop a member of staff logging in (ends their sessions)", run_deactivate),
        ("reset", "reset a password: the old one stops working, and a one-time token (printed) lets its owner "
                  "choose a new one (POST /auth/password/reset); ends their sessions", run_reset),
        ("totp-reset", "reset a second factor: its owner sets it up again at their next sign-in; ends their sessions",
         run_totp_reset),
    ):
        sub = actions.add_parser(name, help=helptext)
        sub.add_argument("name", metavar="NAME")
        add_data_option(sub)
        sub.set_defaults(func=func)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-27") from None


def _dbs(view: StaffView) -> str:
    if view.dbs_checked_on is None:
        return "no DBS check recorded"
    state = "current" if view.dbs_current else "NOT current"
    return f"DBS {view.dbs_checked_on:%Y-%m-%d} ({state} to {view.dbs_valid_until:%Y-%m-%d})"


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("no password on stdin")
        return password
    if not sys.stdin.isatty():
        raise CommandError("no terminal to ask for a password: use --password-stdin")
    first = getpass.getpass("password: ")
    if getpass.getpass("again: ") != first:
        raise CommandError("the passwords do not match")
    return first


def run_add(args: argparse.Namespace) -> None:
    password = _password(args)
    with opened_vault(args) as vault:
        actor = operator()
        if args.email:
            from vault.services.staff import checked_email

            checked_email(args.email)  # refused before the account is made
        view = vault.staff.add(actor, username=args.name, role=args.role, password=password,
                               display_name=args.display_name, dbs_checked_on=args.dbs_checked)
        if args.email:
            view = vault.staff.set_email(actor, view.id, args.email)
    print(f"added {view.username} ({view.role}), id {view.id}; {_dbs(view)}")


def run_email(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        view = vault.staff.set_email(actor, vault.staff.find(actor, args.name).id, None if args.remove else args.address)
    print(f"{view.username}: {view.email or 'no e-mail address'}")


def run_list(args: argparse.Namespace) -> None:
    from vault.text_rules import printable

    with opened_vault(args) as vault:
        for view in vault.staff.list(operator()):
            state = "" if view.active else "  (deactivated)"
            print(f"{view.username:<20} {view.role:<20} {_dbs(view):<40} {printable(view.display_name)}{state}")


def run_dbs(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        view = vault.staff.record_dbs_check(actor, vault.staff.find(actor, args.name).id, args.checked)
    print(f"{view.username}: {_dbs(view)}")


def run_role(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        view = vault.staff.set_role(actor, vault.staff.find(actor, args.name).id, args.role)
    print(f"{view.username} is now a {view.role.replace('_', ' ')}; their sessions have ended")


def run_deactivate(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        view = vault.staff.deactivate(actor, vault.staff.find(actor, args.name).id)
    print(f"deactivated {view.username}; their sessions have ended")


def run_reset(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        reset = vault.staff.reset_password(actor, vault.staff.find(actor, args.name).id)
    print(f"password of {reset.username} reset; their sessions have ended. Give them this one-time token, which "
          f"works until {reset.expires_at:%Y-%m-%d %H:%M} UTC, to choose their own password (with their code, if "
          f"they have a second factor):")
    print(reset.token)


def run_totp_reset(args: argparse.Namespace) -> None:
    with opened_vault(args) as vault:
        actor = operator()
        view = vault.staff.reset_second_factor(actor, vault.staff.find(actor, args.name).id)
    print(f"second factor of {view.username} reset; their sessions have ended; they set it up again at their next sign-in")
