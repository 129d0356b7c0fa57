"""Commands a member of staff runs as themselves (``--as USERNAME``; the password from a prompt or
``--password-stdin``; the authenticator app's code with ``--code`` or asked for): the same sign-in,
policy and audit trail as the API. The operator holds the key file but reads no family's content."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option

if TYPE_CHECKING:
    from vault.app import Vault
    from vault.policy import Actor

__all__ = ["logged_in", "staff_options"]


def staff_options(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--as", dest="as_user", required=required, metavar="USERNAME", help="the member of staff acting")
    parser.add_argument("--password-stdin", action="store_true", help="read their password from the first line of stdin")
    parser.add_argument("--code", metavar="123456", help="the code from their authenticator app (asked for on a terminal)")
    add_data_option(parser)


@contextlib.contextmanager
def logged_in(vault: Vault, args: argparse.Namespace) -> Iterator[Actor]:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"password for {args.as_user}: ")
    else:
        raise CommandError("no terminal to ask for a password: use --password-stdin")
    from vault.errors import SecondFactorRequired

    code = getattr(args, "code", None)
    try:
        login = vault.auth.login(args.as_user, password, code=code)
    except SecondFactorRequired:
        if code or not sys.stdin.isatty():
            raise CommandError(f"{args.as_user} signs in with a code from their authenticator app too: give it with --code") from None
        login = vault.auth.login(args.as_user, password, code=getpass.getpass("code from your authenticator app: "))
    try:
        if login.scope != "full":  # the same rule as the API: no second factor yet, nothing but setting one up
            raise CommandError(f"{args.as_user} must set up a second factor before anything else: sign in through "
                               "the API (POST /auth/login, then POST /auth/totp/enrol)")
        yield login.actor
    finally:
        vault.auth.logout(login.token)
