"""``vault audit verify``: walk the audit chain; exit 0 when whole, 1 naming where it breaks."""

from __future__ import annotations

import argparse
import sys

from vault.cli import CommandError
from vault.cli._vaultdata import add_data_option, opened_vault, operator


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("audit", help="check the tamper-evident audit log")
    actions = parser.add_subparsers(dest="audit_action", required=True, metavar="ACTION")
    verify = actions.add_parser("verify", help="verify the hash chain (exit 0 whole, 1 broken)")
    add_data_option(verify)
    verify.add_argument(
        "--expect-head",
        metavar="SEQ:HASH",
        help="also check the log still ends where it did when you last wrote its head down",
    )
    verify.set_defaults(func=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    anchor = None
    if args.expect_head:
        seq_text, _, digest = args.expect_head.partition(":")
        if not seq_text.isdigit() or len(digest) != 64:
            raise CommandError("--expect-head is SEQ:HASH, as printed by a previous verify")
        anchor = (int(seq_text), digest)
    with opened_vault(args) as vault:
        report = vault.audit.verify(operator(), anchor=anchor)
    if report.ok:
        print(report.summary())
        return 0
    print(report.summary(), file=sys.stderr)
    for problem in report.breaks:
        print(f"  {problem}", file=sys.stderr)
    return 1
