"""The ``vault`` command line.

Each public module of this package is one group of sub-commands and exposes
``register(subparsers)``; they are discovered, so adding a command never edits this file. Heavy
imports (spaCy, pypdf, SQLAlchemy) stay inside the handlers, so ``vault store`` never loads a model.

A handler returns an exit code (or ``None`` for 0) and raises :class:`CommandError` for a failure the
user must see: it is printed as one line, ``vault: <reason>``, with a non-zero exit.
"""

from __future__ import annotations

import argparse
import atexit
import gc
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

__all__ = ["CommandError", "build_parser", "main"]


class CommandError(Exception):
    """A failure reported to the user as a single line; ``exit_code`` is what the process returns."""

    def __init__(self, message: str, *, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _command_modules() -> list[str]:
    return sorted(
        f"{__name__}.{info.name}"
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vault",
        description="Secure document vault and redaction pipeline for SEND parent-support services.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in _command_modules():
        importlib.import_module(name).register(subparsers)
    return parser


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def _skip_collection_at_exit() -> None:
    """Nothing needs collecting when the process ends, but the interpreter's teardown runs the cycle
    collector again and again over everything left (a spaCy model is hundreds of thousands of objects):
    a third to half a second on every command that loaded one. Frozen objects are not walked; modules
    are still torn down, files still flushed and closed, exit handlers still run."""
    gc.freeze()


def main(argv: Sequence[str] | None = None) -> int:
    atexit.unregister(_skip_collection_at_exit)  # once, however often main runs in one process
    atexit.register(_skip_collection_at_exit)
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
    except CommandError as error:
        print(f"vault: {_one_line(error)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("vault: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a last resort: the user still gets one line, not a traceback
        if os.environ.get("VAULT_DEBUG") == "1":
            raise
        print(f"vault: unexpected error ({type(error).__name__}): {_one_line(error)}", file=sys.stderr)
        return 1
    return 0 if code is None else int(code)
