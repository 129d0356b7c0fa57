"""``vault redact FILE OUT`` and ``vault redact FILE... --out-dir DIR``: any file, by its sniffed type.

The options are the PDF and text commands' own (``--known``, ``--term``, ``--no-detect``, ``--report``,
``--retypeset``, ``--area``, ``--password``) plus ``--drop-attachments`` for e-mail and
``--accept-findings``. Many files in one run share one loaded model (start-up is paid once); each gets
its own result line, an output only once it is verified (written beside its final name and renamed),
and the second reader's summary line (:mod:`vault.cli._verdicts`). Statuses, per file and for the run
(the highest refusal): 2 bad request, 3 unreadable or over a limit, 4 a type or content that cannot
be redacted safely, 5 verification failed; else 6 when the second reader found identifiers and
``--accept-findings`` was not given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vault.cli import CommandError
from vault.cli._redact_pdf import _load_known, _write_atomically
from vault.cli._verdicts import add_accept_findings, run_status, say, start_second_reader, with_verdict

__all__ = ["add_file_options", "run_files"]


def add_file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", type=Path, metavar="FILE",
                        help="FILE OUT, or with --out-dir any number of FILEs")
    parser.add_argument("--out-dir", type=Path, metavar="DIR", help="write each FILE's output here, under its own name")
    parser.add_argument("--term", action="append", default=[], metavar="TEXT", help="a string to remove (repeatable)")
    parser.add_argument("--known", type=Path, metavar="FILE.json", help="the case's known identifiers: {TYPE: [strings]}")
    parser.add_argument("--no-detect", action="store_true", help="do not run the identifier detectors")
    parser.add_argument("--report", type=Path, metavar="FILE.json",
                        help="write the report(s) as JSON (it names what was found: keep it with the case)")
    parser.add_argument("--retypeset", action="store_true", help="PDF: write a new PDF from the redacted text")
    parser.add_argument("--area", action="append", default=[], metavar="PAGE:x0,y0,x1,y1",
                        help="PDF: a rectangle to redact whatever it holds (page from 1, PDF points)")
    parser.add_argument("--password", help="PDF: password of an encrypted PDF")
    parser.add_argument("--pdf", action="store_true",
                        help="write a PDF: Word/OpenDocument through LibreOffice, an image as PDF pages, an e-mail as "
                             "a PDF bundle (headers, body, attachments); implied by an OUT ending in .pdf")
    parser.add_argument("--drop-attachments", action="store_true",
                        help="e-mail: leave out an attachment no redactor handles (listed in the report) instead "
                             "of refusing the message")
    add_accept_findings(parser)
    parser.set_defaults(func=run_files)


def _exit_code(error: BaseException) -> int:
    from redaction.formats import (
        InvalidRequestError,
        LimitExceededError,
        MalformedFileError,
        UnsupportedFormatError,
        VerificationError,
    )

    for kind, code in ((InvalidRequestError, 2), (MalformedFileError, 3), (LimitExceededError, 3),
                       (UnsupportedFormatError, 4), (VerificationError, 5)):
        if isinstance(error, kind):
            return code
    return 1


def _jobs(args: argparse.Namespace) -> list[tuple[Path, Path]]:
    paths: list[Path] = args.paths
    if args.out_dir is None:
        if len(paths) != 2:
            raise CommandError("give FILE OUT, or FILE... --out-dir DIR", exit_code=2)
        jobs = [(paths[0], paths[1])]
    else:
        if not args.out_dir.is_dir():
            raise CommandError(f"output folder {args.out_dir} does not exist", exit_code=2)
        jobs = [(path, args.out_dir / (f"{path.stem}.pdf" if args.pdf else path.name)) for path in paths]
        names = [path.name for path in paths]
        twice = sorted({name for name in names if names.count(name) > 1})
        if twice:
            raise CommandError(f"two inputs share a name, so their outputs would too: {', '.join(twice)}", exit_code=2)
    for source, target in jobs:
        if source.resolve() == target.resolve():
            raise CommandError(f"the output for {source} would replace it: choose another OUT or --out-dir", exit_code=2)
    return jobs


def run_files(args: argparse.Namespace) -> int:
    jobs = _jobs(args)
    known = _load_known(args.known)
    start_second_reader()
    from redaction.formats import FormatError, FormatRequest
    from redaction.text import TextRedactionError, default_redactor

    areas = _areas(args.area)
    try:
        request = FormatRequest(known=known, terms=args.term, detect=not args.no_detect, areas=areas,
                                retypeset=args.retypeset, password=args.password,
                                attachments="drop" if args.drop_attachments else "refuse",
                                text_redactor=default_redactor() if not args.no_detect else None)
    except (FormatError, TextRedactionError) as error:
        raise CommandError(str(error), exit_code=2) from error
    worst, reports, verdicts = 0, {}, []
    for source, target in jobs:
        code, report, verdict = _one(source, target, _for_target(request, target, pdf=args.pdf),
                                     reporting=args.report is not None)
        worst = max(worst, code)
        if report is not None:
            reports[str(source)] = report
            verdicts.append(verdict)
    if args.report is not None and reports:
        document: Any = next(iter(reports.values())) if args.out_dir is None else reports
        args.report.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if len(jobs) > 1:
        failed = sum(1 for source, _ in jobs if str(source) not in reports)
        review = sum(1 for verdict in verdicts if verdict.findings)
        print(f"{len(jobs) - failed} of {len(jobs)} files redacted and verified"
              + (f"; {review} with second-reader findings to review" if review else ""), file=sys.stderr)
    return run_status(worst, verdicts, accept_findings=args.accept_findings)


def _areas(specs: list[str]) -> list[Any]:
    """``--area`` rectangles; the PDF redactor (pypdf and all) is imported only when there are some."""
    if not specs:
        return []
    from redaction.pdf import Area, InvalidRequestError

    try:
        return [Area.parse(spec) for spec in specs]
    except InvalidRequestError as error:
        raise CommandError(str(error), exit_code=2) from error


def _for_target(request: Any, target: Path, *, pdf: bool) -> Any:
    """``--pdf``, or an OUT named .pdf: the redactors write a PDF (a PDF input is one already)."""
    return request.with_(output="pdf") if pdf or target.suffix.lower() == ".pdf" else request


def _one(source: Path, target: Path, request: Any, *, reporting: bool) -> tuple[int, dict[str, Any] | None, Any]:
    """One file: its result line on stdout, or its refusal on stderr; the output only once verified;
    the second reader's summary on stderr. Returns its status, report and verdict."""
    from redaction.formats import judged
    from redaction.text import TextRedactionError

    try:
        data = source.read_bytes()
    except OSError as error:
        print(f"vault: {source}: cannot be read ({error.strerror or error})", file=sys.stderr)
        return 3, None, None
    try:
        outcome, verdict = judged(data, request)
    except TextRedactionError as error:
        print(f"vault: {source}: identifier detection failed ({error})", file=sys.stderr)
        return 1, None, None
    if outcome is None:
        print(f"vault: {source}: {verdict.reason}", file=sys.stderr)
        return _exit_code(verdict.error) if verdict.error is not None else 1, None, verdict
    _write_atomically(target, outcome.data)
    counts = outcome.report.get("counts") or outcome.report.get("boxes_by_type") or {}
    found = ", ".join(f"{kind} {count}" for kind, count in sorted(counts.items())) or "nothing found"
    print(f"{target}: {outcome.kind}, {found}; verified")
    dropped = [a["where"] for a in outcome.report.get("attachments", []) if a.get("status") == "dropped"]
    if dropped:
        print(f"vault: warning: {source}: left out {', '.join(dropped)} (no redactor for them)", file=sys.stderr)
    say(source, verdict, report=reporting)
    return 0, with_verdict(outcome.report, verdict), verdict
