"""``vault redact pdf``: placeholder until the pdf redactor lands (owned by its issue)."""

from __future__ import annotations

import argparse


def register_pdf(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds.add_parser("pdf", help="(not built yet)")
