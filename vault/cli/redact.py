"""``vault redact``: any file by its sniffed type, or the text and PDF redactors by name.

    vault redact FILE OUT [options]            # by the type the content shows (PDF, text, e-mail ...)
    vault redact FILE... --out-dir DIR [options]
    vault redact pdf IN.pdf OUT.pdf ...        # as before
    vault redact text [--known ...] < in.txt   # as before
    vault redact jsonl IN.jsonl OUT.jsonl      # as before

The first word after ``redact`` decides: ``pdf``, ``text`` and ``jsonl`` are the named commands; any
other word is a FILE. A file that is really called ``pdf``, ``text`` or ``jsonl`` is given as a path
(``./text``) or after ``--`` (``vault redact -- text out.txt``): the words keep their old meaning.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from vault.cli._redact_files import add_file_options
from vault.cli._redact_pdf import register_pdf
from vault.cli._redact_text import register_text

FILES = " files"  # the parser of FILE arguments; a name no one types, so no file is ever taken for it


class _AnyWord:
    """The sub-command names as argparse checks them: any first word is accepted (it is a FILE)."""

    def __init__(self, names: dict[str, Any]) -> None:
        self._names = names

    def __contains__(self, _: object) -> bool:
        return True

    def __iter__(self) -> Iterator[str]:
        return (name for name in self._names if name != FILES)


class _KindOrFile(argparse._SubParsersAction):  # type: ignore[type-arg]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.choices = _AnyWord(self._name_parser_map)  # type: ignore[assignment]

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        if values[0] == "--":
            values = [FILES, *values[1:]]
        elif values[0] not in self._name_parser_map or values[0] == FILES:
            values = [FILES, *values]
        super().__call__(parser, namespace, values, option_string)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "redact", help="remove identifiers from any file (PDF, text, e-mail ...); write it only once verified",
        usage="vault redact FILE OUT [options]\n       vault redact FILE... --out-dir DIR [options]\n"
              "       vault redact {pdf,text,jsonl} ...",
        description="Redact files by the type their content shows (PDF, text, e-mail; Word, OpenDocument and images "
                    "where their redactors are installed). Options come after FILE: --known FILE.json, --term TEXT, "
                    "--no-detect, --report FILE.json, --retypeset, --area PAGE:x0,y0,x1,y1, --password PW, "
                    "--drop-attachments, --pdf, --accept-findings (see 'vault redact FILE --help'). Every output is read again "
                    "by the second reader: a line per file on stderr, the lists in --report, status 6 when it "
                    "found identifiers (unless --accept-findings). 'pdf', 'text' and 'jsonl' name the older "
                    "commands; a file called so is written ./text, or after --.")
    kinds = parser.add_subparsers(dest="kind", required=True, metavar="FILE | {pdf,text,jsonl}", action=_KindOrFile,
                                  prog="vault redact")
    register_text(kinds)
    register_pdf(kinds)
    files = kinds.add_parser(FILES, prog="vault redact", usage="vault redact FILE OUT [options]\n"
                                                               "       vault redact FILE... --out-dir DIR [options]")
    add_file_options(files)
