"""``vault redact text``: placeholder until the text redactor lands (owned by its issue)."""

from __future__ import annotations

import argparse


def register_text(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kinds.add_parser("text", help="(not built yet)")
