"""``vault digest send [--dry-run]``: the daily digest to each member of staff with something to do
(consent reviews, subject access deadlines, returns, overrides awaiting a second coordinator,
retention), naming cases by reference only, through the SMTP server in settings.json. Run it once a
day from a timer; ``--dry-run`` prints what would be sent and sends nothing."""

from __future__ import annotations

import argparse

from vault.cli import CommandError
from vault.cli._vaultdata import EXIT_UNAVAILABLE, add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("digest", help="the daily digest of what needs doing, by e-mail to each member of staff")
    actions = parser.add_subparsers(dest="digest_action", required=True, metavar="ACTION")
    send = actions.add_parser("send", help="compose and send today's digests")
    send.add_argument("--dry-run", action="store_true", help="print the digests instead of sending them")
    add_data_option(send)
    send.set_defaults(func=run_send)


def run_send(args: argparse.Namespace) -> None:
    from vault.clock import local_date
    from vault.mail import MailError

    with opened_vault(args) as vault:
        try:
            run = vault.digests.send(operator(), dry_run=args.dry_run)
        except MailError as error:
            raise CommandError(str(error), exit_code=EXIT_UNAVAILABLE) from None
        today = local_date(vault.core.clock.now())
    if args.dry_run:
        for digest in run.digests:
            print(f"To: {digest.email or '(no e-mail address: vault user email ' + digest.username + ' ADDRESS)'}")
            print(f"Subject: {digest.subject}\n\n{digest.body(today)}")
    if not run.digests:
        print("nothing needs doing: no digest to send")
    else:
        verb = "would send" if args.dry_run else "sent"
        print(f"{verb} {len(run.digests) - len(run.without_email) if args.dry_run else run.sent} digest(s)")
    if run.without_email:
        print(f"no e-mail address for: {', '.join(run.without_email)} (set one with `vault user email NAME ADDRESS`)")
