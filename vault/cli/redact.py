"""``vault redact {text,jsonl,pdf}``: the text and PDF redactors behind one command group."""

from __future__ import annotations

import argparse

from vault.cli._redact_pdf import register_pdf
from vault.cli._redact_text import register_text


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("redact", help="remove identifiers from text or PDF")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="KIND")
    register_text(kinds)
    register_pdf(kinds)
