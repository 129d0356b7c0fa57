"""``vault redact pdf IN.pdf OUT.pdf``: true PDF redaction on the command line.

Exit 0 only when OUT was written *and* verified. Otherwise one line on standard error, a non-zero
status, and no OUT: the output goes to a temporary file beside OUT and is renamed only after
verification passed. Statuses: 2 bad request (arguments, known-identifier file, area), 3 the input
cannot be opened (malformed, password, limits), 4 content that cannot be redacted safely
(unsupported font or image, OCR unavailable or unsure), 5 the output failed verification (the PDF
verifier's channels, or the second read every format's output gets), 6 written and verified, but the
second reader found identifiers on its pages (unless ``--accept-findings``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from vault.cli import CommandError
from vault.cli._verdicts import add_accept_findings, run_status, say, start_second_reader, with_verdict


def register_pdf(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pdf = kinds.add_parser(
        "pdf",
        help="remove identifiers from a PDF (glyphs, images, hidden carriers); write OUT only once verified",
        description="Redact a PDF: terms, known identifiers, detected identifiers and reviewer areas are removed "
                    "(glyphs deleted, image pixels blanked, black boxes drawn), hidden carriers are stripped, and the "
                    "output is verified before it is written.",
    )
    pdf.add_argument("input", type=Path, metavar="IN.pdf")
    pdf.add_argument("output", type=Path, metavar="OUT.pdf")
    pdf.add_argument("--term", action="append", default=[], metavar="TEXT", help="a string to remove (repeatable)")
    pdf.add_argument("--known", type=Path, metavar="FILE.json",
                     help="the case's known identifiers: JSON {TYPE: [strings]} (e.g. samples/family.json)")
    pdf.add_argument("--no-detect", action="store_true", help="do not run the identifier detectors")
    pdf.add_argument("--retypeset", action="store_true",
                     help="write a new PDF built from the redacted text (no layout, nothing of the original file)")
    pdf.add_argument("--password", help="password of an encrypted PDF")
    pdf.add_argument("--area", action="append", default=[], metavar="PAGE:x0,y0,x1,y1",
                     help="a rectangle to redact whatever it holds (page from 1, PDF points, unrotated page space)")
    pdf.add_argument("--report", type=Path, metavar="FILE.json", help="also write the redaction report as JSON")
    add_accept_findings(pdf)
    pdf.set_defaults(func=_run_pdf)


def _load_known(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read known identifiers from {path}: {error}", exit_code=2) from error


def _exit_code(error: Exception) -> int:
    from redaction.pdf import (
        InvalidRequestError,
        PdfInputError,
        UnsupportedContentError,
        VerificationError,
    )

    if isinstance(error, InvalidRequestError):
        return 2
    if isinstance(error, PdfInputError):
        return 3
    if isinstance(error, UnsupportedContentError):
        return 4
    if isinstance(error, VerificationError):
        return 5
    return 1


def _write_atomically(output: Path, data: bytes) -> None:
    directory = output.resolve().parent
    if not directory.is_dir():
        raise CommandError(f"output folder {directory} does not exist", exit_code=2)
    handle = tempfile.NamedTemporaryFile(dir=directory, prefix=f".{output.name}.", suffix=".part", delete=False)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(handle.name, 0o666 & ~umask)  # an ordinary file, not the temporary file's 0600
        os.replace(handle.name, output)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def _run_pdf(args: argparse.Namespace) -> int:
    if args.input.resolve() == args.output.resolve():
        raise CommandError("OUT.pdf must not be IN.pdf", exit_code=2)
    if not args.input.is_file():
        raise CommandError(f"{args.input} is not a file", exit_code=3)
    known = _load_known(args.known)
    start_second_reader()
    from redaction.pdf import Area, PdfRedactionError, redact_pdf
    try:
        areas = [Area.parse(spec) for spec in args.area]
        outcome = redact_pdf(args.input, terms=args.term, known=known, areas=areas, detect=not args.no_detect,
                             retypeset=args.retypeset, password=args.password)
    except PdfRedactionError as error:
        raise CommandError(str(error), exit_code=_exit_code(error)) from error
    verdict = _second_read(outcome.pdf_bytes, known, args.term)
    _write_atomically(args.output, outcome.pdf_bytes)
    report = outcome.report
    if args.report is not None:
        document = with_verdict({"report": report.to_json(), "boxes": [box.to_json() for box in outcome.boxes]}, verdict)
        args.report.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for term in report.not_found:
        print(f"vault: warning: term not found in {args.input.name}: {term!r}", file=sys.stderr)
    kinds = ", ".join(f"{kind} {count}" for kind, count in sorted(report.boxes_by_type.items())) or "none"
    style = "re-typeset" if report.retypeset else "layout kept"
    print(f"{args.output}: {report.pages} pages, {len(outcome.boxes)} boxes ({kinds}), {style}; "
          f"verified on {', '.join(report.verification.channels)}")
    say(args.input, verdict, report=args.report is not None)
    return run_status(0, [verdict], accept_findings=args.accept_findings)


def _second_read(data: bytes, known: Any, terms: list[str]) -> Any:
    """The second read every format's output gets (``redaction.formats.pdf.read_pdf_output``), as a verdict."""
    from redaction.formats import FormatError, LimitExceededError, Verdict
    from redaction.formats._joint import known_for_text
    from redaction.formats.pdf import read_pdf_output

    try:
        reading = read_pdf_output(data, known=known_for_text(known, terms))
    except FormatError as error:
        raise CommandError(str(error), exit_code=3 if isinstance(error, LimitExceededError) else 5) from error
    return Verdict.of([finding.to_json() for finding in reading.findings], reading.suspects)
